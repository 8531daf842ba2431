#pragma once
// The page engine behind RenderPdf (pdf_document.hpp): a cursor running down A4 pages of one cairo PDF surface,
// pango layouts in Noto Sans, and the footer of every page. The same code runs twice: once to count the pages
// (nothing kept) and once to paint, so that the footer can say "Halaman n dari N".

#include <cairo.h>
#include <pango/pangocairo.h>

#include <string>

#include "formats/pdf_document.hpp"

namespace bangkom::formats {

class PdfPainter {
  public:
    /// `total_pages` = 0 while counting.
    PdfPainter(cairo_t* cr, const PdfDocument& document, int total_pages);
    ~PdfPainter() = default;
    PdfPainter(const PdfPainter&) = delete;
    PdfPainter& operator=(const PdfPainter&) = delete;

    /// A layout of `text` wrapped to `width` points. The caller unrefs it (g_object_unref).
    PangoLayout* Layout(const std::string& text, double size, bool bold, double width, PdfAlign align) const;
    /// The height of a layout in points.
    static double Height(PangoLayout* layout);
    /// Draws a layout with its top left corner at (x, y).
    void Draw(PangoLayout* layout, double x, double y) const;

    /// Starts a new page when fewer than `height` points are left on this one (and the page is not empty).
    void EnsureRoom(double height);
    /// Ends the current page (with its footer) and starts the next.
    void NewPage();
    /// Ends the last page. Call once at the end.
    void Finish();

    double left() const { return margin_; }
    double width() const { return page_width_ - 2 * margin_; }
    double y() const { return y_; }
    void Advance(double points) { y_ += points; }
    bool AtPageTop() const { return y_ <= margin_ + 0.01; }
    int pages() const { return page_; }
    cairo_t* cr() const { return cr_; }

  private:
    void Footer();

    cairo_t* cr_;
    const PdfDocument& document_;
    int total_pages_;
    double page_width_;
    double page_height_;
    double margin_ = 42.5;       // 15 mm
    double footer_height_ = 22;  // reserved at the bottom of each page
    double y_;
    int page_ = 1;
};

/// Paints one block at the painter's cursor and moves the cursor below it.
void PaintBlock(PdfPainter& painter, const PdfBlock& block, const PdfBlock* next = nullptr);

}  // namespace bangkom::formats
