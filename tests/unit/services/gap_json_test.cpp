// gap_json: the analysis report as JSON (docs/api.md "Needs analysis"), CSV rows and export tables, on a report
// written by hand so that every mapping is checked on its own (the engine's numbers are tested in analysis/).

#include "services/gap_json.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace bangkom::services {
namespace {
namespace json = boost::json;
using analysis::AkpkReading;
using ::testing::HasSubstr;

analysis::Snapshot Names() {
    domain::Agency dinkes{"DINKES", "Dinas Kesehatan", "Dinkes", {}};
    domain::Agency disdik{"DISDIK", "Dinas Pendidikan", "Disdik", {}};
    domain::Competency m03{"M.03", "Kerja Sama", domain::CompetencyKind::manajerial, "", "", {}};
    domain::Competency t02{"T.KES.02", "Pelayanan Kesehatan Dasar", domain::CompetencyKind::teknis, "kesehatan", "",
                           {}};
    domain::Position kasi{"KES-KASI", "Kepala Seksi", domain::PositionKind::pengawas, "DINKES", "kesehatan"};
    domain::Employee budi;
    budi.nip = domain::Nip::Parse("198609262015051001").value();
    budi.name = "Budi";
    budi.agency_code = "DINKES";
    budi.position_code = "KES-KASI";
    auto snapshot =
        analysis::BuildSnapshot({std::vector<domain::Agency>{dinkes, disdik}, std::vector<domain::Competency>{m03, t02},
                                 std::vector<domain::Position>{kasi}, std::vector<domain::Employee>{budi}});
    EXPECT_TRUE(snapshot.ok()) << snapshot.error().message;
    return std::move(snapshot).value();
}

analysis::CompetencyGap Line(const char* code, double required, std::optional<double> held, double gap, double weight) {
    analysis::CompetencyGap g;
    g.competency = code;
    g.required = required;
    g.held = held;
    if (held) g.source = domain::AssessmentSource::atasan;
    g.gap = gap;
    g.weight = weight;
    g.multiplier = 1.5;
    return g;
}

analysis::GapReport Report() {
    analysis::GapReport r;
    r.analysis_date = "2026-11-28";
    analysis::EmployeeGaps budi;
    budi.nip = "198609262015051001";
    budi.name = "Budi";
    budi.agency = "DINKES";
    budi.position = "KES-KASI";
    budi.jp_earned = 6;
    budi.jp_target = 20;
    budi.akpk = AkpkReading::training;
    budi.box = 3;
    budi.weighted_need = 1.5;
    budi.not_assessed = 1;
    budi.gaps = {Line("M.03", 3, 2, 1, 1.5), Line("T.KES.02", 2, std::nullopt, 0, 0)};
    analysis::EmployeeGaps dewi;
    dewi.nip = "198803172014022001";
    dewi.name = "Dewi, S.Pd";
    dewi.agency = "DISDIK";
    dewi.jp_earned = 24;
    dewi.jp_target = 20;
    r.employees = {budi, dewi};
    r.not_assessed = {{"198609262015051001", "Budi", "DINKES", "T.KES.02", 2, 0}};
    r.total.employees = 2;
    r.total.jp_subject = 2;
    r.total.jp_met = 1;
    r.total.not_assessed = 1;
    r.total.akpk = {1, 0, 0, 1};
    r.total.boxes = {1, 0, 0, 1, 0, 0, 0, 0, 0, 0};
    analysis::GapStats cell;
    cell.employees = 1;
    cell.employees_with_gap = 1;
    cell.assessed_pairs = 2;
    cell.gap_sum = 1;
    cell.weighted_need = 1.5;
    r.by_agency = {{"DINKES", cell}, {"DISDIK", {}}};
    r.by_competency = {{"M.03", cell}, {"T.KES.02", {}}};
    r.matrix = {{"DINKES", "T.KES.02", cell}};
    return r;
}

TEST(GapJson, LineHasNumbersAndNullsWhenNotAssessed) {
    const auto names = Names();
    const auto report = Report();
    const json::object assessed = GapLineJson(report.employees[0].gaps[0], names);
    EXPECT_EQ(json::serialize(assessed.at("held")), "2");  // whole values print as integers, not 2E0
    EXPECT_EQ(assessed.at("gap").as_int64(), 1);
    EXPECT_EQ(assessed.at("weight").as_double(), 1.5);
    EXPECT_EQ(assessed.at("source").as_string(), "atasan");
    EXPECT_EQ(assessed.at("competency_name").as_string(), "Kerja Sama");
    EXPECT_EQ(assessed.at("competency_kind").as_string(), "manajerial");
    const json::object missing = GapLineJson(report.employees[0].gaps[1], names);
    EXPECT_TRUE(missing.at("held").is_null());
    EXPECT_TRUE(missing.at("source").is_null());
    EXPECT_EQ(missing.at("gap").as_int64(), 0);
}

TEST(GapJson, RowCountsGapsAndShortfallAndNullsUnknownBox) {
    const auto names = Names();
    const auto report = Report();
    const json::object budi = EmployeeRowJson(report.employees[0], names);
    EXPECT_EQ(budi.at("gap_count").as_int64(), 1);
    EXPECT_EQ(budi.at("not_assessed_count").as_int64(), 1);
    EXPECT_EQ(budi.at("jp_short").as_int64(), 14);
    EXPECT_EQ(budi.at("box").as_int64(), 3);
    EXPECT_EQ(budi.at("akpk").as_string(), "training");
    EXPECT_EQ(budi.at("agency_name").as_string(), "Dinas Kesehatan");
    EXPECT_EQ(budi.at("position_name").as_string(), "Kepala Seksi");
    const json::object dewi = EmployeeRowJson(report.employees[1], names);
    EXPECT_TRUE(dewi.at("box").is_null());
    EXPECT_TRUE(dewi.at("position").is_null());
    EXPECT_TRUE(dewi.at("position_name").is_null());
    EXPECT_EQ(dewi.at("jp_short").as_int64(), 0);  // 24 of 20: no shortfall, never negative
}

TEST(GapJson, AReadingThatCannotBeMadeIsNullInJsonAndEmptyInCsv) {
    auto report = Report();
    report.employees[1].akpk = AkpkReading::unknown;
    EXPECT_TRUE(EmployeeRowJson(report.employees[1], Names()).at("akpk").is_null());
    EXPECT_THAT(GapsCsvText(report), HasSubstr("198803172014022001,DISDIK,,24,,,,,,,,,,,\r\n"));
}

TEST(GapJson, DetailAddsPerformanceAndEveryLine) {
    auto report = Report();
    report.employees[0].predikat = domain::Predikat::kurang;
    report.employees[0].predikat_year = 2025;
    report.employees[0].has_performance_gap = true;
    const json::object e = EmployeeDetailJson(report.employees[0], Names(), 2026);
    EXPECT_EQ(json::serialize(e.at("performance")), R"({"year":2025,"predikat":"kurang"})");
    EXPECT_TRUE(e.at("performance_gap").as_bool());
    EXPECT_TRUE(e.at("potential").is_null());
    EXPECT_EQ(e.at("jp_year").as_int64(), 2026);
    EXPECT_EQ(e.at("gaps").as_array().size(), 2U);
    EXPECT_TRUE(EmployeeDetailJson(report.employees[1], Names(), 2026).at("performance").is_null());
}

TEST(GapJson, SummaryHasJpAkpkAndAHeatmapWithNullCells) {
    const json::object s = SummaryJson(Report(), Names(), "", 20);
    EXPECT_TRUE(s.at("agency").is_null());
    EXPECT_EQ(s.at("year").as_int64(), 2026);
    EXPECT_EQ(json::serialize(s.at("jp")), R"({"target":20,"subject":2,"meeting":1,"short":1,"rate":5E-1})");
    EXPECT_EQ(s.at("akpk").at("training").as_int64(), 1);
    EXPECT_EQ(s.at("akpk").at("maintain").as_int64(), 1);
    EXPECT_EQ(json::serialize(s.at("ninebox")), "[0,0,1,0,0,0,0,0,0]");
    const auto& cells = s.at("heatmap").at("cells").as_array();
    ASSERT_EQ(cells.size(), 2U);
    EXPECT_TRUE(cells[0].as_array()[0].is_null());                      // DINKES × M.03: no cell in the matrix
    EXPECT_EQ(cells[0].as_array()[1].at("mean_gap").as_double(), 0.5);  // DINKES × T.KES.02
    EXPECT_TRUE(cells[1].as_array()[1].is_null());
    const auto& disdik = s.at("by_agency").as_array()[1];
    EXPECT_TRUE(disdik.at("mean_gap").is_null());  // no assessed pair: no mean, not a 0
    EXPECT_EQ(disdik.at("name").as_string(), "Dinas Pendidikan");
}

TEST(GapJson, NineBoxFollowsDomainGrid) {
    EXPECT_EQ(BoxAxes(1), std::make_pair(std::string_view("di_bawah"), std::string_view("rendah")));
    EXPECT_EQ(BoxAxes(5), std::make_pair(std::string_view("sesuai"), std::string_view("menengah")));
    EXPECT_EQ(BoxAxes(6), std::make_pair(std::string_view("di_bawah"), std::string_view("tinggi")));
    EXPECT_EQ(BoxAxes(9), std::make_pair(std::string_view("di_atas"), std::string_view("tinggi")));
    EXPECT_EQ(BoxAxes(0).first, "");
    const json::array boxes = NineBoxJson(Report().total);
    ASSERT_EQ(boxes.size(), 9U);
    EXPECT_EQ(boxes[2].at("count").as_int64(), 1);
    EXPECT_EQ(boxes[2].at("potential").as_string(), "menengah");
}

TEST(GapJson, CliJsonParsesBackWithEmployeesAndSummary) {
    const std::string text = GapsJsonText(Report(), Names(), "DINKES", 20);
    const json::value v = json::parse(text);
    EXPECT_EQ(v.at("employees").as_array().size(), 2U);
    EXPECT_EQ(v.at("summary").at("agency").as_string(), "DINKES");
    EXPECT_EQ(text.back(), '\n');
    EXPECT_THAT(text, HasSubstr(R"("weighted_need":1.5,)"));  // plain decimals, not 1.5E0
}

TEST(GapJson, PlainJsonWritesDecimalsShortestAndEscapesText) {
    std::string out;
    AppendPlain(out, json::parse(R"({"a":[0.5,2,-3.25,null,true],"b\"":"x\ny","c":{},"d":[]})"));
    EXPECT_EQ(out, R"({"a":[0.5,2,-3.25,null,true],"b\"":"x\ny","c":{},"d":[]})");
    EXPECT_EQ(json::parse(out), json::parse(R"({"a":[0.5,2,-3.25,null,true],"b\"":"x\ny","c":{},"d":[]})"));
}

