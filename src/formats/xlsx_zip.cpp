#include "formats/xlsx_zip.hpp"

#include <zip.h>

namespace bangkom::formats::detail {

std::optional<ZipReader> ZipReader::Open(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
        zip_error_fini(&error);
        return std::nullopt;
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (archive == nullptr) {
        zip_source_free(source);
        return std::nullopt;
    }
    return ZipReader(archive);
}

ZipReader::ZipReader(ZipReader&& other) noexcept : archive_(other.archive_) {
    other.archive_ = nullptr;
}

ZipReader::~ZipReader() {
    if (archive_ != nullptr) zip_discard(archive_);
}

uint64_t ZipReader::TotalUncompressedSize() const {
    uint64_t total = 0;
    const zip_int64_t entries = zip_get_num_entries(archive_, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive_, static_cast<zip_uint64_t>(i), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
            total += stat.size;
        }
    }
    return total;
}

std::optional<std::string> ZipReader::Read(const std::string& name) const {
    zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
    if (index < 0) index = zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE);
    zip_stat_t stat;
    if (index < 0 || zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE)) {
        return std::nullopt;
    }
    zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
    if (file == nullptr) return std::nullopt;
    std::string content(stat.size, '\0');
    const zip_int64_t read = zip_fread(file, content.data(), content.size());
    zip_fclose(file);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) return std::nullopt;
    return content;
}

}  // namespace bangkom::formats::detail
