// ReadXlsx: finds the first sheet the way Excel does (package rels → workbook → its rels), so files whose
// first sheet is not "sheet1.xml" read correctly; then hands the sheet to SheetToTable.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/csv_text.hpp"
#include "formats/table.hpp"
#include "formats/xlsx_xml.hpp"
#include "formats/xlsx_zip.hpp"

namespace bangkom::formats {

namespace {

using detail::Child;
using detail::Is;
using detail::Pick;
using detail::ZipReader;
using domain::Lang;

constexpr uint64_t kMaxUncompressed = 200ULL << 20;  // 200 MiB, against zip bombs
constexpr unsigned kXmlOptions = pugi::parse_default | pugi::parse_ws_pcdata_single;

Error NoWorkbook(Lang lang) {
    return MakeError(ErrorCode::invalid_argument, Pick(lang, "Berkas XLSX tidak berisi workbook yang dapat dibaca",
                                                       "The XLSX file contains no readable workbook"));
}

Error Damaged(Lang lang, std::string_view part) {
    return MakeError(ErrorCode::invalid_argument,
                     Pick(lang, "Berkas XLSX rusak: bagian ", "The XLSX file is damaged: part ") + std::string(part));
}

// Parses a part in place; an empty document when the part is absent or not XML.
struct Part {
    std::string text;
    pugi::xml_document doc;
    bool ok = false;
};

void LoadPart(const ZipReader& zip, const std::string& name, Part& part) {
    std::optional<std::string> text = zip.Read(name);
    if (!text) return;
    part.text = std::move(*text);
    part.ok = part.doc.load_buffer_inplace(part.text.data(), part.text.size(), kXmlOptions).status == pugi::status_ok;
}

std::string DirectoryOf(const std::string& path) {
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

// A relationship target relative to the part's folder ("worksheets/s.xml", "../x.xml" or "/xl/x.xml").
std::string ResolveTarget(const std::string& base_dir, std::string_view target) {
    if (target.starts_with('/')) return std::string(target.substr(1));
    std::string dir = base_dir;
    while (target.starts_with("../")) {
        target.remove_prefix(3);
        if (!dir.empty()) dir.pop_back();
        dir = DirectoryOf(dir);
    }
    return dir + std::string(target);
}

std::string RelsPathOf(const std::string& part) {
    const size_t slash = part.rfind('/');
    const std::string name = slash == std::string::npos ? part : part.substr(slash + 1);
    return DirectoryOf(part) + "_rels/" + name + ".rels";
}

// The target of the first relationship whose Id matches or whose Type ends with the suffix.
std::optional<std::string> FindRelationship(const pugi::xml_document& rels, const std::string& base_dir,
                                            std::string_view id, std::string_view type_suffix) {
    const pugi::xml_node root = Child(rels, "Relationships");
    for (pugi::xml_node rel = root.first_child(); rel; rel = rel.next_sibling()) {
        if (!Is(rel, "Relationship")) continue;
        const std::string_view type = rel.attribute("Type").value();
        const bool match = id.empty() ? type.ends_with(type_suffix) : id == rel.attribute("Id").value();
        if (match) return ResolveTarget(base_dir, rel.attribute("Target").value());
    }
    return std::nullopt;
}

std::string WorkbookPath(const ZipReader& zip) {
    Part rels;
    LoadPart(zip, "_rels/.rels", rels);
    if (rels.ok) {
        if (auto target = FindRelationship(rels.doc, "", "", "/officeDocument")) return *target;
    }
    return "xl/workbook.xml";
}

std::vector<std::string> SharedStrings(const ZipReader& zip, const std::optional<std::string>& path) {
    if (!path) return {};
    const std::optional<std::string> xml = zip.Read(*path);
    return xml ? detail::ParseSharedStrings(*xml) : std::vector<std::string>{};
}

// The worksheet part of the first <sheet> in workbook order.
std::optional<std::string> FirstSheetPath(const Part& workbook, const Part& rels, const std::string& dir) {
    const pugi::xml_node sheets = Child(Child(workbook.doc, "workbook"), "sheets");
    const pugi::xml_node sheet = Child(sheets, "sheet");
    const std::string_view id = detail::Attribute(sheet, "id").value();
    if (!sheet || id.empty()) return std::nullopt;
    return FindRelationship(rels.doc, dir, id, "");
}

}  // namespace

Result<Table> ReadXlsx(std::string_view bytes, Lang lang) {
    std::optional<ZipReader> zip = ZipReader::Open(bytes);
    if (!zip) {
        return MakeError(ErrorCode::invalid_argument, Pick(lang, "Berkas bukan XLSX yang sah (bukan arsip zip)",
                                                           "The file is not a valid XLSX (not a zip archive)"));
    }
    if (zip->TotalUncompressedSize() > kMaxUncompressed) {
        return MakeError(ErrorCode::invalid_argument,
                         Pick(lang, "Berkas XLSX terlalu besar (lebih dari 200 MiB setelah diekstrak)",
                              "The XLSX file is too large (more than 200 MiB uncompressed)"));
    }
    const std::string workbook_path = WorkbookPath(*zip);
    const std::string dir = DirectoryOf(workbook_path);
    Part workbook, rels;
    LoadPart(*zip, workbook_path, workbook);
    LoadPart(*zip, RelsPathOf(workbook_path), rels);
    if (!workbook.ok || !rels.ok) return NoWorkbook(lang);
    const std::optional<std::string> sheet_path = FirstSheetPath(workbook, rels, dir);
    if (!sheet_path) return NoWorkbook(lang);
    const std::vector<std::string> shared = SharedStrings(*zip, FindRelationship(rels.doc, dir, "", "/sharedStrings"));
    const std::optional<std::string> sheet = zip->Read(*sheet_path);
    if (!sheet) return Damaged(lang, *sheet_path);
    return detail::SheetToTable(*sheet, shared, lang);
}

}  // namespace bangkom::formats
