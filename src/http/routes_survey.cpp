// GET and POST /public/survey/{kode_unit}: the public satisfaction survey (SKM) of one service unit (issue 8),
// answered without signing in. The questionnaire's wording comes from evaluation/skm_questionnaire; an answer is
// stored as an `skm` row like an imported one, so the IKM counts it. Anonymous: the row holds no identity and
// no address; abuse is limited per source with a counter whose key is a keyed hash of (address, unit) in the
// rate-limit table, one window per hour; earlier hours' counters of every source are dropped as answers come.
// GET /survey/{kode_unit}/poster (signed in): the printable poster with the QR code of the public page.

#include <spdlog/spdlog.h>

#include <boost/json/object.hpp>
#include <ctime>
#include <memory>
#include <string>
#include <string_view>

#include "evaluation/skm_questionnaire.hpp"
#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "http/security.hpp"
#include "services/document_settings.hpp"
#include "services/passwords.hpp"
#include "services/survey_periods.hpp"
#include "services/survey_poster.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Lang;

namespace {

constexpr int64_t kSubmissionsPerHour = 20;  // a counter tablet shared by a queue still fits; a script does not
constexpr int64_t kWindowSeconds = 3600;
constexpr std::string_view kLimitPrefix = "skm:";

struct UnitInfo {
    domain::ServiceUnit unit;
    std::string agency_name;
};

json::array ChoicesJson(std::span<const evaluation::SkmChoice> choices, Lang lang) {
    json::array out;
    for (const auto& c : choices) out.push_back(json::object{{"value", c.value}, {"label", c.label.In(lang)}});
    return out;
}

json::array ElementsJson(Lang lang) {
    json::array out;
    for (const auto& e : evaluation::SkmElements()) {
        json::array answers;
        for (size_t i = 0; i < e.answers.size(); ++i) {
            answers.push_back(json::object{{"value", i + 1}, {"label", e.answers[i].In(lang)}});
        }
        out.push_back(json::object{
            {"code", e.code}, {"name", e.name.In(lang)}, {"question", e.question.In(lang)}, {"answers", answers}});
    }
    return out;
}

bool KnownField(std::string_view name) {
    for (const auto& e : evaluation::SkmElements()) {
        if (e.code == name) return true;
    }
    return name == "jenis_kelamin" || name == "umur" || name == "pendidikan" || name == "pekerjaan" || name == "saran";
}

/// The body's FORMATS.md `skm` columns (u1 … u9, jenis_kelamin, umur, pendidikan, pekerjaan, saran) as a response.
Result<domain::SurveyResponse> ResponseOf(const json::object& body, Lang lang) {
    for (const auto& member : body) {
        if (!KnownField(member.key())) {
            return FieldError(lang, std::string(member.key()), "kolom tidak dikenal", "unknown field");
        }
    }
    domain::SurveyResponse r;
    for (size_t i = 0; i < r.answers.size(); ++i) {
        auto a = OptionalIntField(body, std::string(evaluation::SkmElements()[i].code), lang);
        if (!a) return a.error();
        r.answers[i] = *a;
    }
    auto sex = OptionalTextField(body, "jenis_kelamin", lang);
    if (!sex) return sex.error();
    if (*sex == "L" || *sex == "P") {
        r.sex = *sex == "L" ? domain::Sex::L : domain::Sex::P;
    } else if (!sex->empty()) {
        return FieldError(lang, "jenis_kelamin", "harus L, P atau kosong", "must be L, P or empty");
    }
    auto age = OptionalIntField(body, "umur", lang);
    if (!age) return age.error();
    r.age = *age;
    for (auto [name, target] : {std::pair{"pendidikan", &r.education}, std::pair{"pekerjaan", &r.occupation},
                                std::pair{"saran", &r.suggestion}}) {
        auto text = OptionalTextField(body, name, lang);
        if (!text) return text.error();
        *target = std::move(*text);
    }
    return r;
}

class SurveyRoutes {
  public:
    explicit SurveyRoutes(ApiContext& ctx) : ctx_(ctx) {}

