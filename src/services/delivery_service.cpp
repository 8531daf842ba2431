#include "services/delivery_service.hpp"

#include <algorithm>
#include <array>
#include <boost/json/parse.hpp>
#include <cctype>
#include <map>
#include <tuple>

#include "domain/date.hpp"
#include "domain/nip.hpp"
#include "learning/certificate_number.hpp"
#include "services/delivery_parts.hpp"
#include "services/document_settings.hpp"

namespace bangkom::services {
namespace json = boost::json;
using domain::Kind;
using domain::Lang;
using domain::Role;
using storage::ParticipantStatus;

using delivery_parts::FieldError;
using delivery_parts::Forbidden;
using delivery_parts::GetOne;
using delivery_parts::Msg;
using delivery_parts::OwnInstitution;

namespace {

std::string Lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool Reads(const storage::User& user, const domain::Program& program) {
    switch (user.role) {
        case Role::admin_bkd:
        case Role::auditor:
        case Role::pengelola_opd: return true;
        case Role::lembaga_mitra: return OwnInstitution(user, program);
        default: return false;
    }
}

bool Overlap(const domain::Offering& a, const domain::Offering& b) {
    return a.start <= b.end && b.start <= a.end;
}

/// Present days per NIP and the number of days recorded.
struct Tally {
    std::map<std::string, std::vector<std::string>> present;
    int days = 0;
};

Tally TallyOf(const std::vector<storage::AttendanceMark>& marks) {
    Tally t;
    std::set<std::string> days;
    for (const auto& m : marks) {
        days.insert(m.date);
        if (m.present) t.present[m.nip].push_back(m.date);
    }
    t.days = static_cast<int>(days.size());
    return t;
}

}  // namespace

std::string MaskedNip(const std::string& nip) {
    if (nip.size() != 18) return std::string(nip.size(), '*');
    return nip.substr(0, 4) + "**** ****** * " + nip.substr(15);
}

Result<learning::CompletionRule> LoadCompletionRule(storage::Store& store, Lang lang) {
    auto stored = store.GetSetting(kDeliverySettingsKey);
    if (!stored) return stored.error();
    return ParseCompletionRule(*stored, lang);
}

Result<learning::CompletionRule> ParseCompletionRule(const std::optional<std::string>& text, Lang lang) {
    learning::CompletionRule rule;
    if (!text) return rule;
    boost::system::error_code ec;
    const json::value doc = json::parse(*text, ec);
    bool ok = !ec && doc.is_object();
    auto read = [&](const char* name, double& out) {
        const json::value* v = ok ? doc.as_object().if_contains(name) : nullptr;
        if (v == nullptr) return;
        if (!v->is_number() || v->to_number<double>() < 0 || v->to_number<double>() > 100) {
            ok = false;
            return;
        }
        out = v->to_number<double>();
    };
    read("min_attendance_percent", rule.min_attendance_percent);
    read("min_score", rule.min_score);
    if (!ok) {
        return MakeError(ErrorCode::invalid_argument,
                         Msg(lang,
                             "Pengaturan 'delivery' harus objek JSON dengan min_attendance_percent dan min_score "
                             "antara 0 dan 100.",
                             "The setting 'delivery' must be a JSON object with min_attendance_percent and "
                             "min_score between 0 and 100."));
    }
    return rule;
}

Result<OfferingInfo> DeliveryService::LoadOffering(const std::string& code, Lang lang) {
    return delivery_parts::LoadOfferingInfo(store_, code, lang);
}

Result<OfferingInfo> DeliveryService::ReadableOffering(const storage::User& user, const std::string& code, Lang lang) {
    auto info = LoadOffering(code, lang);
    if (!info) return info.error();
    if (!Reads(user, info->program)) return Forbidden(lang);
    return info;
}

OfferingRights DeliveryService::Rights(const storage::User& user, const OfferingInfo& info) const {
    const bool admin = user.role == Role::admin_bkd;
    const bool partner = OwnInstitution(user, info.program);
    return OfferingRights{admin || user.role == Role::pengelola_opd, (admin || partner) && info.attendance_required,
                          admin || partner, admin || partner};
}

Result<std::vector<OfferingSummary>> DeliveryService::ListOfferings(const storage::User& user, int year,
                                                                    const std::string& q) {
    storage::ListQuery all;
    all.limit = 0;
    auto offerings = store_.List(Kind::angkatan, all);
    if (!offerings) return offerings.error();
    auto programs = store_.List(Kind::program, all);
    if (!programs) return programs.error();
    std::map<std::string, domain::Program> by_code;
    for (auto& p : std::get<std::vector<domain::Program>>(programs->items)) by_code.emplace(p.code, std::move(p));
    auto counts = store_.Delivery().Counts();
    if (!counts) return counts.error();
    std::map<std::string, storage::OfferingCounts> count_of;
    for (auto& c : *counts) count_of.emplace(c.offering, c);
    const std::string needle = Lower(q);
    std::vector<OfferingSummary> out;
    for (const auto& o : std::get<std::vector<domain::Offering>>(offerings->items)) {
        const auto program = by_code.find(o.program_code);
        if (program == by_code.end() || !Reads(user, program->second)) continue;
        if (year != 0 && o.start.year() != year) continue;
        if (!needle.empty() && Lower(o.code).find(needle) == std::string::npos &&
            Lower(program->second.name).find(needle) == std::string::npos &&
            Lower(program->second.institution).find(needle) == std::string::npos) {
            continue;
        }
        OfferingSummary s{OfferingInfo{o, program->second, domain::NeedsAttendance(program->second.form)}, {}};
        if (auto c = count_of.find(o.code); c != count_of.end()) s.counts = c->second;
        s.counts.offering = o.code;
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const OfferingSummary& a, const OfferingSummary& b) {
        if (a.info.offering.start != b.info.offering.start) return a.info.offering.start < b.info.offering.start;
        return a.info.offering.code < b.info.offering.code;
    });
    return out;
}

