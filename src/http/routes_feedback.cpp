// /offerings/{kode}/feedback-campaigns, /feedback-campaigns/{id} and /me/feedback…: 360 campaigns run in the app
// (issue 8, docs/feedback-api.md). The rules live in services/feedback_service, the wording and the anonymity rule
// in evaluation/feedback360.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <memory>

#include "evaluation/feedback360.hpp"
#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "services/delivery_service.hpp"
#include "services/document_settings.hpp"
#include "services/feedback_service.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Lang;
using domain::Relationship;
using domain::Role;

namespace {

constexpr std::array kRelationships{Relationship::atasan, Relationship::rekan, Relationship::bawahan,
                                    Relationship::mandiri};

json::value Number(const std::optional<double>& value) {
    return value ? json::value(*value) : json::value(nullptr);
}

json::object CampaignJson(const services::CampaignView& v, bool counts) {
    const auto& c = v.campaign;
    json::object out{
        {"id", c.id},       {"offering", c.offering}, {"program_name", v.program_name},    {"phase", c.phase},
        {"opens", c.opens}, {"closes", c.closes},     {"state", evaluation::Code(v.state)}};
    if (!counts) return out;
    std::array<std::pair<int64_t, int64_t>, 4> per{};
    int64_t answered = 0;
    for (const auto& i : v.invitations) {
        auto& p = per[static_cast<size_t>(i.relationship)];
        ++p.first;
        if (i.answered) {
            ++p.second;
            ++answered;
        }
    }
    json::array groups;
    for (const auto r : kRelationships) {
        const auto& p = per[static_cast<size_t>(r)];
        groups.push_back(json::object{{"relationship", domain::Code(r)}, {"invited", p.first}, {"answered", p.second}});
    }
    out["invited"] = static_cast<int64_t>(v.invitations.size());
    out["answered"] = answered;
    out["groups"] = std::move(groups);
    return out;
}

json::array CompetenciesJson(const std::vector<services::NamedCompetency>& competencies) {
    json::array out;
    for (const auto& c : competencies) out.push_back(json::object{{"code", c.code}, {"name", c.name}});
    return out;
}

json::array ResultsJson(const std::vector<evaluation::CompetencyFeedback>& results,
                        const std::vector<services::NamedCompetency>& competencies) {
    json::array out;
    for (size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i];
        json::object groups;
        for (const auto rel : kRelationships) {
            const auto& g = r.groups[static_cast<size_t>(rel)];
            groups[domain::Code(rel)] =
                json::object{{"raters", g.raters}, {"mean", Number(g.mean)}, {"hidden", g.hidden}};
        }
        out.push_back(json::object{{"code", r.competency},
                                   {"name", i < competencies.size() ? competencies[i].name : r.competency},
                                   {"groups", std::move(groups)},
                                   {"others", Number(r.others)}});
    }
    return out;
}

json::value ResultsOrNull(const services::CampaignView& v, const std::vector<evaluation::CompetencyFeedback>& results,
                          const std::vector<services::NamedCompetency>& competencies) {
    if (v.state != evaluation::CampaignState::closed) return nullptr;
    return json::object{{"competencies", ResultsJson(results, competencies)}};
}

json::object RangeJson(const evaluation::DayRange& r) {
    return json::object{{"from", r.from.ToIso()}, {"to", r.to.ToIso()}};
}

/// An optional date member: absent or null → nullopt; a YYYY-MM-DD string → the day; anything else → FieldError.
Result<std::optional<domain::Date>> OptionalDay(const json::object& body, const char* name, Lang lang) {
    const auto* v = body.if_contains(name);
    if (v == nullptr || v->is_null()) return std::optional<domain::Date>{};
    if (v->is_string()) {
        if (auto day = domain::Date::ParseIso(std::string(v->get_string()))) return std::optional{*day};
    }
    return FieldError(lang, name, "harus tanggal YYYY-MM-DD", "must be a YYYY-MM-DD date");
}

