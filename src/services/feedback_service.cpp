// 360 campaigns run in the app (docs/feedback-api.md): starting one, asking the raters, taking their answers and
// showing the results under the anonymity rule of evaluation/feedback360.

#include "services/feedback_service.hpp"

#include <algorithm>
#include <set>

#include "services/delivery_parts.hpp"
#include "services/evaluation_service.hpp"
#include "services/passwords.hpp"

namespace bangkom::services {

using delivery_parts::FieldError;
using delivery_parts::GetOne;
using delivery_parts::Msg;
using domain::Date;
using domain::Kind;
using domain::Lang;
using domain::Role;
using evaluation::CampaignState;

namespace {

constexpr const char* kRaterKey = "rater_key";

template <class T>
Result<std::vector<T>> ListWhere(storage::Store& store, Kind kind, storage::ListQuery query) {
    query.limit = 0;
    auto page = store.List(kind, query);
    if (!page) return page.error();
    return std::move(std::get<std::vector<T>>(page->items));
}

/// The setting that keeps the day a campaign was closed early (its answers may be dated that day).
std::string ClosedOnKey(int64_t campaign) {
    return "feedback_closed:" + std::to_string(campaign);
}

std::string DayText(const Date& d, Lang lang) {
    return d.ToLong(lang == Lang::en ? "en" : "id");
}

Result<Date> StoredDay(const std::string& text) {
    return Date::ParseIso(text);
}

/// Employees by NIP: the listed ones with their teams (those whose supervisor they are).
Result<std::map<std::string, domain::Employee>> Teams(storage::Store& store, const std::set<std::string>& heads) {
    std::map<std::string, domain::Employee> out;
    for (const auto& nip : heads) {
        storage::ListQuery query;
        query.team_of = nip;
        auto team = ListWhere<domain::Employee>(store, Kind::pegawai, query);
        if (!team) return team.error();
        for (auto& e : *team) out.emplace(e.nip.str(), std::move(e));
    }
    return out;
}

std::vector<std::string> CodesOf(const std::vector<NamedCompetency>& competencies) {
    std::vector<std::string> out;
    out.reserve(competencies.size());
    for (const auto& c : competencies) out.push_back(c.code);
    return out;
}

storage::Notification RequestNote(const CampaignView& view, size_t people, int64_t now) {
    storage::Notification n;
    n.type = "feedback_requested";
    const auto opens = Date::ParseIso(view.campaign.opens);
    const auto closes = Date::ParseIso(view.campaign.closes);
    const std::string days_id = opens && closes ? DayText(*opens, Lang::id) + " – " + DayText(*closes, Lang::id) : "";
    const std::string days_en = opens && closes ? DayText(*opens, Lang::en) + " – " + DayText(*closes, Lang::en) : "";
    n.title_id = "Mohon beri umpan balik 360 untuk " + std::to_string(people) + " orang (" + view.program_name + ", " +
                 (view.campaign.phase == "sesudah" ? "sesudah" : "sebelum") + " pelatihan), " + days_id;
    n.title_en = "Please give 360 feedback on " + std::to_string(people) + (people == 1 ? " person (" : " people (") +
                 view.program_name + ", " + (view.campaign.phase == "sesudah" ? "after" : "before") +
                 " the training), " + days_en;
    n.created_at = now;
    return n;
}

}  // namespace

Result<std::array<evaluation::DayRange, 2>> FeedbackService::Windows(const OfferingInfo& info, Lang lang) {
    auto settings = LoadEvaluationSettings(store_, lang);
    if (!settings) return settings.error();
    const auto& o = info.offering;
    return std::array{evaluation::FeedbackWindow(evaluation::FeedbackPhase::sebelum, o.start, o.end, *settings),
                      evaluation::FeedbackWindow(evaluation::FeedbackPhase::sesudah, o.start, o.end, *settings)};
}

Result<std::vector<NamedCompetency>> FeedbackService::CompetenciesOf(const domain::Program& program) {
    std::vector<NamedCompetency> out;
    std::set<std::string> seen;
    for (const auto& raise : program.raises) {
        if (!seen.insert(raise.competency_code).second) continue;
        auto c = GetOne<domain::Competency>(store_, Kind::kompetensi, raise.competency_code);
        out.push_back({raise.competency_code, c ? c->name : raise.competency_code});
    }
    return out;
}

Result<std::vector<evaluation::RaterChoice>> FeedbackService::ChooseFor(const OfferingInfo& info, Lang lang) {
    auto participants = store_.Delivery().ListParticipants(info.offering.code);
    if (!participants) return participants.error();
    std::vector<std::string> rated;
    std::set<std::string> heads;
    for (const auto& p : *participants) {
        auto e = GetOne<domain::Employee>(store_, Kind::pegawai, p.nip);
        if (!e) continue;  // no longer in the master data: nobody to ask about
        rated.push_back(p.nip);
        heads.insert(p.nip);
        if (e->supervisor_nip) heads.insert(e->supervisor_nip->str());
    }
    auto people = Teams(store_, heads);
    if (!people) return people.error();
    std::vector<evaluation::Colleague> everyone;
    everyone.reserve(people->size());
    for (const auto& [nip, e] : *people) {
        everyone.push_back({nip, e.supervisor_nip ? e.supervisor_nip->str() : ""});
    }
    // The same keyed order for both phases of an offering: the sesudah campaign asks the same peers.
    const std::string key = "360-order:" + info.offering.code;
    (void)lang;
    return evaluation::ChooseRaters(rated, everyone, [&key](const std::string& nip) { return KeyedHash(key, nip); });
}

Result<CampaignView> FeedbackService::Start(const storage::User& user, const OfferingInfo& info,
                                            std::string_view phase_code, std::optional<Date> opens,
                                            std::optional<Date> closes, Date today, int64_t now, Lang lang) {
    if (user.role != Role::admin_bkd) return delivery_parts::Forbidden(lang);
    const auto phase = evaluation::FeedbackPhaseOf(phase_code);
    if (!phase) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Tahap harus sebelum atau sesudah.", "The phase must be sebelum or sesudah."),
                          "phase");
    }
    auto windows = Windows(info, lang);
    if (!windows) return windows.error();
    const auto window = (*windows)[*phase == evaluation::FeedbackPhase::sebelum ? 0 : 1];
    const std::string range = DayText(window.from, lang) + " – " + DayText(window.to, lang);
    if (window.to < today) {
        return MakeError(ErrorCode::failed_precondition, Msg(lang, "Masa umpan balik 360 tahap ini sudah lewat (",
                                                             "This phase's 360 window has passed (") +
                                                             range + ").");
    }
    const Date first = opens.value_or(std::max(window.from, today));
    const Date last = closes.value_or(window.to);
    auto outside = [&](const char* column) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Tanggal harus di dalam masa umpan balik 360 tahap ini, ",
                              "The date must lie in this phase's 360 window, ") +
                              range + ".",
                          column);
    };
    if (first < window.from || first > window.to) return outside("opens");
    if (last < window.from || last > window.to) return outside("closes");
    if (last < first) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Tanggal tutup tidak boleh sebelum tanggal buka.",
                              "The closing day cannot come before the opening day."),
                          "closes");
    }
    if (last < today) {
        return FieldError(
            ErrorCode::invalid_argument,
            Msg(lang, "Tanggal tutup tidak boleh sebelum hari ini.", "The closing day cannot be in the past."),
            "closes");
    }
    auto competencies = CompetenciesOf(info.program);
    if (!competencies) return competencies.error();
    if (competencies->empty()) {
        return MakeError(
            ErrorCode::failed_precondition,
            Msg(lang, "Program ini tidak mencantumkan kompetensi yang ditingkatkan, jadi tidak ada yang dinilai.",
                "This program lists no competency it raises, so there is nothing to rate."));
    }
    auto choices = ChooseFor(info, lang);
    if (!choices) return choices.error();
    if (choices->empty()) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Angkatan ini belum memiliki peserta yang dapat dinilai.",
                             "This offering has no participant to be rated yet."));
    }
    storage::FeedbackCampaign campaign{
        0, info.offering.code, std::string(evaluation::Code(*phase)), first.ToIso(), last.ToIso(), user.id, now};
    std::vector<storage::FeedbackInvitation> invitations;
    invitations.reserve(choices->size());
    for (const auto& c : *choices) invitations.push_back({0, c.rater, c.rated, c.relationship, false});
    auto id = store_.Feedback().CreateCampaign(campaign, invitations);
    if (!id) {
        if (id.error().code == ErrorCode::conflict) {
            return MakeError(ErrorCode::conflict, Msg(lang, "Angkatan ini sudah memiliki kampanye 360 tahap ",
                                                      "This offering already has a 360 campaign of phase ") +
                                                      campaign.phase + ".");
        }
        return id.error();
    }
    campaign.id = *id;
    for (auto& i : invitations) i.campaign = *id;
    CampaignView view{std::move(campaign), info.program.name, evaluation::CampaignStateOf(first, last, today),
                      std::move(invitations)};
    std::map<std::string, size_t> people_of;
    for (const auto& i : view.invitations) ++people_of[i.rater];
    std::map<std::string, storage::Notification> notes;
    for (const auto& [rater, n] : people_of) notes.emplace(rater, RequestNote(view, n, now));
    delivery_parts::NotifyByNip(store_, notes);
    return view;
}

