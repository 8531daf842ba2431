#pragma once
// What both backends of XapiRepository share (internal to storage/): their errors.

#include <string>

#include "domain/result.hpp"

namespace bangkom::storage::xapi_parts {

inline Error NotFound(const std::string& what) {
    return MakeError(ErrorCode::not_found, "Tidak ditemukan (not found): " + what);
}

inline Error Conflict(const std::string& id) {
    return MakeError(ErrorCode::conflict, "Pernyataan " + id + " sudah tersimpan dengan isi lain (statement " + id +
                                              " exists with other content)");
}

}  // namespace bangkom::storage::xapi_parts
