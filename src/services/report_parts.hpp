#pragma once
// What the printed reports of issue 8 share (evaluation_report.cpp, ikm_report.cpp): the words in the request's
// language, decimals as people read them ("70,20" / "70.20"), the heading with the government's name and the
// footer with the printing date.

#include <string>

#include "domain/enums.hpp"
#include "formats/pdf_document.hpp"
#include "services/evaluation_report.hpp"

namespace bangkom::services::report_parts {

/// The Indonesian or English words.
std::string T(domain::Lang lang, const char* id, const char* en);
/// A decimal with `decimals` places: "70,20" in Indonesian, "70.20" in English; never "-0,00".
std::string Dec(double x, int decimals, domain::Lang lang);
/// "—": no value.
std::string Dash();
/// The government in capitals, the title and the subtitle, centred.
void Heading(formats::PdfDocument& doc, const ReportContext& c, const std::string& title, const std::string& subtitle);
/// "<what> · dicetak 29 November 2026 dari Bangkom".
std::string Footer(const ReportContext& c, const std::string& what);

}  // namespace bangkom::services::report_parts
