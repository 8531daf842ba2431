#pragma once
// E-learning packages (issue 7): a SCORM 1.2 / 2004 or cmi5 zip is checked before anything is unpacked — size
// limits, no path escaping the package, no links, no encrypted entries, a bounded unpacked size and
// compression ratio (zip bombs), a readable imsmanifest.xml (or cmi5.xml) — and its launchable items listed.
// AICC and anything else are refused with the reason.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/enums.hpp"
#include "domain/result.hpp"

namespace bangkom::formats {

enum class PackageStandard { scorm_12, scorm_2004, cmi5 };
/// "scorm_1.2", "scorm_2004", "cmi5".
std::string_view Code(PackageStandard s);

struct PackageItem {
    std::string identifier;
    std::string title;
    std::string launch;  // path inside the package (with its parameters) or an absolute URL (cmi5)
    /// 0–100: SCORM 1.2 adlcp:masteryscore, SCORM 2004 the primary objective's imsss:minNormalizedMeasure × 100
    /// when it is satisfied by measure. Absent when the manifest sets none.
    std::optional<double> mastery_score;
};

struct PackageInfo {
    PackageStandard standard = PackageStandard::scorm_12;
    std::string version;  // the manifest's schemaversion ("1.2", "2004 4th Edition", ...) or "cmi5"
    std::string title;
    std::vector<PackageItem> items;  // launchable items (SCOs / AUs) in the order of the organization
    int64_t files = 0;
    int64_t unpacked_bytes = 0;
};

struct PackageLimits {
    int64_t max_zip_bytes = 512LL << 20;        // the upload itself
    int64_t max_unpacked_bytes = 2048LL << 20;  // sum of the entries' sizes
    int64_t max_files = 20'000;
    int64_t max_ratio = 200;                // size / compressed size of one entry …
    int64_t ratio_floor_bytes = 1LL << 20;  // … checked for entries larger than this
    int64_t max_manifest_bytes = 4LL << 20;
};

/// Checks the zip at `path` and reads its manifest. Every refusal is invalid_argument with a message (in
/// `lang`) naming what is wrong: the entry, the limit, or the manifest element.
Result<PackageInfo> InspectPackage(const std::string& path, const PackageLimits& limits = {},
                                   domain::Lang lang = domain::Lang::id);

/// Inspects the zip like InspectPackage (SCORM 1.2 / 2004 only: cmi5 is refused here, it is not played yet) and
/// unpacks it into `destination`, which must not exist: the files go to a sibling temporary folder first and are
/// renamed into place at the end, so a failure leaves nothing behind. Every entry is checked again while it is
/// written (its real size against the declared one and the limits).
Result<PackageInfo> UnpackPackage(const std::string& zip_path, const std::filesystem::path& destination,
                                  const PackageLimits& limits = {}, domain::Lang lang = domain::Lang::id);

}  // namespace bangkom::formats
