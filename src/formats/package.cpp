#include "formats/package.hpp"

#include "formats/package_parts.hpp"

namespace bangkom::formats {

std::string_view Code(PackageStandard s) {
    switch (s) {
        case PackageStandard::scorm_12: return "scorm_1.2";
        case PackageStandard::scorm_2004: return "scorm_2004";
        case PackageStandard::cmi5: return "cmi5";
    }
    return "scorm_1.2";
}

Result<PackageInfo> InspectPackage(const std::string& path, const PackageLimits& limits, domain::Lang lang) {
    auto contents = detail::ReadPackageZip(path, limits, lang);
    if (!contents) return contents.error();
    Result<PackageInfo> info = [&]() -> Result<PackageInfo> {
        if (!contents->imsmanifest.empty()) return detail::ReadScormManifest(*contents, lang);
        if (!contents->cmi5.empty()) return detail::ReadCmi5(*contents, lang);
        if (contents->has_aicc) {
            return detail::PackageError(lang, "paket AICC tidak didukung; gunakan SCORM 1.2, SCORM 2004 atau cmi5",
                                        "AICC packages are not supported; use SCORM 1.2, SCORM 2004 or cmi5");
        }
        return detail::PackageError(lang, "imsmanifest.xml tidak ada di akar paket",
                                    "imsmanifest.xml is missing at the root of the package");
    }();
    if (!info) return info;
    info->files = static_cast<int64_t>(contents->files.size());
    info->unpacked_bytes = contents->unpacked_bytes;
    return info;
}

}  // namespace bangkom::formats
