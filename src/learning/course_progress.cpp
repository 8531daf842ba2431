// A learner's progress through a course (course_progress.hpp).

#include "learning/course_progress.hpp"

namespace bangkom::learning {

CourseProgress Summarize(const std::vector<ModuleState>& modules) {
    CourseProgress out;
    bool any_required = false;
    for (const auto& m : modules) any_required = any_required || m.required;
    double score_sum = 0;
    int scored = 0;
    for (const auto& m : modules) {
        const bool done = m.status == ModuleStatus::done;
        if (done && m.score) {
            score_sum += *m.score;
            ++scored;
        }
        if (any_required && !m.required) continue;
        ++out.required;
        if (done) ++out.done;
    }
    if (out.required > 0) out.percent = out.done * 100 / out.required;
    out.complete = out.required > 0 && out.done == out.required;
    if (scored > 0) out.score = score_sum / scored;
    return out;
}

bool VideoWatched(double position, double duration) {
    return duration > 0 && position >= 0.9 * duration;
}

}  // namespace bangkom::learning