Result<CampaignView> FeedbackService::ViewOf(storage::FeedbackCampaign campaign, Date today, bool with_invitations) {
    auto opens = StoredDay(campaign.opens);
    if (!opens) return opens.error();
    auto closes = StoredDay(campaign.closes);
    if (!closes) return closes.error();
    CampaignView view;
    view.state = evaluation::CampaignStateOf(*opens, *closes, today);
    auto offering = GetOne<domain::Offering>(store_, Kind::angkatan, campaign.offering);
    if (offering) {
        if (auto program = GetOne<domain::Program>(store_, Kind::program, offering->program_code)) {
            view.program_name = program->name;
        }
    }
    if (with_invitations) {
        auto invitations = store_.Feedback().Invitations(campaign.id, "", "");
        if (!invitations) return invitations.error();
        view.invitations = std::move(*invitations);
    }
    view.campaign = std::move(campaign);
    return view;
}

Result<std::vector<CampaignView>> FeedbackService::Campaigns(const OfferingInfo& info, Date today) {
    auto campaigns = store_.Feedback().Campaigns(info.offering.code);
    if (!campaigns) return campaigns.error();
    std::vector<CampaignView> out;
    for (auto& c : *campaigns) {
        auto view = ViewOf(std::move(c), today, true);
        if (!view) return view.error();
        out.push_back(std::move(*view));
    }
    // "sebelum" sorts after "sesudah": put the phases in the order they happen.
    std::stable_sort(out.begin(), out.end(), [](const CampaignView& a, const CampaignView& b) {
        return (a.campaign.phase == "sebelum") > (b.campaign.phase == "sebelum");
    });
    return out;
}

