#include "app/demo/demo.hpp"

#include <string_view>

#include "app/demo/classes.hpp"
#include "app/demo/competencies.hpp"
#include "app/demo/courses.hpp"
#include "app/demo/feedback.hpp"
#include "app/demo/forum.hpp"
#include "app/demo/history.hpp"
#include "app/demo/positions.hpp"
#include "app/demo/programs.hpp"
#include "app/demo/surveys.hpp"

namespace bangkom::app::demo {
namespace {

using domain::Kind;
using domain::Lang;

std::string Say(Lang lang, std::string_view id, std::string_view en) {
    return std::string(lang == Lang::en ? en : id);
}

class Writer {
  public:
    Writer(storage::Store& store, DemoSummary& summary) : store_(store), summary_(summary) {}

    /// Upserts one batch (skipped when empty) and adds it to the summary's count of its kind.
    template <class T>
    Result<void> Write(std::vector<T>&& records) {
        if (records.empty()) return {};
        domain::Records batch = std::move(records);
        const Kind kind = domain::KindOf(batch);
        const auto n = static_cast<int64_t>(domain::RecordCount(batch));
        auto written = store_.Upsert(batch);
        if (!written.ok()) return written.error();
        for (auto& [k, count] : summary_.counts) {
            if (k == kind) {
                count += n;
                return {};
            }
        }
        summary_.counts.emplace_back(kind, n);
        return {};
    }
    /// Counts `n` records of `kind` written by another way (the services the demo drives).
    void Add(Kind kind, int64_t n) {
        for (auto& [k, count] : summary_.counts) {
            if (k == kind) {
                count += n;
                return;
            }
        }
        summary_.counts.emplace_back(kind, n);
    }
    int64_t Count(Kind kind) const {
        for (const auto& [k, count] : summary_.counts) {
            if (k == kind) return count;
        }
        return 0;
    }

