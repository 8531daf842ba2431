#include <sys/stat.h>
#include <zip.h>

#include <filesystem>
#include <memory>
#include <string_view>

#include "formats/package_parts.hpp"

namespace bangkom::formats::detail {
namespace {

using domain::Lang;

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

/// Whether a stored name would land outside the package when unpacked (or is not a plain relative path).
bool EscapesPackage(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos ||
        name.find('\0') != std::string_view::npos) {
        return true;
    }
    const size_t first_end = name.find('/');
    if (name.substr(0, first_end).find(':') != std::string_view::npos) return true;  // C:, or a URL scheme
    size_t start = 0;
    while (start <= name.size()) {
        const size_t end = name.find('/', start);
        const std::string_view segment = name.substr(start, end == std::string_view::npos ? end : end - start);
        if (segment == "..") return true;
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return false;
}

bool IsLink(zip_t* z, zip_uint64_t index) {
    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(z, index, 0, &opsys, &attributes) != 0) return false;
    return opsys == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK;
}

bool IsAiccFile(std::string_view name) {
    if (name.find('/') != std::string_view::npos || name.size() < 4) return false;
    std::string ext(name.substr(name.size() - 4));
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".crs" || ext == ".des" || ext == ".cst" || (ext.substr(1) == ".au");
}

Result<std::string> ReadEntry(zip_t* z, zip_uint64_t index, const zip_stat_t& st, const PackageLimits& limits,
                              Lang lang) {
    const std::string name = st.name;
    if (static_cast<int64_t>(st.size) > limits.max_manifest_bytes) {
        return PackageError(lang, name + " terlalu besar untuk sebuah manifest", name + " is too large for a manifest");
    }
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(z, index, 0), zip_fclose);
    std::string text(st.size, '\0');
    if (!file || zip_fread(file.get(), text.data(), text.size()) != static_cast<zip_int64_t>(text.size())) {
        return PackageError(lang, name + " tidak dapat dibaca (rusak)", name + " cannot be read (corrupt)");
    }
    return text;
}

/// Checks one entry's name, kind, encryption and size against the limits.
Result<void> CheckEntry(zip_t* z, zip_uint64_t index, const zip_stat_t& st, const PackageLimits& limits, Lang lang) {
    const std::string name = st.name;
    if (EscapesPackage(name)) {
        return PackageError(lang, "berkas \"" + name + "\" keluar dari folder paket (path tidak aman)",
                            "entry \"" + name + "\" escapes the package folder (unsafe path)");
    }
    if (IsLink(z, index)) {
        return PackageError(lang, "berkas \"" + name + "\" adalah tautan (symlink); paket tidak boleh berisi tautan",
                            "entry \"" + name + "\" is a symbolic link; packages may not contain links");
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method != ZIP_EM_NONE) {
        return PackageError(lang, "berkas \"" + name + "\" terenkripsi", "entry \"" + name + "\" is encrypted");
    }
    const auto size = static_cast<int64_t>(st.size);
    const auto packed = static_cast<int64_t>(st.comp_size);
    if (size > limits.ratio_floor_bytes && size > limits.max_ratio * std::max<int64_t>(packed, 1)) {
        return PackageError(
            lang,
            "berkas \"" + name + "\" mengembang lebih dari " + std::to_string(limits.max_ratio) + " kali (zip bomb?)",
            "entry \"" + name + "\" expands more than " + std::to_string(limits.max_ratio) + " times (zip bomb?)");
    }
    return {};
}

}  // namespace

Error PackageError(Lang lang, const std::string& id, const std::string& en) {
    return MakeError(ErrorCode::invalid_argument,
                     "Paket tidak valid: " + (lang == Lang::en ? "invalid package: " + en : id));
}

Result<PackageContents> ReadPackageZip(const std::string& path, const PackageLimits& limits, Lang lang) {
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(path, ec);
    if (ec) return PackageError(lang, "berkas " + path + " tidak dapat dibuka", "cannot open " + path);
    if (static_cast<int64_t>(bytes) > limits.max_zip_bytes) {
        return PackageError(lang, "ukuran berkas melebihi batas " + std::to_string(limits.max_zip_bytes >> 20) + " MiB",
                            "the file exceeds the limit of " + std::to_string(limits.max_zip_bytes >> 20) + " MiB");
    }
    int code = 0;
    ZipPtr z(zip_open(path.c_str(), ZIP_RDONLY, &code));
    if (!z) return PackageError(lang, "bukan arsip zip yang utuh", "not a valid zip archive");
    const zip_int64_t count = zip_get_num_entries(z.get(), 0);
    if (count > limits.max_files) {
        return PackageError(
            lang, "berisi " + std::to_string(count) + " berkas, batasnya " + std::to_string(limits.max_files),
            "holds " + std::to_string(count) + " entries, the limit is " + std::to_string(limits.max_files));
    }
    PackageContents out;
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t st;
        if (zip_stat_index(z.get(), index, 0, &st) != 0 || st.name == nullptr) {
            return PackageError(lang, "daftar isi zip rusak", "the zip directory is corrupt");
        }
        if (auto ok = CheckEntry(z.get(), index, st, limits, lang); !ok) return ok.error();
        const std::string name = st.name;
        out.unpacked_bytes += static_cast<int64_t>(st.size);
        if (out.unpacked_bytes > limits.max_unpacked_bytes) {
            return PackageError(
                lang, "isi paket melebihi " + std::to_string(limits.max_unpacked_bytes >> 20) + " MiB setelah dibuka",
                "the unpacked content exceeds " + std::to_string(limits.max_unpacked_bytes >> 20) + " MiB");
        }
        if (name.back() == '/') continue;  // a folder
        if (!out.files.insert(name).second) {
            return PackageError(lang, "berkas \"" + name + "\" muncul dua kali",
                                "entry \"" + name + "\" appears twice");
        }
        out.has_aicc = out.has_aicc || IsAiccFile(name);
        if (name == "imsmanifest.xml" || name == "cmi5.xml") {
            auto text = ReadEntry(z.get(), index, st, limits, lang);
            if (!text) return text.error();
            (name == "cmi5.xml" ? out.cmi5 : out.imsmanifest) = std::move(*text);
        }
    }
    return out;
}

}  // namespace bangkom::formats::detail
