// E-learning courses, the learner's side (course_service.hpp): the courses open to them, joining, progress per
// module, SCORM sessions and commits, and the completion that passes the participant.

#include <boost/json/parse.hpp>
#include <set>

#include "learning/scorm_runtime.hpp"
#include "services/course_service.hpp"
#include "services/delivery_parts.hpp"
#include "services/document_settings.hpp"

namespace bangkom::services {
namespace json = boost::json;
using delivery_parts::FieldError;
using delivery_parts::Forbidden;
using delivery_parts::GetOne;
using delivery_parts::Msg;
using domain::Kind;
using domain::Lang;
using learning::ModuleStatus;
using storage::ParticipantStatus;

namespace {

bool OpenOn(const domain::Offering& o, const domain::Date& today) {
    return o.start <= today && today <= o.end;
}

learning::ModuleStatus StatusOf(const storage::ModuleProgressRow& row) {
    return learning::ModuleStatusFromCode(row.status).value_or(ModuleStatus::not_started);
}

learning::CourseProgress ProgressOf(const std::vector<storage::CourseModule>& modules,
                                    const std::vector<storage::ModuleProgressRow>& rows) {
    std::map<int64_t, const storage::ModuleProgressRow*> by_module;
    for (const auto& r : rows) by_module[r.module_id] = &r;
    std::vector<learning::ModuleState> states;
    states.reserve(modules.size());
    for (const auto& m : modules) {
        const auto it = by_module.find(m.id);
        if (it == by_module.end()) {
            states.push_back({m.required, ModuleStatus::not_started, std::nullopt});
        } else {
            states.push_back({m.required, StatusOf(*it->second), it->second->score});
        }
    }
    return learning::Summarize(states);
}

struct PackageFacts {
    learning::ScormVersion version = learning::ScormVersion::v12;
    std::string standard;
    std::string launch;
    std::optional<double> mastery;
};

std::optional<PackageFacts> FactsOf(const storage::CourseModule& m) {
    boost::system::error_code ec;
    const json::value doc = json::parse(m.package_json, ec);
    if (ec || !doc.is_object()) return std::nullopt;
    const auto& o = doc.as_object();
    PackageFacts f;
    const auto* standard = o.if_contains("standard");
    const auto* launch = o.if_contains("launch");
    if (standard == nullptr || !standard->is_string() || launch == nullptr || !launch->is_string()) return std::nullopt;
    f.standard = std::string(standard->get_string());
    f.version = f.standard == "scorm_2004" ? learning::ScormVersion::v2004 : learning::ScormVersion::v12;
    f.launch = std::string(launch->get_string());
    if (const auto* mastery = o.if_contains("mastery_score"); mastery != nullptr && mastery->is_number()) {
        f.mastery = mastery->to_number<double>();
    }
    return f;
}

std::string Number(double v) {
    std::string s = std::to_string(v);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

}  // namespace

Result<std::optional<storage::Participant>> CourseService::ParticipantOf(const std::string& offering,
                                                                         const std::string& nip) {
    // by the employee (indexed, a handful of rows) rather than the offering (a self-paced one may hold thousands)
    auto joined = store_.Delivery().ParticipationsOf(nip);
    if (!joined) return joined.error();
    for (auto& p : *joined) {
        if (p.offering == offering) return std::optional<storage::Participant>(std::move(p));
    }
    return std::optional<storage::Participant>{};
}

Result<CourseSummary> CourseService::Summary(const storage::User& user, const OfferingInfo& info, int64_t now) {
    CourseSummary s;
    s.info = info;
    s.open = OpenOn(info.offering, DocumentDate(now));
    auto modules = store_.Courses().ListModules(info.program.code);
    if (!modules) return modules.error();
    s.modules = static_cast<int64_t>(modules->size());
    if (!user.nip.empty()) {
        auto participant = ParticipantOf(info.offering.code, user.nip);
        if (!participant) return participant.error();
        s.participant = std::move(*participant);
        if (s.participant) {
            auto rows = store_.Courses().ListProgress(info.offering.code, user.nip);
            if (!rows) return rows.error();
            s.progress = ProgressOf(*modules, *rows);
        }
        s.joinable = !s.participant && s.open && !info.attendance_required && s.modules > 0;
        if (s.joinable && info.offering.capacity > 0) {  // only then the seats are counted
            auto all = store_.Delivery().ListParticipants(info.offering.code);
            if (!all) return all.error();
            s.joinable = static_cast<int64_t>(all->size()) < info.offering.capacity;
        }
    }
    return s;
}

Result<std::vector<CourseSummary>> CourseService::Courses(const storage::User& user, int year, int64_t now) {
    auto counts = store_.Courses().ModuleCounts();
    if (!counts) return counts.error();
    std::set<std::string> with_modules;
    for (const auto& [program, n] : *counts) with_modules.insert(program);
    storage::ListQuery all;
    all.limit = 0;
    auto offerings = store_.List(Kind::angkatan, all);
    if (!offerings) return offerings.error();
    std::vector<CourseSummary> out;
    for (const auto& o : std::get<std::vector<domain::Offering>>(offerings->items)) {
        if (with_modules.count(o.program_code) == 0 || (year != 0 && o.start.year() != year)) continue;
        auto info = delivery_parts::LoadOfferingInfo(store_, o.code, Lang::id);
        if (!info) continue;
        auto s = Summary(user, *info, now);
        if (!s) return s.error();
        out.push_back(std::move(*s));
    }
    std::sort(out.begin(), out.end(), [](const CourseSummary& a, const CourseSummary& b) {
        return std::tuple(!a.open, a.info.offering.start, a.info.offering.code) <
               std::tuple(!b.open, b.info.offering.start, b.info.offering.code);
    });
    return out;
}

Result<CourseSummary> CourseService::Join(const storage::User& user, const std::string& offering, int64_t now,
                                          Lang lang) {
    if (user.nip.empty()) {
        return MakeError(ErrorCode::forbidden, Msg(lang, "Hanya pegawai (akun dengan NIP) yang dapat mengikuti kursus.",
                                                   "Only employees (accounts with a NIP) can join a course."));
    }
    auto info = delivery_parts::LoadOfferingInfo(store_, offering, lang);
    if (!info) return info.error();
    auto summary = Summary(user, *info, now);
    if (!summary) return summary.error();
    if (summary->participant) {
        return MakeError(ErrorCode::conflict,
                         Msg(lang, "Anda sudah mengikuti kursus ini.", "You already joined this course."));
    }
    if (info->attendance_required) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Kelas tatap muka didaftarkan oleh pengelola, bukan oleh peserta.",
                             "Classes that need presence are enrolled by their managers."));
    }
    if (summary->modules == 0) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Kursus ini belum memiliki modul.", "This course has no module yet."));
    }
    if (!summary->open) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Angkatan ini tidak sedang dibuka (", "This offering is not open (") +
                             info->offering.start.ToIso() + " – " + info->offering.end.ToIso() + ").");
    }
    auto employee = GetOne<domain::Employee>(store_, Kind::pegawai, user.nip);
    if (!employee) {
        return MakeError(
            ErrorCode::failed_precondition,
            Msg(lang, "Data pegawai Anda tidak ditemukan: ", "Your employee record is missing: ") + user.nip);
    }
    storage::Participant p;
    p.nip = user.nip;
    p.agency = employee->agency_code;
    p.source = "manual";
    p.enrolled_at = now;
    p.enrolled_by = user.id;
    auto added = store_.Delivery().Enroll(offering, {p}, info->offering.capacity);
    if (!added) {
        if (added.error().code == ErrorCode::conflict) {
            return MakeError(ErrorCode::conflict,
                             Msg(lang, "Kuota angkatan ini sudah penuh.", "This offering is full."));
        }
        return added.error();
    }
    if (added->added == 0) {
        return MakeError(ErrorCode::conflict,
                         Msg(lang, "Anda sudah mengikuti kursus ini.", "You already joined this course."));
    }
    return Summary(user, *info, now);
}

