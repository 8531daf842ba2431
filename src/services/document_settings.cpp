#include "services/document_settings.hpp"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <cctype>

namespace bangkom::services {

namespace json = boost::json;

namespace {

bool Read(const json::object& o, const char* key, std::string& out) {
    const json::value* v = o.if_contains(key);
    if (v == nullptr || v->is_null()) return true;
    if (!v->is_string()) return false;
    out = std::string(v->get_string());
    return true;
}

}  // namespace

domain::Date DocumentDate(int64_t unix_seconds) {
    constexpr int64_t kWibOffset = int64_t{7} * 3600;
    return domain::Date::FromDaysSinceEpoch((unix_seconds + kWibOffset) / 86400);
}

std::string HeadingCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

Result<DocumentSettings> LoadDocumentSettings(storage::Store& store, domain::Lang lang) {
    auto stored = store.GetSetting(kDocumentSettingsKey);
    if (!stored) return stored.error();
    return ParseDocumentSettings(*stored, lang);
}

Result<DocumentSettings> ParseDocumentSettings(const std::optional<std::string>& text, domain::Lang lang) {
    DocumentSettings settings;
    if (!text) return settings;
    boost::system::error_code ec;
    const json::value doc = json::parse(*text, ec);
    const bool ok =
        !ec && doc.is_object() && Read(doc.as_object(), "government", settings.government) &&
        Read(doc.as_object(), "place", settings.place) && Read(doc.as_object(), "ppk_office", settings.ppk_office) &&
        Read(doc.as_object(), "ppk_name", settings.ppk_name) && Read(doc.as_object(), "ppk_nip", settings.ppk_nip) &&
        Read(doc.as_object(), "public_url", settings.public_url);
    if (!ok) {
        return MakeError(ErrorCode::invalid_argument,
                         lang == domain::Lang::en ? "The setting 'document' must be a JSON object of text fields."
                                                  : "Pengaturan 'document' harus berupa objek JSON berisi teks.");
    }
    return settings;
}

}  // namespace bangkom::services
