// Shared by classes and e-learning courses (delivery_parts.hpp).

#include "services/delivery_parts.hpp"

#include <sodium.h>

#include <array>
#include <string>

#include "learning/certificate_number.hpp"

namespace bangkom::services::delivery_parts {

using domain::Kind;
using domain::Lang;

std::string Msg(Lang lang, std::string_view id, std::string_view en) {
    return std::string(lang == Lang::en ? en : id);
}

Error FieldError(ErrorCode code, const std::string& message, const std::string& column, int row) {
    Error e = MakeError(code, message);
    e.details.push_back(ErrorDetail{row, column, message});
    return e;
}

Error Forbidden(Lang lang) {
    return MakeError(ErrorCode::forbidden,
                     Msg(lang, "Anda tidak berwenang untuk tindakan ini.", "You are not allowed to do this."));
}

bool OwnInstitution(const storage::User& user, const domain::Program& program) {
    return user.role == domain::Role::lembaga_mitra && !user.institution.empty() &&
           user.institution == program.institution;
}

Result<OfferingInfo> LoadOfferingInfo(storage::Store& store, const std::string& code, Lang lang) {
    auto offering = GetOne<domain::Offering>(store, Kind::angkatan, code);
    if (!offering) {
        return MakeError(ErrorCode::not_found, Msg(lang, "Angkatan tidak ditemukan: ", "Unknown offering: ") + code);
    }
    auto program = GetOne<domain::Program>(store, Kind::program, offering->program_code);
    if (!program) {
        return MakeError(ErrorCode::not_found,
                         Msg(lang, "Program angkatan tidak ditemukan: ", "The offering's program is unknown: ") +
                             offering->program_code);
    }
    return OfferingInfo{*offering, *program, domain::NeedsAttendance(program->form)};
}

Result<void> ClaimReminder(storage::Store& store, const std::string& key, int64_t now, Lang lang) {
    constexpr int64_t kDay = 86'400;
    auto last = store.GetSetting(key);
    if (!last) return last.error();
    if (*last) {
        int64_t at = 0;
        try {
            at = std::stoll(**last);
        } catch (const std::exception&) {
            at = 0;  // an unreadable mark does not block a reminder
        }
        if (now - at < kDay) {
            const int64_t hours = (at + kDay - now + 3599) / 3600;
            return MakeError(ErrorCode::conflict,
                             Msg(lang, "Pengingat sudah dikirim kurang dari sehari yang lalu; coba lagi dalam ",
                                 "A reminder went out less than a day ago; try again in ") +
                                 std::to_string(hours) + Msg(lang, " jam.", " hours."));
        }
    }
    return store.PutSetting(key, std::to_string(now));
}

void NotifyByNip(storage::Store& store, const std::map<std::string, storage::Notification>& by_nip) {
    if (by_nip.empty()) return;
    auto users = store.ListUsers();
    if (!users) return;
    std::vector<storage::Notification> notes;
    for (const auto& u : *users) {
        if (!u.active || u.nip.empty()) continue;
        const auto note = by_nip.find(u.nip);
        if (note == by_nip.end()) continue;
        notes.push_back(note->second);
        notes.back().user_id = u.id;
    }
    if (!notes.empty()) (void)store.Participation().AddNotifications(notes);
}

storage::Notification DecidedNote(const OfferingInfo& info, const storage::DecisionRecord& d, int64_t now) {
    storage::Notification n;
    n.type = "course_decided";
    const bool passed = d.status == storage::ParticipantStatus::passed;
    const std::string number = d.certificate ? d.certificate->number : "";
    n.title_id = info.program.name + " (angkatan " + info.offering.code + "): " +
                 (passed ? "Anda dinyatakan LULUS; sertifikat " + number + " dapat diunduh."
                         : "Anda belum dinyatakan lulus. " + d.reason_id) +
                 " Mohon isi survei reaksi pelatihan ini di Pelatihan saya.";
    n.title_en =
        info.program.name + " (offering " + info.offering.code + "): " +
        (passed ? "you passed; certificate " + number + " can be downloaded." : "you did not pass. " + d.reason_en) +
        " Please answer its reaction survey under My training.";
    n.created_at = now;
    return n;
}

namespace {

std::string NewCertificateNumber(int year) {
    std::array<uint8_t, 7> random{};
    randombytes_buf(random.data(), random.size());
    return learning::MakeCertificateNumber(year, random);
}

}  // namespace

Result<void> AddPass(storage::Store& store, const OfferingInfo& info, const std::string& agency,
                     const domain::Date& start, const domain::Date& end, int64_t now, PassContext& context,
                     storage::DecisionRecord& d, Lang lang) {
    auto employee = GetOne<domain::Employee>(store, Kind::pegawai, d.nip);
    if (!employee) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Data pegawai tidak ditemukan: ", "The employee's record is missing: ") + d.nip);
    }
    if (!context.agency_names.count(agency)) {
        auto a = GetOne<domain::Agency>(store, Kind::opd, agency);
        context.agency_names[agency] = a ? a->name : "";
    }
    std::string number;
    do {
        number = NewCertificateNumber(end.year());
    } while (context.numbers.count(number) > 0 || store.Delivery().FindCertificate(number).ok());
    context.numbers.insert(number);
    d.certificate = storage::CertificateRecord{number,
                                               info.offering.code,
                                               d.nip,
                                               employee->name,
                                               agency,
                                               context.agency_names[agency],
                                               info.program.code,
                                               info.program.name,
                                               info.program.institution,
                                               info.program.jp,
                                               start.ToIso(),
                                               end.ToIso(),
                                               info.offering.location,
                                               now};
    d.credit = domain::JpHistoryEntry{employee->nip,   info.program.name,        start, end,
                                      info.program.jp, info.program.institution, number};
    return {};
}

}  // namespace bangkom::services::delivery_parts