TEST(GapCsv, OneRowPerEmployeeAndCompetency) {
    const std::string csv = GapsCsvText(Report());
    EXPECT_THAT(csv, HasSubstr("nip,agency,position,jp_earned,akpk,box,competency,required,target_required,held,"
                               "source,gap,target_gap,weight,target_weight\r\n"));
    EXPECT_THAT(csv, HasSubstr("198609262015051001,DINKES,KES-KASI,6,training,3,M.03,3,0,2,atasan,1,0,1.5,0\r\n"));
    EXPECT_THAT(csv, HasSubstr("198609262015051001,DINKES,KES-KASI,6,training,3,T.KES.02,2,0,,,0,0,0,0\r\n"));
    // no competency at all, so nothing assessed: the AKPK reading cannot be made (unknown = empty cell)
    EXPECT_THAT(csv, HasSubstr("198803172014022001,DISDIK,,24,,,,,,,,,,,\r\n"));
}

TEST(GapTables, CodesRoundTripAndUnknownIsNone) {
    for (auto t : {GapTable::employees, GapTable::heatmap, GapTable::ninebox, GapTable::not_assessed,
                   GapTable::agencies, GapTable::competencies}) {
        EXPECT_EQ(GapTableFromCode(Code(t)), t);
    }
    EXPECT_FALSE(GapTableFromCode("pegawai").has_value());
    EXPECT_FALSE(GapTableFromCode("").has_value());
}