Result<std::pair<CourseSummary, std::vector<ModuleView>>> CourseService::Course(const storage::User& user,
                                                                                const std::string& offering,
                                                                                int64_t now, Lang lang) {
    auto info = delivery_parts::LoadOfferingInfo(store_, offering, lang);
    if (!info) return info.error();
    auto summary = Summary(user, *info, now);
    if (!summary) return summary.error();
    if (!summary->participant && !ReadsContent(user, info->program)) {
        return MakeError(ErrorCode::forbidden,
                         Msg(lang, "Ikuti kursus ini terlebih dahulu.", "Join this course first."));
    }
    auto modules = store_.Courses().ListModules(info->program.code);
    if (!modules) return modules.error();
    std::map<int64_t, storage::ModuleProgressRow> rows;
    if (summary->participant) {
        auto progress = store_.Courses().ListProgress(offering, user.nip);
        if (!progress) return progress.error();
        for (auto& r : *progress) rows.emplace(r.module_id, std::move(r));
    }
    std::vector<ModuleView> views;
    for (auto& m : *modules) {
        ModuleView v{std::move(m), std::nullopt};
        if (auto it = rows.find(v.module.id); it != rows.end()) v.progress = it->second;
        views.push_back(std::move(v));
    }
    return std::pair{std::move(*summary), std::move(views)};
}

