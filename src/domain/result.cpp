#include "domain/result.hpp"

namespace bangkom {

const char* ErrorCodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_argument: return "invalid_argument";
        case ErrorCode::not_found: return "not_found";
        case ErrorCode::conflict: return "conflict";
        case ErrorCode::forbidden: return "forbidden";
        case ErrorCode::unauthenticated: return "unauthenticated";
        case ErrorCode::failed_precondition: return "failed_precondition";
        case ErrorCode::resource_exhausted: return "resource_exhausted";
        case ErrorCode::internal: return "internal";
    }
    return "internal";
}

}  // namespace bangkom