Result<std::vector<evaluation::CompetencyFeedback>> FeedbackService::ResultsOf(
    const std::string& nip, const storage::FeedbackCampaign& campaign,
    const std::vector<NamedCompetency>& competencies) {
    storage::ListQuery query;
    query.nip = nip;
    auto rows = ListWhere<domain::Feedback360>(store_, Kind::umpan_balik_360, query);
    if (!rows) return rows.error();
    // A campaign closed early (Close) took answers until the day it was closed, after its new last day.
    auto closed_on = store_.GetSetting(ClosedOnKey(campaign.id));
    if (!closed_on) return closed_on.error();
    const std::string last = *closed_on ? std::max(**closed_on, campaign.closes) : campaign.closes;
    std::vector<evaluation::FeedbackScore> scores;
    for (const auto& r : *rows) {
        const std::string day = r.date.ToIso();
        if (r.rated_nip.str() != nip || day < campaign.opens || day > last) continue;
        scores.push_back({nip, r.rater_hash, r.relationship, r.competency_code, r.score});
    }
    return evaluation::SummarizeFeedback(scores, CodesOf(competencies));
}

Result<CampaignDetail> FeedbackService::Detail(const storage::User& user, int64_t id, Date today, Lang lang) {
    auto campaign = store_.Feedback().FindCampaign(id);
    if (!campaign) {
        if (campaign.error().code == ErrorCode::not_found) {
            return MakeError(ErrorCode::not_found, Msg(lang, "Kampanye 360 tidak ditemukan.", "No such 360 campaign."));
        }
        return campaign.error();
    }
    DeliveryService delivery(store_);
    auto info = delivery.ReadableOffering(user, campaign->offering, lang);
    if (!info) return info.error();
    auto view = ViewOf(std::move(*campaign), today, true);
    if (!view) return view.error();
    CampaignDetail out;
    auto competencies = CompetenciesOf(info->program);
    if (!competencies) return competencies.error();
    out.competencies = std::move(*competencies);
    const bool closed = view->state == CampaignState::closed;
    const bool named = user.role == Role::admin_bkd || user.role == Role::auditor || user.role == Role::pengelola_opd;
    std::map<std::string, PersonFeedback> people;
    for (const auto& i : view->invitations) {
        auto& p = people[i.rated];
        p.nip = i.rated;
        ++p.invited;
        if (i.answered) ++p.answered;
    }
    std::vector<std::vector<evaluation::CompetencyFeedback>> all;
    for (auto& [nip, person] : people) {
        auto e = GetOne<domain::Employee>(store_, Kind::pegawai, nip);
        if (e) person.name = e->name;
        if (closed) {
            auto results = ResultsOf(nip, view->campaign, out.competencies);
            if (!results) return results.error();
            all.push_back(*results);
            person.results = std::move(*results);
        }
        const bool visible = named && (user.role != Role::pengelola_opd || (e && e->agency_code == user.agency_code));
        if (visible) out.participants.push_back(std::move(person));
    }
    if (closed) {
        out.overall = evaluation::PoolFeedback(all, CodesOf(out.competencies));
    }
    std::stable_sort(out.participants.begin(), out.participants.end(),
                     [](const PersonFeedback& a, const PersonFeedback& b) { return a.name < b.name; });
    out.view = std::move(*view);
    return out;
}