Result<CourseService::LearnerContext> CourseService::Learner(const storage::User& user, const std::string& offering,
                                                             int64_t module_id, Lang lang) {
    auto info = delivery_parts::LoadOfferingInfo(store_, offering, lang);
    if (!info) return info.error();
    auto module = store_.Courses().GetModule(module_id);
    if (!module || module->program != info->program.code) {
        return MakeError(ErrorCode::not_found,
                         Msg(lang, "Modul tidak ada di kursus ini: ", "No such module in this course: ") +
                             std::to_string(module_id));
    }
    if (user.nip.empty()) return Forbidden(lang);
    auto participant = ParticipantOf(offering, user.nip);
    if (!participant) return participant.error();
    if (*participant) return LearnerContext{std::move(*info), std::move(**participant), std::move(*module)};
    return MakeError(ErrorCode::forbidden, Msg(lang, "Ikuti kursus ini terlebih dahulu.", "Join this course first."));
}

Result<bool> CourseService::CompleteIfDone(const OfferingInfo& info, const storage::Participant& participant,
                                           int64_t now, Lang lang) {
    if (participant.status != ParticipantStatus::enrolled) return false;
    auto modules = store_.Courses().ListModules(info.program.code);
    if (!modules) return modules.error();
    auto rows = store_.Courses().ListProgress(info.offering.code, participant.nip);
    if (!rows) return rows.error();
    const auto progress = ProgressOf(*modules, *rows);
    if (!progress.complete) return false;
    storage::DecisionRecord d;
    d.nip = participant.nip;
    d.status = ParticipantStatus::passed;
    d.score = progress.score;
    const std::string n = std::to_string(progress.required);
    d.reason_id = "Semua modul wajib selesai (" + n + " dari " + n + ").";
    d.reason_en = "Every required module is done (" + n + " of " + n + ").";
    const domain::Date joined = std::max(DocumentDate(participant.enrolled_at), info.offering.start);
    const domain::Date finished = std::max(DocumentDate(now), joined);
    delivery_parts::PassContext context;
    if (auto ok = delivery_parts::AddPass(store_, info, participant.agency, joined, finished, now, context, d, lang);
        !ok) {
        return ok.error();
    }
    auto decided = store_.Delivery().Decide(info.offering.code, {d}, now, participant.enrolled_by);
    if (!decided) {
        if (decided.error().code == ErrorCode::conflict) return false;  // decided meanwhile by another request
        return decided.error();
    }
    delivery_parts::NotifyByNip(store_, {{d.nip, delivery_parts::DecidedNote(info, d, now)}});
    return true;
}

