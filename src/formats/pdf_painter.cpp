#include "formats/pdf_painter.hpp"

#include <cairo-pdf.h>

#include <algorithm>

namespace bangkom::formats {

namespace {

constexpr double kA4Short = 595.2756;  // 210 mm in points
constexpr double kA4Long = 841.8898;   // 297 mm
constexpr const char* kFontFamily = "Noto Sans";

PangoAlignment ToPango(PdfAlign align) {
    switch (align) {
        case PdfAlign::center: return PANGO_ALIGN_CENTER;
        case PdfAlign::right: return PANGO_ALIGN_RIGHT;
        case PdfAlign::left: break;
    }
    return PANGO_ALIGN_LEFT;
}

}  // namespace

PdfPainter::PdfPainter(cairo_t* cr, const PdfDocument& document, int total_pages)
    : cr_(cr),
      document_(document),
      total_pages_(total_pages),
      page_width_(document.landscape ? kA4Long : kA4Short),
      page_height_(document.landscape ? kA4Short : kA4Long),
      y_(margin_) {}

PangoLayout* PdfPainter::Layout(const std::string& text, double size, bool bold, double width, PdfAlign align) const {
    PangoLayout* layout = pango_cairo_create_layout(cr_);
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kFontFamily);
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_width(layout, static_cast<int>(std::max(1.0, width) * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, ToPango(align));
    // Pango rejects invalid UTF-8 and draws nothing; the inputs are validated text, so this only guards.
    const char* end = nullptr;
    if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), &end)) {
        pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
    } else {
        pango_layout_set_text(layout, text.data(), static_cast<int>(end - text.data()));
    }
    return layout;
}

double PdfPainter::Height(PangoLayout* layout) {
    int w = 0;
    int h = 0;
    pango_layout_get_size(layout, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
}

void PdfPainter::Draw(PangoLayout* layout, double x, double y) const {
    if (total_pages_ == 0) return;  // counting: only heights matter
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, layout);
}

void PdfPainter::EnsureRoom(double height) {
    if (AtPageTop()) return;
    if (y_ + height > page_height_ - margin_ - footer_height_) NewPage();
}

void PdfPainter::NewPage() {
    Footer();
    cairo_show_page(cr_);
    ++page_;
    y_ = margin_;
}

void PdfPainter::Finish() {
    Footer();
    cairo_show_page(cr_);
}

void PdfPainter::Footer() {
    if (total_pages_ == 0) return;
    const bool en = document_.lang == domain::Lang::en;
    const std::string number =
        (en ? "Page " : "Halaman ") + std::to_string(page_) + (en ? " of " : " dari ") + std::to_string(total_pages_);
    const double top = page_height_ - margin_ - footer_height_ + 8;
    cairo_set_source_rgb(cr_, 0.55, 0.55, 0.55);
    cairo_set_line_width(cr_, 0.5);
    cairo_move_to(cr_, margin_, top);
    cairo_line_to(cr_, page_width_ - margin_, top);
    cairo_stroke(cr_);
    cairo_set_source_rgb(cr_, 0.3, 0.3, 0.3);
    PangoLayout* left = Layout(document_.footer, 7.5, false, width() * 0.7, PdfAlign::left);
    Draw(left, margin_, top + 3);
    g_object_unref(left);
    PangoLayout* right = Layout(number, 7.5, false, width() * 0.3, PdfAlign::right);
    Draw(right, margin_ + width() * 0.7, top + 3);
    g_object_unref(right);
    cairo_set_source_rgb(cr_, 0, 0, 0);
}

namespace {

cairo_status_t AppendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

cairo_status_t DiscardBytes(void* /*closure*/, const unsigned char* /*data*/, unsigned int /*length*/) {
    return CAIRO_STATUS_SUCCESS;
}

/// Lays out (and with total_pages > 0 paints) the whole document; returns its page count.
Result<int> Run(const PdfDocument& document, int total_pages, std::string* out) {
    const double w = document.landscape ? kA4Long : kA4Short;
    const double h = document.landscape ? kA4Short : kA4Long;
    cairo_surface_t* surface = out != nullptr ? cairo_pdf_surface_create_for_stream(AppendBytes, out, w, h)
                                              : cairo_pdf_surface_create_for_stream(DiscardBytes, nullptr, w, h);
    if (out != nullptr) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, document.author.c_str());
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Bangkom");
    }
    cairo_t* cr = cairo_create(surface);
    int pages = 0;
    {
        PdfPainter painter(cr, document, total_pages);
        for (size_t i = 0; i < document.blocks.size(); ++i) {
            PaintBlock(painter, document.blocks[i], i + 1 < document.blocks.size() ? &document.blocks[i + 1] : nullptr);
        }
        painter.Finish();
        pages = painter.pages();
    }
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t written = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    const cairo_status_t status = drawn != CAIRO_STATUS_SUCCESS ? drawn : written;
    if (status != CAIRO_STATUS_SUCCESS) {
        return MakeError(ErrorCode::internal, std::string("PDF tidak dapat dibuat / PDF could not be made: ") +
                                                  cairo_status_to_string(status));
    }
    return pages;
}

}  // namespace

Result<int> CountPdfPages(const PdfDocument& document) {
    return Run(document, 0, nullptr);
}

Result<std::string> RenderPdf(const PdfDocument& document) {
    auto pages = CountPdfPages(document);
    if (!pages) return pages.error();
    std::string bytes;
    auto painted = Run(document, *pages, &bytes);
    if (!painted) return painted.error();
    return bytes;
}

}  // namespace bangkom::formats
