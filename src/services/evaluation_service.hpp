#pragma once
// Evaluation over the stored data (EVALUATION.md): the IKM of a service unit in a period, and per offering the
// inputs of evaluation::EvaluateOffering gathered from the store —
// - participants: the NIPs of the offering's `tes` and named `reaksi` rows, and of `riwayat_jp` entries whose
//   activity is the program's name and whose start is the offering's start (how the demo and SIASN record it);
// - their service units: pegawai.kode_unit (today's unit: a moved participant counts at the new unit);
// - SKM of those units in the windows of evaluation::WindowsOf;
// - control units: service units of the same agencies (kode_opd) where no participant of ANY offering of the
//   same program works (so that the program cannot have reached them); when those have fewer than
//   min_responses SKM responses on either side, every untrained unit of every agency instead (a province-wide
//   control is a weaker comparison than the same agency, but better than none);
// - 360: per participant, the mean score (every relationship) on the program's competencies in each window;
// - SKP: the predikat score (DOMAIN.md's default mapping, domain::PredikatScore) of the year before the start
//   and of the year after the end.
// A year's evaluation takes every offering that starts in that year.

#include <optional>
#include <string>

#include "domain/date.hpp"
#include "domain/result.hpp"
#include "evaluation/ikm.hpp"
#include "evaluation/ikm_groups.hpp"
#include "evaluation/settings.hpp"
#include "evaluation/verdict.hpp"
#include "evaluation/year.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

/// The settings-table key holding evaluation::Settings as a JSON object (field names as in the struct:
/// alpha, min_pairs, min_responses, reaction_flag_below, feedback_before_days, feedback_after_from_months,
/// feedback_after_to_months, skm_before_months, skm_after_from_months, skm_after_to_months,
/// flagged_raise_factor). Absent keys keep their defaults.
inline constexpr const char* kEvaluationSettingsKey = "evaluation";

/// Stored settings (defaults when absent); invalid_argument when the JSON is malformed or out of range.
Result<evaluation::Settings> LoadEvaluationSettings(storage::Store& store, domain::Lang lang = domain::Lang::id);
/// The stored text (nullopt = nothing stored) over the defaults, checked as LoadEvaluationSettings does.
Result<evaluation::Settings> ParseEvaluationSettings(const std::optional<std::string>& text, domain::Lang lang);

struct UnitIkmReport {
    std::string unit;
    std::string name;
    std::string agency;
    std::optional<domain::Date> from, to;  // inclusive; nullopt = open
    evaluation::Ikm ikm;
};

/// One calendar quarter of a unit's IKM trend.
struct QuarterIkm {
    int year = 0;
    int quarter = 0;        // 1–4
    domain::Date from, to;  // the quarter's first and last day
    evaluation::Ikm ikm;    // respondents 0 for a quarter without answers
};

/// The IKM of every unit of an agency (or of all), and of each agency over all its units' answers pooled (each
/// element's NRR over every answer of the agency's units; the same rule as a unit's, one level up).
struct IkmOverview {
    std::optional<domain::Date> from, to;
    std::vector<UnitIkmReport> units;  // by agency then code; units without answers too (respondents 0)
    struct Agency {
        std::string agency;
        std::string name;
        int units = 0;
        evaluation::Ikm ikm;
    };
    std::vector<Agency> agencies;  // by code; only agencies with at least one unit
};

class EvaluationService {
  public:
    explicit EvaluationService(storage::Store& store);

    /// The IKM of one unit's SKM responses dated within [from, to]. not_found for an unknown unit.
    Result<UnitIkmReport> UnitIkm(const std::string& unit, std::optional<domain::Date> from,
                                  std::optional<domain::Date> to, domain::Lang lang = domain::Lang::id);

    /// The unit's IKM per calendar quarter of the answers dated within [from, to], from the quarter of the first
    /// answer to the quarter of the last (quarters between without answers included, respondents 0); `report`
    /// gets the whole period's IKM. not_found for an unknown unit.
    Result<std::vector<QuarterIkm>> UnitQuarters(const std::string& unit, std::optional<domain::Date> from,
                                                 std::optional<domain::Date> to, UnitIkmReport& report,
                                                 domain::Lang lang = domain::Lang::id);

    /// The unit's IKM over [from, to] (in `report`) and per respondent group of each of kRespondentDimensions.
    Result<std::vector<std::vector<evaluation::RespondentGroup>>> UnitGroups(const std::string& unit,
                                                                             std::optional<domain::Date> from,
                                                                             std::optional<domain::Date> to,
                                                                             UnitIkmReport& report,
                                                                             domain::Lang lang = domain::Lang::id);

    /// Every unit of `agency` ("" = all agencies) with its IKM over [from, to], and the agencies pooled.
    /// not_found for an unknown agency.
    Result<IkmOverview> Overview(const std::string& agency, std::optional<domain::Date> from,
                                 std::optional<domain::Date> to, domain::Lang lang = domain::Lang::id);

    /// Every level and the verdict of one offering; not_found for an unknown offering. `today` (UTC today when
    /// nullopt) only decides whether a window is said to be still open.
    Result<evaluation::OfferingEvaluation> EvaluateOffering(const std::string& offering,
                                                            const evaluation::Settings& settings,
                                                            std::optional<domain::Date> today = {},
                                                            domain::Lang lang = domain::Lang::id);

    /// Every offering starting in `year`, by code, with q-values.
    Result<evaluation::YearEvaluation> EvaluateYear(int year, const evaluation::Settings& settings,
                                                    std::optional<domain::Date> today = {});

  private:
    /// The unit's record (report without IKM) and its responses dated within [from, to].
    Result<std::vector<domain::SurveyResponse>> UnitResponses(const std::string& unit, std::optional<domain::Date> from,
                                                              std::optional<domain::Date> to, UnitIkmReport& report,
                                                              domain::Lang lang);

    storage::Store& store_;
};

}  // namespace bangkom::services