Result<std::map<std::string, std::optional<int>>> ScoresOf(const json::object& body, Lang lang) {
    for (const auto& member : body) {
        if (member.key() != "scores") {
            return FieldError(lang, std::string(member.key()), "kolom tidak dikenal", "unknown field");
        }
    }
    const auto* scores = body.if_contains("scores");
    if (scores == nullptr || !scores->is_object()) {
        return FieldError(lang, "scores", "harus objek kode kompetensi → nilai",
                          "must be an object of competency code → score");
    }
    std::map<std::string, std::optional<int>> out;
    const auto& object = scores->get_object();
    for (const auto& member : object) {
        auto score = OptionalIntField(object, std::string(member.key()), lang);
        if (!score) return score.error();
        out.emplace(std::string(member.key()), *score);
    }
    return out;
}

class FeedbackRoutes {
  public:
    explicit FeedbackRoutes(ApiContext& ctx) : ctx_(ctx), delivery_(ctx.store), service_(ctx.store) {}

    Response Start(const Call& call) {
        auto info = delivery_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        for (const auto& member : *body) {
            const auto key = member.key();
            if (key != "phase" && key != "opens" && key != "closes") {
                return ErrorResponse(FieldError(call.lang, std::string(key), "kolom tidak dikenal", "unknown field"));
            }
        }
        auto opens = OptionalDay(*body, "opens", call.lang);
        if (!opens) return ErrorResponse(opens.error());
        auto closes = OptionalDay(*body, "closes", call.lang);
        if (!closes) return ErrorResponse(closes.error());
        const std::string phase = StringField(*body, "phase");
        auto view = service_.Start(*call.user, *info, phase, *opens, *closes, Today(), NowSeconds(), call.lang);
        if (!view) return ErrorResponse(view.error());
        Audit(ctx_, call, "feedback.campaign", "kampanye_360", info->offering.code + "/" + phase, "",
              json::serialize(json::object{{"id", view->campaign.id},
                                           {"opens", view->campaign.opens},
                                           {"closes", view->campaign.closes},
                                           {"invited", static_cast<int64_t>(view->invitations.size())}}));
        return JsonResponse(CampaignJson(*view, true), 201);
    }

    Response List(const Call& call) {
        auto info = delivery_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto campaigns = service_.Campaigns(*info, Today());
        if (!campaigns) return ErrorResponse(campaigns.error());
        auto windows = service_.Windows(*info, call.lang);
        if (!windows) return ErrorResponse(windows.error());
        json::array items;
        for (const auto& v : *campaigns) items.push_back(CampaignJson(v, true));
        return JsonResponse(json::object{
            {"items", std::move(items)},
            {"window", json::object{{"sebelum", RangeJson((*windows)[0])}, {"sesudah", RangeJson((*windows)[1])}}}});
    }

    Response One(const Call& call) {
        int64_t id = 0;
        if (!ParseWholeNumber(call.Param("id"), id) || id <= 0) return NotFound(call.lang);
        auto detail = service_.Detail(*call.user, id, Today(), call.lang);
        if (!detail) return ErrorResponse(detail.error());
        json::object out = CampaignJson(detail->view, true);
        out["competencies"] = CompetenciesJson(detail->competencies);
        out["results"] = ResultsOrNull(detail->view, detail->overall, detail->competencies);
        json::array people;
        for (const auto& p : detail->participants) {
            json::object person{{"nip", p.nip}, {"name", p.name}, {"invited", p.invited}, {"answered", p.answered}};
            person["competencies"] = ResultsJson(p.results, detail->competencies);
            people.push_back(std::move(person));
        }
        out["participants"] = std::move(people);
        return JsonResponse(out);
    }

