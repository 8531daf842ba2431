#include "http/static_files.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <system_error>

#include "http/errors.hpp"

namespace bangkom::http {
namespace fs = std::filesystem;

std::optional<fs::path> SafeStaticPath(const fs::path& root, std::string_view raw_path) {
    std::string decoded;
    if (!PercentDecode(raw_path, decoded)) return std::nullopt;
    if (decoded.empty() || decoded.front() != '/') return std::nullopt;
    if (decoded.find('\0') != std::string::npos || decoded.find('\\') != std::string::npos) return std::nullopt;
    fs::path out = root;
    size_t start = 1;
    while (start <= decoded.size()) {
        size_t slash = decoded.find('/', start);
        if (slash == std::string::npos) slash = decoded.size();
        const std::string segment = decoded.substr(start, slash - start);
        if (segment == ".." || segment == ".") return std::nullopt;
        if (!segment.empty()) out /= segment;
        start = slash + 1;
    }
    return out;
}

std::string ContentTypeFor(const fs::path& file) {
    static const std::map<std::string, std::string> kTypes = {
        {".html", "text/html; charset=utf-8"},
        {".js", "application/javascript; charset=utf-8"},
        {".mjs", "application/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},
        {".gif", "image/gif"},
        {".ico", "image/x-icon"},
        {".webp", "image/webp"},
        {".woff", "font/woff"},
        {".woff2", "font/woff2"},
        {".ttf", "font/ttf"},
        {".txt", "text/plain; charset=utf-8"},
        {".map", "application/json"},
        {".webmanifest", "application/manifest+json"},
        {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {".csv", "text/csv; charset=utf-8"},
        {".pdf", "application/pdf"},
        {".htm", "text/html; charset=utf-8"},
        {".xml", "application/xml"},
        {".xsd", "application/xml"},
        {".mp4", "video/mp4"},
        {".m4v", "video/mp4"},
        {".webm", "video/webm"},
        {".mp3", "audio/mpeg"},
        {".wav", "audio/wav"},
    };
    auto it = kTypes.find(file.extension().string());
    return it == kTypes.end() ? "application/octet-stream" : it->second;
}

StaticFiles::StaticFiles(const fs::path& root) {
    std::error_code ec;
    if (root.empty() || !fs::is_directory(root, ec)) return;
    root_ = fs::canonical(root, ec);
    if (ec) root_.clear();
}

Response StaticFiles::FileResponse(const fs::path& file, bool immutable) const {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    Response r;
    r.content_type = ContentTypeFor(file);
    r.body = content.str();
    r.SetHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    return r;
}

Response StaticFiles::Serve(const Request& request) const {
    if (!enabled()) return ErrorResponse(404, "not_found", "Halaman tidak ditemukan / Page not found");
    const auto path = SafeStaticPath(root_, request.raw_path);
    if (!path) return ErrorResponse(400, "invalid_argument", "Alamat tidak sah / Invalid path");
    std::error_code ec;
    // A symlink inside the directory must not lead outside it either.
    const fs::path real = fs::weakly_canonical(*path, ec);
    const auto [root_end, unused] = std::mismatch(root_.begin(), root_.end(), real.begin(), real.end());
    (void)unused;
    const bool inside = !ec && root_end == root_.end();
    if (inside && fs::is_regular_file(real, ec)) {
        return FileResponse(real, request.path.rfind("/assets/", 0) == 0);
    }
    const bool wants_html = request.Header("accept").find("text/html") != std::string::npos;
    const fs::path index = root_ / "index.html";
    if (wants_html && fs::is_regular_file(index, ec)) return FileResponse(index, false);
    return ErrorResponse(404, "not_found", "Berkas tidak ditemukan / File not found");
}

}  // namespace bangkom::http