    Response Form(const Call& call) {
        auto info = FindUnit(call);
        if (!info) return ErrorResponse(info.error());
        auto opening =
            services::SurveyPeriodService(ctx_.store).Opening(info->unit.code, evaluation::SkmDateOf(NowSeconds()));
        if (!opening) return ErrorResponse(opening.error());
        const auto period = [&](const std::optional<size_t>& i) -> json::value {
            if (!i) return nullptr;
            const auto& p = opening->periods[*i];
            return json::object{{"nama", p.name}, {"dari", p.from}, {"sampai", p.to}};
        };
        return JsonResponse(json::object{
            {"open", opening->opening.open},
            {"period", period(opening->opening.running)},
            {"next", period(opening->opening.next)},
            {"unit", json::object{{"kode_unit", info->unit.code}, {"nama_unit", info->unit.name}}},
            {"agency", json::object{{"kode_opd", info->unit.agency_code}, {"nama_opd", info->agency_name}}},
            {"lang", domain::Code(call.lang)},
            {"elements", ElementsJson(call.lang)},
            {"demographics",
             json::object{{"jenis_kelamin", ChoicesJson(evaluation::SkmSexChoices(), call.lang)},
                          {"umur", json::object{{"min", evaluation::kSkmMinAge}, {"max", evaluation::kSkmMaxAge}}},
                          {"pendidikan", ChoicesJson(evaluation::SkmEducationChoices(), call.lang)},
                          {"pekerjaan", ChoicesJson(evaluation::SkmOccupationChoices(), call.lang)}}},
            {"saran_max_chars", evaluation::kSkmMaxSuggestionChars}});
    }

    /// The unit's printable poster with the QR code of its public page (admin_bkd; pengelola_opd of its agency).
    Response Poster(const Call& call) {
        auto info = FindUnit(call);
        if (!info) return ErrorResponse(info.error());
        if (call.user->role == domain::Role::pengelola_opd && call.user->agency_code != info->unit.agency_code) {
            return ErrorResponse(Forbidden(call.lang));
        }
        auto settings = services::LoadDocumentSettings(ctx_.store, call.lang);
        if (!settings) return ErrorResponse(settings.error());
        std::string base = settings->public_url;
        if (base.empty()) {
            // Without a configured address the poster points where the admin reached the server; docs/api.md
            // asks operators to set `public_url` so that posters never carry an internal host name.
            const std::string& proto = call.request.Header("x-forwarded-proto");
            base = (proto == "https" ? "https://" : "http://") + call.request.Header("host");
        }
        const std::string address = services::SurveyAddress(base, info->unit.code);
        const auto today = services::DocumentDate(std::time(nullptr));
        auto file = services::WriteSurveyPoster(info->unit, info->agency_name, address, *settings, today);
        if (!file) return ErrorResponse(file.error());
        return FileDownload(std::move(file).value(), "poster_skm_" + info->unit.code + ".pdf");
    }