    Response Tasks(const Call& call) {
        auto tasks = service_.Tasks(*call.user, Today());
        if (!tasks) return ErrorResponse(tasks.error());
        json::array items;
        for (const auto& t : *tasks) items.push_back(TaskJson(t));
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

    Response Form(const Call& call) {
        int64_t id = 0;
        if (!ParseWholeNumber(call.Param("id"), id) || id <= 0) return NotFound(call.lang);
        auto form = service_.Form(*call.user, id, call.Param("nip"), Today(), call.lang);
        if (!form) return ErrorResponse(form.error());
        json::object out = TaskJson(form->task);
        out["rated"].as_object()["position"] = form->task.rated_position;
        out["question"] =
            evaluation::FeedbackQuestion(form->task.invitation.relationship, form->task.rated_name, call.lang);
        out["competencies"] = CompetenciesJson(form->competencies);
        json::array scale;
        const auto& labels = evaluation::FeedbackScale();
        for (size_t i = 0; i < labels.size(); ++i) {
            scale.push_back(json::object{{"value", i + 1}, {"label", labels[i].In(call.lang)}});
        }
        out["scale"] = std::move(scale);
        return JsonResponse(out);
    }

    Response Submit(const Call& call) {
        int64_t id = 0;
        if (!ParseWholeNumber(call.Param("id"), id) || id <= 0) return NotFound(call.lang);
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        auto scores = ScoresOf(*body, call.lang);
        if (!scores) return ErrorResponse(scores.error());
        const std::string rated = call.Param("nip");
        auto ok = service_.Submit(*call.user, id, rated, *scores, Today(), call.lang);
        if (!ok) return ErrorResponse(ok.error());
        // The audit says that the caller answered for this person, never the scores.
        Audit(ctx_, call, "feedback.submit", "undangan_360", std::to_string(id) + "/" + rated, "", "");
        return JsonResponse(json::object{{"ok", true},
                                         {"message", Msg(call.lang, "Terima kasih, umpan balik Anda telah tersimpan.",
                                                         "Thank you, your feedback has been saved.")}},
                            201);
    }

    Response Remind(const Call& call) {
        int64_t id = 0;
        if (!ParseWholeNumber(call.Param("id"), id) || id <= 0) return NotFound(call.lang);
        auto reminded = service_.Remind(*call.user, id, Today(), NowSeconds(), call.lang);
        if (!reminded) return ErrorResponse(reminded.error());
        Audit(ctx_, call, "feedback.remind", "kampanye_360", std::to_string(id), "",
              json::serialize(json::object{{"reminded", *reminded}}));
        return JsonResponse(json::object{{"reminded", *reminded}});
    }

    Response Reschedule(const Call& call) {
        int64_t id = 0;
        if (!ParseWholeNumber(call.Param("id"), id) || id <= 0) return NotFound(call.lang);
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        for (const auto& member : *body) {
            const auto key = member.key();
            if (key != "opens" && key != "closes") {
                return ErrorResponse(FieldError(call.lang, std::string(key), "kolom tidak dikenal", "unknown field"));
            }
        }
        auto opens = OptionalDay(*body, "opens", call.lang);
        if (!opens) return ErrorResponse(opens.error());
        auto closes = OptionalDay(*body, "closes", call.lang);
        if (!closes) return ErrorResponse(closes.error());
        auto before = ctx_.store.Feedback().FindCampaign(id);
        auto view = service_.Reschedule(*call.user, id, *opens, *closes, Today(), call.lang);
        if (!view) return ErrorResponse(view.error());
        Audit(ctx_, call, "feedback.dates", "kampanye_360", std::to_string(id),
              before ? json::serialize(json::object{{"opens", before->opens}, {"closes", before->closes}}) : "",
              json::serialize(json::object{{"opens", view->campaign.opens}, {"closes", view->campaign.closes}}));
        return JsonResponse(CampaignJson(*view, true));
    }

    Response Close(const Call& call) {
        int64_t id = 0;
        if (!ParseWholeNumber(call.Param("id"), id) || id <= 0) return NotFound(call.lang);
        auto before = ctx_.store.Feedback().FindCampaign(id);
        auto view = service_.Close(*call.user, id, Today(), call.lang);
        if (!view) return ErrorResponse(view.error());
        Audit(ctx_, call, "feedback.close", "kampanye_360", std::to_string(id),
              before ? json::serialize(json::object{{"opens", before->opens}, {"closes", before->closes}}) : "",
              json::serialize(json::object{{"opens", view->campaign.opens}, {"closes", view->campaign.closes}}));
        return JsonResponse(CampaignJson(*view, true));
    }

    Response Mine(const Call& call) {
        auto own = service_.MyResults(*call.user, Today(), call.lang);
        if (!own) return ErrorResponse(own.error());
        json::array items;
        for (const auto& o : *own) {
            json::object item = CampaignJson(o.view, false);
            item["competencies"] = CompetenciesJson(o.competencies);
            item["results"] = ResultsOrNull(o.view, o.results, o.competencies);
            items.push_back(std::move(item));
        }
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

  private:
    static domain::Date Today() { return services::DocumentDate(NowSeconds()); }

    static Response NotFound(Lang lang) {
        return ErrorResponse(
            MakeError(ErrorCode::not_found, Msg(lang, "Kampanye 360 tidak ditemukan.", "No such 360 campaign.")));
    }

    static json::object TaskJson(const services::FeedbackTask& t) {
        json::object out = CampaignJson(t.view, false);
        out["campaign"] = out["id"];
        out.erase("id");
        out["rated"] = json::object{{"nip", t.invitation.rated}, {"name", t.rated_name}};
        out["relationship"] = domain::Code(t.invitation.relationship);
        out["answered"] = t.invitation.answered;
        return out;
    }

    ApiContext& ctx_;
    services::DeliveryService delivery_;
    services::FeedbackService service_;
};

}  // namespace

void AddFeedbackRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<FeedbackRoutes>(ctx);
    const std::vector<Role> people{Role::asn, Role::atasan};
    const std::vector<Role> readers{Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::lembaga_mitra};
    auto add = [&](const char* method, const char* pattern, const std::vector<Role>& roles,
                   Response (FeedbackRoutes::*handler)(const Call&), const char* summary, const char* body = "") {
        table.Add({method, pattern, Access::roles, roles,
                   [routes, handler](Call& c) { return ((*routes).*handler)(c); }, summary, body});
    };
    add("POST", "/offerings/{kode}/feedback-campaigns", {Role::admin_bkd}, &FeedbackRoutes::Start,
        "Mulai kampanye umpan balik 360 / Start a 360 feedback campaign", "json");
    add("GET", "/offerings/{kode}/feedback-campaigns", readers, &FeedbackRoutes::List,
        "Kampanye 360 angkatan / The offering's 360 campaigns");
    add("GET", "/feedback-campaigns/{id}", readers, &FeedbackRoutes::One,
        "Kampanye 360 dan hasilnya / A 360 campaign and its results");
    add("POST", "/feedback-campaigns/{id}/remind", {Role::admin_bkd}, &FeedbackRoutes::Remind,
        "Ingatkan penilai yang belum menjawab / Remind the raters who have not answered");
    add("PATCH", "/feedback-campaigns/{id}", {Role::admin_bkd}, &FeedbackRoutes::Reschedule,
        "Ubah tanggal kampanye 360 / Change a 360 campaign's days", "json");
    add("POST", "/feedback-campaigns/{id}/close", {Role::admin_bkd}, &FeedbackRoutes::Close,
        "Tutup kampanye 360 sekarang / Close a 360 campaign now");
    add("GET", "/me/feedback", people, &FeedbackRoutes::Tasks,
        "Umpan balik 360 yang diminta dari saya / The 360 feedback I am asked for");
    add("GET", "/me/feedback/{id}/{nip}", people, &FeedbackRoutes::Form,
        "Formulir umpan balik 360 / The 360 feedback form");
    add("POST", "/me/feedback/{id}/{nip}", people, &FeedbackRoutes::Submit,
        "Kirim umpan balik 360 / Answer the 360 feedback", "json");
    add("GET", "/me/feedback-results", people, &FeedbackRoutes::Mine, "Hasil umpan balik 360 saya / My 360 results");
}

}  // namespace bangkom::http
