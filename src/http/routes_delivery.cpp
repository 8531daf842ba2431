// /offerings/*, /me/courses, /certificates/*, /verify/*: classes of the catalog's offerings (issue 7,
// docs/delivery-api.md) — participants, the roll of each day, decisions, certificates and their public check.
// The rules live in services/delivery_service; the certificate's layout in services/certificate_document.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <ctime>
#include <memory>
#include <string>

#include "formats/pdf_document.hpp"
#include "formats/table.hpp"
#include "http/api_context.hpp"
#include "http/course_json.hpp"
#include "http/errors.hpp"
#include "learning/certificate_number.hpp"
#include "services/attendance_sheet.hpp"
#include "services/certificate_document.hpp"
#include "services/delivery_service.hpp"
#include "services/document_settings.hpp"
#include "services/passwords.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Lang;
using domain::Role;

namespace {

constexpr int64_t kChecksPerHour = 60;
constexpr int64_t kWindowSeconds = 3600;
constexpr std::string_view kLimitPrefix = "verify:";

json::value TextOrNull(const std::string& text) {
    return text.empty() ? json::value(nullptr) : json::value(text);
}

json::object OfferingJson(const services::OfferingInfo& info) {
    const auto& o = info.offering;
    const auto& p = info.program;
    return json::object{{"offering", o.code},
                        {"program", p.code},
                        {"program_name", p.name},
                        {"institution", p.institution},
                        {"form", domain::Code(p.form)},
                        {"attendance_required", info.attendance_required},
                        {"jp", p.jp},
                        {"start", o.start.ToIso()},
                        {"end", o.end.ToIso()},
                        {"location", o.location},
                        {"capacity", o.capacity}};
}

json::object AttendanceJson(const services::ParticipantView& v) {
    json::array dates;
    for (const auto& d : v.present) dates.emplace_back(d);
    const auto present = static_cast<int64_t>(v.present.size());
    return json::object{
        {"present", present},
        {"days", v.days},
        {"rate", v.days > 0 ? json::value(static_cast<double>(present) / v.days) : json::value(nullptr)},
        {"dates", std::move(dates)}};
}

/// What a participant's row says of the decision, for the participant lists and the employee's own page.
void AddOutcome(json::object& out, const storage::Participant& p, Lang lang) {
    out["status"] = storage::ParticipantStatusCode(p.status);
    out["score"] = p.score ? json::value(*p.score) : json::value(nullptr);
    out["reason"] = TextOrNull(lang == Lang::en ? p.reason_en : p.reason_id);
    out["certificate"] = TextOrNull(p.certificate);
}

json::object ParticipantJson(const services::ParticipantView& v, Lang lang) {
    const auto& p = v.participant;
    json::object out{{"nip", p.nip},
                     {"name", v.name},
                     {"agency", p.agency},
                     {"source", p.source},
                     {"attendance", AttendanceJson(v)},
                     {"enrolled_at", IsoTime(p.enrolled_at)},
                     {"decided_at", p.decided_at > 0 ? json::value(IsoTime(p.decided_at)) : json::value(nullptr)},
                     {"tests", json::object{{"pre", v.pre ? json::value(*v.pre) : json::value(nullptr)},
                                            {"post", v.post ? json::value(*v.post) : json::value(nullptr)}}}};
    AddOutcome(out, p, lang);
    return out;
}

json::object CertificateJson(const storage::CertificateRecord& c) {
    return json::object{{"number", c.number},
                        {"nip", c.nip},
                        {"name", c.name},
                        {"agency", c.agency},
                        {"agency_name", c.agency_name},
                        {"offering", c.offering},
                        {"program", c.program},
                        {"program_name", c.program_name},
                        {"institution", c.institution},
                        {"jp", c.jp},
                        {"start", c.start},
                        {"end", c.end},
                        {"location", c.location},
                        {"issued", services::DocumentDate(c.issued_at).ToIso()}};
}

Error BadField(Lang lang, const char* column, const char* id, const char* en) {
    Error e = MakeError(ErrorCode::invalid_argument, Msg(lang, id, en));
    e.details.push_back(ErrorDetail{0, column, e.message});
    return e;
}

class DeliveryRoutes {
  public:
    explicit DeliveryRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store) {}

