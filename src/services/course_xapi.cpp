// xAPI statements as course progress (course_service.hpp, docs/elearning-api.md): a statement whose object is a
// module's activity ("…/modules/{id}") and whose actor is an employee (account name = NIP) moves that employee's
// module in the course they are taking: completed / passed / mastered or result.completion → done (with the scaled
// score), failed → failed, any other verb → in progress. The statements themselves are kept by the LRS whatever
// happens here; one that names no module, no employee or no course they take changes nothing.

#include <boost/json/value.hpp>

#include "domain/nip.hpp"
#include "learning/scorm_runtime.hpp"
#include "services/course_service.hpp"
#include "services/delivery_parts.hpp"

namespace bangkom::services {
namespace json = boost::json;
using learning::ModuleStatus;

namespace {

const json::value* Path(const json::value& v, std::initializer_list<const char*> keys) {
    const json::value* at = &v;
    for (const char* k : keys) {
        if (!at->is_object()) return nullptr;
        at = at->as_object().if_contains(k);
        if (at == nullptr) return nullptr;
    }
    return at;
}

std::string Text(const json::value* v) {
    return v != nullptr && v->is_string() ? std::string(v->get_string()) : "";
}

/// The module id at the end of an activity IRI ".../modules/{id}" (a query or fragment aside); 0 when none.
int64_t ModuleOf(const std::string& iri) {
    const std::string path = iri.substr(0, iri.find_first_of("?#"));
    const size_t at = path.rfind("/modules/");
    if (at == std::string::npos) return 0;
    const std::string digits = path.substr(at + 9);
    if (digits.empty() || digits.size() > 15 || digits.find_first_not_of("0123456789") != std::string::npos) return 0;
    return std::stoll(digits);
}

}  // namespace

Result<int> CourseService::RecordStatements(const json::value& body, int64_t now) {
    std::vector<const json::value*> statements;
    if (body.is_array()) {
        for (const auto& s : body.as_array()) statements.push_back(&s);
    } else {
        statements.push_back(&body);
    }
    int applied = 0;
    for (const json::value* s : statements) {
        const int64_t module_id = ModuleOf(Text(Path(*s, {"object", "id"})));
        const std::string nip = Text(Path(*s, {"actor", "account", "name"}));
        if (module_id == 0 || !domain::Nip::ParseReference(nip)) continue;
        const std::string verb = Text(Path(*s, {"verb", "id"}));
        const std::string word = verb.substr(verb.rfind('/') + 1);
        const json::value* completion = Path(*s, {"result", "completion"});
        const json::value* scaled = Path(*s, {"result", "score", "scaled"});
        auto module = store_.Courses().GetModule(module_id);
        if (!module || module->kind == "quiz") continue;  // quizzes are graded by the server only
        auto joined = store_.Delivery().ParticipationsOf(nip);
        if (!joined) return joined.error();
        const storage::Participant* participant = nullptr;
        for (const auto& p : *joined) {  // the newest undecided participation in an offering of the module's program
            if (p.status != storage::ParticipantStatus::enrolled) continue;
            auto offering = delivery_parts::GetOne<domain::Offering>(store_, domain::Kind::angkatan, p.offering);
            if (!offering || offering->program_code != module->program) continue;
            if (participant == nullptr || p.enrolled_at > participant->enrolled_at) participant = &p;
        }
        if (participant == nullptr) continue;
        storage::User learner;
        learner.role = domain::Role::asn;
        learner.nip = nip;
        auto c = Learner(learner, participant->offering, module_id, domain::Lang::id);
        if (!c) continue;
        storage::ModuleProgressRow row;
        row.offering = participant->offering;
        row.nip = nip;
        row.module_id = module_id;
        auto rows = store_.Courses().ListProgress(participant->offering, nip);
        if (!rows) return rows.error();
        for (const auto& r : *rows) {
            if (r.module_id == module_id) row = r;
        }
        const bool was_done = row.status == Code(ModuleStatus::done);
        const bool done = word == "completed" || word == "passed" || word == "mastered" ||
                          (completion != nullptr && completion->is_bool() && completion->get_bool());
        if (!was_done) {
            if (done) {
                row.status = Code(ModuleStatus::done);
            } else if (word == "failed") {
                row.status = Code(ModuleStatus::failed);
            } else if (row.status == Code(ModuleStatus::not_started)) {
                row.status = Code(ModuleStatus::in_progress);
            }
            if (scaled != nullptr && scaled->is_number()) {
                row.score = std::clamp(scaled->to_number<double>() * 100, 0.0, 100.0);
            }
        }
        auto saved = Save(learner, *c, std::move(row), std::nullopt, now, domain::Lang::id);
        if (!saved) return saved.error();
        ++applied;
    }
    return applied;
}

}  // namespace bangkom::services
