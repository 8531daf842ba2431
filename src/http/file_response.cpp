// Files with range requests (file_response.hpp).

#include "http/file_response.hpp"

#include <charconv>
#include <fstream>

#include "http/errors.hpp"

namespace bangkom::http {
namespace {

std::optional<int64_t> Digits(std::string_view text) {
    if (text.empty()) return std::nullopt;
    int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size() || v < 0) return std::nullopt;
    return v;
}

}  // namespace

std::optional<std::pair<int64_t, int64_t>> ByteRange(std::string_view header, int64_t size, int64_t max_chunk) {
    constexpr std::string_view kUnit = "bytes=";
    if (header.substr(0, kUnit.size()) != kUnit) return std::nullopt;
    const std::string_view spec = header.substr(kUnit.size());
    if (spec.find(',') != std::string_view::npos) return std::nullopt;
    const size_t dash = spec.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    const std::pair<int64_t, int64_t> unsatisfiable{-1, -1};
    int64_t first = 0;
    int64_t last = size - 1;
    if (dash == 0) {  // the last n bytes
        const auto n = Digits(spec.substr(1));
        if (!n) return std::nullopt;
        if (*n == 0 || size == 0) return unsatisfiable;
        first = std::max<int64_t>(0, size - *n);
    } else {
        const auto a = Digits(spec.substr(0, dash));
        if (!a) return std::nullopt;
        first = *a;
        if (dash + 1 < spec.size()) {
            const auto b = Digits(spec.substr(dash + 1));
            if (!b || *b < first) return std::nullopt;
            last = std::min(*b, size - 1);
        }
        if (first >= size) return unsatisfiable;
    }
    last = std::min(last, first + max_chunk - 1);
    return std::pair{first, last};
}

Response FileWithRanges(const std::filesystem::path& file, const std::string& content_type, const Request& request,
                        int64_t max_chunk) {
    std::error_code ec;
    const auto size = static_cast<int64_t>(std::filesystem::file_size(file, ec));
    std::ifstream in(file, std::ios::binary);
    if (ec || !in) return ErrorResponse(404, "not_found", "Berkas tidak ditemukan / No such file");
    Response r;
    r.content_type = content_type;
    r.SetHeader("Accept-Ranges", "bytes");
    const auto range = ByteRange(request.Header("range"), size, max_chunk);
    if (range && range->first < 0) {
        Response refused = ErrorResponse(416, "invalid_argument", "Rentang di luar berkas / Range not satisfiable");
        refused.SetHeader("Content-Range", "bytes */" + std::to_string(size));
        return refused;
    }
    const int64_t first = range ? range->first : 0;
    const int64_t length = range ? range->second - range->first + 1 : size;
    r.body.resize(static_cast<size_t>(length));
    in.seekg(first);
    if (length > 0 && !in.read(r.body.data(), length)) {
        return ErrorResponse(500, "internal", "Berkas tidak dapat dibaca / Cannot read the file");
    }
    if (range) {
        r.status = 206;
        r.SetHeader("Content-Range", "bytes " + std::to_string(first) + "-" + std::to_string(range->second) + "/" +
                                         std::to_string(size));
    }
    return r;
}

}  // namespace bangkom::http