Result<std::vector<FeedbackTask>> FeedbackService::Tasks(const storage::User& user, Date today) {
    std::vector<FeedbackTask> out;
    if (user.nip.empty()) return out;
    auto invitations = store_.Feedback().Invitations(0, user.nip, "");
    if (!invitations) return invitations.error();
    std::map<int64_t, CampaignView> views;
    for (auto& i : *invitations) {
        auto v = views.find(i.campaign);
        if (v == views.end()) {
            auto campaign = store_.Feedback().FindCampaign(i.campaign);
            if (!campaign) return campaign.error();
            auto view = ViewOf(std::move(*campaign), today, false);
            if (!view) return view.error();
            v = views.emplace(i.campaign, std::move(*view)).first;
        }
        FeedbackTask task{v->second, std::move(i), "", ""};
        if (auto e = GetOne<domain::Employee>(store_, Kind::pegawai, task.invitation.rated)) {
            task.rated_name = e->name;
            if (auto p = GetOne<domain::Position>(store_, Kind::jabatan, e->position_code)) {
                task.rated_position = p->name;
            }
        }
        out.push_back(std::move(task));
    }
    auto rank = [](const FeedbackTask& t) {
        if (t.view.state == CampaignState::open) return t.invitation.answered ? 1 : 0;
        return t.view.state == CampaignState::not_open ? 2 : 3;
    };
    std::stable_sort(out.begin(), out.end(), [&](const FeedbackTask& a, const FeedbackTask& b) {
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        if (a.view.campaign.closes != b.view.campaign.closes) return a.view.campaign.closes < b.view.campaign.closes;
        return a.rated_name < b.rated_name;
    });
    return out;
}