    Response List(const Call& call) {
        int year = 0;
        if (const std::string text = call.request.Query("year"); !text.empty()) {
            const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
            if (ec != std::errc{} || ptr != text.data() + text.size() || year < 1900 || year > 2200) {
                return ErrorResponse(BadField(call.lang, "year", "year harus tahun antara 1900 dan 2200.",
                                              "year must be a year between 1900 and 2200."));
            }
        }
        auto offerings = service_.ListOfferings(*call.user, year, call.request.Query("q"));
        if (!offerings) return ErrorResponse(offerings.error());
        json::array items;
        for (const auto& s : *offerings) {
            json::object o = OfferingJson(s.info);
            o["enrolled"] = s.counts.enrolled;
            o["passed"] = s.counts.passed;
            o["failed"] = s.counts.failed;
            items.push_back(std::move(o));
        }
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

    Response One(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto counts = ctx_.store.Delivery().Counts();
        if (!counts) return ErrorResponse(counts.error());
        auto days = service_.RecordedDays(info->offering.code);
        if (!days) return ErrorResponse(days.error());
        auto rule = services::LoadCompletionRule(ctx_.store, call.lang);
        if (!rule) return ErrorResponse(rule.error());
        json::object o = OfferingJson(*info);
        storage::OfferingCounts count;
        for (const auto& c : *counts) {
            if (c.offering == info->offering.code) count = c;
        }
        o["enrolled"] = count.enrolled;
        o["passed"] = count.passed;
        o["failed"] = count.failed;
        json::array day_list;
        for (const auto& d : *days) day_list.emplace_back(d);
        o["days"] = std::move(day_list);
        o["min_attendance_percent"] = rule->min_attendance_percent;
        o["min_score"] = rule->min_score;
        o["ended"] = services::DocumentDate(NowSeconds()) >= info->offering.end;
        const auto rights = service_.Rights(*call.user, *info);
        o["can"] = json::object{
            {"enroll", rights.enroll}, {"attend", rights.attend}, {"decide", rights.decide}, {"tests", rights.tests}};
        return JsonResponse(json::object{{"offering", std::move(o)}});
    }

    Response Participants(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto rows = service_.Participants(*call.user, *info);
        if (!rows) return ErrorResponse(rows.error());
        json::array items;
        for (const auto& v : *rows) items.push_back(ParticipantJson(v, call.lang));
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

    Response Enroll(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const std::string nip = StringField(*body, "nip");
        if (nip.empty()) {
            return ErrorResponse(BadField(call.lang, "nip", "NIP wajib diisi.", "nip is required."));
        }
        auto added = service_.Enroll(*call.user, *info, nip, NowSeconds(), call.lang);
        if (!added) return ErrorResponse(added.error());
        Audit(ctx_, call, "participant.enroll", "participants", info->offering.code + "/" + nip, "",
              json::serialize(json::object{{"source", "manual"}}));
        return JsonResponse(json::object{{"participant", ParticipantJson(*added, call.lang)}}, 201);
    }

    Response FromPlan(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto outcome = service_.EnrollFromPlan(*call.user, *info, NowSeconds(), call.lang);
        if (!outcome) return ErrorResponse(outcome.error());
        json::array plans;
        for (auto id : outcome->plans) plans.emplace_back(id);
        const json::object result{{"added", outcome->added}, {"already", outcome->already}, {"plans", plans}};
        Audit(ctx_, call, "participant.enroll", "participants", info->offering.code + "/*", "",
              json::serialize(result));
        return JsonResponse(result);
    }

    Response Withdraw(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        const std::string& nip = call.Param("nip");
        if (auto ok = service_.Withdraw(*call.user, *info, nip, call.lang); !ok) return ErrorResponse(ok.error());
        Audit(ctx_, call, "participant.withdraw", "participants", info->offering.code + "/" + nip, "", "");
        Response r;
        r.status = 204;
        return r;
    }

    Response Attendance(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const std::string date = StringField(*body, "date");
        const json::value* present = body->if_contains("present");
        std::vector<std::string> nips;
        bool ok = present != nullptr && present->is_array();
        if (ok) {
            for (const auto& n : present->as_array()) {
                if (!n.is_string()) ok = false;
                if (n.is_string()) nips.emplace_back(n.get_string());
            }
        }
        if (!ok) {
            return ErrorResponse(BadField(call.lang, "present", "present harus daftar NIP yang hadir.",
                                          "present must be the list of NIPs present."));
        }
        auto saved = service_.RecordAttendance(*call.user, *info, date, nips, NowSeconds(), call.lang);
        if (!saved) return ErrorResponse(saved.error());
        const json::object result{{"date", date}, {"present", saved->first}, {"absent", saved->second}};
        Audit(ctx_, call, "attendance.record", "participants", info->offering.code + "/" + date, "",
              json::serialize(result));
        return JsonResponse(result);
    }

    Response Decisions(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const json::value* list = body->if_contains("entries");
        if (list == nullptr || !list->is_array()) {
            return ErrorResponse(BadField(call.lang, "entries", "entries harus daftar {nip, score}.",
                                          "entries must be a list of {nip, score}."));
        }
        std::vector<services::DecisionEntry> entries;
        int row = 0;
        for (const auto& item : list->as_array()) {
            ++row;
            const json::object* e = item.if_object();
            const json::value* score = e != nullptr ? e->if_contains("score") : nullptr;
            if (e == nullptr || StringField(*e, "nip").empty() ||
                (score != nullptr && !score->is_null() && !score->is_number())) {
                Error err = MakeError(ErrorCode::invalid_argument,
                                      Msg(call.lang, "Setiap entri harus berisi nip dan nilai (angka) bila ada.",
                                          "Each entry needs a nip and, optionally, a numeric score."));
                err.details.push_back(ErrorDetail{row, "entries", err.message});
                return ErrorResponse(err);
            }
            services::DecisionEntry entry{StringField(*e, "nip"), std::nullopt};
            if (score != nullptr && score->is_number()) entry.score = score->to_number<double>();
            entries.push_back(std::move(entry));
        }
        auto decided = service_.Decide(*call.user, *info, entries, NowSeconds(), call.lang);
        if (!decided) return ErrorResponse(decided.error());
        json::array items;
        for (const auto& d : *decided) {
            json::object item{{"nip", d.nip},
                              {"status", storage::ParticipantStatusCode(d.status)},
                              {"reason", d.reason},
                              {"certificate", TextOrNull(d.certificate)}};
            Audit(ctx_, call, "participant.decide", "participants", info->offering.code + "/" + d.nip, "",
                  json::serialize(item));
            items.push_back(std::move(item));
        }
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

    Response Tests(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const std::string kind_text = StringField(*body, "kind");
        const auto kind = domain::FromCode<domain::TestKind>(kind_text);
        if (!kind) {
            return ErrorResponse(BadField(call.lang, "kind", "kind harus pre atau post.", "kind must be pre or post."));
        }
        const json::value* list = body->if_contains("scores");
        if (list == nullptr || !list->is_array()) {
            return ErrorResponse(BadField(call.lang, "scores", "scores harus daftar {nip, score}.",
                                          "scores must be a list of {nip, score}."));
        }
        std::vector<services::DecisionEntry> scores;
        int row = 0;
        for (const auto& item : list->as_array()) {
            ++row;
            const json::object* e = item.if_object();
            const json::value* score = e != nullptr ? e->if_contains("score") : nullptr;
            if (e == nullptr || score == nullptr || !score->is_number()) {
                Error err = MakeError(ErrorCode::invalid_argument,
                                      Msg(call.lang, "Setiap entri harus berisi nip dan nilai (angka).",
                                          "Each entry needs a nip and a numeric score."));
                err.details.push_back(ErrorDetail{row, "score", err.message});
                return ErrorResponse(err);
            }
            scores.push_back(services::DecisionEntry{StringField(*e, "nip"), score->to_number<double>()});
        }
        auto saved = service_.SaveTests(*call.user, *info, *kind, scores, call.lang);
        if (!saved) return ErrorResponse(saved.error());
        const json::object result{{"kind", kind_text}, {"saved", *saved}};
        Audit(ctx_, call, "tests.record", "participants", info->offering.code + "/" + kind_text, "",
              json::serialize(result));
        return JsonResponse(result);
    }

    /// The passed participants' training history in the fields SIASN (BKN) takes for a course (FORMATS.md).
    Response Siasn(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        const std::string format = call.request.Query("format").empty() ? "csv" : call.request.Query("format");
        if (format != "csv" && format != "json") {
            return ErrorResponse(
                BadField(call.lang, "format", "format harus csv atau json.", "format must be csv or json."));
        }
        auto rows = service_.Participants(*call.user, *info);
        if (!rows) return ErrorResponse(rows.error());
        std::vector<std::vector<formats::Cell>> cells;
        json::array items;
        for (const auto& v : *rows) {
            if (v.participant.status != storage::ParticipantStatus::passed) continue;
            auto c = ctx_.store.Delivery().FindCertificate(v.participant.certificate);
            if (!c) return ErrorResponse(c.error());
            const std::string year = c->end.substr(0, 4);
            cells.push_back({formats::TextCell(c->nip), formats::TextCell(c->name), formats::TextCell(c->program_name),
                             formats::TextCell(c->institution), formats::NumberCell(c->jp), formats::TextCell(c->start),
                             formats::TextCell(c->end), formats::TextCell(year), formats::TextCell(c->number)});
            items.push_back(json::object{{"nip", c->nip},
                                         {"nama", c->name},
                                         {"namaKursus", c->program_name},
                                         {"institusiPenyelenggara", c->institution},
                                         {"jumlahJam", c->jp},
                                         {"tanggalKursus", c->start},
                                         {"tanggalSelesaiKursus", c->end},
                                         {"tahunKursus", std::stoi(year)},
                                         {"nomorSertipikat", c->number}});
        }
        const std::string name = "siasn_kursus_" + info->offering.code;
        if (format == "json") {
            return FileDownload(
                json::serialize(json::object{{"offering", info->offering.code}, {"items", std::move(items)}}),
                name + ".json");
        }
        return FileDownload(formats::WriteCsv({"nip", "nama", "nama_kursus", "institusi_penyelenggara", "jumlah_jam",
                                               "tanggal_mulai", "tanggal_selesai", "tahun", "nomor_sertifikat"},
                                              cells),
                            name + ".csv");
    }

    Response MyCourses(const Call& call) {
        auto courses = service_.MyCourses(*call.user);
        if (!courses) return ErrorResponse(courses.error());
        auto answered = service_.AnsweredReactions(call.user->nip);
        if (!answered) return ErrorResponse(answered.error());
        const auto today = services::DocumentDate(NowSeconds());
        json::array items;
        for (const auto& [info, view] : *courses) {
            json::object o = OfferingJson(info);
            o["attendance"] = AttendanceJson(view);
            AddOutcome(o, view.participant, call.lang);
            o["reaction"] = services::ReactionStateCode(
                services::ReactionStateOf(info, view.participant, answered->count(info.offering.code) > 0, today));
            items.push_back(std::move(o));
        }
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

    /// The class's attendance sheet (daftar hadir) to print: the roll where it was taken, boxes to sign elsewhere.
    Response AttendanceSheet(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        if (!info->attendance_required) {
            return ErrorResponse(MakeError(ErrorCode::failed_precondition,
                                           Msg(call.lang, "Bentuk pengembangan ini tidak memakai daftar hadir.",
                                               "This form of development keeps no attendance.")));
        }
        services::AttendanceSheetInput input;
        auto rows = service_.Participants(*call.user, *info);
        if (!rows) return ErrorResponse(rows.error());
        auto days = service_.RecordedDays(info->offering.code);
        if (!days) return ErrorResponse(days.error());
        auto settings = services::LoadDocumentSettings(ctx_.store, call.lang);
        if (!settings) return ErrorResponse(settings.error());
        input.participants = std::move(*rows);
        input.recorded_days = std::move(*days);
        if (call.user->role == domain::Role::pengelola_opd) input.scope = call.user->agency_code;
        const std::string code = info->offering.code;
        input.info = std::move(*info);
        const services::ReportContext context{std::move(*settings), services::DocumentDate(NowSeconds()), call.lang};
        auto file = formats::RenderPdf(services::AttendanceSheetPdf(input, context));
        if (!file) return ErrorResponse(file.error());
        return FileDownload(std::move(file).value(), "daftar_hadir_" + code + ".pdf");
    }

    Response Certificate(const Call& call) {
        auto c = service_.ReadableCertificate(*call.user, call.Param("nomor"), call.lang);
        if (!c) return ErrorResponse(c.error());
        return JsonResponse(json::object{{"certificate", CertificateJson(*c)}});
    }

    Response CertificatePdf(const Call& call) {
        auto c = service_.ReadableCertificate(*call.user, call.Param("nomor"), call.lang);
        if (!c) return ErrorResponse(c.error());
        auto settings = services::LoadDocumentSettings(ctx_.store, call.lang);
        if (!settings) return ErrorResponse(settings.error());
        std::string base = settings->public_url;
        if (base.empty()) {
            const std::string& proto = call.request.Header("x-forwarded-proto");
            base = (proto == "https" ? "https://" : "http://") + call.request.Header("host");
        }
        auto file = formats::RenderPdf(
            services::CertificateDocument(*c, *settings, services::VerificationAddress(base, c->number)));
        if (!file) return ErrorResponse(file.error());
        return FileDownload(std::move(file).value(), "sertifikat_" + c->number + ".pdf");
    }

    /// The public check: anyone holding a certificate (or a copy of it) can ask whether its number was issued.
    Response Verify(const Call& call) {
        const int64_t now = NowSeconds();
        auto secret = services::LoadOrCreateSecret(ctx_.store, "verify_limit_key");
        if (!secret) return ErrorResponse(secret.error());
        const std::string key = std::string(kLimitPrefix) + services::KeyedHash(*secret, call.request.client_ip);
        const int64_t window = now - now % kWindowSeconds;
        auto hits = ctx_.store.CountHit(key, window);
        if (!hits) return ErrorResponse(hits.error());
        if (*hits > kChecksPerHour) {
            return ErrorResponse(MakeError(
                ErrorCode::resource_exhausted,
                Msg(call.lang, "Terlalu banyak pemeriksaan dari perangkat ini dalam satu jam. Coba lagi nanti.",
                    "Too many checks from this device within an hour. Please try again later.")));
        }
        (void)ctx_.store.DropHitsBefore(std::string(kLimitPrefix), window);
        const auto parsed = learning::ParseCertificateNumber(call.Param("nomor"));
        if (parsed.problem != learning::CertificateNumberProblem::none) {
            const bool typo = parsed.problem == learning::CertificateNumberProblem::wrong_check;
            return ErrorResponse(BadField(
                call.lang, "nomor",
                typo ? "Nomor sertifikat tidak valid: ada huruf atau angka yang keliru — periksa kembali penulisannya."
                     : "Nomor sertifikat tidak dikenali. Bentuknya BKM-TAHUN-XXXX-XXXX — periksa kembali penulisannya.",
                typo ? "This certificate number is not valid: a letter or digit is wrong — please check it again."
                     : "This is not a certificate number. It looks like BKM-YEAR-XXXX-XXXX — please check it again."));
        }
        auto c = ctx_.store.Delivery().FindCertificate(parsed.number);
        if (!c) {
            if (c.error().code != ErrorCode::not_found) return ErrorResponse(c.error());
            return ErrorResponse(MakeError(ErrorCode::not_found,
                                           Msg(call.lang, "Sertifikat dengan nomor ini tidak terdaftar di Bangkom.",
                                               "No certificate with this number was issued by Bangkom.")));
        }
        return JsonResponse(json::object{{"valid", true},
                                         {"number", c->number},
                                         {"name", c->name},
                                         {"nip", services::MaskedNip(c->nip)},
                                         {"program_name", c->program_name},
                                         {"institution", c->institution},
                                         {"jp", c->jp},
                                         {"start", c->start},
                                         {"end", c->end},
                                         {"issued", services::DocumentDate(c->issued_at).ToIso()}});
    }

  private:
    ApiContext& ctx_;
    services::DeliveryService service_;
};

}  // namespace

void AddDeliveryRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<DeliveryRoutes>(ctx);
    const std::vector<Role> readers{Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::lembaga_mitra};
    const std::vector<Role> enrollers{Role::admin_bkd, Role::pengelola_opd};
    const std::vector<Role> teachers{Role::admin_bkd, Role::lembaga_mitra};
    const std::vector<Role> everyone{Role::asn,       Role::atasan,        Role::pengelola_opd,
                                     Role::admin_bkd, Role::lembaga_mitra, Role::auditor};
    auto add = [&](const char* method, const char* pattern, const std::vector<Role>& roles,
                   Response (DeliveryRoutes::*handler)(const Call&), const char* summary, const char* body = "") {
        table.Add({method, pattern, Access::roles, roles,
                   [routes, handler](Call& c) { return ((*routes).*handler)(c); }, summary, body});
    };
    add("GET", "/offerings", readers, &DeliveryRoutes::List,
        "Daftar angkatan dengan jumlah peserta (?year, ?q) / Offerings with their participant counts");
    add("GET", "/offerings/{kode}", readers, &DeliveryRoutes::One,
        "Satu angkatan: hari tercatat, batas kelulusan, hak pemanggil / One offering with its days and rules");
    add("GET", "/offerings/{kode}/participants", readers, &DeliveryRoutes::Participants,
        "Peserta angkatan dengan kehadiran dan kelulusan / The offering's participants");
    add("GET", "/offerings/{kode}/attendance-sheet", readers, &DeliveryRoutes::AttendanceSheet,
        "Daftar hadir angkatan untuk dicetak (PDF) / The class's attendance sheet to print (PDF)");
    add("GET", "/offerings/{kode}/siasn", readers, &DeliveryRoutes::Siasn,
        "Riwayat kursus peserta yang lulus untuk SIASN (CSV/JSON) / Passed participants' course history for SIASN");
    add("POST", "/offerings/{kode}/participants", enrollers, &DeliveryRoutes::Enroll,
        "Daftarkan pegawai sebagai peserta / Enrol an employee", "json");
    add("POST", "/offerings/{kode}/participants/from-plan", enrollers, &DeliveryRoutes::FromPlan,
        "Daftarkan peserta dari rencana yang disetujui / Enrol the approved plan's participants", "json");
    add("DELETE", "/offerings/{kode}/participants/{nip}", enrollers, &DeliveryRoutes::Withdraw,
        "Batalkan kepesertaan yang belum ditetapkan / Withdraw an undecided participant");
    add("POST", "/offerings/{kode}/attendance", teachers, &DeliveryRoutes::Attendance,
        "Simpan daftar hadir satu hari / Save one day's attendance", "json");
    add("POST", "/offerings/{kode}/decisions", teachers, &DeliveryRoutes::Decisions,
        "Tetapkan kelulusan; yang lulus mendapat sertifikat dan JP / Decide; a pass issues a certificate and JP",
        "json");
    add("POST", "/offerings/{kode}/tests", teachers, &DeliveryRoutes::Tests,
        "Simpan nilai pre-test atau post-test peserta / Save the participants' pre-test or post-test scores", "json");
    add("GET", "/me/courses", everyone, &DeliveryRoutes::MyCourses,
        "Pelatihan yang saya ikuti / My classes and certificates");
    add("GET", "/certificates/{nomor}", everyone, &DeliveryRoutes::Certificate,
        "Data satu sertifikat (pemilik dan yang berwenang) / One certificate (holder and those entitled)");
    add("GET", "/certificates/{nomor}/pdf", everyone, &DeliveryRoutes::CertificatePdf,
        "Unduh sertifikat (PDF) / Download the certificate (PDF)");
    table.Add({"GET",
               "/verify/{nomor}",
               Access::public_access,
               {},
               [routes](Call& c) { return routes->Verify(c); },
               "Periksa keaslian sertifikat tanpa masuk (dibatasi per sumber) / Check a certificate, no sign-in"});
}

}  // namespace bangkom::http