Result<std::vector<std::string>> DeliveryService::RecordedDays(const std::string& offering) {
    auto marks = store_.Delivery().ListAttendance(offering);
    if (!marks) return marks.error();
    std::set<std::string> days;
    for (const auto& m : *marks) days.insert(m.date);
    return std::vector<std::string>(days.begin(), days.end());
}

Result<std::vector<ParticipantView>> DeliveryService::Participants(const storage::User& user,
                                                                   const OfferingInfo& info) {
    auto rows = store_.Delivery().ListParticipants(info.offering.code);
    if (!rows) return rows.error();
    auto marks = store_.Delivery().ListAttendance(info.offering.code);
    if (!marks) return marks.error();
    const Tally tally = TallyOf(*marks);
    auto tests = TestsOf(info.offering.code);
    if (!tests) return tests.error();
    std::vector<ParticipantView> out;
    out.reserve(rows->size());
    for (auto& p : *rows) {
        if (user.role == Role::pengelola_opd && p.agency != user.agency_code) continue;
        ParticipantView v;
        if (auto e = GetOne<domain::Employee>(store_, Kind::pegawai, p.nip)) v.name = e->name;
        if (auto d = tally.present.find(p.nip); d != tally.present.end()) v.present = d->second;
        v.days = tally.days;
        if (auto t = tests->find(p.nip); t != tests->end()) std::tie(v.pre, v.post) = t->second;
        v.participant = std::move(p);
        out.push_back(std::move(v));
    }
    std::stable_sort(out.begin(), out.end(), [](const ParticipantView& a, const ParticipantView& b) {
        if (a.participant.agency != b.participant.agency) return a.participant.agency < b.participant.agency;
        return a.name < b.name;
    });
    return out;
}

Result<void> DeliveryService::CheckNoClash(const OfferingInfo& info, const std::string& nip, Lang lang) {
    if (!info.attendance_required) return {};
    auto joined = store_.Delivery().ParticipationsOf(nip);
    if (!joined) return joined.error();
    for (const auto& p : *joined) {
        if (p.offering == info.offering.code || p.status == ParticipantStatus::failed) continue;
        auto other = LoadOffering(p.offering, lang);
        if (!other || !other->attendance_required || !Overlap(other->offering, info.offering)) continue;
        return MakeError(ErrorCode::conflict,
                         Msg(lang, "Pegawai ", "Employee ") + nip +
                             Msg(lang, " sudah terdaftar di angkatan ", " already takes part in offering ") +
                             other->offering.code + " (" + other->program.name + ", " +
                             other->offering.start.ToLong(lang == Lang::en ? "en" : "id") + " – " +
                             other->offering.end.ToLong(lang == Lang::en ? "en" : "id") +
                             Msg(lang, ") pada waktu yang sama.", ") at the same time."));
    }
    return {};
}

