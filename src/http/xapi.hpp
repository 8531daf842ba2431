#pragma once
// The learning record store at /xapi/ (issue 7, docs/xapi-api.md): xAPI 1.0.3 statements (PUT, POST single and batch,
// GET one by statementId or voidedStatementId, GET a query with `more` paging) and `about`, with HTTP Basic
// authentication per client and the X-Experience-API-Version header. Outside /api/v1: no session, no CSRF (a
// client's credentials, not a browser's cookie, authorise every request).

#include <memory>
#include <string>

#include "http/message.hpp"
#include "storage/store.hpp"

namespace bangkom::http {

class XapiEndpoint {
  public:
    /// `hash_key`: the server secret the client secrets are hashed with.
    XapiEndpoint(storage::Store& store, std::string hash_key);
    ~XapiEndpoint();
    Response Handle(const Request& request);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// True for /xapi and every path under it.
bool IsXapiPath(const std::string& path);

}  // namespace bangkom::http
