#include "analysis/analyze.hpp"

namespace bangkom::analysis {

std::string_view Code(AkpkReading r) {
    switch (r) {
        case AkpkReading::training: return "training";
        case AkpkReading::non_training: return "non_training";
        case AkpkReading::future_development: return "future_development";
        case AkpkReading::maintain: return "maintain";
    }
    return "maintain";
}

Result<GapReport> Analyze(const Snapshot&, const Settings&, const Scope&, const Options&, domain::Lang) {
    return MakeError(ErrorCode::internal, "not yet");
}

}  // namespace bangkom::analysis
