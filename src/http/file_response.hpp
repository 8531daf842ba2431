#pragma once
// Answering with a file from the disk and honouring HTTP range requests (RFC 9110 §14), so that a video can be
// sought and a large document read in parts: one range per request ("bytes=a-b", "bytes=a-", "bytes=-n").

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "http/message.hpp"

namespace bangkom::http {

/// The byte range [first, last] a Range header asks of a file of `size` bytes, at most `max_chunk` long (an
/// open or too long range is shortened, as servers may). nullopt: no usable range (absent, or several ranges,
/// or another unit: the whole file is sent); {-1, -1}: unsatisfiable (416).
std::optional<std::pair<int64_t, int64_t>> ByteRange(std::string_view header, int64_t size, int64_t max_chunk);

/// 200 with the whole file, or 206 with one range and Content-Range; 416 outside the file; Accept-Ranges always.
Response FileWithRanges(const std::filesystem::path& file, const std::string& content_type, const Request& request,
                        int64_t max_chunk = 8LL << 20);

}  // namespace bangkom::http
