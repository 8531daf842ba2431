#pragma once
// The one mapping from error codes to HTTP status and the JSON error body of docs/api.md.

#include <boost/json/value.hpp>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "http/message.hpp"

namespace bangkom::http {

/// invalid_argument 400, unauthenticated 401, forbidden 403, not_found 404, conflict 409,
/// failed_precondition 412, resource_exhausted 429, internal 500.
int StatusOf(ErrorCode code);
/// {"error": {"code", "message", "details": [{"row", "column", "message"}]}}.
boost::json::value ErrorBody(const Error& error);
/// A JSON response with the status of the error's code.
Response ErrorResponse(const Error& error);
/// The same with an explicit status and code name (413 payload_too_large, 405, ...).
Response ErrorResponse(int status, const char* code, const std::string& message);
/// A JSON response with `status` and the serialised value.
Response JsonResponse(const boost::json::value& value, int status = 200);

/// A file to save: `body` with the content type of the filename's extension (.pdf, .xlsx, .csv) and
/// Content-Disposition: attachment. Characters of `filename` other than letters, digits, '.', '-' and '_' become
/// '_' (a code from the data can never break the header).
Response FileDownload(std::string body, const std::string& filename);
/// `filename` with every character other than letters, digits, '.', '-' and '_' made '_' (safe in a header).
std::string SafeFilename(const std::string& filename);

/// A message in the request's language: Indonesian first, English second.
inline std::string Msg(domain::Lang lang, const char* id, const char* en) {
    return lang == domain::Lang::en ? en : id;
}

}  // namespace bangkom::http
