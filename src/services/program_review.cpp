// The programs to review and their revisions (program_review.hpp).

#include "services/program_review.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "domain/text.hpp"
#include "services/delivery_parts.hpp"
#include "services/evaluation_service.hpp"

namespace bangkom::services {

using delivery_parts::FieldError;
using delivery_parts::GetOne;
using delivery_parts::Msg;
using domain::Lang;

namespace {

bool KnownAspect(std::string_view aspect) {
    return aspect == "materi" || aspect == "metode" || aspect == "materi_metode";
}

/// flagged before revised; menurun before tidak_signifikan; then by program code.
bool ReviewOrder(const ReviewedProgram& a, const ReviewedProgram& b) {
    const auto rank = [](const ReviewedProgram& p) {
        return std::tuple(p.revision.has_value(), p.offering.verdict != evaluation::Verdict::menurun);
    };
    return std::tuple(rank(a), a.program.code) < std::tuple(rank(b), b.program.code);
}

}  // namespace

Result<std::vector<RecordedRevision>> RecordedRevisions(storage::Store& store) {
    auto rows = store.Review().Revisions("");
    if (!rows) return rows.error();
    std::vector<RecordedRevision> out;
    out.reserve(rows->size());
    for (const auto& r : *rows) {
        if (auto date = domain::Date::ParseIso(r.date)) out.push_back({r.program, *date, r.id});
    }
    return out;
}

Result<ProgramReviewList> ProgramReviewService::ProgramsToReview(int year, const std::string& institution, Lang lang) {
    auto settings = LoadEvaluationSettings(store_, lang);
    if (!settings) return settings.error();
    auto evaluated = EvaluationService(store_).EvaluateYear(year - 1, *settings);
    if (!evaluated) return evaluated.error();
    auto revisions = RecordedRevisions(store_);
    if (!revisions) return revisions.error();
    auto rows = store_.Review().Revisions("");
    if (!rows) return rows.error();
    std::map<int64_t, const storage::ProgramRevision*> by_id;
    for (const auto& r : *rows) by_id.emplace(r.id, &r);

    ProgramReviewList list{year, year - 1, settings->flagged_raise_factor, {}};
    const std::vector<evaluation::YearEvaluation> years{std::move(*evaluated)};
    for (const auto& review : ReviewPrograms(years, *revisions)) {
        auto program = GetOne<domain::Program>(store_, domain::Kind::program, review.offering->program);
        if (!program) continue;  // an offering's program is a foreign key: only a store changed under us
        if (!institution.empty() && program->institution != institution) continue;
        ReviewedProgram item{*review.offering, std::move(*program), std::nullopt};
        if (review.revision != 0) item.revision = *by_id.at(review.revision);
        list.programs.push_back(std::move(item));
    }
    std::sort(list.programs.begin(), list.programs.end(), ReviewOrder);
    return list;
}

Result<domain::Program> ProgramReviewService::FindProgram(const std::string& code, Lang lang) {
    auto program = GetOne<domain::Program>(store_, domain::Kind::program, code);
    if (!program) {
        return MakeError(ErrorCode::not_found, Msg(lang, "Program tidak ditemukan: ", "Unknown program: ") + code);
    }
    return std::move(*program);
}

Result<std::vector<storage::ProgramRevision>> ProgramReviewService::Revisions(const std::string& program) {
    return store_.Review().Revisions(program);
}

Result<storage::ProgramRevision> ProgramReviewService::Record(const std::string& program, const RevisionInput& input,
                                                              int64_t user, int64_t now, domain::Date today,
                                                              Lang lang) {
    auto known = FindProgram(program, lang);
    if (!known) return known.error();
    const domain::Date date = input.date.value_or(today);
    if (date > today) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Tanggal revisi tidak boleh setelah hari ini (" + today.ToIso() + ").",
                              "The revision's date cannot be after today (" + today.ToIso() + ")."),
                          "tanggal");
    }
    if (!KnownAspect(input.aspect)) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Aspek revisi harus materi, metode atau materi_metode.",
                              "The revision's aspect must be materi, metode or materi_metode."),
                          "aspek");
    }
    const std::string summary(domain::TrimSpace(input.summary));
    const size_t length = domain::CharacterCount(summary);
    if (length < kRevisionSummaryMin || length > kRevisionSummaryMax) {
        return FieldError(
            ErrorCode::invalid_argument,
            Msg(lang,
                "Ringkasan revisi harus " + std::to_string(kRevisionSummaryMin) + "–" +
                    std::to_string(kRevisionSummaryMax) + " karakter (sekarang " + std::to_string(length) + ").",
                "The revision's summary must have " + std::to_string(kRevisionSummaryMin) + "–" +
                    std::to_string(kRevisionSummaryMax) + " characters (now " + std::to_string(length) + ")."),
            "ringkasan");
    }
    storage::ProgramRevision revision{0, known->code, date.ToIso(), input.aspect, summary, user, now};
    auto id = store_.Review().AddRevision(revision);
    if (!id) return id.error();
    revision.id = *id;
    return revision;
}

}  // namespace bangkom::services
