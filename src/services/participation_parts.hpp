#pragma once
// Shared by the participation_*.cpp files of services/ (internal): the common errors.

#include "domain/enums.hpp"
#include "domain/result.hpp"

namespace bangkom::services::parts {

inline Error ProposalNotFound(domain::Lang lang) {
    return MakeError(ErrorCode::not_found,
                     lang == domain::Lang::en ? "Proposal not found." : "Usulan tidak ditemukan.");
}

inline Error Forbidden(domain::Lang lang) {
    return MakeError(ErrorCode::forbidden,
                     lang == domain::Lang::en ? "You may not do this." : "Anda tidak berhak melakukan ini.");
}

inline Error WrongStatus(domain::Lang lang, const char* id, const char* en) {
    return MakeError(ErrorCode::failed_precondition, lang == domain::Lang::en ? en : id);
}

}  // namespace bangkom::services::parts
