// Stored zips in memory (zip_writer.hpp): local headers, the central directory and its end record.

#include "formats/zip_writer.hpp"

#include <cstdint>

namespace bangkom::formats {
namespace {

uint32_t Crc32(const std::string& data) {
    uint32_t crc = 0xFFFFFFFFU;
    for (const char ch : data) {
        crc ^= static_cast<uint8_t>(ch);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1U)));
    }
    return crc ^ 0xFFFFFFFFU;
}

void Put16(std::string& out, uint32_t v) {
    out.push_back(static_cast<char>(v & 0xFFU));
    out.push_back(static_cast<char>((v >> 8) & 0xFFU));
}

void Put32(std::string& out, uint32_t v) {
    Put16(out, v & 0xFFFFU);
    Put16(out, v >> 16);
}

}  // namespace

std::string StoredZip(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string out;
    std::string directory;
    for (const auto& [name, data] : entries) {
        const auto offset = static_cast<uint32_t>(out.size());
        const uint32_t crc = Crc32(data);
        const auto size = static_cast<uint32_t>(data.size());
        const auto name_length = static_cast<uint32_t>(name.size());
        Put32(out, 0x04034B50U);
        Put16(out, 20);       // version needed
        Put16(out, 0x0800U);  // UTF-8 names
        Put16(out, 0);        // stored
        Put32(out, 0);        // time and date
        Put32(out, crc);
        Put32(out, size);
        Put32(out, size);
        Put16(out, name_length);
        Put16(out, 0);
        out += name;
        out += data;
        Put32(directory, 0x02014B50U);
        Put16(directory, 20);
        Put16(directory, 20);
        Put16(directory, 0x0800U);
        Put16(directory, 0);
        Put32(directory, 0);
        Put32(directory, crc);
        Put32(directory, size);
        Put32(directory, size);
        Put16(directory, name_length);
        Put32(directory, 0);  // extra and comment lengths
        Put32(directory, 0);  // disk number, internal attributes
        Put32(directory, 0);  // external attributes
        Put32(directory, offset);
        directory += name;
    }
    const auto directory_offset = static_cast<uint32_t>(out.size());
    out += directory;
    Put32(out, 0x06054B50U);
    Put32(out, 0);
    Put16(out, static_cast<uint32_t>(entries.size()));
    Put16(out, static_cast<uint32_t>(entries.size()));
    Put32(out, static_cast<uint32_t>(directory.size()));
    Put32(out, directory_offset);
    Put16(out, 0);
    return out;
}

}  // namespace bangkom::formats