    Response Submit(Call& call) {
        const auto& rq = call.request;
        if (IsCrossSite(rq.Header("origin"), rq.Header("sec-fetch-site"), rq.Header("host"))) {
            return ErrorResponse(
                MakeError(ErrorCode::forbidden, Msg(call.lang, "Survei hanya dapat diisi dari halaman ini.",
                                                    "The survey can only be answered from its own page.")));
        }
        if (rq.Header("content-type").rfind("application/json", 0) != 0) {
            return ErrorResponse(
                FieldError(call.lang, "Content-Type", "harus application/json", "must be application/json"));
        }
        auto info = FindUnit(call);
        if (!info) return ErrorResponse(info.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        auto response = ResponseOf(*body, call.lang);
        if (!response) return ErrorResponse(response.error());
        if (auto checked = evaluation::CheckSkmSubmission(*response, call.lang); !checked) {
            return ErrorResponse(checked.error());
        }
        const int64_t now = NowSeconds();
        if (auto closed = Closed(info->unit.code, evaluation::SkmDateOf(now), call.lang); !closed) {
            return ErrorResponse(closed.error());
        }
        auto key = LimitKey(rq.client_ip, info->unit.code);
        if (!key) return ErrorResponse(key.error());
        const int64_t window = now - now % kWindowSeconds;
        auto hits = ctx_.store.Hits(*key, window);
        if (!hits) return ErrorResponse(hits.error());
        if (*hits >= kSubmissionsPerHour) return ErrorResponse(TooMany(call.lang));
        response->unit_code = info->unit.code;
        response->date = evaluation::SkmDateOf(now);
        auto stored = ctx_.store.Upsert(domain::Records{std::vector<domain::SurveyResponse>{*response}});
        if (!stored) return ErrorResponse(stored.error());
        if (auto counted = ctx_.store.CountHit(*key, window); !counted) return ErrorResponse(counted.error());
        // Counters of earlier hours are no longer read: they expire here, whether or not their source returns.
        if (auto dropped = ctx_.store.DropHitsBefore(std::string(kLimitPrefix), window); !dropped) {
            spdlog::warn("survey rate-limit cleanup failed: {}", dropped.error().message);
        }
        // Who answered is not known and not asked; the entry says only that a unit received an answer.
        Audit(ctx_, call, "skm.submit", "skm", info->unit.code, "", "");
        return JsonResponse(json::object{{"ok", true},
                                         {"kode_unit", info->unit.code},
                                         {"tanggal", response->date.ToIso()},
                                         {"message", Msg(call.lang, "Terima kasih atas penilaian Anda.",
                                                         "Thank you for your feedback.")}},
                            201);
    }

  private:
    /// failed_precondition, naming the next period, when the unit has periods and `today` lies in none of them.
    Result<void> Closed(const std::string& unit, domain::Date today, Lang lang) {
        auto opening = services::SurveyPeriodService(ctx_.store).Opening(unit, today);
        if (!opening) return opening.error();
        if (opening->opening.open) return {};
        std::string message = Msg(lang, "Survei unit ini sedang ditutup. ", "This unit's survey is closed. ");
        if (opening->opening.next) {
            message += Msg(lang, "Periode berikutnya: ", "Next period: ") +
                       services::PeriodWords(opening->periods[*opening->opening.next], lang) + ".";
        } else {
            message += Msg(lang, "Belum ada periode berikutnya.", "No next period has been set.");
        }
        return MakeError(ErrorCode::failed_precondition, message);
    }

    Result<UnitInfo> FindUnit(const Call& call) {
        const std::string& code = call.Param("kode_unit");
        auto units = ctx_.store.Get(domain::Kind::unit_layanan, code);
        if (!units) {
            if (units.error().code != ErrorCode::not_found) return units.error();
            return MakeError(ErrorCode::not_found,
                             Msg(call.lang, "Unit layanan tidak ditemukan: ", "Unknown service unit: ") + code);
        }
        UnitInfo info{std::get<std::vector<domain::ServiceUnit>>(*units).front(), ""};
        if (auto agencies = ctx_.store.Get(domain::Kind::opd, info.unit.agency_code)) {
            info.agency_name = std::get<std::vector<domain::Agency>>(*agencies).front().name;
        }
        return info;
    }

    /// The counter's key: the address never reaches the table, only a keyed hash of it with the unit.
    Result<std::string> LimitKey(const std::string& client_ip, const std::string& unit_code) {
        auto secret = services::LoadOrCreateSecret(ctx_.store, "survey_limit_key");
        if (!secret) return secret.error();
        return std::string(kLimitPrefix) + services::KeyedHash(*secret, client_ip + "\n" + unit_code);
    }

    static Error TooMany(Lang lang) {
        return MakeError(ErrorCode::resource_exhausted,
                         Msg(lang,
                             "Terlalu banyak jawaban survei dari perangkat ini dalam satu jam. Silakan coba lagi "
                             "nanti.",
                             "Too many survey answers from this device within an hour. Please try again later."));
    }

    ApiContext& ctx_;
};

}  // namespace

void AddSurveyRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<SurveyRoutes>(ctx);
    table.Add({"GET",
               "/public/survey/{kode_unit}",
               Access::public_access,
               {},
               [routes](Call& c) { return routes->Form(c); },
               "Kuesioner SKM satu unit layanan: sembilan unsur dan pilihan jawabannya / A service unit's SKM form"});
    table.Add({"POST",
               "/public/survey/{kode_unit}",
               Access::public_access,
               {},
               [routes](Call& c) { return routes->Submit(c); },
               "Mengirim satu jawaban SKM tanpa masuk (anonim, dibatasi per sumber) / Submit one anonymous SKM answer",
               "json"});
    table.Add({"GET",
               "/survey/{kode_unit}/poster",
               Access::roles,
               {domain::Role::admin_bkd, domain::Role::pengelola_opd},
               [routes](Call& c) { return routes->Poster(c); },
               "Poster SKM (PDF) dengan kode QR ke halaman survei unit / The unit's SKM poster (PDF) with a QR code"});
}

}  // namespace bangkom::http
