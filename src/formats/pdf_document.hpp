#pragma once
// Printable documents (UI.md: the plan, the survey poster, certificates, evaluation reports) as plain values,
// rendered to PDF with cairo + pango and Noto Sans so that the text extracts cleanly (pdftotext). A document is a
// list of blocks laid out top to bottom on A4 pages; tables break across pages and repeat their header; every
// page carries a footer with the document's footer text and "Halaman n dari N".

#include <string>
#include <variant>
#include <vector>

#include "domain/enums.hpp"
#include "domain/result.hpp"

namespace bangkom::formats {

enum class PdfAlign { left, center, right };

/// Text that wraps within the content width. Newlines start new lines.
struct PdfParagraph {
    std::string text;
    double size = 10;  // points
    bool bold = false;
    PdfAlign align = PdfAlign::left;
    double space_after = 4;       // points
    bool keep_with_next = false;  // a heading: starts a new page unless ~60 points fit below it
};

struct PdfColumn {
    std::string title;
    double width = 1;  // relative share of the content width
    PdfAlign align = PdfAlign::left;
};

/// A ruled table; its header repeats on every page it spans.
struct PdfTable {
    std::vector<PdfColumn> columns;
    std::vector<std::vector<std::string>> rows;  // each padded or cut to columns.size()
    double size = 8;                             // points
    size_t bold_last_rows = 0;                   // e.g. 1 for a total line
    double space_after = 8;
};

/// Two columns of label and value without rules ("Tahun : 2027").
struct PdfFacts {
    std::vector<std::pair<std::string, std::string>> items;
    double size = 10;
    double label_width = 0.22;  // share of the content width
    double space_after = 8;
};

/// The signature block, in the right half of the page; kept whole on one page.
struct PdfSignature {
    std::vector<std::string> lines_above;  // place and date, office ("Pejabat Pembina Kepegawaian", ...)
    std::string name;                      // empty → a dotted line to sign on
    std::string id_line;                   // "NIP ..." or empty
    double size = 10;
    std::string qr_text{};     // a QR code in the left half beside the signature (certificates); empty → none
    std::string qr_caption{};  // small text under it
    double qr_size = 0;        // points, including the quiet zone
};

/// A QR code of `text` (qrencode, error correction M), centred, `size` points wide including its quiet zone.
struct PdfQrCode {
    std::string text;
    double size = 180;
    std::string caption;  // small text under the code (the address in letters)
    double space_after = 8;
};

/// Vertical space, or the rest of the page when `page_break`.
struct PdfSpace {
    double points = 12;
    bool page_break = false;
};

using PdfBlock = std::variant<PdfParagraph, PdfTable, PdfFacts, PdfSignature, PdfQrCode, PdfSpace>;

struct PdfDocument {
    std::string title;   // PDF metadata
    std::string author;  // PDF metadata
    bool landscape = false;
    std::string footer;                    // left of every page's footer
    domain::Lang lang = domain::Lang::id;  // "Halaman n dari N" / "Page n of N"
    std::vector<PdfBlock> blocks;
};

/// The document as PDF bytes. Errors only when cairo fails (out of memory, no fonts).
Result<std::string> RenderPdf(const PdfDocument& document);

/// The number of pages the document takes (the same layout RenderPdf paints).
Result<int> CountPdfPages(const PdfDocument& document);

}  // namespace bangkom::formats
