#pragma once
// The JSON API under /api/v1 and the web app's files: one entry point, Handle(request) → response, which
// applies sessions, CSRF, roles, languages, error mapping and security headers around the route table.
// Blocking (store, Argon2id): the server calls it on its worker pool, never on an io thread.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "domain/result.hpp"
#include "http/auth.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "storage/store.hpp"

namespace bangkom::http {

struct ApiOptions {
    std::filesystem::path web_dir;  // empty: no web app
    bool cookie_secure = false;
    AuthOptions auth;
    size_t json_body_limit = 1 << 20;       // 1 MiB
    size_t upload_body_limit = 50 << 20;    // 50 MiB (import files)
    size_t content_body_limit = 200 << 20;  // 200 MiB (course files and SCORM packages)
    std::filesystem::path content_root;     // uploaded course content; empty: beside the database
    std::string version = "0.1.0";
    std::string database = "sqlite";  // the backend GET /health names: "sqlite" or "postgresql"
};

/// Runs a piece of long work (an import job) somewhere other than the calling thread.
using BackgroundRunner = std::function<void(std::function<void()>)>;

/// What the request log needs from an answer besides its status and size.
struct Handled {
    Response response;
    int64_t user_id = 0;
};

class ApiImpl;

class Api {
  public:
    /// Loads the instance secrets from the store. `background` runs import jobs.
    static Result<std::unique_ptr<Api>> Create(storage::Store& store, ApiOptions options, BackgroundRunner background);
    ~Api();
    Api(const Api&) = delete;
    Api& operator=(const Api&) = delete;

    Handled Handle(const Request& request);
    /// The body limit for a request, known from its method and path before the body is read.
    size_t BodyLimitFor(const std::string& method, const std::string& path) const;
    const RouteTable& routes() const;

  private:
    explicit Api(std::unique_ptr<ApiImpl> impl);
    std::unique_ptr<ApiImpl> impl_;
};

}  // namespace bangkom::http
