// /me/reactions/{kode} and /offerings/{kode}/reactions: the reaction survey a participant answers in the app after
// an offering, and the staff's view of its answers (issue 8, docs/delivery-api.md). The rules live in
// services/delivery_reaction.cpp, the wording in evaluation/reaction_questionnaire.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <memory>

#include "evaluation/reaction_questionnaire.hpp"
#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "services/delivery_service.hpp"
#include "services/document_settings.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Lang;
using domain::Role;

namespace {

json::array StatementsJson(Lang lang) {
    json::array answers;
    const auto& scale = evaluation::ReactionScale();
    for (size_t i = 0; i < scale.size(); ++i) {
        answers.push_back(json::object{{"value", i + 1}, {"label", scale[i].In(lang)}});
    }
    json::array out;
    for (const auto& s : evaluation::ReactionStatements()) {
        out.push_back(json::object{{"code", s.code}, {"question", s.statement.In(lang)}, {"answers", answers}});
    }
    return out;
}

bool KnownField(std::string_view name) {
    for (const auto& s : evaluation::ReactionStatements()) {
        if (s.code == name) return true;
    }
    return name == "saran" || name == "anonim";
}

/// The body's items, suggestion and choice of anonymity; invalid_argument naming the bad field.
Result<std::pair<domain::ReactionAnswer, bool>> AnswerOf(const json::object& body, Lang lang) {
    for (const auto& member : body) {
        if (!KnownField(member.key())) {
            return FieldError(lang, std::string(member.key()), "kolom tidak dikenal", "unknown field");
        }
    }
    domain::ReactionAnswer answer;
    const auto& statements = evaluation::ReactionStatements();
    for (size_t i = 0; i < answer.items.size(); ++i) {
        auto item = OptionalIntField(body, std::string(statements[i].code), lang);
        if (!item) return item.error();
        answer.items[i] = *item;
    }
    auto suggestion = OptionalTextField(body, "saran", lang);
    if (!suggestion) return suggestion.error();
    answer.suggestion = std::move(*suggestion);
    bool anonymous = true;
    if (const auto* a = body.if_contains("anonim"); a != nullptr && !a->is_null()) {
        if (!a->is_bool()) return FieldError(lang, "anonim", "harus true atau false", "must be true or false");
        anonymous = a->get_bool();
    }
    return std::pair{std::move(answer), anonymous};
}

json::value Number(double value, bool present) {
    return present ? json::value(value) : json::value(nullptr);
}

class ReactionRoutes {
  public:
    explicit ReactionRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store) {}

    Response Form(const Call& call) {
        auto form = service_.Reaction(*call.user, call.Param("kode"), Today(), call.lang);
        if (!form) return ErrorResponse(form.error());
        const auto& o = form->info.offering;
        return JsonResponse(json::object{{"offering", o.code},
                                         {"program_name", form->info.program.name},
                                         {"institution", form->info.program.institution},
                                         {"start", o.start.ToIso()},
                                         {"end", o.end.ToIso()},
                                         {"state", services::ReactionStateCode(form->state)},
                                         {"opens", o.end.ToIso()},
                                         {"items", StatementsJson(call.lang)},
                                         {"saran_max_chars", evaluation::kReactionMaxSuggestionChars}});
    }

    Response Submit(const Call& call) {
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        auto parsed = AnswerOf(*body, call.lang);
        if (!parsed) return ErrorResponse(parsed.error());
        const std::string code = call.Param("kode");
        auto ok = service_.SubmitReaction(*call.user, code, parsed->first, parsed->second, Today(), call.lang);
        if (!ok) return ErrorResponse(ok.error());
        // The audit says that the caller answered (as the mark does), never what: the answer stays anonymous.
        Audit(ctx_, call, "reaction.submit", "reaksi", code, "",
              json::serialize(json::object{{"anonymous", parsed->second}}));
        return JsonResponse(json::object{{"ok", true},
                                         {"anonymous", parsed->second},
                                         {"message", Msg(call.lang, "Terima kasih, jawaban Anda telah tersimpan.",
                                                         "Thank you, your answer has been saved.")}},
                            201);
    }

    Response Summary(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto summary = service_.Reactions(*info, call.lang);
        if (!summary) return ErrorResponse(summary.error());
        const auto& r = summary->result;
        json::array items;
        const auto& statements = evaluation::ReactionStatements();
        for (size_t i = 0; i < statements.size(); ++i) {
            const auto& item = r.items[i];
            items.push_back(json::object{{"code", statements[i].code},
                                         {"question", statements[i].statement.In(call.lang)},
                                         {"answered", item.answered},
                                         {"mean", Number(item.mean, item.answered > 0)},
                                         {"share_high", Number(item.share_high, item.answered > 0)},
                                         {"flagged", item.flagged}});
        }
        json::array suggestions;
        for (const auto& s : summary->suggestions) suggestions.emplace_back(s);
        const auto participants = summary->participants;
        return JsonResponse(json::object{
            {"offering", info->offering.code},
            {"participants", participants},
            {"answered", summary->answered},
            {"response_rate",
             Number(participants > 0 ? static_cast<double>(summary->answered) / participants : 0, participants > 0)},
            {"named", summary->named},
            {"anonymous", summary->anonymous},
            {"reaction", json::object{{"respondents", r.respondents},
                                      {"mean", Number(r.mean, r.computed)},
                                      {"share_high", Number(r.share_high, r.computed)},
                                      {"items", std::move(items)}}},
            {"suggestions", std::move(suggestions)}});
    }

    Response Remind(const Call& call) {
        auto info = service_.ReadableOffering(*call.user, call.Param("kode"), call.lang);
        if (!info) return ErrorResponse(info.error());
        auto reminded = service_.RemindReactions(*call.user, *info, NowSeconds(), call.lang);
        if (!reminded) return ErrorResponse(reminded.error());
        Audit(ctx_, call, "reaction.remind", "reaksi", info->offering.code, "",
              json::serialize(json::object{{"reminded", *reminded}}));
        return JsonResponse(json::object{{"reminded", *reminded}});
    }

  private:
    static domain::Date Today() { return services::DocumentDate(NowSeconds()); }

    ApiContext& ctx_;
    services::DeliveryService service_;
};

}  // namespace

void AddReactionRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<ReactionRoutes>(ctx);
    const std::vector<Role> participants{Role::asn, Role::atasan};
    const std::vector<Role> readers{Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::lembaga_mitra};
    auto add = [&](const char* method, const char* pattern, const std::vector<Role>& roles,
                   Response (ReactionRoutes::*handler)(const Call&), const char* summary, const char* body = "") {
        table.Add({method, pattern, Access::roles, roles,
                   [routes, handler](Call& c) { return ((*routes).*handler)(c); }, summary, body});
    };
    add("GET", "/me/reactions/{kode}", participants, &ReactionRoutes::Form,
        "Formulir survei reaksi peserta / The participant's reaction survey form");
    add("POST", "/me/reactions/{kode}", participants, &ReactionRoutes::Submit,
        "Kirim survei reaksi (tanpa nama secara bawaan) / Answer the reaction survey (anonymous by default)", "json");
    add("GET", "/offerings/{kode}/reactions", readers, &ReactionRoutes::Summary,
        "Ringkasan survei reaksi angkatan / The offering's reaction answers");
    add("POST", "/offerings/{kode}/reactions/remind", {Role::admin_bkd, Role::lembaga_mitra}, &ReactionRoutes::Remind,
        "Ingatkan peserta yang belum mengisi survei reaksi / Remind the participants who have not answered");
}

}  // namespace bangkom::http
