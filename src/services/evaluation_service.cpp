#include "services/evaluation_service.hpp"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <map>

#include "analysis/settings.hpp"
#include "domain/kinds.hpp"
#include "services/evaluation_service_data.hpp"

namespace bangkom::services {
namespace json = boost::json;

namespace {

std::string Say(domain::Lang lang, const std::string& id, const std::string& en) {
    return lang == domain::Lang::en ? en : id;
}

Error BadSettings(domain::Lang lang, const std::string& key) {
    return MakeError(ErrorCode::invalid_argument,
                     Say(lang, "pengaturan evaluasi tidak valid: ", "invalid evaluation settings: ") + key);
}

/// Reads `key` of `o` into `out` when present; false when present but not a number.
template <class T>
bool Read(const json::object& o, const char* key, T& out) {
    const auto* v = o.if_contains(key);
    if (v == nullptr) return true;
    if (!v->is_number()) return false;
    if constexpr (std::is_integral_v<T>) {
        if (!v->is_int64()) return false;
        out = static_cast<T>(v->as_int64());
    } else {
        out = v->to_number<double>();
    }
    return true;
}

Result<void> ApplyJson(const std::string& text, evaluation::Settings& s, domain::Lang lang) {
    boost::system::error_code ec;
    const json::value v = json::parse(text, ec);
    if (ec || !v.is_object()) return BadSettings(lang, kEvaluationSettingsKey);
    const auto& o = v.as_object();
    const bool ok = Read(o, "alpha", s.alpha) && Read(o, "min_pairs", s.min_pairs) &&
                    Read(o, "min_responses", s.min_responses) &&
                    Read(o, "reaction_flag_below", s.reaction_flag_below) &&
                    Read(o, "feedback_before_days", s.feedback_before_days) &&
                    Read(o, "feedback_after_from_months", s.feedback_after_from_months) &&
                    Read(o, "feedback_after_to_months", s.feedback_after_to_months) &&
                    Read(o, "skm_before_months", s.skm_before_months) &&
                    Read(o, "skm_after_from_months", s.skm_after_from_months) &&
                    Read(o, "skm_after_to_months", s.skm_after_to_months) &&
                    Read(o, "flagged_raise_factor", s.flagged_raise_factor);
    if (!ok) return BadSettings(lang, kEvaluationSettingsKey);
    return evaluation::Validate(s);
}

Error UnknownOffering(domain::Lang lang, const std::string& code) {
    return MakeError(ErrorCode::not_found, Say(lang, "Angkatan tidak ditemukan: ", "Unknown offering: ") + code);
}

}  // namespace

Result<evaluation::Settings> ParseEvaluationSettings(const std::optional<std::string>& text, domain::Lang lang) {
    evaluation::Settings settings;
    if (text) {
        if (auto applied = ApplyJson(*text, settings, lang); !applied) return applied.error();
    }
    return settings;
}

Result<evaluation::Settings> LoadEvaluationSettings(storage::Store& store, domain::Lang lang) {
    auto stored = store.GetSetting(kEvaluationSettingsKey);
    if (!stored) return stored.error();
    return ParseEvaluationSettings(*stored, lang);
}

EvaluationService::EvaluationService(storage::Store& store) : store_(store) {}

Result<std::vector<domain::SurveyResponse>> EvaluationService::UnitResponses(const std::string& unit,
                                                                             std::optional<domain::Date> from,
                                                                             std::optional<domain::Date> to,
                                                                             UnitIkmReport& report, domain::Lang lang) {
    auto found = store_.Get(domain::Kind::unit_layanan, unit);
    if (!found) {
        if (found.error().code != ErrorCode::not_found) return found.error();
        return MakeError(ErrorCode::not_found,
                         Say(lang, "Unit layanan tidak ditemukan: ", "Unknown service unit: ") + unit);
    }
    const auto& record = std::get<std::vector<domain::ServiceUnit>>(*found).front();
    report = UnitIkmReport{record.code, record.name, record.agency_code, from, to, {}};
    // The search narrows the rows in the database; the exact filter below keeps only this unit's.
    storage::ListQuery query;
    query.limit = 0;
    query.search = unit;
    auto page = store_.List(domain::Kind::skm, query);
    if (!page) return page.error();
    std::vector<domain::SurveyResponse> kept;
    for (auto& r : std::get<std::vector<domain::SurveyResponse>>(page->items)) {
        if (r.unit_code != unit || (from && r.date < *from) || (to && *to < r.date)) continue;
        kept.push_back(std::move(r));
    }
    return kept;
}

Result<UnitIkmReport> EvaluationService::UnitIkm(const std::string& unit, std::optional<domain::Date> from,
                                                 std::optional<domain::Date> to, domain::Lang lang) {
    UnitIkmReport report;
    auto responses = UnitResponses(unit, from, to, report, lang);
    if (!responses) return responses.error();
    std::vector<evaluation::SkmAnswers> answers;
    answers.reserve(responses->size());
    for (const auto& r : *responses) answers.push_back(r.answers);
    report.ikm = evaluation::ComputeIkm(answers);
    return report;
}

Result<std::vector<QuarterIkm>> EvaluationService::UnitQuarters(const std::string& unit,
                                                                std::optional<domain::Date> from,
                                                                std::optional<domain::Date> to, UnitIkmReport& report,
                                                                domain::Lang lang) {
    auto responses = UnitResponses(unit, from, to, report, lang);
    if (!responses) return responses.error();
    std::map<int, std::vector<evaluation::SkmAnswers>> by_quarter;  // year × 4 + quarter − 1
    std::vector<evaluation::SkmAnswers> all;
    for (const auto& r : *responses) {
        by_quarter[r.date.year() * 4 + (r.date.month() - 1) / 3].push_back(r.answers);
        all.push_back(r.answers);
    }
    report.ikm = evaluation::ComputeIkm(all);
    std::vector<QuarterIkm> quarters;
    if (by_quarter.empty()) return quarters;
    for (int key = by_quarter.begin()->first; key <= by_quarter.rbegin()->first; ++key) {
        QuarterIkm q;
        q.year = key / 4;
        q.quarter = key % 4 + 1;
        q.from = domain::Date::FromYmd(q.year, q.quarter * 3 - 2, 1).value();
        q.to = q.from.AddMonths(3).AddDays(-1);
        static const std::vector<evaluation::SkmAnswers> kNone;
        const auto it = by_quarter.find(key);
        q.ikm = evaluation::ComputeIkm(it == by_quarter.end() ? kNone : it->second);
        quarters.push_back(std::move(q));
    }
    return quarters;
}

Result<std::vector<std::vector<evaluation::RespondentGroup>>> EvaluationService::UnitGroups(
    const std::string& unit, std::optional<domain::Date> from, std::optional<domain::Date> to, UnitIkmReport& report,
    domain::Lang lang) {
    auto responses = UnitResponses(unit, from, to, report, lang);
    if (!responses) return responses.error();
    std::vector<evaluation::SkmAnswers> all;
    all.reserve(responses->size());
    for (const auto& r : *responses) all.push_back(r.answers);
    report.ikm = evaluation::ComputeIkm(all);
    std::vector<std::vector<evaluation::RespondentGroup>> out;
    out.reserve(evaluation::kRespondentDimensions.size());
    for (const auto d : evaluation::kRespondentDimensions) out.push_back(evaluation::IkmByGroup(*responses, d));
    return out;
}

Result<IkmOverview> EvaluationService::Overview(const std::string& agency, std::optional<domain::Date> from,
                                                std::optional<domain::Date> to, domain::Lang lang) {
    storage::ListQuery all;
    all.limit = 0;
    auto agencies = store_.List(domain::Kind::opd, all);
    if (!agencies) return agencies.error();
    auto units = store_.List(domain::Kind::unit_layanan, all);
    if (!units) return units.error();
    auto responses = store_.List(domain::Kind::skm, all);
    if (!responses) return responses.error();
    const auto& agency_list = std::get<std::vector<domain::Agency>>(agencies->items);
    if (!agency.empty() && std::none_of(agency_list.begin(), agency_list.end(),
                                        [&](const domain::Agency& a) { return a.code == agency; })) {
        return MakeError(ErrorCode::not_found,
                         Say(lang, "Perangkat daerah tidak ditemukan: ", "Unknown agency: ") + agency);
    }
    std::map<std::string, std::vector<evaluation::SkmAnswers>> by_unit;
    for (const auto& r : std::get<std::vector<domain::SurveyResponse>>(responses->items)) {
        if ((from && r.date < *from) || (to && *to < r.date)) continue;
        by_unit[r.unit_code].push_back(r.answers);
    }
    std::map<std::string, const domain::ServiceUnit*> ordered;  // agency + code → unit
    for (const auto& u : std::get<std::vector<domain::ServiceUnit>>(units->items)) {
        if (agency.empty() || u.agency_code == agency) ordered[u.agency_code + '\n' + u.code] = &u;
    }
    IkmOverview overview{from, to, {}, {}};
    std::map<std::string, std::vector<evaluation::SkmAnswers>> by_agency;
    std::map<std::string, int> unit_counts;
    for (const auto& [key, u] : ordered) {
        const auto& answers = by_unit[u->code];
        overview.units.push_back(
            UnitIkmReport{u->code, u->name, u->agency_code, from, to, evaluation::ComputeIkm(answers)});
        auto& pooled = by_agency[u->agency_code];
        pooled.insert(pooled.end(), answers.begin(), answers.end());
        ++unit_counts[u->agency_code];
    }
    for (const auto& [agency_code, answers] : by_agency) {
        const std::string& code = agency_code;  // clang (tidy) cannot capture a structured binding yet
        const auto a = std::find_if(agency_list.begin(), agency_list.end(),
                                    [&](const domain::Agency& x) { return x.code == code; });
        overview.agencies.push_back(IkmOverview::Agency{code, a != agency_list.end() ? a->name : "", unit_counts[code],
                                                        evaluation::ComputeIkm(answers)});
    }
    return overview;
}

Result<evaluation::OfferingEvaluation> EvaluationService::EvaluateOffering(const std::string& offering,
                                                                           const evaluation::Settings& settings,
                                                                           std::optional<domain::Date> today,
                                                                           domain::Lang lang) {
    auto exists = store_.Get(domain::Kind::angkatan, offering);
    if (!exists) {
        if (exists.error().code == ErrorCode::not_found) return UnknownOffering(lang, offering);
        return exists.error();
    }
    auto data = EvaluationData::Load(store_);
    if (!data) return data.error();
    const domain::Offering* o = data->FindOffering(offering);
    if (o == nullptr) return UnknownOffering(lang, offering);
    return evaluation::EvaluateOffering(data->Inputs(*o, settings, today.value_or(analysis::TodayUtc())), settings);
}

Result<evaluation::YearEvaluation> EvaluationService::EvaluateYear(int year, const evaluation::Settings& settings,
                                                                   std::optional<domain::Date> today) {
    auto data = EvaluationData::Load(store_);
    if (!data) return data.error();
    const domain::Date now = today.value_or(analysis::TodayUtc());
    std::vector<evaluation::OfferingEvaluation> list;
    for (const auto& o : data->offerings()) {
        if (o.start.year() != year) continue;
        list.push_back(evaluation::EvaluateOffering(data->Inputs(o, settings, now), settings));
    }
    return evaluation::EvaluateYear(year, std::move(list));
}

}  // namespace bangkom::services