Result<FeedbackForm> FeedbackService::Form(const storage::User& user, int64_t id, const std::string& rated, Date today,
                                           Lang lang) {
    auto campaign = store_.Feedback().FindCampaign(id);
    if (!campaign) {
        if (campaign.error().code == ErrorCode::not_found) {
            return MakeError(ErrorCode::not_found, Msg(lang, "Kampanye 360 tidak ditemukan.", "No such 360 campaign."));
        }
        return campaign.error();
    }
    auto mine = user.nip.empty()
                    ? Result<std::vector<storage::FeedbackInvitation>>(std::vector<storage::FeedbackInvitation>{})
                    : store_.Feedback().Invitations(id, user.nip, rated);
    if (!mine) return mine.error();
    if (mine->empty()) {
        return MakeError(ErrorCode::forbidden, Msg(lang, "Anda tidak diminta menilai pegawai ini pada kampanye ini.",
                                                   "You are not asked to rate this employee in this campaign."));
    }
    auto view = ViewOf(std::move(*campaign), today, false);
    if (!view) return view.error();
    FeedbackForm out;
    out.task = FeedbackTask{std::move(*view), mine->front(), "", ""};
    if (auto e = GetOne<domain::Employee>(store_, Kind::pegawai, rated)) {
        out.task.rated_name = e->name;
        if (auto p = GetOne<domain::Position>(store_, Kind::jabatan, e->position_code)) {
            out.task.rated_position = p->name;
        }
    }
    auto info = delivery_parts::LoadOfferingInfo(store_, out.task.view.campaign.offering, lang);
    if (!info) return info.error();
    auto competencies = CompetenciesOf(info->program);
    if (!competencies) return competencies.error();
    out.competencies = std::move(*competencies);
    return out;
}

Result<void> FeedbackService::Submit(const storage::User& user, int64_t id, const std::string& rated,
                                     const std::map<std::string, std::optional<int>>& scores, Date today, Lang lang) {
    auto form = Form(user, id, rated, today, lang);
    if (!form) return form.error();
    const auto& view = form->task.view;
    if (form->task.invitation.answered) {
        return MakeError(ErrorCode::conflict, Msg(lang, "Anda sudah mengirim umpan balik untuk pegawai ini.",
                                                  "You have already answered for this employee."));
    }
    if (view.state != CampaignState::open) {
        const bool early = view.state == CampaignState::not_open;
        const auto day = Date::ParseIso(early ? view.campaign.opens : view.campaign.closes);
        const std::string when = day ? DayText(*day, lang) : "";
        return MakeError(ErrorCode::failed_precondition,
                         early
                             ? Msg(lang, "Kampanye ini dibuka pada ", "This campaign opens on ") + when + "."
                             : Msg(lang, "Kampanye ini sudah ditutup pada ", "This campaign closed on ") + when + ".");
    }
    std::set<std::string> known;
    for (const auto& c : form->competencies) known.insert(c.code);
    auto rated_nip = domain::Nip::ParseReference(rated, lang);
    if (!rated_nip) return rated_nip.error();
    auto key = LoadOrCreateSecret(store_, kRaterKey);
    if (!key) return key.error();
    const std::string hash = KeyedHash(*key, user.nip);
    std::vector<domain::Feedback360> rows;
    for (const auto& [code, score] : scores) {
        if (!known.count(code)) {
            return FieldError(ErrorCode::invalid_argument,
                              Msg(lang, "Kompetensi ini tidak dinilai pada program ini: ",
                                  "This competency is not rated for this program: ") +
                                  code,
                              code);
        }
        if (!score) continue;
        if (*score < 1 || *score > 5) {
            return FieldError(
                ErrorCode::invalid_argument,
                Msg(lang, "Nilai harus bilangan bulat 1 sampai 5: ", "The score must be a whole number 1 to 5: ") +
                    code,
                code);
        }
        rows.push_back(domain::Feedback360{0, *rated_nip, hash, form->task.invitation.relationship, code,
                                           static_cast<double>(*score), today});
    }
    if (rows.empty()) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Beri nilai sekurang-kurangnya satu kompetensi.", "Score at least one competency."),
                          "scores");
    }
    auto stored = store_.Feedback().SubmitFeedback(form->task.invitation, rows);
    if (!stored && stored.error().code == ErrorCode::conflict) {
        return MakeError(ErrorCode::conflict, Msg(lang, "Anda sudah mengirim umpan balik untuk pegawai ini.",
                                                  "You have already answered for this employee."));
    }
    return stored;
}