  private:
    storage::Store& store_;
    DemoSummary& summary_;
};

Result<void> WriteOrganisation(Writer& writer, const std::vector<AgencyPlan>& plans) {
    std::vector<domain::Agency> agencies;
    std::vector<domain::ServiceUnit> units;
    std::vector<domain::Position> positions;
    std::vector<domain::PositionStandard> standards;
    for (const auto& plan : plans) {
        agencies.push_back(plan.agency);
        units.insert(units.end(), plan.units.begin(), plan.units.end());
        for (const auto& p : plan.positions) {
            positions.push_back(p.position);
            standards.insert(standards.end(), p.standards.begin(), p.standards.end());
        }
    }
    if (auto r = writer.Write(std::move(agencies)); !r.ok()) return r;
    if (auto r = writer.Write(std::move(units)); !r.ok()) return r;
    if (auto r = writer.Write(BuildCompetencies()); !r.ok()) return r;
    // Target positions reference positions of the same agency: every position goes in before any employee.
    if (auto r = writer.Write(std::move(positions)); !r.ok()) return r;
    return writer.Write(std::move(standards));
}

Result<void> FlushBatch(Writer& writer, std::vector<domain::Employee>& employees, HistoryBatch& history) {
    // Employees first (supervisors precede their teams within and across batches), then what refers to them.
    if (auto r = writer.Write(std::move(employees)); !r.ok()) return r;
    if (auto r = writer.Write(std::move(history.assessments)); !r.ok()) return r;
    if (auto r = writer.Write(std::move(history.ratings)); !r.ok()) return r;
    if (auto r = writer.Write(std::move(history.jp)); !r.ok()) return r;
    if (auto r = writer.Write(std::move(history.tests)); !r.ok()) return r;
    if (auto r = writer.Write(std::move(history.reactions)); !r.ok()) return r;
    if (auto r = writer.Write(std::move(history.proposals)); !r.ok()) return r;
    if (auto r = writer.Write(std::move(history.feedback)); !r.ok()) return r;
    employees.clear();
    history.Clear();
    return {};
}

}  // namespace

domain::Date AsOfDate(int plan_year) {
    return *domain::Date::FromYmd(plan_year - 1, 11, 15);
}

int64_t MinimumEmployees() {
    return static_cast<int64_t>(Agencies().size()) * kMinPerAgency;
}

Result<void> CheckOptions(const DemoOptions& options, Lang lang) {
    if (options.employees < MinimumEmployees() || options.employees > kMaxEmployees) {
        return MakeError(ErrorCode::invalid_argument,
                         Say(lang, "--employees harus antara ", "--employees must be between ") +
                             std::to_string(MinimumEmployees()) + Say(lang, " dan ", " and ") +
                             std::to_string(kMaxEmployees));
    }
    if (options.plan_year < kFirstPlanYear || options.plan_year > kLastPlanYear) {
        return MakeError(ErrorCode::invalid_argument, Say(lang, "--year harus antara ", "--year must be between ") +
                                                          std::to_string(kFirstPlanYear) + Say(lang, " dan ", " and ") +
                                                          std::to_string(kLastPlanYear));
    }
    if (options.batch_size <= 0) return MakeError(ErrorCode::invalid_argument, "batch size must be positive");
    return {};
}

Result<DemoSummary> BuildDemo(storage::Store& store, const DemoOptions& options, Lang lang,
                              const DemoProgress& progress) {
    if (auto ok = CheckOptions(options, lang); !ok.ok()) return ok.error();
    const auto say = [&](std::string_view id, std::string_view en) {
        if (progress) progress(Say(lang, id, en));
    };
    DemoSummary summary;
    summary.as_of = AsOfDate(options.plan_year);
    Writer writer(store, summary);

    const std::vector<AgencyPlan> plans = PlanAgencies(options.seed);
    if (auto r = WriteOrganisation(writer, plans); !r.ok()) return r.error();
    say("OPD, unit layanan, kompetensi, jabatan dan standar kompetensi: " +
            std::to_string(writer.Count(Kind::jabatan)) + " jabatan",
        "agencies, service units, competencies, positions and standards: " +
            std::to_string(writer.Count(Kind::jabatan)) + " positions");

    const Catalog catalog = BuildCatalog(options.seed, options.plan_year);
    if (auto r = writer.Write(std::vector<domain::Program>(catalog.programs)); !r.ok()) return r.error();
    std::vector<domain::Offering> offerings = catalog.offerings;
    if (auto pending = PendingClass(catalog, summary.as_of)) offerings.push_back(*pending);  // see classes.hpp
    if (auto open = SelfPacedOffering(catalog, summary.as_of)) offerings.push_back(*open);   // see courses.hpp
    if (auto r = writer.Write(std::move(offerings)); !r.ok()) return r.error();
    say("program dan angkatan: " + std::to_string(catalog.programs.size()) + " program, " +
            std::to_string(writer.Count(Kind::angkatan)) + " angkatan",
        "programs and offerings: " + std::to_string(catalog.programs.size()) + " programs, " +
            std::to_string(writer.Count(Kind::angkatan)) + " offerings");

    HistoryContext ctx;
    ctx.seed = options.seed;
    ctx.plan_year = options.plan_year;
    ctx.as_of = summary.as_of;
    ctx.catalog = &catalog;
    ctx.past_offerings = PastOfferings(catalog, summary.as_of);
    // Raters of 360 feedback are stored as a keyed hash; the demo's key is derived from the seed so that the
    // data set stays reproducible (the raters are fictitious).
    ctx.rater_key = "bangkom-demo-360-" + std::to_string(options.seed);

    Workforce workforce(options.seed, summary.as_of);
    std::vector<domain::Employee> employees;
    HistoryBatch history;
    int64_t done = 0;
    auto sink = [&](const Hire& hire) -> Result<void> {
        employees.push_back(hire.employee);
        AddHistory(hire, ctx, history);
        if (static_cast<int64_t>(employees.size()) < options.batch_size) return {};
        done += static_cast<int64_t>(employees.size());
        if (auto r = FlushBatch(writer, employees, history); !r.ok()) return r;
        say("pegawai dan riwayatnya: " + std::to_string(done) + "/" + std::to_string(options.employees),
            "employees and their history: " + std::to_string(done) + "/" + std::to_string(options.employees));
        return {};
    };
    if (auto r = workforce.Generate(plans, options.employees, sink); !r.ok()) return r.error();
    if (auto r = FlushBatch(writer, employees, history); !r.ok()) return r.error();
    say("pegawai dan riwayatnya: " + std::to_string(options.employees) + " pegawai, " +
            std::to_string(writer.Count(Kind::penilaian)) + " penilaian",
        "employees and their history: " + std::to_string(options.employees) + " employees, " +
            std::to_string(writer.Count(Kind::penilaian)) + " assessments");

    if (auto r = writer.Write(BuildSurveys(options.seed, plans, summary.as_of)); !r.ok()) return r.error();
    say("survei kepuasan masyarakat: " + std::to_string(writer.Count(Kind::skm)) + " responden",
        "public satisfaction survey: " + std::to_string(writer.Count(Kind::skm)) + " respondents");
    summary.people = workforce.people();
    if (auto r = BuildParticipation(store, summary, plans); !r.ok()) return r.error();  // windows, forum
    auto classes = BuildClasses(store, catalog, summary.people, summary.as_of, options.seed);
    if (!classes) return classes.error();
    say("kelas: " + std::to_string(classes->offerings) + " angkatan, " + std::to_string(classes->participants) +
            " peserta, " + std::to_string(classes->certificates) +
            " sertifikat; menunggu keputusan: " + classes->pending_offering,
        "classes: " + std::to_string(classes->offerings) + " offerings, " + std::to_string(classes->participants) +
            " participants, " + std::to_string(classes->certificates) +
            " certificates; awaiting a decision: " + classes->pending_offering);
    // The app hashes 360 raters with the store's secret; the demo's is the seed's key that its history used, so
    // that a seed gives the same data set (the raters are fictitious).
    if (auto ok = store.PutSetting("rater_key", ctx.rater_key); !ok) return ok.error();
    auto feedback = BuildFeedback(store, catalog, summary.people, summary.as_of);
    if (!feedback) return feedback.error();
    writer.Add(Kind::umpan_balik_360, feedback->rows);
    summary.feedback_offerings = {feedback->closed_offering, feedback->open_offering};
    say("umpan balik 360: " + std::to_string(feedback->invitations) + " undangan, " +
            std::to_string(feedback->answers) + " jawaban; ditutup: " + feedback->closed_offering +
            ", terbuka: " + feedback->open_offering,
        "360 feedback: " + std::to_string(feedback->invitations) + " invitations, " +
            std::to_string(feedback->answers) + " answers; closed: " + feedback->closed_offering +
            ", open: " + feedback->open_offering);
    if (!options.content_root.empty()) {
        auto courses = BuildCourses(store, options.content_root, catalog, summary.people, summary.as_of);
        if (!courses) return courses.error();
        say("e-learning: " + courses->offering + " (" + std::to_string(courses->modules) + " modul)",
            "e-learning: " + courses->offering + " (" + std::to_string(courses->modules) + " modules)");
    }
    return summary;
}

}  // namespace bangkom::app::demo
