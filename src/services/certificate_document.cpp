#include "services/certificate_document.hpp"

#include "domain/nip.hpp"

namespace bangkom::services {

using formats::PdfAlign;
using formats::PdfParagraph;
using formats::PdfSignature;
using formats::PdfSpace;

namespace {

std::string LongDate(const std::string& iso) {
    auto d = domain::Date::ParseIso(iso);
    return d ? d->ToLong("id") : iso;
}

/// "2 November 2026" or, within one month, "2–6 November 2026"; otherwise "28 Oktober – 6 November 2026".
std::string Period(const std::string& start, const std::string& end) {
    auto a = domain::Date::ParseIso(start);
    auto b = domain::Date::ParseIso(end);
    if (!a || !b) return start + " s.d. " + end;
    if (*a == *b) return a->ToLong("id");
    if (a->year() == b->year() && a->month() == b->month())
        return std::to_string(a->day()) + " s.d. " + b->ToLong("id");
    return a->ToLong("id") + " s.d. " + b->ToLong("id");
}

std::string GroupedNip(const std::string& nip) {
    auto parsed = domain::Nip::ParseReference(nip);
    return parsed ? parsed->Grouped() : nip;
}

}  // namespace

std::string VerificationAddress(const std::string& base, const std::string& number) {
    std::string root = base;
    while (!root.empty() && root.back() == '/') root.pop_back();
    return root + "/verifikasi/" + number;  // the number is [A-Z0-9-] only
}

formats::PdfDocument CertificateDocument(const storage::CertificateRecord& c, const DocumentSettings& settings,
                                         const std::string& address) {
    formats::PdfDocument doc;
    doc.title = "Sertifikat " + c.number + " — " + c.name;
    doc.author = c.institution.empty() ? settings.government : c.institution;
    doc.landscape = true;
    doc.footer = "Sertifikat " + c.number + " · keaslian dapat diperiksa di " + address;
    doc.blocks.push_back(PdfParagraph{HeadingCase(settings.government), 13, true, PdfAlign::center, 2});
    if (!c.institution.empty() && HeadingCase(c.institution) != HeadingCase(settings.government)) {
        doc.blocks.push_back(PdfParagraph{HeadingCase(c.institution), 12, true, PdfAlign::center, 2});
    }
    doc.blocks.push_back(PdfSpace{10});
    doc.blocks.push_back(PdfParagraph{"SERTIFIKAT", 30, true, PdfAlign::center, 2});
    doc.blocks.push_back(PdfParagraph{"Nomor: " + c.number, 11, false, PdfAlign::center, 12});
    doc.blocks.push_back(PdfParagraph{"diberikan kepada", 11, false, PdfAlign::center, 4});
    doc.blocks.push_back(PdfParagraph{c.name, 22, true, PdfAlign::center, 2});
    doc.blocks.push_back(PdfParagraph{"NIP " + GroupedNip(c.nip), 11, false, PdfAlign::center, 2});
    if (!c.agency_name.empty()) doc.blocks.push_back(PdfParagraph{c.agency_name, 11, false, PdfAlign::center, 10});
    doc.blocks.push_back(PdfParagraph{"telah mengikuti dan dinyatakan LULUS", 11, false, PdfAlign::center, 4});
    doc.blocks.push_back(PdfParagraph{c.program_name, 16, true, PdfAlign::center, 4});
    std::string where = "yang diselenggarakan oleh " + (c.institution.empty() ? settings.government : c.institution) +
                        " pada tanggal " + Period(c.start, c.end);
    if (!c.location.empty()) where += " di " + c.location;
    where += " selama " + std::to_string(c.jp) + " jam pelajaran (JP).";
    doc.blocks.push_back(PdfParagraph{where, 11, false, PdfAlign::center, 6});
    const std::string issued = LongDate(DocumentDate(c.issued_at).ToIso());
    PdfSignature signature;
    signature.lines_above = {settings.place + ", " + issued, settings.ppk_office};
    signature.name = settings.ppk_name;
    signature.id_line = settings.ppk_nip.empty() ? "" : "NIP " + settings.ppk_nip;
    signature.qr_text = address;
    signature.qr_caption = "Periksa keaslian: " + address;
    signature.qr_size = 96;
    doc.blocks.push_back(std::move(signature));
    return doc;
}

}  // namespace bangkom::services