namespace {

Result<storage::FeedbackCampaign> FindForStaff(storage::Store& store, const storage::User& user, int64_t id,
                                               Lang lang) {
    if (user.role != Role::admin_bkd) return delivery_parts::Forbidden(lang);
    auto campaign = store.Feedback().FindCampaign(id);
    if (!campaign && campaign.error().code == ErrorCode::not_found) {
        return MakeError(ErrorCode::not_found, Msg(lang, "Kampanye 360 tidak ditemukan.", "No such 360 campaign."));
    }
    return campaign;
}

}  // namespace

Result<CampaignView> FeedbackService::Reschedule(const storage::User& user, int64_t id, std::optional<Date> opens,
                                                 std::optional<Date> closes, Date today, Lang lang) {
    auto campaign = FindForStaff(store_, user, id, lang);
    if (!campaign) return campaign.error();
    const Date first_was = *Date::ParseIso(campaign->opens);
    const Date last_was = *Date::ParseIso(campaign->closes);
    const CampaignState state = evaluation::CampaignStateOf(first_was, last_was, today);
    if (state == CampaignState::closed) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Kampanye ini sudah ditutup; hasilnya mungkin sudah dibaca, jadi tanggalnya tetap.",
                             "This campaign has closed; its results may have been read, so its days stay."));
    }
    if (opens && *opens != first_was && state != CampaignState::not_open) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Kampanye sudah dibuka; tanggal bukanya tidak dapat diubah.",
                              "The campaign has opened; its first day cannot change."),
                          "opens");
    }
    auto info = delivery_parts::LoadOfferingInfo(store_, campaign->offering, lang);
    if (!info) return info.error();
    auto windows = Windows(*info, lang);
    if (!windows) return windows.error();
    const auto window = (*windows)[campaign->phase == "sebelum" ? 0 : 1];
    const std::string range = DayText(window.from, lang) + " – " + DayText(window.to, lang);
    const Date first = opens.value_or(first_was);
    const Date last = closes.value_or(last_was);
    const auto refuse = [&](const char* column, const std::string& id_text, const std::string& en_text) {
        return FieldError(ErrorCode::invalid_argument, Msg(lang, id_text, en_text), column);
    };
    if (opens && *opens != first_was && first < today) {
        return refuse("opens", "Tanggal buka tidak boleh sebelum hari ini.", "The first day cannot be in the past.");
    }
    if (first < window.from || first > window.to) {
        return refuse("opens", "Tanggal harus di dalam masa umpan balik 360 tahap ini, " + range + ".",
                      "The date must lie in this phase's 360 window, " + range + ".");
    }
    if (last < window.from || last > window.to) {
        return refuse("closes", "Tanggal harus di dalam masa umpan balik 360 tahap ini, " + range + ".",
                      "The date must lie in this phase's 360 window, " + range + ".");
    }
    if (last < first) {
        return refuse("closes", "Tanggal tutup tidak boleh sebelum tanggal buka.",
                      "The closing day cannot come before the opening day.");
    }
    if (last < today) {
        return refuse("closes", "Tanggal tutup tidak boleh sebelum hari ini; untuk menutup sekarang pakai Tutup.",
                      "The closing day cannot be in the past; to close it now use Close.");
    }
    if (auto set = store_.Feedback().SetCampaignDays(id, first.ToIso(), last.ToIso()); !set) return set.error();
    campaign->opens = first.ToIso();
    campaign->closes = last.ToIso();
    return ViewOf(std::move(*campaign), today, true);
}

