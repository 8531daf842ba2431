#pragma once
// A small zip written in memory with its entries STOREd (no compression) and their CRC-32: enough to assemble a
// SCORM package (the demo's course) that every reader accepts.

#include <string>
#include <utility>
#include <vector>

namespace bangkom::formats {

/// The bytes of a zip holding `entries` (name, content) in order.
std::string StoredZip(const std::vector<std::pair<std::string, std::string>>& entries);

}  // namespace bangkom::formats
