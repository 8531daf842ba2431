#pragma once
// A request and a response as the routes see them: plain values, no Beast (the server converts).

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bangkom::http {

struct Request {
    std::string method;                          // "GET", "POST", ...
    std::string path;                            // percent-decoded path, without the query
    std::string raw_path;                        // the path as sent (still encoded)
    std::map<std::string, std::string> query;    // decoded query parameters (last one wins)
    std::map<std::string, std::string> headers;  // names in lowercase
    std::string body;
    std::string client_ip;

    /// The header's value, or "" when absent. `name` in lowercase.
    const std::string& Header(const std::string& name) const;
    /// The query parameter's value, or `fallback` when absent.
    std::string Query(const std::string& name, const std::string& fallback = "") const;
};

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  // extra headers (Set-Cookie, ...)

    void SetHeader(const std::string& name, const std::string& value);
    /// The first value of a header set with SetHeader, or "".
    std::string HeaderValue(const std::string& name) const;
};

/// Splits "a=1&b=x%20y" into decoded pairs ('+' is a space).
std::map<std::string, std::string> ParseQuery(std::string_view query);
/// Percent-decodes `text`; false when an escape is malformed.
bool PercentDecode(std::string_view text, std::string& out, bool plus_is_space = false);

}  // namespace bangkom::http