Result<CampaignView> FeedbackService::Close(const storage::User& user, int64_t id, Date today, Lang lang) {
    auto campaign = FindForStaff(store_, user, id, lang);
    if (!campaign) return campaign.error();
    const Date first = *Date::ParseIso(campaign->opens);
    const Date last = *Date::ParseIso(campaign->closes);
    if (evaluation::CampaignStateOf(first, last, today) != CampaignState::open) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Hanya kampanye yang sedang terbuka yang dapat ditutup.",
                             "Only an open campaign can be closed."));
    }
    const Date yesterday = today.AddDays(-1);
    campaign->opens = std::min(first, yesterday).ToIso();
    campaign->closes = yesterday.ToIso();
    // The answers given today are dated today: the results take them in up to this day (ResultsOf).
    if (auto marked = store_.PutSetting(ClosedOnKey(id), today.ToIso()); !marked) return marked.error();
    if (auto set = store_.Feedback().SetCampaignDays(id, campaign->opens, campaign->closes); !set) return set.error();
    return ViewOf(std::move(*campaign), today, true);
}

Result<int64_t> FeedbackService::Remind(const storage::User& user, int64_t id, Date today, int64_t now, Lang lang) {
    if (user.role != Role::admin_bkd) return delivery_parts::Forbidden(lang);
    auto campaign = store_.Feedback().FindCampaign(id);
    if (!campaign) {
        if (campaign.error().code == ErrorCode::not_found) {
            return MakeError(ErrorCode::not_found, Msg(lang, "Kampanye 360 tidak ditemukan.", "No such 360 campaign."));
        }
        return campaign.error();
    }
    auto view = ViewOf(std::move(*campaign), today, true);
    if (!view) return view.error();
    if (view->state != CampaignState::open) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Pengingat hanya dapat dikirim selama kampanye terbuka.",
                             "Reminders can only go out while the campaign is open."));
    }
    if (auto ok = delivery_parts::ClaimReminder(store_, "feedback_reminder:" + std::to_string(id), now, lang); !ok) {
        return ok.error();
    }
    std::map<std::string, size_t> waiting;  // rater → people still to rate
    for (const auto& i : view->invitations) {
        if (!i.answered) ++waiting[i.rater];
    }
    std::map<std::string, storage::Notification> notes;
    for (const auto& [rater, n] : waiting) {
        auto note = RequestNote(*view, n, now);
        note.type = "feedback_reminder";
        note.title_id = "Pengingat: " + note.title_id;
        note.title_en = "Reminder: " + note.title_en;
        notes.emplace(rater, std::move(note));
    }
    delivery_parts::NotifyByNip(store_, notes);
    return static_cast<int64_t>(notes.size());
}

Result<std::vector<OwnFeedback>> FeedbackService::MyResults(const storage::User& user, Date today, Lang lang) {
    std::vector<OwnFeedback> out;
    if (user.nip.empty()) return out;
    auto invitations = store_.Feedback().Invitations(0, "", user.nip);
    if (!invitations) return invitations.error();
    std::set<int64_t> ids;
    for (const auto& i : *invitations) ids.insert(i.campaign);
    for (const int64_t id : ids) {
        auto campaign = store_.Feedback().FindCampaign(id);
        if (!campaign) return campaign.error();
        auto view = ViewOf(std::move(*campaign), today, false);
        if (!view) return view.error();
        OwnFeedback own;
        auto info = delivery_parts::LoadOfferingInfo(store_, view->campaign.offering, lang);
        if (!info) return info.error();
        auto competencies = CompetenciesOf(info->program);
        if (!competencies) return competencies.error();
        own.competencies = std::move(*competencies);
        if (view->state == CampaignState::closed) {
            auto results = ResultsOf(user.nip, view->campaign, own.competencies);
            if (!results) return results.error();
            own.results = std::move(*results);
        }
        own.view = std::move(*view);
        out.push_back(std::move(own));
    }
    std::stable_sort(out.begin(), out.end(), [](const OwnFeedback& a, const OwnFeedback& b) {
        return a.view.campaign.closes > b.view.campaign.closes;
    });
    return out;
}

}  // namespace bangkom::services
