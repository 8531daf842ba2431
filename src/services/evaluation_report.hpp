#pragma once
// The evaluation reports of issue 8 ("PDF and XLSX reports"), in the request's language (Indonesian first):
// - one offering: a PDF of its four levels with their tests, the treated units' IKM before and after, the
//   primary outcome, the verdict and its reason, what data is still missing and the settings used; and the same
//   figures as an XLSX workbook (levels, reaction items, units);
// - a year: every offering with its primary outcome, p, Benjamini–Hochberg q and verdict, as XLSX (one row per
//   offering, every level's figures in columns, plus the count per verdict) and as a PDF list that puts the
//   programs to review first.
// Built as plain values (tests read them); formats/ renders them.

#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "evaluation/settings.hpp"
#include "evaluation/verdict.hpp"
#include "evaluation/year.hpp"
#include "formats/pdf_document.hpp"
#include "formats/table.hpp"
#include "services/document_settings.hpp"

namespace bangkom::services {

/// What every report needs besides the evaluation: who speaks, when it was printed, in which language.
struct ReportContext {
    DocumentSettings document;
    domain::Date printed;
    domain::Lang lang = domain::Lang::id;
};

/// "Efektif", "Tidak signifikan — tinjau materi dan metode", … (en: "Effective", …).
std::string VerdictWords(evaluation::Verdict verdict, domain::Lang lang);

formats::PdfDocument OfferingReportPdf(const evaluation::OfferingEvaluation& e, const evaluation::Settings& settings,
                                       const ReportContext& context);
/// Sheets "Level", "Reaksi" (the six reaction items) and "Unit layanan" (IKM before/after per treated unit).
std::vector<formats::Sheet> OfferingReportSheets(const evaluation::OfferingEvaluation& e, domain::Lang lang);

/// `only_review`: only the offerings whose verdict flags the program (tidak_signifikan, menurun).
formats::PdfDocument YearReportPdf(const evaluation::YearEvaluation& year, const evaluation::Settings& settings,
                                   const ReportContext& context, bool only_review);
/// Sheets "Evaluasi <year>" (one row per offering, numbers as numbers, empty where not computed) and
/// "Ringkasan" (offerings per verdict).
std::vector<formats::Sheet> YearReportSheets(const evaluation::YearEvaluation& year, domain::Lang lang,
                                             bool only_review);

}  // namespace bangkom::services
