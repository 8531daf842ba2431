#include "http/errors.hpp"

#include <boost/json/serialize.hpp>
#include <string_view>

namespace bangkom::http {

int StatusOf(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_argument: return 400;
        case ErrorCode::unauthenticated: return 401;
        case ErrorCode::forbidden: return 403;
        case ErrorCode::not_found: return 404;
        case ErrorCode::conflict: return 409;
        case ErrorCode::failed_precondition: return 412;
        case ErrorCode::resource_exhausted: return 429;
        case ErrorCode::internal: return 500;
    }
    return 500;
}

boost::json::value ErrorBody(const Error& error) {
    boost::json::array details;
    for (const auto& d : error.details) {
        details.push_back(boost::json::object{{"row", d.row}, {"column", d.column}, {"message", d.message}});
    }
    return boost::json::object{{"error", boost::json::object{{"code", ErrorCodeName(error.code)},
                                                             {"message", error.message},
                                                             {"details", std::move(details)}}}};
}

Response ErrorResponse(const Error& error) {
    return JsonResponse(ErrorBody(error), StatusOf(error.code));
}

Response ErrorResponse(int status, const char* code, const std::string& message) {
    boost::json::object body{
        {"error", boost::json::object{{"code", code}, {"message", message}, {"details", boost::json::array{}}}}};
    return JsonResponse(body, status);
}

Response JsonResponse(const boost::json::value& value, int status) {
    Response r;
    r.status = status;
    r.content_type = "application/json; charset=utf-8";
    r.body = boost::json::serialize(value);
    return r;
}

Response FileDownload(std::string body, const std::string& filename) {
    Response r;
    const auto ends = [&](std::string_view ext) {
        return filename.size() >= ext.size() && filename.compare(filename.size() - ext.size(), ext.size(), ext) == 0;
    };
    if (ends(".pdf")) {
        r.content_type = "application/pdf";
    } else if (ends(".xlsx")) {
        r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    } else if (ends(".csv")) {
        r.content_type = "text/csv; charset=utf-8";
    } else {
        r.content_type = "application/octet-stream";
    }
    r.body = std::move(body);
    r.SetHeader("Content-Disposition", "attachment; filename=\"" + SafeFilename(filename) + "\"");
    return r;
}

std::string SafeFilename(const std::string& filename) {
    std::string safe = filename;
    for (char& c : safe) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                           c == '-' || c == '_';
        if (!plain) c = '_';
    }
    return safe;
}

}  // namespace bangkom::http