void DeliveryService::Notify(const std::map<std::string, storage::Notification>& by_nip) {
    delivery_parts::NotifyByNip(store_, by_nip);
}

void DeliveryService::NotifyEnrolled(const OfferingInfo& info, const std::set<std::string>& nips, int64_t now) {
    storage::Notification n;
    n.type = "course_enrolled";
    n.title_id = "Anda terdaftar sebagai peserta " + info.program.name + " (angkatan " + info.offering.code + "), " +
                 info.offering.start.ToLong("id") + " – " + info.offering.end.ToLong("id");
    n.title_en = "You are enrolled in " + info.program.name + " (offering " + info.offering.code + "), " +
                 info.offering.start.ToLong("en") + " – " + info.offering.end.ToLong("en");
    n.created_at = now;
    std::map<std::string, storage::Notification> by_nip;
    for (const auto& nip : nips) by_nip.emplace(nip, n);
    Notify(by_nip);
}

Result<ParticipantView> DeliveryService::Enroll(const storage::User& user, const OfferingInfo& info,
                                                const std::string& nip, int64_t now, Lang lang) {
    if (!Rights(user, info).enroll) return Forbidden(lang);
    auto employee = GetOne<domain::Employee>(store_, Kind::pegawai, nip);
    if (!employee) {
        return FieldError(ErrorCode::not_found, Msg(lang, "Pegawai tidak ditemukan: ", "Unknown employee: ") + nip,
                          "nip");
    }
    if (user.role == Role::pengelola_opd && employee->agency_code != user.agency_code) return Forbidden(lang);
    if (auto ok = CheckNoClash(info, nip, lang); !ok) return ok.error();
    storage::Participant p;
    p.nip = nip;
    p.agency = employee->agency_code;
    p.source = "manual";
    p.enrolled_at = now;
    p.enrolled_by = user.id;
    auto outcome = store_.Delivery().Enroll(info.offering.code, {p}, info.offering.capacity);
    if (!outcome) return outcome.error();
    if (outcome->added == 0) {
        return MakeError(ErrorCode::conflict,
                         Msg(lang, "Pegawai ", "Employee ") + nip +
                             Msg(lang, " sudah terdaftar di angkatan ini.", " is already enrolled in this offering."));
    }
    NotifyEnrolled(info, {nip}, now);
    return ParticipantView{p, employee->name, {}, 0, std::nullopt, std::nullopt};
}

Result<FromPlanOutcome> DeliveryService::EnrollFromPlan(const storage::User& user, const OfferingInfo& info,
                                                        int64_t now, Lang lang) {
    if (!Rights(user, info).enroll) return Forbidden(lang);
    storage::PlanQuery query;
    query.year = info.offering.start.year();
    query.status = storage::PlanStatus::approved;
    auto plans = store_.Plans().ListPlans(query);
    if (!plans) return plans.error();
    std::set<std::string> scopes;  // the newest approved version of each scope (listed newest first)
    FromPlanOutcome outcome;
    std::map<std::string, storage::Participant> rows;
    const std::string own = user.role == Role::pengelola_opd ? user.agency_code : "";
    for (const auto& plan : *plans) {
        if (!scopes.insert(plan.agency).second) continue;
        if (!own.empty() && !plan.agency.empty() && plan.agency != own) continue;
        storage::PlanRowQuery row_query;
        row_query.offering = info.offering.code;
        row_query.agency = own;
        auto plan_rows = store_.Plans().ListPlanRows(plan.id, row_query);
        if (!plan_rows) return plan_rows.error();
        if (!plan_rows->empty()) outcome.plans.push_back(plan.id);
        for (const auto& r : *plan_rows) {
            storage::Participant p;
            p.nip = r.nip;
            p.agency = r.agency;
            p.source = "rencana";
            p.plan_id = plan.id;
            p.enrolled_at = now;
            p.enrolled_by = user.id;
            rows.emplace(r.nip, std::move(p));
        }
    }
    if (outcome.plans.empty()) {
        return MakeError(
            ErrorCode::failed_precondition,
            Msg(lang, "Tidak ada rencana tahun " + std::to_string(query.year) + " yang disetujui dengan angkatan ini.",
                "No approved plan of " + std::to_string(query.year) + " includes this offering."));
    }
    std::vector<storage::Participant> list;
    list.reserve(rows.size());
    for (auto& [nip, p] : rows) list.push_back(std::move(p));
    auto stored = store_.Delivery().Enroll(info.offering.code, list, info.offering.capacity);
    if (!stored) return stored.error();
    outcome.added = stored->added;
    outcome.already = stored->already;
    std::set<std::string> nips;
    for (const auto& p : list) nips.insert(p.nip);
    NotifyEnrolled(info, nips, now);
    return outcome;
}

