#pragma once
// A learner's progress through a course (issue 7, docs/elearning-api.md): which modules are done, the share of the
// required ones, whether the course is complete and the score it carries (the mean of the scored modules that are
// done). A video counts as watched at 90% of its length.

#include <optional>
#include <vector>

#include "learning/scorm_runtime.hpp"

namespace bangkom::learning {

struct ModuleState {
    bool required = true;
    ModuleStatus status = ModuleStatus::not_started;
    std::optional<double> score;  // 0–100
};

struct CourseProgress {
    int done = 0;      // required modules done (every module when none is required)
    int required = 0;  // required modules (every module when none is required)
    int percent = 0;   // floor(done / required × 100); 0 for a course without modules
    bool complete = false;
    std::optional<double> score;
};

CourseProgress Summarize(const std::vector<ModuleState>& modules);

/// Whether `position` seconds of a video `duration` seconds long count as watched (≥ 90%).
bool VideoWatched(double position, double duration);

}  // namespace bangkom::learning
