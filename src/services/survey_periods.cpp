// SKM survey periods of a service unit (survey_periods.hpp).

#include "services/survey_periods.hpp"

#include "domain/text.hpp"
#include "services/delivery_parts.hpp"

namespace bangkom::services {

using delivery_parts::FieldError;
using delivery_parts::Msg;
using domain::Lang;

namespace {

std::vector<evaluation::PeriodDays> DaysOf(const std::vector<storage::SurveyPeriod>& periods) {
    std::vector<evaluation::PeriodDays> out;
    out.reserve(periods.size());
    for (const auto& p : periods) {
        auto from = domain::Date::ParseIso(p.from);
        auto to = domain::Date::ParseIso(p.to);
        // stored rows were checked when saved; an unreadable one covers no day
        out.push_back(from && to ? evaluation::PeriodDays{p.name, *from, *to}
                                 : evaluation::PeriodDays{p.name, domain::Date::FromDaysSinceEpoch(0),
                                                          domain::Date::FromDaysSinceEpoch(-1)});
    }
    return out;
}

Result<domain::Date> DayField(const std::string& text, const char* field, Lang lang) {
    if (auto day = domain::Date::ParseIso(text)) return *day;
    return FieldError(ErrorCode::invalid_argument,
                      Msg(lang, std::string("Mohon periksa ") + field + ": harus tanggal YYYY-MM-DD.",
                          std::string("Please check ") + field + ": must be a YYYY-MM-DD date."),
                      field);
}

}  // namespace

std::string PeriodWords(const storage::SurveyPeriod& period, Lang lang) {
    const std::string_view code = lang == Lang::en ? "en" : "id";
    auto from = domain::Date::ParseIso(period.from);
    auto to = domain::Date::ParseIso(period.to);
    return period.name + ", " + (from ? from->ToLong(code) : period.from) + " – " + (to ? to->ToLong(code) : period.to);
}

Result<UnitOpening> SurveyPeriodService::Opening(const std::string& unit, domain::Date today) {
    auto periods = store_.Review().SurveyPeriods(unit);
    if (!periods) return periods.error();
    UnitOpening out{std::move(*periods), {}};
    out.opening = evaluation::OpeningOf(DaysOf(out.periods), today);
    return out;
}

Result<UnitPeriods> SurveyPeriodService::PeriodsWithIkm(const std::string& unit, domain::Date today, Lang lang) {
    EvaluationService evaluation(store_);
    auto header = evaluation.UnitIkm(unit, today, today, lang);  // not_found for an unknown unit
    if (!header) return header.error();
    auto opening = Opening(unit, today);
    if (!opening) return opening.error();
    UnitPeriods out{std::move(*header), {}, opening->opening};
    out.unit.from.reset();
    out.unit.to.reset();
    out.unit.ikm = {};
    const auto days = DaysOf(opening->periods);
    for (size_t i = 0; i < opening->periods.size(); ++i) {
        auto report = evaluation.UnitIkm(unit, days[i].from, days[i].to, lang);
        if (!report) return report.error();
        out.periods.push_back({std::move(opening->periods[i]), evaluation::StateOf(days[i], today), report->ikm});
    }
    return out;
}

Result<storage::SurveyPeriod> SurveyPeriodService::Find(const std::string& unit, int64_t id, Lang lang) {
    auto periods = store_.Review().SurveyPeriods(unit);
    if (!periods) return periods.error();
    for (auto& p : *periods) {
        if (p.id == id) return std::move(p);
    }
    return MakeError(ErrorCode::not_found,
                     Msg(lang, "Periode survei tidak ditemukan: ", "Unknown survey period: ") + std::to_string(id));
}

Result<storage::SurveyPeriod> SurveyPeriodService::Save(const std::string& unit, int64_t id, const PeriodInput& input,
                                                        int64_t user, int64_t now, Lang lang) {
    const std::string name(domain::TrimSpace(input.name));
    const size_t length = domain::CharacterCount(name);
    if (length == 0 || length > kPeriodNameMax) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Nama periode wajib diisi, paling banyak 100 karakter.",
                              "The period's name is required, at most 100 characters."),
                          "nama");
    }
    auto from = DayField(input.from, "dari", lang);
    if (!from) return from.error();
    auto to = DayField(input.to, "sampai", lang);
    if (!to) return to.error();
    if (!evaluation::ValidSpan(*from, *to)) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Tanggal sampai harus sama dengan atau setelah tanggal dari, paling lama 366 hari.",
                              "The end date must be on or after the start date, at most 366 days later."),
                          "sampai");
    }
    if (input.served && (*input.served < 1 || *input.served > kServedMax)) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Jumlah orang dilayani harus 1 sampai 100.000.000.",
                              "The number of people served must be 1 to 100,000,000."),
                          "served");
    }
    storage::SurveyPeriod period{id, unit, name, from->ToIso(), to->ToIso(), input.served, user, now};
    auto stored = store_.Review().SurveyPeriods(unit);
    if (!stored) return stored.error();
    std::optional<size_t> self;
    for (size_t i = 0; i < stored->size(); ++i) {
        if ((*stored)[i].id == id) {
            self = i;
            period.created_by = (*stored)[i].created_by;
            period.created_at = (*stored)[i].created_at;
        }
    }
    if (id != 0 && !self) return Find(unit, id, lang).error();
    if (auto other = evaluation::Overlapping(DaysOf(*stored), {name, *from, *to}, self)) {
        const auto& o = (*stored)[*other];
        const std::string_view code = lang == Lang::en ? "en" : "id";
        const evaluation::PeriodDays days = DaysOf(*stored)[*other];
        return FieldError(ErrorCode::conflict,
                          Msg(lang, "Periode bertumpang tindih dengan '", "The period overlaps '") + o.name + "' (" +
                              days.from.ToLong(code) + Msg(lang, " s.d. ", " to ") + days.to.ToLong(code) + ").",
                          "dari");
    }
    auto saved = store_.Review().SaveSurveyPeriod(period);
    if (!saved) return saved.error();
    period.id = *saved;
    return period;
}

Result<storage::SurveyPeriod> SurveyPeriodService::Delete(const std::string& unit, int64_t id, Lang lang) {
    auto period = Find(unit, id, lang);
    if (!period) return period.error();
    if (auto ok = store_.Review().DeleteSurveyPeriod(unit, id); !ok) return ok.error();
    return period;
}

}  // namespace bangkom::services