Result<ProgressOutcome> CourseService::Save(const storage::User& user, const LearnerContext& c,
                                            storage::ModuleProgressRow row,
                                            const std::optional<storage::ScormCommitRow>& commit, int64_t now,
                                            Lang lang) {
    row.updated_at = now;
    if (row.status == Code(ModuleStatus::done) && row.completed_at == 0) row.completed_at = now;
    if (auto ok = store_.Courses().SaveProgress(row, commit); !ok) return ok.error();
    auto completed = CompleteIfDone(c.info, c.participant, now, lang);
    if (!completed) return completed.error();
    auto summary = Summary(user, c.info, now);
    if (!summary) return summary.error();
    return ProgressOutcome{std::move(row), std::move(*summary), *completed};
}

namespace {

storage::ModuleProgressRow CurrentRow(storage::Store& store, const std::string& offering, const std::string& nip,
                                      int64_t module_id) {
    storage::ModuleProgressRow row;
    row.offering = offering;
    row.nip = nip;
    row.module_id = module_id;
    auto rows = store.Courses().ListProgress(offering, nip);
    if (rows) {
        for (auto& r : *rows) {
            if (r.module_id == module_id) return r;
        }
    }
    return row;
}

}  // namespace

Result<ProgressOutcome> CourseService::Report(const storage::User& user, const std::string& offering, int64_t module_id,
                                              const ProgressReport& report, int64_t now, Lang lang) {
    auto c = Learner(user, offering, module_id, lang);
    if (!c) return c.error();
    auto row = CurrentRow(store_, offering, user.nip, module_id);
    const bool was_done = row.status == Code(ModuleStatus::done);
    if (c->module.kind == "scorm") {
        return MakeError(ErrorCode::invalid_argument, Msg(lang, "Kemajuan modul SCORM dicatat oleh paketnya sendiri.",
                                                          "A SCORM module reports its own progress."));
    }
    if (c->module.kind == "quiz") {
        return MakeError(ErrorCode::invalid_argument, Msg(lang, "Modul kuis selesai dengan mengerjakan kuisnya.",
                                                          "A quiz module is done by taking its quiz."));
    }
    if (c->module.kind == "video") {
        if (!report.position || !report.duration || *report.position < 0 || *report.duration <= 0 ||
            *report.duration > 86400 * 2) {
            return FieldError(ErrorCode::invalid_argument,
                              Msg(lang, "Kirim position dan duration video dalam detik.",
                                  "Send the video's position and duration in seconds."),
                              "position");
        }
        const double position = std::min(*report.position, *report.duration);
        row.location = Number(position);
        if (!was_done) {
            row.status = Code(learning::VideoWatched(position, *report.duration) ? ModuleStatus::done
                                                                                 : ModuleStatus::in_progress);
        }
    } else {
        if (!report.done) {
            return FieldError(ErrorCode::invalid_argument,
                              Msg(lang, "Tandai modul ini selesai dengan {\"done\": true}.",
                                  "Mark this module done with {\"done\": true}."),
                              "done");
        }
        row.status = Code(ModuleStatus::done);
    }
    return Save(user, *c, std::move(row), std::nullopt, now, lang);
}