Result<void> DeliveryService::Withdraw(const storage::User& user, const OfferingInfo& info, const std::string& nip,
                                       Lang lang) {
    if (!Rights(user, info).enroll) return Forbidden(lang);
    if (user.role == Role::pengelola_opd) {
        auto rows = store_.Delivery().ListParticipants(info.offering.code);
        if (!rows) return rows.error();
        const auto row = std::find_if(rows->begin(), rows->end(), [&](const auto& p) { return p.nip == nip; });
        if (row != rows->end() && row->agency != user.agency_code) return Forbidden(lang);
    }
    return store_.Delivery().Withdraw(info.offering.code, nip);
}

Result<std::pair<int, int>> DeliveryService::RecordAttendance(const storage::User& user, const OfferingInfo& info,
                                                              const std::string& date,
                                                              const std::vector<std::string>& present, int64_t now,
                                                              Lang lang) {
    const bool may = user.role == Role::admin_bkd || OwnInstitution(user, info.program);
    if (!may) return Forbidden(lang);
    if (!info.attendance_required) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Bentuk pengembangan ini tidak memerlukan daftar hadir.",
                             "This form of development needs no attendance."));
    }
    auto day = domain::Date::ParseIso(date);
    const auto today = DocumentDate(now);
    const char* lang_code = lang == Lang::en ? "en" : "id";
    if (!day || *day < info.offering.start || *day > info.offering.end || *day > today) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Tanggal harus di antara ", "The date must lie between ") +
                              info.offering.start.ToLong(lang_code) + Msg(lang, " dan ", " and ") +
                              std::min(info.offering.end, today).ToLong(lang_code) + ".",
                          "date");
    }
    auto rows = store_.Delivery().ListParticipants(info.offering.code);
    if (!rows) return rows.error();
    std::set<std::string> open;
    for (const auto& p : *rows) {
        if (p.status == ParticipantStatus::enrolled) open.insert(p.nip);
    }
    const std::set<std::string> listed(present.begin(), present.end());
    for (const auto& nip : listed) {
        if (open.count(nip) == 0) {
            return FieldError(
                ErrorCode::invalid_argument,
                Msg(lang, "Bukan peserta yang belum ditetapkan kelulusannya: ", "Not an undecided participant: ") + nip,
                "present");
        }
    }
    std::vector<storage::AttendanceMark> marks;
    marks.reserve(open.size());
    for (const auto& nip : open) marks.push_back(storage::AttendanceMark{nip, day->ToIso(), listed.count(nip) > 0});
    if (auto ok = store_.Delivery().SaveAttendance(info.offering.code, day->ToIso(), marks); !ok) return ok.error();
    const int here = static_cast<int>(listed.size());
    return std::pair<int, int>{here, static_cast<int>(open.size()) - here};
}

