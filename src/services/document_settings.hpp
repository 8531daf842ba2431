#pragma once
// Who the printed documents speak for (UI.md: documents carry the government's and agency's names and a
// signature or QR block): the government, the place of signing, the PPK's office, name and NIP, and the public
// address the survey posters' QR codes point to. Stored as the setting `document` (JSON with these field names);
// every field is optional and defaults to the Pemerintah Provinsi Jambi values below.

#include <cstdint>
#include <string>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

inline constexpr const char* kDocumentSettingsKey = "document";

struct DocumentSettings {
    std::string government = "Pemerintah Provinsi Jambi";
    std::string place = "Jambi";                // where documents are signed ("Jambi, 29 November 2026")
    std::string ppk_office = "Gubernur Jambi";  // the PPK of a province is its governor
    std::string ppk_name;                       // empty → a dotted line to write the name on
    std::string ppk_nip;                        // empty → "NIP" alone
    std::string public_url;                     // e.g. "https://bangkom.jambiprov.go.id"; empty → the request's host
};

/// The date of a unix time in Western Indonesia Time (UTC+7), where the province dates and signs its documents.
domain::Date DocumentDate(int64_t unix_seconds);

/// A heading in capitals ("DINAS KESEHATAN"); letters outside ASCII stay as they are.
std::string HeadingCase(std::string text);

/// The stored settings over the defaults; a stored value that is not a JSON object of strings is an error.
Result<DocumentSettings> LoadDocumentSettings(storage::Store& store, domain::Lang lang);
/// The stored text (nullopt = nothing stored) over the defaults, checked as LoadDocumentSettings does.
Result<DocumentSettings> ParseDocumentSettings(const std::optional<std::string>& text, domain::Lang lang);

}  // namespace bangkom::services