Result<ScormSession> CourseService::OpenSession(const storage::User& user, const std::string& offering,
                                                int64_t module_id, int64_t now, Lang lang) {
    auto c = Learner(user, offering, module_id, lang);
    if (!c) return c.error();
    const auto facts = c->module.kind == "scorm" ? FactsOf(c->module) : std::nullopt;
    if (!facts) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Modul ini belum memiliki paket SCORM.", "This module has no SCORM package yet."));
    }
    auto row = CurrentRow(store_, offering, user.nip, module_id);
    const ModuleStatus status = StatusOf(row);
    const auto [completion, success] = learning::ResumeStatus(facts->version, status, row.completion, row.success);
    std::map<std::string, std::string> cmi;
    const bool v12 = facts->version == learning::ScormVersion::v12;
    auto employee = GetOne<domain::Employee>(store_, Kind::pegawai, user.nip);
    const std::string name = employee ? employee->name : user.display_name;
    const std::string entry =
        row.exit == "suspend" ? "resume" : (status == ModuleStatus::not_started ? "ab-initio" : "");
    auto put = [&](const std::string& key, const std::string& value) {
        if (!value.empty()) cmi[key] = value;
    };
    if (v12) {
        put("cmi.core.student_id", user.nip);
        put("cmi.core.student_name", name);
        put("cmi.core.lesson_location", row.location);
        put("cmi.core.lesson_status", completion);
        put("cmi.core.entry", entry);
        put("cmi.core.total_time", learning::FormatScorm12Time(row.total_seconds));
        put("cmi.suspend_data", row.suspend_data);
        if (row.score) put("cmi.core.score.raw", Number(*row.score));
        if (facts->mastery) put("cmi.student_data.mastery_score", Number(*facts->mastery));
    } else {
        put("cmi.learner_id", user.nip);
        put("cmi.learner_name", name);
        put("cmi.location", row.location);
        put("cmi.completion_status", completion);
        put("cmi.success_status", success);
        put("cmi.entry", entry);
        put("cmi.total_time", learning::FormatIsoDuration(row.total_seconds));
        put("cmi.suspend_data", row.suspend_data);
        if (facts->mastery) put("cmi.scaled_passing_score", Number(*facts->mastery / 100));
    }
    row.sessions += 1;
    row.session_base = row.total_seconds;
    if (status == ModuleStatus::not_started) row.status = Code(ModuleStatus::in_progress);
    row.updated_at = now;
    if (auto ok = store_.Courses().SaveProgress(row, std::nullopt); !ok) return ok.error();
    const std::string id = std::to_string(module_id);
    return ScormSession{facts->standard, "/api/v1/modules/" + id + "/scorm/" + facts->launch,
                        "/api/v1/offerings/" + offering + "/modules/" + id + "/scorm/commit", std::move(cmi)};
}

Result<ProgressOutcome> CourseService::Commit(const storage::User& user, const std::string& offering, int64_t module_id,
                                              const std::map<std::string, std::string>& cmi, const std::string& raw,
                                              int64_t now, Lang lang) {
    auto c = Learner(user, offering, module_id, lang);
    if (!c) return c.error();
    const auto facts = c->module.kind == "scorm" ? FactsOf(c->module) : std::nullopt;
    if (!facts) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Modul ini belum memiliki paket SCORM.", "This module has no SCORM package yet."));
    }
    auto row = CurrentRow(store_, offering, user.nip, module_id);
    if (row.sessions == 0) {
        return MakeError(ErrorCode::failed_precondition, Msg(lang, "Buka modul ini terlebih dahulu (belum ada sesi).",
                                                             "Open this module first (no session)."));
    }
    auto commit = learning::ReadCommit(facts->version, cmi, lang);
    if (!commit) return commit.error();
    const ModuleStatus before = StatusOf(row);
    const ModuleStatus after = learning::StatusAfter(facts->version, *commit, facts->mastery);
    if (before != ModuleStatus::done) {
        row.status = Code(after);
        if (commit->score) row.score = commit->score;
    }
    if (commit->session_seconds) row.total_seconds = row.session_base + *commit->session_seconds;
    row.location = commit->location;
    row.suspend_data = commit->suspend_data;
    row.completion = commit->completion;
    row.success = commit->success;
    row.exit = commit->exit;
    row.cmi = raw;
    const storage::ScormCommitRow log{
        offering, user.nip, module_id, now, std::string(Code(after)), commit->score, commit->session_seconds, raw};
    return Save(user, *c, std::move(row), log, now, lang);
}

}  // namespace bangkom::services