Result<std::map<std::string, std::pair<std::optional<double>, std::optional<double>>>> DeliveryService::TestsOf(
    const std::string& offering) {
    storage::ListQuery query;
    query.search = offering;  // a substring filter; the exact code is checked below
    query.limit = 0;
    auto page = store_.List(Kind::tes, query);
    if (!page) return page.error();
    std::map<std::string, std::pair<std::optional<double>, std::optional<double>>> out;
    for (const auto& t : std::get<std::vector<domain::TestScore>>(page->items)) {
        if (t.offering_code != offering) continue;
        auto& both = out[t.nip.str()];
        (t.kind == domain::TestKind::pre ? both.first : both.second) = t.score;
    }
    return out;
}

Result<int> DeliveryService::SaveTests(const storage::User& user, const OfferingInfo& info, domain::TestKind kind,
                                       const std::vector<DecisionEntry>& scores, Lang lang) {
    if (!Rights(user, info).tests) return Forbidden(lang);
    if (scores.empty()) {
        return FieldError(ErrorCode::invalid_argument, Msg(lang, "Tidak ada nilai.", "No score given."), "scores");
    }
    auto rows = store_.Delivery().ListParticipants(info.offering.code);
    if (!rows) return rows.error();
    std::set<std::string> participants;
    for (const auto& p : *rows) participants.insert(p.nip);
    std::vector<domain::TestScore> records;
    records.reserve(scores.size());
    std::set<std::string> seen;
    for (size_t i = 0; i < scores.size(); ++i) {
        const auto& e = scores[i];
        const auto row = static_cast<int>(i + 1);
        auto nip = domain::Nip::ParseReference(e.nip);
        if (!nip || participants.count(e.nip) == 0 || !seen.insert(e.nip).second) {
            return FieldError(ErrorCode::invalid_argument,
                              Msg(lang, "Bukan peserta angkatan ini (atau tertulis dua kali): ",
                                  "Not a participant of this offering (or listed twice): ") +
                                  e.nip,
                              "nip", row);
        }
        if (!e.score || *e.score < 0 || *e.score > 100) {
            return FieldError(ErrorCode::invalid_argument,
                              Msg(lang, "Nilai harus antara 0 dan 100.", "The score must be between 0 and 100."),
                              "score", row);
        }
        records.push_back(domain::TestScore{info.offering.code, *nip, kind, *e.score});
    }
    auto stored = store_.Upsert(domain::Records{std::move(records)});
    if (!stored) return stored.error();
    return static_cast<int>(scores.size());
}

