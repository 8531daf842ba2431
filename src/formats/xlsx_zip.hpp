#pragma once
// Read-only view of a zip archive held in memory (the container of an .xlsx), private to src/formats.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct zip;

namespace bangkom::formats::detail {

class ZipReader {
  public:
    /// Opens the archive in `bytes` (not copied: it must outlive the reader); nullopt when it is not a zip.
    static std::optional<ZipReader> Open(std::string_view bytes);
    ZipReader(ZipReader&& other) noexcept;
    ZipReader& operator=(ZipReader&&) = delete;
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;
    ~ZipReader();

    /// Sum of the declared uncompressed sizes of all entries.
    uint64_t TotalUncompressedSize() const;
    /// The entry's content; nullopt when absent or unreadable. Never reads more than the declared size.
    std::optional<std::string> Read(const std::string& name) const;

  private:
    explicit ZipReader(zip* archive) : archive_(archive) {}
    zip* archive_;
};

}  // namespace bangkom::formats::detail
