#pragma once
// The built web app (web/dist): files with their content type, long caching for hashed /assets/*,
// no path escaping the directory, and the history fallback to index.html for page requests.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace bangkom::http {

/// The file under `root` that `raw_path` (still percent-encoded) names, or nullopt when the path is unsafe:
/// a ".." or "." segment (encoded too), a backslash, a NUL, a malformed escape. Does not touch the disk.
std::optional<std::filesystem::path> SafeStaticPath(const std::filesystem::path& root, std::string_view raw_path);
/// "text/html; charset=utf-8", "application/javascript", ... by extension; octet-stream when unknown.
std::string ContentTypeFor(const std::filesystem::path& file);

class StaticFiles {
  public:
    /// `root` empty or missing: serves nothing.
    explicit StaticFiles(const std::filesystem::path& root);
    bool enabled() const { return !root_.empty(); }
    /// The answer to a GET/HEAD outside /api/: the file, index.html for page requests, 404, or 400 when unsafe.
    Response Serve(const Request& request) const;

  private:
    Response FileResponse(const std::filesystem::path& file, bool immutable) const;
    std::filesystem::path root_;  // canonical
};

}  // namespace bangkom::http