Result<std::vector<DecisionOutcome>> DeliveryService::Decide(const storage::User& user, const OfferingInfo& info,
                                                             const std::vector<DecisionEntry>& entries, int64_t now,
                                                             Lang lang) {
    if (!Rights(user, info).decide) return Forbidden(lang);
    const char* lang_code = lang == Lang::en ? "en" : "id";
    if (DocumentDate(now) < info.offering.end) {
        return MakeError(ErrorCode::failed_precondition, Msg(lang, "Kelulusan ditetapkan setelah angkatan selesai (",
                                                             "Decisions come after the offering ends (") +
                                                             info.offering.end.ToLong(lang_code) + ").");
    }
    if (entries.empty()) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Tidak ada peserta yang ditetapkan.", "No participant to decide."), "entries");
    }
    auto rule = LoadCompletionRule(store_, lang);
    if (!rule) return rule.error();
    auto rows = store_.Delivery().ListParticipants(info.offering.code);
    if (!rows) return rows.error();
    std::map<std::string, storage::Participant> by_nip;
    for (auto& p : *rows) by_nip.emplace(p.nip, std::move(p));
    auto marks = store_.Delivery().ListAttendance(info.offering.code);
    if (!marks) return marks.error();
    const Tally tally = TallyOf(*marks);
    if (info.attendance_required && tally.days == 0) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Catat daftar hadir terlebih dahulu: belum ada hari yang dicatat.",
                             "Record the attendance first: no day has been recorded."));
    }
    std::set<std::string> seen;
    for (size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        const auto row = static_cast<int>(i + 1);
        const auto p = by_nip.find(e.nip);
        if (p == by_nip.end() || !seen.insert(e.nip).second) {
            return FieldError(ErrorCode::invalid_argument,
                              Msg(lang, "Bukan peserta angkatan ini (atau tertulis dua kali): ",
                                  "Not a participant of this offering (or listed twice): ") +
                                  e.nip,
                              "nip", row);
        }
        if (p->second.status != ParticipantStatus::enrolled) {
            return FieldError(ErrorCode::conflict,
                              Msg(lang, "Kelulusan pegawai ini sudah ditetapkan: ", "Already decided: ") + e.nip, "nip",
                              row);
        }
        if (e.score && (*e.score < 0 || *e.score > 100)) {
            return FieldError(ErrorCode::invalid_argument,
                              Msg(lang, "Nilai harus antara 0 dan 100.", "The score must be between 0 and 100."),
                              "score", row);
        }
    }
    delivery_parts::PassContext context;
    std::vector<storage::DecisionRecord> records;
    std::vector<DecisionOutcome> out;
    records.reserve(entries.size());
    out.reserve(entries.size());
    for (const auto& e : entries) {
        const auto present = tally.present.find(e.nip);
        const int here = present == tally.present.end() ? 0 : static_cast<int>(present->second.size());
        const auto decision =
            learning::Decide(*rule, info.attendance_required, learning::AttendanceTally{here, tally.days}, e.score);
        storage::DecisionRecord d;
        d.nip = e.nip;
        d.status = decision.passed ? ParticipantStatus::passed : ParticipantStatus::failed;
        d.score = e.score;
        d.reason_id = decision.reason_id;
        d.reason_en = decision.reason_en;
        if (decision.passed) {
            if (auto ok = delivery_parts::AddPass(store_, info, by_nip.at(e.nip).agency, info.offering.start,
                                                  info.offering.end, now, context, d, lang);
                !ok) {
                return ok.error();
            }
        }
        out.push_back(DecisionOutcome{e.nip, d.status, lang == Lang::en ? d.reason_en : d.reason_id,
                                      d.certificate ? d.certificate->number : ""});
        records.push_back(std::move(d));
    }
    if (auto ok = store_.Delivery().Decide(info.offering.code, records, now, user.id); !ok) return ok.error();
    std::map<std::string, storage::Notification> notes;
    for (const auto& d : records) notes.emplace(d.nip, delivery_parts::DecidedNote(info, d, now));
    Notify(notes);
    return out;
}

Result<storage::CertificateRecord> DeliveryService::ReadableCertificate(const storage::User& user,
                                                                        const std::string& number, Lang lang) {
    const auto parsed = learning::ParseCertificateNumber(number);
    const std::string key = parsed.problem == learning::CertificateNumberProblem::none ? parsed.number : number;
    auto c = store_.Delivery().FindCertificate(key);
    if (!c) {
        if (c.error().code != ErrorCode::not_found) return c.error();
        return MakeError(ErrorCode::not_found,
                         Msg(lang, "Sertifikat tidak terdaftar: ", "No such certificate: ") + number);
    }
    bool may = false;
    switch (user.role) {
        case Role::admin_bkd:
        case Role::auditor: may = true; break;
        case Role::pengelola_opd: may = c->agency == user.agency_code; break;
        case Role::lembaga_mitra: may = !user.institution.empty() && c->institution == user.institution; break;
        default: break;
    }
    if (!may && !user.nip.empty() && user.nip == c->nip) may = true;
    if (!may) return Forbidden(lang);
    return c;
}

Result<std::vector<std::pair<OfferingInfo, ParticipantView>>> DeliveryService::MyCourses(const storage::User& user) {
    std::vector<std::pair<OfferingInfo, ParticipantView>> out;
    if (user.nip.empty()) return out;
    auto joined = store_.Delivery().ParticipationsOf(user.nip);
    if (!joined) return joined.error();
    for (auto& p : *joined) {
        auto info = LoadOffering(p.offering, Lang::id);
        if (!info) continue;  // an offering removed from the catalog
        auto marks = store_.Delivery().ListAttendance(p.offering);
        if (!marks) return marks.error();
        const Tally tally = TallyOf(*marks);
        ParticipantView v;
        if (auto d = tally.present.find(p.nip); d != tally.present.end()) v.present = d->second;
        v.days = tally.days;
        v.name = user.display_name;
        v.participant = std::move(p);
        out.emplace_back(std::move(*info), std::move(v));
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.first.offering.start > b.first.offering.start; });
    return out;
}

}  // namespace bangkom::services
