#include "services/gap_service.hpp"

#include <array>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace bangkom::services {

namespace json = boost::json;

namespace {

// The kinds the snapshot reads, in the order SnapshotBuilder needs none (any order works).
constexpr std::array<domain::Kind, 9> kAnalysisKinds = {
    domain::Kind::opd,     domain::Kind::kompetensi, domain::Kind::jabatan, domain::Kind::standar_kompetensi,
    domain::Kind::pegawai, domain::Kind::penilaian,  domain::Kind::kinerja, domain::Kind::riwayat_jp,
    domain::Kind::usulan};

Error BadSettings(domain::Lang lang, const std::string& detail) {
    return MakeError(
        ErrorCode::invalid_argument,
        (lang == domain::Lang::id ? "Pengaturan analisis tidak valid: " : "Invalid analysis settings: ") + detail);
}

template <class T>
bool ReadNumber(const json::object& o, const char* key, T& out) {
    const auto* v = o.if_contains(key);
    if (v == nullptr) return true;
    if (!v->is_number()) return false;
    out = static_cast<T>(v->to_number<double>());
    return true;
}

bool ReadSources(const json::object& o, analysis::Settings& s) {
    const auto* v = o.if_contains("source_order");
    if (v == nullptr) return true;
    if (!v->is_array() || v->as_array().size() != s.source_order.size()) return false;
    for (size_t i = 0; i < s.source_order.size(); ++i) {
        const auto& item = v->as_array()[i];
        if (!item.is_string()) return false;
        const auto source = domain::FromCode<domain::AssessmentSource>(std::string_view(item.as_string()));
        if (!source) return false;
        s.source_order[i] = *source;
    }
    return true;
}

bool ReadScores(const json::object& o, analysis::Settings& s) {
    const auto* v = o.if_contains("predikat_score");
    if (v == nullptr) return true;
    if (!v->is_object()) return false;
    for (const auto& [key, value] : v->as_object()) {
        const auto p = domain::FromCode<domain::Predikat>(std::string_view(key));
        if (!p || !value.is_number()) return false;
        s.predikat_score[static_cast<size_t>(*p)] = static_cast<int>(value.to_number<double>());
    }
    return true;
}

Result<void> ApplyJson(const std::string& text, analysis::Settings& s, domain::Lang lang) {
    boost::system::error_code ec;
    const json::value doc = json::parse(text, ec);
    if (ec || !doc.is_object()) return BadSettings(lang, "JSON");
    const json::object& o = doc.as_object();
    bool ok =
        ReadNumber(o, "window_years", s.window_years) && ReadNumber(o, "proposal_multiplier", s.proposal_multiplier) &&
        ReadNumber(o, "performance_multiplier", s.performance_multiplier) &&
        ReadNumber(o, "target_weight_factor", s.target_weight_factor) && ReadNumber(o, "jp_target", s.jp_target) &&
        ReadNumber(o, "potential_high", s.potential_high) && ReadNumber(o, "potential_middle", s.potential_middle) &&
        ReadNumber(o, "performance_target", s.performance_target) && ReadSources(o, s) && ReadScores(o, s);
    if (const auto* v = o.if_contains("jp_applies_to_pppk")) {
        ok = ok && v->is_bool();
        if (v->is_bool()) s.jp_applies_to_pppk = v->as_bool();
    }
    if (!ok) return BadSettings(lang, lang == domain::Lang::id ? "nilai tidak sesuai jenisnya" : "wrong value type");
    return analysis::Validate(s, lang);
}

}  // namespace

json::object AnalysisSettingsJson(const analysis::Settings& s) {
    json::array sources;
    for (auto source : s.source_order) sources.emplace_back(domain::Code(source));
    json::object scores;
    for (size_t i = 0; i < s.predikat_score.size(); ++i) {
        scores[domain::Code(static_cast<domain::Predikat>(i))] = s.predikat_score[i];
    }
    return json::object{{"window_years", s.window_years},
                        {"source_order", std::move(sources)},
                        {"proposal_multiplier", s.proposal_multiplier},
                        {"performance_multiplier", s.performance_multiplier},
                        {"target_weight_factor", s.target_weight_factor},
                        {"jp_target", s.jp_target},
                        {"jp_applies_to_pppk", s.jp_applies_to_pppk},
                        {"potential_high", s.potential_high},
                        {"potential_middle", s.potential_middle},
                        {"predikat_score", std::move(scores)},
                        {"performance_target", s.performance_target}};
}

Result<analysis::Settings> ParseAnalysisSettings(const std::optional<std::string>& text, domain::Lang lang) {
    analysis::Settings settings;
    if (text) {
        if (auto applied = ApplyJson(*text, settings, lang); !applied) return applied.error();
    }
    return settings;
}

Result<analysis::Settings> LoadAnalysisSettings(storage::Store& store, std::optional<domain::Date> date,
                                                domain::Lang lang) {
    auto stored = store.GetSetting(kAnalysisSettingsKey);
    if (!stored) return stored.error();
    auto settings = ParseAnalysisSettings(*stored, lang);
    if (!settings) return settings.error();
    settings->analysis_date = date.value_or(analysis::TodayUtc());
    return settings;
}

Result<void> SaveAnalysisSettings(storage::Store& store, const analysis::Settings& settings, domain::Lang lang) {
    if (auto valid = analysis::Validate(settings, lang); !valid) return valid;
    return store.PutSetting(kAnalysisSettingsKey, json::serialize(AnalysisSettingsJson(settings)));
}

Result<analysis::Snapshot> LoadSnapshot(storage::Store& store) {
    analysis::SnapshotBuilder builder;
    for (const auto kind : kAnalysisKinds) {
        storage::ListQuery query;
        query.limit = 0;
        auto page = store.List(kind, query);
        if (!page) return page.error();
        builder.Add(page->items);
    }
    return builder.Build();
}

GapService::GapService(storage::Store& store) : store_(store) {}

Result<GapService::Fingerprint> GapService::CurrentFingerprint() {
    Fingerprint f;
    for (const auto kind : kAnalysisKinds) {
        auto count = store_.Count(kind);
        if (!count) return count.error();
        f.counts.push_back(*count);
    }
    auto audit = store_.ListAudit(0, 1);
    if (!audit) return audit.error();
    f.latest_audit = audit->empty() ? 0 : audit->front().id;
    return f;
}

Result<std::shared_ptr<const analysis::Snapshot>> GapService::Snapshot() {
    std::lock_guard lock(mutex_);
    auto fingerprint = CurrentFingerprint();
    if (!fingerprint) return fingerprint.error();
    if (snapshot_ && fingerprint_ == *fingerprint) return snapshot_;
    auto loaded = LoadSnapshot(store_);
    if (!loaded) return loaded.error();
    snapshot_ = std::make_shared<const analysis::Snapshot>(std::move(*loaded));
    fingerprint_ = std::move(*fingerprint);
    ++loads_;
    return snapshot_;
}

Result<analysis::GapReport> GapService::Analyze(const analysis::Scope& scope, std::optional<domain::Date> date,
                                                const analysis::Options& options, domain::Lang lang) {
    auto settings = LoadAnalysisSettings(store_, date, lang);
    if (!settings) return settings.error();
    auto snapshot = Snapshot();
    if (!snapshot) return snapshot.error();
    return analysis::Analyze(**snapshot, *settings, scope, options, lang);
}

int64_t GapService::Loads() const {
    std::lock_guard lock(mutex_);
    return loads_;
}

}  // namespace bangkom::services