TEST(GapTables, SheetsHaveIndonesianHeadersAndTypedCells) {
    const auto names = Names();
    const auto report = Report();
    const formats::Sheet employees = GapTableSheet(GapTable::employees, report, names);
    EXPECT_EQ(employees.header.front(), "NIP");
    ASSERT_EQ(employees.rows.size(), 2U);
    EXPECT_EQ(employees.rows[0][0].text, "198609262015051001");
    EXPECT_EQ(employees.rows[0][0].type, formats::CellType::text);  // a NIP is never a number
    EXPECT_EQ(employees.rows[0][14].type, formats::CellType::number);
    EXPECT_EQ(employees.rows[0][14].number, 1.5);
    EXPECT_EQ(employees.rows[1][10].type, formats::CellType::empty);  // box unknown
    const formats::Sheet ninebox = GapTableSheet(GapTable::ninebox, report, names);
    ASSERT_EQ(ninebox.rows.size(), 1U);
    EXPECT_EQ(ninebox.rows[0][1].text, "di_bawah");
    const formats::Sheet missing = GapTableSheet(GapTable::not_assessed, report, names);
    ASSERT_EQ(missing.rows.size(), 1U);
    EXPECT_EQ(missing.rows[0][3].text, "KES-KASI");
    EXPECT_EQ(missing.rows[0][7].type, formats::CellType::empty);  // no target level
    const formats::Sheet agencies = GapTableSheet(GapTable::agencies, report, names);
    EXPECT_EQ(agencies.rows[1][4].type, formats::CellType::empty);  // no mean without assessed pairs
}

TEST(GapTables, WritesCsvAndXlsx) {
    const auto names = Names();
    const auto report = Report();
    auto csv = WriteGapTable(GapTable::heatmap, report, names, ExportFormat::csv);
    ASSERT_TRUE(csv.ok());
    EXPECT_THAT(*csv, HasSubstr("DINKES,Dinas Kesehatan,T.KES.02,Pelayanan Kesehatan Dasar,1,1,0.5,1.5,0\r\n"));
    auto xlsx = WriteGapTable(GapTable::employees, report, names, ExportFormat::xlsx);
    ASSERT_TRUE(xlsx.ok());
    EXPECT_EQ(xlsx->substr(0, 4), std::string("PK\x03\x04", 4));
    auto table = formats::ReadXlsx(*xlsx, domain::Lang::id);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rows.size(), 2U);
    EXPECT_EQ(table->rows[0][0].text, "198609262015051001");
    EXPECT_EQ(table->rows[0][14].number, 1.5);
}

}  // namespace
}  // namespace bangkom::services
