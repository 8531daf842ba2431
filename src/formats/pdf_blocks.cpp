// The blocks of a PdfDocument painted at the cursor of a PdfPainter (pdf_painter.hpp).

#include <qrencode.h>

#include <algorithm>
#include <memory>
#include <numeric>

#include "formats/pdf_painter.hpp"

namespace bangkom::formats {

namespace {

struct LayoutDeleter {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

constexpr double kCellPadding = 3;

double ParagraphHeight(const PdfPainter& p, const PdfParagraph& block) {
    const LayoutPtr layout(p.Layout(block.text, block.size, block.bold, p.width(), block.align));
    return PdfPainter::Height(layout.get());
}

/// A heading (keep_with_next) stays on the page of what follows: a paragraph is never split, so all of it must fit
/// below the heading; anything else needs its start (a table header and a row, or three lines of text).
void PaintParagraph(PdfPainter& p, const PdfParagraph& block, const PdfBlock* next) {
    const LayoutPtr layout(p.Layout(block.text, block.size, block.bold, p.width(), block.align));
    const double height = PdfPainter::Height(layout.get());
    constexpr double kNextBlockStart = 60;
    double next_height = kNextBlockStart;
    if (const auto* paragraph = next != nullptr ? std::get_if<PdfParagraph>(next) : nullptr) {
        next_height = std::max(next_height, ParagraphHeight(p, *paragraph));
    }
    p.EnsureRoom(height + (block.keep_with_next ? block.space_after + next_height : 0));
    p.Draw(layout.get(), p.left(), p.y());
    p.Advance(height + block.space_after);
}

void Paint(PdfPainter& p, const PdfParagraph& block) {
    PaintParagraph(p, block, nullptr);
}

std::vector<double> ColumnWidths(const PdfPainter& p, const std::vector<PdfColumn>& columns) {
    const double total = std::accumulate(columns.begin(), columns.end(), 0.0,
                                         [](double sum, const PdfColumn& c) { return sum + std::max(0.0, c.width); });
    std::vector<double> widths;
    widths.reserve(columns.size());
    for (const auto& c : columns) {
        widths.push_back(total > 0 ? p.width() * std::max(0.0, c.width) / total : p.width() / columns.size());
    }
    return widths;
}

/// The cells of one table row laid out, and the row's height with its padding.
struct RowLayouts {
    std::vector<LayoutPtr> cells;
    double height = 0;
};

RowLayouts LayRow(const PdfPainter& p, const PdfTable& table, const std::vector<double>& widths,
                  const std::vector<std::string>& cells, bool header, bool bold) {
    RowLayouts row;
    for (size_t c = 0; c < widths.size(); ++c) {
        const std::string& text = c < cells.size() ? cells[c] : std::string();
        const PdfAlign align = header ? PdfAlign::center : table.columns[c].align;
        row.cells.emplace_back(p.Layout(text, table.size, header || bold, widths[c] - 2 * kCellPadding, align));
        row.height = std::max(row.height, PdfPainter::Height(row.cells.back().get()));
    }
    row.height += 2 * kCellPadding;
    return row;
}

/// Rules and fills the row at the cursor, draws its cells and moves the cursor below it.
void DrawRow(PdfPainter& p, const std::vector<double>& widths, const RowLayouts& row, bool header) {
    cairo_t* cr = p.cr();
    double x = p.left();
    for (size_t c = 0; c < widths.size(); ++c) {
        if (header) {
            cairo_set_source_rgb(cr, 0.88, 0.91, 0.95);
            cairo_rectangle(cr, x, p.y(), widths[c], row.height);
            cairo_fill(cr);
        }
        cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
        cairo_set_line_width(cr, 0.4);
        cairo_rectangle(cr, x, p.y(), widths[c], row.height);
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
        p.Draw(row.cells[c].get(), x + kCellPadding, p.y() + kCellPadding);
        x += widths[c];
    }
    p.Advance(row.height);
}

void Paint(PdfPainter& p, const PdfTable& table) {
    if (table.columns.empty()) return;
    const std::vector<double> widths = ColumnWidths(p, table.columns);
    std::vector<std::string> titles;
    for (const auto& c : table.columns) titles.push_back(c.title);
    const RowLayouts header = LayRow(p, table, widths, titles, true, true);
    for (size_t r = 0; r < table.rows.size() || r == 0; ++r) {
        if (table.rows.empty()) {
            p.EnsureRoom(header.height);
            DrawRow(p, widths, header, true);
            break;
        }
        const bool bold = r + table.bold_last_rows >= table.rows.size();
        const RowLayouts row = LayRow(p, table, widths, table.rows[r], false, bold);
        const int page = p.pages();
        // The header never stands alone at the foot of a page: room for it and the first row.
        p.EnsureRoom(r == 0 ? header.height + row.height : row.height);
        if (r == 0 || p.pages() != page) DrawRow(p, widths, header, true);
        DrawRow(p, widths, row, false);
    }
    p.Advance(table.space_after);
}

void Paint(PdfPainter& p, const PdfFacts& facts) {
    const double label_width = p.width() * facts.label_width;
    for (const auto& [label, value] : facts.items) {
        const LayoutPtr l(p.Layout(label, facts.size, false, label_width - 8, PdfAlign::left));
        const LayoutPtr colon(p.Layout(":", facts.size, false, 8, PdfAlign::left));
        const LayoutPtr v(p.Layout(value, facts.size, false, p.width() - label_width - 4, PdfAlign::left));
        const double height = std::max(PdfPainter::Height(l.get()), PdfPainter::Height(v.get()));
        p.EnsureRoom(height);
        p.Draw(l.get(), p.left(), p.y());
        p.Draw(colon.get(), p.left() + label_width - 8, p.y());
        p.Draw(v.get(), p.left() + label_width + 4, p.y());
        p.Advance(height + 1.5);
    }
    p.Advance(facts.space_after);
}

/// Paints the QR code of `text`, `size` points wide including its quiet zone, with its top-left corner at (x, y).
void DrawQr(PdfPainter& p, const std::string& text, double x, double y, double size) {
    QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (code == nullptr) return;  // only for text beyond a QR code's capacity; callers pass addresses
    const int quiet = 4;
    const double module = size / (code->width + 2 * quiet);
    const double x0 = x + quiet * module;
    const double y0 = y + quiet * module;
    cairo_t* cr = p.cr();
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (int row = 0; row < code->width; ++row) {
        for (int col = 0; col < code->width; ++col) {
            if ((code->data[row * code->width + col] & 1) == 0) continue;
            // A hair of overlap so that viewers do not show seams between modules.
            cairo_rectangle(cr, x0 + col * module, y0 + row * module, module + 0.05, module + 0.05);
        }
    }
    cairo_fill(cr);
    QRcode_free(code);
}

void Paint(PdfPainter& p, const PdfSignature& block) {
    const double x = p.left() + p.width() * 0.55;
    const double w = p.width() * 0.45;
    std::vector<LayoutPtr> above;
    double above_height = 0;
    for (const auto& line : block.lines_above) {
        above.emplace_back(p.Layout(line, block.size, false, w, PdfAlign::center));
        above_height += PdfPainter::Height(above.back().get());
    }
    const LayoutPtr name(p.Layout(block.name.empty() ? std::string(40, '.') : block.name, block.size,
                                  !block.name.empty(), w, PdfAlign::center));
    const LayoutPtr id(p.Layout(block.id_line, block.size, false, w, PdfAlign::center));
    const double space_to_sign = 56;
    const double text_height =
        above_height + space_to_sign + PdfPainter::Height(name.get()) + PdfPainter::Height(id.get());
    // The QR code beside the signature (certificates): left half, its caption under it.
    const bool qr = !block.qr_text.empty() && block.qr_size > 0;
    const double qr_width = p.width() * 0.5;
    const LayoutPtr caption(p.Layout(block.qr_caption, 8, false, qr_width, PdfAlign::center));
    const double qr_height =
        qr ? block.qr_size + (block.qr_caption.empty() ? 0 : PdfPainter::Height(caption.get()) + 2) : 0;
    p.Advance(8);
    p.EnsureRoom(std::max(text_height, qr_height));
    const double top = p.y();
    if (qr) {
        DrawQr(p, block.qr_text, p.left() + (qr_width - block.qr_size) / 2, top, block.qr_size);
        if (!block.qr_caption.empty()) p.Draw(caption.get(), p.left(), top + block.qr_size + 2);
    }
    for (const auto& l : above) {
        p.Draw(l.get(), x, p.y());
        p.Advance(PdfPainter::Height(l.get()));
    }
    p.Advance(space_to_sign);
    p.Draw(name.get(), x, p.y());
    p.Advance(PdfPainter::Height(name.get()));
    if (!block.id_line.empty()) p.Draw(id.get(), x, p.y());
    p.Advance(PdfPainter::Height(id.get()));
    if (top + qr_height > p.y()) p.Advance(top + qr_height - p.y());
    p.Advance(8);
}

void Paint(PdfPainter& p, const PdfQrCode& block) {
    const LayoutPtr caption(p.Layout(block.caption, 9, false, p.width(), PdfAlign::center));
    const double caption_height = block.caption.empty() ? 0 : PdfPainter::Height(caption.get()) + 4;
    p.EnsureRoom(block.size + caption_height);
    DrawQr(p, block.text, p.left() + (p.width() - block.size) / 2, p.y(), block.size);
    p.Advance(block.size);
    if (!block.caption.empty()) {
        p.Draw(caption.get(), p.left(), p.y() + 4);
        p.Advance(caption_height);
    }
    p.Advance(block.space_after);
}

void Paint(PdfPainter& p, const PdfSpace& block) {
    if (block.page_break) {
        if (!p.AtPageTop()) p.NewPage();
        return;
    }
    p.Advance(block.points);
}

}  // namespace

void PaintBlock(PdfPainter& painter, const PdfBlock& block, const PdfBlock* next) {
    if (const auto* paragraph = std::get_if<PdfParagraph>(&block)) {
        PaintParagraph(painter, *paragraph, next);
        return;
    }
    std::visit([&painter](const auto& b) { Paint(painter, b); }, block);
}

}  // namespace bangkom::formats
