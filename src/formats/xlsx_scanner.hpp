#pragma once
// A forward-only tag scanner for the two big parts of an .xlsx (the sheet and the shared strings). A DOM
// of a million-row sheet costs seconds and gigabytes; scanning tags in place costs a pass over the bytes.
// Private to src/formats.

#include <string>
#include <string_view>

namespace bangkom::formats::detail {

struct XmlTag {
    std::string_view name;        // local name: "row" for both <row> and <x:row>
    std::string_view attributes;  // raw text between the name and the closing '>' (or "/>")
    bool end = false;             // </name>
    bool self_closing = false;    // <name/>
};

class XmlScanner {
  public:
    explicit XmlScanner(std::string_view xml) : xml_(xml) {}

    /// Moves to the next tag, skipping text, comments, processing instructions and declarations.
    /// False at the end of the input, or on unterminated markup (then failed() is true).
    bool NextTag(XmlTag& tag);
    /// Appends the decoded text from here to the next tag (entities, CDATA, XML line-end normalisation).
    void AppendText(std::string& out);
    bool failed() const { return failed_; }

  private:
    std::string_view xml_;
    size_t pos_ = 0;
    bool failed_ = false;
};

/// The raw value of the attribute with the given local name in a tag's attribute text; empty when absent.
std::string_view AttributeValue(std::string_view attributes, std::string_view local_name);

/// Excel's "_xHHHH_" character escapes decoded ("_x000D_" → CR, "_x005F_" → '_').
std::string DecodeExcelEscapes(std::string_view text);

}  // namespace bangkom::formats::detail
