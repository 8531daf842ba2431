#include "services/report_parts.hpp"

#include <cmath>
#include <cstdio>

namespace bangkom::services::report_parts {

using domain::Lang;
using formats::PdfAlign;
using formats::PdfParagraph;

std::string T(Lang lang, const char* id, const char* en) {
    return lang == Lang::en ? en : id;
}

std::string Dec(double x, int decimals, Lang lang) {
    if (std::abs(x) < 0.5 * std::pow(10.0, -decimals)) x = 0;  // never "-0,00"
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
    std::string text = buf;
    if (lang == Lang::id) {
        for (char& c : text) c = c == '.' ? ',' : c;
    }
    return text;
}

std::string Dash() {
    return "—";
}

void Heading(formats::PdfDocument& doc, const ReportContext& c, const std::string& title, const std::string& subtitle) {
    doc.blocks.push_back(PdfParagraph{HeadingCase(c.document.government), 13, true, PdfAlign::center, 10});
    doc.blocks.push_back(PdfParagraph{title, 12, true, PdfAlign::center, 2});
    doc.blocks.push_back(PdfParagraph{subtitle, 11, true, PdfAlign::center, 12});
}

std::string Footer(const ReportContext& c, const std::string& what) {
    const char* code = c.lang == Lang::en ? "en" : "id";
    return what + T(c.lang, " · dicetak ", " · printed ") + c.printed.ToLong(code) +
           T(c.lang, " dari Bangkom", " by Bangkom");
}

}  // namespace bangkom::services::report_parts
