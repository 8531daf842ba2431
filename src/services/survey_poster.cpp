#include "services/survey_poster.hpp"

#include <algorithm>
#include <cctype>

namespace bangkom::services {

using formats::PdfAlign;
using formats::PdfParagraph;
using formats::PdfQrCode;
using formats::PdfSpace;

namespace {

/// RFC 3986 unreserved characters stay; everything else becomes %XX.
std::string PercentEncode(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

}  // namespace

std::string SurveyAddress(const std::string& base, const std::string& unit_code) {
    std::string root = base;
    while (!root.empty() && root.back() == '/') root.pop_back();
    return root + "/survei/" + PercentEncode(unit_code);
}

formats::PdfDocument SurveyPosterDocument(const domain::ServiceUnit& unit, const std::string& agency_name,
                                          const std::string& address, const DocumentSettings& settings,
                                          domain::Date printed) {
    formats::PdfDocument doc;
    doc.title = "Survei Kepuasan Masyarakat — " + unit.name;
    doc.author = settings.government;
    doc.footer = "Poster SKM · unit " + unit.code + " · dicetak " + printed.ToLong("id") + " dari Bangkom";
    doc.blocks.push_back(PdfParagraph{HeadingCase(settings.government), 13, true, PdfAlign::center, 2});
    if (!agency_name.empty())
        doc.blocks.push_back(PdfParagraph{HeadingCase(agency_name), 11, true, PdfAlign::center, 2});
    doc.blocks.push_back(PdfSpace{26});
    doc.blocks.push_back(PdfParagraph{"SURVEI KEPUASAN MASYARAKAT", 26, true, PdfAlign::center, 10});
    doc.blocks.push_back(PdfParagraph{unit.name, 20, true, PdfAlign::center, 18});
    doc.blocks.push_back(
        PdfParagraph{"Bantu kami meningkatkan pelayanan. Pindai kode QR di bawah ini dengan kamera "
                     "ponsel Anda, lalu jawab sembilan pertanyaan singkat (sekitar 2 menit).",
                     13, false, PdfAlign::center, 16});
    doc.blocks.push_back(PdfQrCode{address, 250, address, 18});
    doc.blocks.push_back(
        PdfParagraph{"Tanpa nama dan tanpa masuk akun. Kami tidak menyimpan identitas maupun "
                     "alamat perangkat Anda.",
                     11, false, PdfAlign::center, 4});
    doc.blocks.push_back(
        PdfParagraph{"Survei ini mengikuti Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang "
                     "Pedoman Penyusunan Survei Kepuasan Masyarakat.",
                     9, false, PdfAlign::center, 4});
    doc.blocks.push_back(PdfSpace{16});
    doc.blocks.push_back(PdfParagraph{"Terima kasih atas penilaian Anda.", 14, true, PdfAlign::center, 4});
    return doc;
}

Result<std::string> WriteSurveyPoster(const domain::ServiceUnit& unit, const std::string& agency_name,
                                      const std::string& address, const DocumentSettings& settings,
                                      domain::Date printed) {
    return formats::RenderPdf(SurveyPosterDocument(unit, agency_name, address, settings, printed));
}

}  // namespace bangkom::services
