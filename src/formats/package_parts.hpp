#pragma once
// Private to formats/package*.cpp: the zip checks and the manifest readers.

#include <set>
#include <string>

#include "formats/package.hpp"

namespace bangkom::formats::detail {

/// A refusal: invalid_argument with the message in `lang`.
Error PackageError(domain::Lang lang, const std::string& id, const std::string& en);

/// The entries of a checked package: their names (files only) and the two manifests' texts if present.
struct PackageContents {
    std::set<std::string> files;
    int64_t unpacked_bytes = 0;
    std::string imsmanifest;  // empty when absent
    std::string cmi5;         // empty when absent
    bool has_aicc = false;    // .crs/.au/.des/.cst course files at the root
};

Result<PackageContents> ReadPackageZip(const std::string& path, const PackageLimits& limits, domain::Lang lang);

/// SCORM 1.2 / 2004 from imsmanifest.xml; launch paths are checked against `files`.
Result<PackageInfo> ReadScormManifest(const PackageContents& contents, domain::Lang lang);
/// cmi5 from cmi5.xml.
Result<PackageInfo> ReadCmi5(const PackageContents& contents, domain::Lang lang);

}  // namespace bangkom::formats::detail
