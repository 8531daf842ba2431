// Unpacking a checked SCORM package (package.hpp): into a temporary sibling folder, entry by entry with the real
// byte counts held against the declared sizes and the limits, then renamed into place.

#include <zip.h>

#include <fstream>
#include <memory>
#include <random>

#include "formats/package_parts.hpp"

namespace bangkom::formats {
namespace {

using domain::Lang;
namespace fs = std::filesystem;

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};

/// `name` below `root`, or nullopt when it would land elsewhere (checked again here, beside the inspection).
std::optional<fs::path> Inside(const fs::path& root, const std::string& name) {
    const fs::path target = (root / fs::path(name)).lexically_normal();
    const fs::path relative = target.lexically_relative(root);
    if (relative.empty() || *relative.begin() == "..") return std::nullopt;
    return target;
}

Result<void> Extract(const std::string& zip_path, const fs::path& into, const PackageLimits& limits, Lang lang) {
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> z(zip_open(zip_path.c_str(), ZIP_RDONLY, &code));
    if (!z) return detail::PackageError(lang, "bukan arsip zip yang utuh", "not a valid zip archive");
    const zip_int64_t count = zip_get_num_entries(z.get(), 0);
    int64_t written = 0;
    std::vector<char> buffer(1 << 16);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        if (zip_stat_index(z.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0 || st.name == nullptr) {
            return detail::PackageError(lang, "daftar isi zip rusak", "the zip directory is corrupt");
        }
        const std::string name = st.name;
        const auto target = Inside(into, name);
        if (!target) {
            return detail::PackageError(lang, "berkas \"" + name + "\" keluar dari folder paket",
                                        "entry \"" + name + "\" escapes the package folder");
        }
        std::error_code ec;
        if (name.back() == '/') {
            fs::create_directories(*target, ec);
            continue;
        }
        fs::create_directories(target->parent_path(), ec);
        std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> in(zip_fopen_index(z.get(), static_cast<zip_uint64_t>(i), 0),
                                                             zip_fclose);
        std::ofstream out(*target, std::ios::binary | std::ios::trunc);
        if (!in || !out) {
            return detail::PackageError(lang, "berkas \"" + name + "\" tidak dapat dibuka atau ditulis",
                                        "entry \"" + name + "\" cannot be opened or written");
        }
        int64_t entry_bytes = 0;
        for (;;) {
            const zip_int64_t n = zip_fread(in.get(), buffer.data(), buffer.size());
            if (n < 0) {
                return detail::PackageError(lang, "berkas \"" + name + "\" rusak", "entry \"" + name + "\" is corrupt");
            }
            if (n == 0) break;
            entry_bytes += n;
            written += n;
            if (entry_bytes > static_cast<int64_t>(st.size) || written > limits.max_unpacked_bytes) {
                return detail::PackageError(lang, "berkas \"" + name + "\" lebih besar dari yang tercatat (zip bomb?)",
                                            "entry \"" + name + "\" is larger than declared (zip bomb?)");
            }
            out.write(buffer.data(), static_cast<std::streamsize>(n));
        }
        if (!out.flush()) {
            return detail::PackageError(lang, "disk penuh saat menulis \"" + name + "\"",
                                        "the disk is full writing \"" + name + "\"");
        }
    }
    return {};
}

}  // namespace

Result<PackageInfo> UnpackPackage(const std::string& zip_path, const fs::path& destination, const PackageLimits& limits,
                                  Lang lang) {
    auto info = InspectPackage(zip_path, limits, lang);
    if (!info) return info;
    if (info->standard == PackageStandard::cmi5) {
        return detail::PackageError(lang, "paket cmi5 belum dapat diputar; gunakan SCORM 1.2 atau SCORM 2004",
                                    "cmi5 packages cannot be played yet; use SCORM 1.2 or SCORM 2004");
    }
    for (const auto& item : info->items) {
        if (item.launch.rfind("http://", 0) == 0 || item.launch.rfind("https://", 0) == 0) {
            return detail::PackageError(lang, "item \"" + item.identifier + "\" diluncurkan dari alamat luar",
                                        "item \"" + item.identifier + "\" launches from an outside address");
        }
    }
    std::error_code ec;
    if (fs::exists(destination, ec)) {
        return MakeError(ErrorCode::conflict, "Folder tujuan sudah ada (destination exists): " + destination.string());
    }
    fs::create_directories(destination.parent_path(), ec);
    std::random_device random;
    const fs::path temporary =
        destination.parent_path() / (".unpack-" + destination.filename().string() + "-" + std::to_string(random()));
    fs::create_directories(temporary, ec);
    if (ec) return MakeError(ErrorCode::internal, "Tidak dapat membuat folder (cannot create) " + temporary.string());
    auto extracted = Extract(zip_path, temporary, limits, lang);
    if (extracted) fs::rename(temporary, destination, ec);
    if (!extracted || ec) {
        fs::remove_all(temporary, ec);
        if (!extracted) return extracted.error();
        // another upload of the same package won the rename: its files are the same bytes
        if (fs::is_directory(destination, ec)) return info;
        return MakeError(ErrorCode::internal,
                         "Tidak dapat memindahkan paket ke (cannot move the package to) " + destination.string());
    }
    return info;
}

}  // namespace bangkom::formats
