#pragma once
// Needs analysis (AKPK) over the stored data: loads an analysis::Snapshot from a storage::Store, keeps it while
// the data is unchanged (fingerprint: row counts of the kinds the analysis reads + the latest audit id, since
// every import and every change through the API writes an audit entry) and answers scoped queries from it.
// Thread-safe: one instance serves every request of a server; queries run concurrently on a shared snapshot.

#include <boost/json/object.hpp>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "analysis/analyze.hpp"
#include "analysis/gap_report.hpp"
#include "analysis/settings.hpp"
#include "analysis/snapshot.hpp"
#include "domain/date.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

/// The settings-table key holding the analysis settings as a JSON object (keys as in analysis::Settings:
/// window_years, proposal_multiplier, performance_multiplier, target_weight_factor, jp_target,
/// jp_applies_to_pppk, potential_high, potential_middle, performance_target, source_order ["asesmen", ...],
/// predikat_score {"sangat_baik": 100, ...}). Absent keys keep their defaults.
inline constexpr const char* kAnalysisSettingsKey = "analysis";

/// Settings from the store (defaults when the key is absent) with `date` as the analysis date (today UTC when
/// nullopt). invalid_argument when the stored JSON is malformed or breaks analysis::Validate.
Result<analysis::Settings> LoadAnalysisSettings(storage::Store& store, std::optional<domain::Date> date,
                                                domain::Lang lang = domain::Lang::id);
/// The stored text (nullopt = nothing stored) over the defaults, the analysis date left unset; invalid_argument as
/// LoadAnalysisSettings. The settings API checks a change with this before storing it.
Result<analysis::Settings> ParseAnalysisSettings(const std::optional<std::string>& text, domain::Lang lang);
/// Every stored field of `settings` (all but analysis_date and threads) as JSON.
boost::json::object AnalysisSettingsJson(const analysis::Settings& settings);
/// Validates and stores `settings` (all fields but analysis_date and threads) under kAnalysisSettingsKey.
Result<void> SaveAnalysisSettings(storage::Store& store, const analysis::Settings& settings,
                                  domain::Lang lang = domain::Lang::id);

/// A snapshot built from every record of the kinds the analysis reads (Store::List with limit 0).
Result<analysis::Snapshot> LoadSnapshot(storage::Store& store);

class GapService {
  public:
    explicit GapService(storage::Store& store);

    /// The analysis of `scope` on the current data, for `date` (today when nullopt) with the stored settings.
    /// not_found for an unknown agency or NIP in the scope.
    Result<analysis::GapReport> Analyze(const analysis::Scope& scope, std::optional<domain::Date> date = {},
                                        const analysis::Options& options = {}, domain::Lang lang = domain::Lang::id);

    /// The current snapshot (reloaded first when the fingerprint changed). Shared: stays valid while held.
    Result<std::shared_ptr<const analysis::Snapshot>> Snapshot();

    /// How many times the snapshot was (re)built since construction (for tests and logs).
    int64_t Loads() const;

  private:
    struct Fingerprint {
        std::vector<int64_t> counts;
        int64_t latest_audit = 0;
        bool operator==(const Fingerprint&) const = default;
    };
    Result<Fingerprint> CurrentFingerprint();

    storage::Store& store_;
    mutable std::mutex mutex_;
    std::shared_ptr<const analysis::Snapshot> snapshot_;
    std::optional<Fingerprint> fingerprint_;
    int64_t loads_ = 0;
};

}  // namespace bangkom::services
