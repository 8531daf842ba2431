// /proposals/*: the proposal workflow of issue 5 (docs/participation-api.md); the windows in which employees propose
// are in routes_proposal_windows.cpp, the forum in routes_participation_forum.cpp. The rules live in
// services/participation_*; this file maps requests and answers, and writes the audit log.

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <ctime>
#include <map>
#include <memory>

#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "services/gap_service.hpp"
#include "services/participation_report.hpp"
#include "services/participation_service.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::ProposalStatus;
using domain::Role;
using services::ProposalListView;

void AddParticipationForumRoutes(RouteTable& table, ApiContext& ctx);  // routes_participation_forum.cpp
void AddProposalWindowRoutes(RouteTable& table, ApiContext& ctx);      // routes_proposal_windows.cpp

namespace {

std::string IsoTime(int64_t seconds) {
    const auto t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

json::value TimeOrNull(int64_t seconds) {
    return seconds == 0 ? json::value(nullptr) : json::value(IsoTime(seconds));
}

json::value TextOrNull(const std::string& text) {
    return text.empty() ? json::value(nullptr) : json::value(text);
}

Error BadParam(domain::Lang lang, const char* name, const char* id, const char* en) {
    return services::FieldError(lang, name, id, en);
}

Error NotFoundId(domain::Lang lang) {
    return MakeError(ErrorCode::not_found, Msg(lang, "Usulan tidak ditemukan.", "Proposal not found."));
}

/// The request body as an object; an empty body is {}.
Result<json::object> BodyOrEmpty(const Call& call) {
    if (call.request.body.empty()) return json::object{};
    return JsonBody(call);
}

json::object ProposalJson(const storage::ProposalView& v, const services::ProposalPermissions& can) {
    const domain::Proposal& p = v.proposal;
    return json::object{
        {"id", p.id},
        {"nip", p.nip.str()},
        {"name", v.name},
        {"agency", v.agency_code},
        {"agency_name", v.agency_name},
        {"competency", p.competency_code},
        {"competency_name", v.competency_name},
        {"year", p.year},
        {"reason", p.reason},
        {"form", p.form ? json::value(domain::Code(*p.form)) : json::value(nullptr)},
        {"priority", p.priority},
        {"status", domain::Code(p.status)},
        {"reviewer_nip", TextOrNull(v.reviewer_nip)},
        {"reviewer_name", TextOrNull(v.reviewer_name)},
        {"last_comment", TextOrNull(v.last_comment)},
        {"votes", v.votes},
        {"voted", v.voted},
        {"created_at", TimeOrNull(v.created_at)},
        {"updated_at", TimeOrNull(v.updated_at)},
        {"can", json::object{{"edit", can.edit},
                             {"submit", can.submit},
                             {"withdraw", can.withdraw},
                             {"review", can.review},
                             {"reassign", can.reassign},
                             {"vote", can.vote}}},
    };
}

class ProposalRoutes {
  public:
    explicit ProposalRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store), gaps_(ctx.store) {}

    Response List(Call& call) {
        auto view = ViewParam(call);
        if (!view) return ErrorResponse(view.error());
        auto filter = FilterOf(call);
        if (!filter) return ErrorResponse(filter.error());
        int64_t offset = 0;
        int64_t limit = 50;
        if (!ParseWholeNumber(call.request.Query("offset", "0"), offset) || offset < 0) {
            return ErrorResponse(BadParam(call.lang, "offset", "offset harus ≥ 0.", "offset must be ≥ 0."));
        }
        if (!ParseWholeNumber(call.request.Query("limit", "50"), limit) || limit < 1 || limit > 500) {
            return ErrorResponse(
                BadParam(call.lang, "limit", "limit harus antara 1 dan 500.", "limit must be between 1 and 500."));
        }
        auto list = service_.List(*call.user, *view, *filter, call.lang);
        if (!list) return ErrorResponse(list.error());
        json::array items;
        WindowCache windows;
        const auto total = static_cast<int64_t>(list->size());
        for (int64_t i = offset; i < total && i < offset + limit; ++i) {
            items.push_back(Json(*call.user, (*list)[static_cast<size_t>(i)], windows));
        }
        return JsonResponse(
            json::object{{"total", total}, {"offset", offset}, {"limit", limit}, {"items", std::move(items)}});
    }

    Response Suggestions(Call& call) {
        const storage::User& user = *call.user;
        if (user.nip.empty()) return ErrorResponse(Forbidden(call.lang));
        auto report =
            gaps_.Analyze(analysis::Scope::Employee(user.nip), std::nullopt, analysis::Options{true}, call.lang);
        if (!report || report->employees.empty()) {
            return ErrorResponse(MakeError(ErrorCode::not_found, Msg(call.lang, "Akun ini tidak terhubung ke pegawai.",
                                                                     "This account is not linked to an employee.")));
        }
        const int year = service_.DefaultYear();
        storage::ProposalFilter mine;
        mine.year = year;
        auto proposed = service_.List(user, ProposalListView::mine, mine, call.lang);
        if (!proposed) return ErrorResponse(proposed.error());
        auto snapshot = gaps_.Snapshot();
        if (!snapshot) return ErrorResponse(snapshot.error());
        std::vector<const analysis::CompetencyGap*> gaps;
        for (const auto& g : report->employees.front().gaps) {
            if (g.gap > 0 || g.target_gap > 0) gaps.push_back(&g);
        }
        auto need = [](const analysis::CompetencyGap* g) {
            return g->weight * g->gap + g->target_weight * g->target_gap;
        };
        std::sort(gaps.begin(), gaps.end(), [&](const auto* a, const auto* b) {
            if (need(a) != need(b)) return need(a) > need(b);
            return a->competency < b->competency;
        });
        json::array items;
        for (const auto* g : gaps) {
            bool already = false;
            for (const auto& p : *proposed) already = already || p.proposal.competency_code == g->competency;
            const auto c = (*snapshot)->FindCompetency(g->competency);
            items.push_back(json::object{
                {"competency", g->competency},
                {"competency_name", c ? json::value((*snapshot)->competency_names[*c]) : json::value(g->competency)},
                {"competency_kind",
                 c ? json::value(domain::Code((*snapshot)->competency_kinds[*c])) : json::value(nullptr)},
                {"required", g->required},
                {"held", g->held ? json::value(*g->held) : json::value(nullptr)},
                {"gap", g->gap},
                {"target_gap", g->target_gap},
                {"weighted_need", need(g)},
                {"proposed", already}});
        }
        return JsonResponse(json::object{{"year", year}, {"items", std::move(items)}});
    }

    Response Create(Call& call) {
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        auto input = InputOf(call, *body, true);
        if (!input) return ErrorResponse(input.error());
        const auto* submit = body->if_contains("submit");
        const bool now = submit != nullptr && submit->is_bool() && submit->get_bool();
        auto id = service_.Create(*call.user, *input, now, call.lang);
        if (!id) return ErrorResponse(id.error());
        return Answer(call, *id, "proposal.create", "", 201);
    }

    Response One(Call& call) {
        auto id = IdOf(call);
        if (!id) return ErrorResponse(id.error());
        auto p = service_.Get(*call.user, *id, call.lang);
        if (!p) return ErrorResponse(p.error());
        auto threads = ctx_.store.Participation().ThreadsOfProposal(*id);
        if (!threads) return ErrorResponse(threads.error());
        json::array linked;
        for (const auto& t : *threads) linked.push_back(json::object{{"id", t.id}, {"title", t.title}});
        WindowCache windows;
        return JsonResponse(json::object{{"proposal", Json(*call.user, *p, windows)}, {"threads", std::move(linked)}});
    }

    Response Edit(Call& call) {
        auto id = IdOf(call);
        if (!id) return ErrorResponse(id.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        auto input = InputOf(call, *body, false);
        if (!input) return ErrorResponse(input.error());
        const std::string before = Snapshot(*call.user, *id);
        if (auto done = service_.Edit(*call.user, *id, *input, call.lang); !done) return ErrorResponse(done.error());
        return Answer(call, *id, "proposal.edit", before);
    }

    Response Delete(Call& call) {
        auto id = IdOf(call);
        if (!id) return ErrorResponse(id.error());
        const std::string before = Snapshot(*call.user, *id);
        if (auto done = service_.Delete(*call.user, *id, call.lang); !done) return ErrorResponse(done.error());
        Audit(ctx_, call, "proposal.delete", "usulan", std::to_string(*id), before, "");
        return JsonResponse(json::object{{"ok", true}});
    }

    /// submit, withdraw, approve, return, reject.
    Response Step(Call& call, const std::string& action) {
        auto id = IdOf(call);
        if (!id) return ErrorResponse(id.error());
        auto body = BodyOrEmpty(call);
        if (!body) return ErrorResponse(body.error());
        const std::string comment = StringField(*body, "comment");
        const std::string before = Snapshot(*call.user, *id);
        Result<void> done;
        if (action == "submit") done = service_.Submit(*call.user, *id, call.lang);
        if (action == "withdraw") done = service_.Withdraw(*call.user, *id, call.lang);
        if (action == "approve")
            done = service_.Decide(*call.user, *id, services::Decision::approve, comment, call.lang);
        if (action == "return")
            done = service_.Decide(*call.user, *id, services::Decision::return_, comment, call.lang);
        if (action == "reject") done = service_.Decide(*call.user, *id, services::Decision::reject, comment, call.lang);
        if (!done) return ErrorResponse(done.error());
        return Answer(call, *id, "proposal." + action, before);
    }

    Response Reviewer(Call& call) {
        auto id = IdOf(call);
        if (!id) return ErrorResponse(id.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const std::string before = Snapshot(*call.user, *id);
        auto done = service_.Reassign(*call.user, *id, StringField(*body, "nip"), call.lang);
        if (!done) return ErrorResponse(done.error());
        return Answer(call, *id, "proposal.reassign", before);
    }

    Response History(Call& call) {
        auto id = IdOf(call);
        if (!id) return ErrorResponse(id.error());
        auto history = service_.History(*call.user, *id, call.lang);
        if (!history) return ErrorResponse(history.error());
        json::array items;
        for (const auto& h : *history) {
            items.push_back(json::object{{"at", IsoTime(h.at)},
                                         {"user_id", h.user_id},
                                         {"username", h.username},
                                         {"action", h.action},
                                         {"from", h.from ? json::value(domain::Code(*h.from)) : json::value(nullptr)},
                                         {"to", domain::Code(h.to)},
                                         {"comment", TextOrNull(h.comment)}});
        }
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

    Response Vote(Call& call, bool add) {
        auto id = IdOf(call);
        if (!id) return ErrorResponse(id.error());
        auto votes = service_.Vote(*call.user, *id, add, call.lang);
        if (!votes) return ErrorResponse(votes.error());
        Audit(ctx_, call, add ? "proposal.vote" : "proposal.unvote", "usulan", std::to_string(*id), "",
              json::serialize(json::object{{"votes", *votes}}));
        return JsonResponse(json::object{{"votes", *votes}, {"voted", add}});
    }

    Response Ranking(Call& call) {
        auto scope = ReportScope(call, true);
        if (!scope) return ErrorResponse(scope.error());
        auto rows = services::RankCompetencies(ctx_.store, gaps_, scope->agency, scope->year);
        if (!rows) return ErrorResponse(rows.error());
        json::array items;
        for (const auto& r : *rows) {
            items.push_back(json::object{{"competency", r.competency},
                                         {"competency_name", r.competency_name},
                                         {"proposals", r.proposals},
                                         {"approved", r.approved},
                                         {"submitted", r.submitted},
                                         {"votes", r.votes},
                                         {"employees_with_gap", r.employees_with_gap},
                                         {"weighted_need", r.weighted_need},
                                         {"score", r.score}});
        }
        return JsonResponse(
            json::object{{"agency", TextOrNull(scope->agency)}, {"year", scope->year}, {"items", std::move(items)}});
    }

    Response Report(Call& call) {
        auto scope = ReportScope(call, false);
        if (!scope) return ErrorResponse(scope.error());
        auto rows = services::ProposalReport(ctx_.store, scope->agency, scope->year);
        if (!rows) return ErrorResponse(rows.error());
        json::array items;
        for (const auto& r : *rows) {
            items.push_back(json::object{{"agency", r.agency},
                                         {"agency_name", r.agency_name},
                                         {"competency", r.competency},
                                         {"competency_name", r.competency_name},
                                         {"status", r.status},
                                         {"form", TextOrNull(r.form)},
                                         {"count", r.count}});
        }
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

    Response Export(Call& call) {
        const std::string format = call.request.Query("format", "xlsx");
        if (format != "xlsx" && format != "csv") {
            return ErrorResponse(
                BadParam(call.lang, "format", "format harus xlsx atau csv.", "format must be xlsx or csv."));
        }
        auto scope = ReportScope(call, false);
        if (!scope) return ErrorResponse(scope.error());
        auto rows = services::ProposalReport(ctx_.store, scope->agency, scope->year);
        if (!rows) return ErrorResponse(rows.error());
        auto ranking = services::RankCompetencies(ctx_.store, gaps_, scope->agency, scope->year);
        if (!ranking) return ErrorResponse(ranking.error());
        auto file = services::WriteProposalReport(*rows, *ranking, format == "csv");
        if (!file) return ErrorResponse(file.error());
        Response r;
        r.content_type = format == "csv" ? "text/csv; charset=utf-8"
                                         : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        r.body = std::move(file).value();
        r.SetHeader("Content-Disposition", "attachment; filename=\"usulan_laporan." + format + "\"");
        return r;
    }

  private:
    using WindowCache = std::map<std::pair<int, std::string>, bool>;

    struct Scope {
        std::string agency;
        int year = 0;
    };

    json::object Json(const storage::User& user, const storage::ProposalView& v, WindowCache& windows) {
        const auto key = std::make_pair(v.proposal.year, v.agency_code);
        auto found = windows.find(key);
        if (found == windows.end()) {
            auto state = service_.Window(v.proposal.year, v.agency_code);
            found = windows.emplace(key, state && state->open).first;
        }
        return ProposalJson(v, service_.Permissions(user, v, found->second));
    }

    /// The proposal's JSON for the audit log ("" when the caller cannot see it).
    std::string Snapshot(const storage::User& user, int64_t id) {
        auto p = service_.Get(user, id, domain::Lang::id);
        return p ? json::serialize(ProposalJson(*p, {})) : std::string();
    }

    Response Answer(Call& call, int64_t id, const std::string& action, const std::string& before, int status = 200) {
        auto p = service_.Get(*call.user, id, call.lang);
        if (!p) return ErrorResponse(p.error());
        WindowCache windows;
        const json::object out = Json(*call.user, *p, windows);
        json::object audited = out;
        audited.erase("can");
        Audit(ctx_, call, action, "usulan", std::to_string(id), before, json::serialize(audited));
        return JsonResponse(json::object{{"proposal", out}}, status);
    }

    static Result<int64_t> IdOf(const Call& call) {
        int64_t id = 0;
        if (!ParseWholeNumber(call.Param("id"), id) || id <= 0) return NotFoundId(call.lang);
        return id;
    }

    static Result<ProposalListView> ViewParam(const Call& call) {
        const std::string view = call.request.Query("view", "all");
        if (view == "all") return ProposalListView::all;
        if (view == "mine") return ProposalListView::mine;
        if (view == "review") return ProposalListView::review;
        if (view == "visible") return ProposalListView::visible;
        return BadParam(call.lang, "view", "view harus all, mine, review atau visible.",
                        "view must be all, mine, review or visible.");
    }

    static Result<storage::ProposalFilter> FilterOf(const Call& call) {
        storage::ProposalFilter f;
        int64_t year = 0;
        if (!call.request.Query("year").empty()) {
            if (!ParseWholeNumber(call.request.Query("year"), year)) {
                return BadParam(call.lang, "year", "Tahun tidak valid.", "Invalid year.");
            }
            f.year = static_cast<int>(year);
        }
        const std::string status = call.request.Query("status");
        if (!status.empty()) {
            const auto s = domain::FromCode<ProposalStatus>(status);
            if (!s) {
                return BadParam(call.lang, "status", "status harus draft, submitted, approved, returned atau rejected.",
                                "status must be draft, submitted, approved, returned or rejected.");
            }
            f.statuses = {*s};
        }
        f.competency_code = call.request.Query("competency");
        f.agency_code = call.request.Query("agency");
        f.search = call.request.Query("q");
        return f;
    }

    Result<services::ProposalInput> InputOf(const Call& call, const json::object& body, bool with_year) {
        services::ProposalInput in;
        in.competency = StringField(body, "competency");
        in.reason = StringField(body, "reason");
        const auto* form = body.if_contains("form");
        if (form != nullptr && !form->is_null()) {
            const auto code = form->is_string()
                                  ? domain::FromCode<domain::DevelopmentForm>(std::string(form->get_string()))
                                  : std::nullopt;
            if (!code) {
                return BadParam(call.lang, "form", "Bentuk pengembangan tidak dikenal.", "Unknown development form.");
            }
            in.form = code;
        }
        const auto* priority = body.if_contains("priority");
        if (priority != nullptr) {
            if (!priority->is_int64()) {
                return BadParam(call.lang, "priority", "Prioritas harus 1, 2 atau 3.", "Priority must be 1, 2 or 3.");
            }
            in.priority = static_cast<int>(std::clamp<int64_t>(priority->get_int64(), -1, 99));
        }
        const auto* year = body.if_contains("year");
        if (with_year && year != nullptr && !year->is_null()) {
            if (!year->is_int64()) return BadParam(call.lang, "year", "Tahun tidak valid.", "Invalid year.");
            in.year = static_cast<int>(std::clamp<int64_t>(year->get_int64(), 0, 99999));
            if (in.year == 0) return BadParam(call.lang, "year", "Tahun tidak valid.", "Invalid year.");
        }
        return in;
    }

    /// ?agency=&year= of the agency view and report, within the caller's scope.
    Result<Scope> ReportScope(const Call& call, bool members_too) {
        const storage::User& user = *call.user;
        Scope scope{call.request.Query("agency"), service_.DefaultYear()};
        int64_t year = 0;
        if (!call.request.Query("year").empty()) {
            if (!ParseWholeNumber(call.request.Query("year"), year)) {
                return BadParam(call.lang, "year", "Tahun tidak valid.", "Invalid year.");
            }
            scope.year = static_cast<int>(year);
        }
        const bool member = user.role == Role::asn || user.role == Role::atasan;
        if (user.role == Role::pengelola_opd || (members_too && member)) {
            if (user.agency_code.empty()) return Forbidden(call.lang);
            if (!scope.agency.empty() && scope.agency != user.agency_code) return Forbidden(call.lang);
            scope.agency = user.agency_code;
        } else if (user.role != Role::admin_bkd && user.role != Role::auditor) {
            return Forbidden(call.lang);
        }
        if (!scope.agency.empty() && !ctx_.store.Get(domain::Kind::opd, scope.agency)) {
            return MakeError(ErrorCode::not_found,
                             Msg(call.lang, "OPD tidak ditemukan: ", "Unknown agency: ") + scope.agency);
        }
        return scope;
    }

    ApiContext& ctx_;
    services::ParticipationService service_;
    services::GapService gaps_;
};

}  // namespace

void AddParticipationRoutes(RouteTable& table, ApiContext& ctx) {
    auto r = std::make_shared<ProposalRoutes>(ctx);
    const std::vector<Role> readers{Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::atasan, Role::asn};
    const std::vector<Role> employees{Role::asn, Role::atasan};
    const std::vector<Role> writers{Role::admin_bkd, Role::pengelola_opd, Role::atasan, Role::asn};
    const std::vector<Role> voters{Role::pengelola_opd, Role::atasan, Role::asn};
    const std::vector<Role> agency_admins{Role::admin_bkd, Role::pengelola_opd};
    auto add = [&](const char* method, const char* pattern, const std::vector<Role>& roles,
                   std::function<Response(Call&)> handler, const char* summary, const char* body = "") {
        table.Add({method, pattern, Access::roles, roles, std::move(handler), summary, body});
    };
    // Fixed paths before /proposals/{id}.
    add(
        "GET", "/proposals/suggestions", employees, [r](Call& c) { return r->Suggestions(c); },
        "Kompetensi berkesenjangan saya untuk diusulkan / My gap competencies to propose");
    add(
        "GET", "/proposals/ranking", readers, [r](Call& c) { return r->Ranking(c); },
        "Peringkat kompetensi: usulan, +1, kesenjangan / Competencies ranked by proposals, +1s and gaps");
    add(
        "GET", "/proposals/report", {Role::admin_bkd, Role::auditor, Role::pengelola_opd},
        [r](Call& c) { return r->Report(c); }, "Laporan usulan per OPD, kompetensi, status, bentuk / Proposal report");
    add(
        "GET", "/proposals/report/export", {Role::admin_bkd, Role::auditor, Role::pengelola_opd},
        [r](Call& c) { return r->Export(c); }, "Unduh laporan usulan (XLSX/CSV) / Download the proposal report");
    add(
        "GET", "/proposals", readers, [r](Call& c) { return r->List(c); }, "Daftar usulan / List proposals");
    add(
        "POST", "/proposals", employees, [r](Call& c) { return r->Create(c); }, "Buat usulan / Create a proposal",
        "json");
    add(
        "GET", "/proposals/{id}", readers, [r](Call& c) { return r->One(c); }, "Satu usulan / One proposal");
    add(
        "PUT", "/proposals/{id}", writers, [r](Call& c) { return r->Edit(c); }, "Ubah usulan / Edit a proposal",
        "json");
    add(
        "DELETE", "/proposals/{id}", writers, [r](Call& c) { return r->Delete(c); },
        "Hapus draf usulan / Delete a draft proposal");
    for (const char* action : {"submit", "withdraw", "approve", "return", "reject"}) {
        const std::string path = std::string("/proposals/{id}/") + action;
        add(
            "POST", path.c_str(), writers, [r, a = std::string(action)](Call& c) { return r->Step(c, a); },
            "Langkah alur usulan / A proposal workflow step", "json");
    }
    add(
        "POST", "/proposals/{id}/reviewer", agency_admins, [r](Call& c) { return r->Reviewer(c); },
        "Alihkan peninjau / Reassign the reviewer", "json");
    add(
        "GET", "/proposals/{id}/history", readers, [r](Call& c) { return r->History(c); },
        "Riwayat usulan / Proposal history");
    add(
        "POST", "/proposals/{id}/vote", voters, [r](Call& c) { return r->Vote(c, true); },
        "Saya juga membutuhkan ini (+1) / I need this too (+1)");
    add(
        "DELETE", "/proposals/{id}/vote", voters, [r](Call& c) { return r->Vote(c, false); },
        "Batalkan +1 / Remove my +1");
    AddProposalWindowRoutes(table, ctx);
    AddParticipationForumRoutes(table, ctx);
}

}  // namespace bangkom::http
