// The reaction survey a participant answers in the app after an offering (issue 8, docs/delivery-api.md): who may
// answer and when, the answer stored anonymously unless the participant chooses otherwise, and the staff's view of
// every answer of an offering. The wording lives in evaluation/reaction_questionnaire, the statistics in
// evaluation/levels (L1).

#include <algorithm>

#include "evaluation/reaction_questionnaire.hpp"
#include "services/delivery_parts.hpp"
#include "services/delivery_service.hpp"
#include "services/document_settings.hpp"
#include "services/evaluation_service.hpp"

namespace bangkom::services {

using delivery_parts::Msg;
using domain::Lang;

std::string_view ReactionStateCode(ReactionState state) {
    switch (state) {
        case ReactionState::open: return "terbuka";
        case ReactionState::sent: return "terkirim";
        case ReactionState::not_open: break;
    }
    return "belum_dibuka";
}

ReactionState ReactionStateOf(const OfferingInfo& info, const storage::Participant& participant, bool answered,
                              const domain::Date& today) {
    if (answered) return ReactionState::sent;
    if (today >= info.offering.end || participant.status != storage::ParticipantStatus::enrolled) {
        return ReactionState::open;
    }
    return ReactionState::not_open;
}

namespace {

Error NotYourOffering(const std::string& code, Lang lang) {
    return MakeError(ErrorCode::forbidden,
                     Msg(lang, "Anda bukan peserta angkatan ", "You are not a participant of ") + code + ".");
}

}  // namespace

Result<ReactionForm> DeliveryService::Reaction(const storage::User& user, const std::string& code,
                                               const domain::Date& today, Lang lang) {
    auto info = LoadOffering(code, lang);
    if (!info) return info.error();
    if (user.nip.empty()) return NotYourOffering(code, lang);
    auto joined = store_.Delivery().ParticipationsOf(user.nip);
    if (!joined) return joined.error();
    const auto mine =
        std::find_if(joined->begin(), joined->end(), [&](const storage::Participant& p) { return p.offering == code; });
    if (mine == joined->end()) return NotYourOffering(code, lang);
    auto marks = store_.Delivery().ReactionReceipts(code, user.nip);
    if (!marks) return marks.error();
    const ReactionState state = ReactionStateOf(*info, *mine, !marks->empty(), today);
    return ReactionForm{std::move(*info), state};
}

Result<void> DeliveryService::SubmitReaction(const storage::User& user, const std::string& code,
                                             domain::ReactionAnswer answer, bool anonymous, const domain::Date& today,
                                             Lang lang) {
    auto form = Reaction(user, code, today, lang);
    if (!form) return form.error();
    if (form->state == ReactionState::sent) {
        return MakeError(ErrorCode::conflict, Msg(lang, "Anda sudah mengisi survei reaksi angkatan ini.",
                                                  "You have already answered this offering's reaction survey."));
    }
    if (form->state == ReactionState::not_open) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Survei reaksi dibuka pada hari terakhir pelatihan, ",
                             "The reaction survey opens on the last day of the training, ") +
                             form->info.offering.end.ToLong(lang == Lang::en ? "en" : "id") + ".");
    }
    answer.offering_code = code;
    answer.nip.reset();
    if (auto ok = evaluation::CheckReactionSubmission(answer, lang); !ok) return ok;
    if (!anonymous) {
        auto nip = domain::Nip::ParseReference(user.nip, lang);
        if (!nip) return nip.error();
        answer.nip = *nip;
    }
    auto stored = store_.Delivery().SubmitReaction(answer, user.nip);
    if (!stored && stored.error().code == ErrorCode::conflict) {
        return MakeError(ErrorCode::conflict, Msg(lang, "Anda sudah mengisi survei reaksi angkatan ini.",
                                                  "You have already answered this offering's reaction survey."));
    }
    return stored;
}

Result<ReactionSummary> DeliveryService::Reactions(const OfferingInfo& info, Lang lang) {
    const std::string& code = info.offering.code;
    ReactionSummary out;
    auto participants = store_.Delivery().ListParticipants(code);
    if (!participants) return participants.error();
    out.participants = static_cast<int64_t>(participants->size());
    auto marks = store_.Delivery().ReactionReceipts(code, "");
    if (!marks) return marks.error();
    out.answered = static_cast<int64_t>(marks->size());

    storage::ListQuery query;
    query.search = code;  // narrows to the rows naming it; the exact match below
    query.limit = 0;
    auto page = store_.List(domain::Kind::reaksi, query);
    if (!page) return page.error();
    std::vector<evaluation::ReactionItems> items;
    for (const auto& r : std::get<std::vector<domain::ReactionAnswer>>(page->items)) {
        if (r.offering_code != code) continue;
        ++(r.nip ? out.named : out.anonymous);
        items.push_back(r.items);
        if (!r.suggestion.empty()) out.suggestions.push_back(r.suggestion);
    }
    std::sort(out.suggestions.begin(), out.suggestions.end());
    auto settings = LoadEvaluationSettings(store_, lang);
    if (!settings) return settings.error();
    out.result = evaluation::EvaluateReaction(items, *settings);
    return out;
}

Result<std::set<std::string>> DeliveryService::AnsweredReactions(const std::string& nip) {
    std::set<std::string> out;
    if (nip.empty()) return out;
    auto marks = store_.Delivery().ReactionReceipts("", nip);
    if (!marks) return marks.error();
    for (auto& m : *marks) out.insert(std::move(m.offering));
    return out;
}

Result<int64_t> DeliveryService::RemindReactions(const storage::User& user, const OfferingInfo& info, int64_t now,
                                                 Lang lang) {
    if (!Rights(user, info).decide) return delivery_parts::Forbidden(lang);
    const std::string& code = info.offering.code;
    if (auto ok = delivery_parts::ClaimReminder(store_, "reaction_reminder:" + code, now, lang); !ok) {
        return ok.error();
    }
    auto participants = store_.Delivery().ListParticipants(code);
    if (!participants) return participants.error();
    auto marks = store_.Delivery().ReactionReceipts(code, "");
    if (!marks) return marks.error();
    std::set<std::string> answered;
    for (const auto& m : *marks) answered.insert(m.nip);
    const domain::Date today = DocumentDate(now);
    storage::Notification n;
    n.type = "reaction_reminder";
    n.title_id = "Mohon isi survei reaksi " + info.program.name + " (angkatan " + code + "); jawaban Anda tanpa nama";
    n.title_en = "Please answer the reaction survey of " + info.program.name + " (offering " + code +
                 "); your answer is anonymous";
    n.created_at = now;
    std::map<std::string, storage::Notification> by_nip;
    for (const auto& p : *participants) {
        if (answered.count(p.nip) || ReactionStateOf(info, p, false, today) != ReactionState::open) continue;
        by_nip.emplace(p.nip, n);
    }
    Notify(by_nip);
    return static_cast<int64_t>(by_nip.size());
}

}  // namespace bangkom::services
