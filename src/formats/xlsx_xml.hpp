#pragma once
// Helpers for the OOXML parts of an .xlsx, private to src/formats. Elements are matched by local name, because
// some writers prefix the spreadsheetml namespace ("x:row") and pugixml does not resolve namespaces.

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "formats/table.hpp"

namespace bangkom::formats::detail {

inline std::string_view LocalName(std::string_view name) {
    const size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

inline bool Is(pugi::xml_node node, std::string_view local) {
    return LocalName(node.name()) == local;
}

/// The first child element with the local name, or an empty node.
inline pugi::xml_node Child(pugi::xml_node node, std::string_view local) {
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element && Is(child, local)) return child;
    }
    return {};
}

/// The attribute with the local name (any prefix), or an empty attribute.
inline pugi::xml_attribute Attribute(pugi::xml_node node, std::string_view local) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        if (LocalName(a.name()) == local) return a;
    }
    return {};
}

/// The strings of the shared strings part, in index order (rich text runs joined, phonetic runs left out).
std::vector<std::string> ParseSharedStrings(std::string_view xml);

/// The worksheet part's cells as a Table: header = first non-empty row.
Result<Table> SheetToTable(std::string_view xml, const std::vector<std::string>& shared_strings, domain::Lang lang);

}  // namespace bangkom::formats::detail
