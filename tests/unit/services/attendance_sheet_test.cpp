#include "services/attendance_sheet.hpp"

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

namespace bangkom::services {
namespace {

using domain::Date;
using domain::Lang;

Date Day(int y, int m, int d) {
    return *Date::FromYmd(y, m, d);
}

std::vector<std::string> Iso(const std::vector<Date>& days) {
    std::vector<std::string> out;
    for (const auto& d : days) out.push_back(d.ToIso());
    return out;
}

domain::Offering Offering(Date start, Date end) {
    return domain::Offering{"ANG-1", "PRG-1", start, end, 30, "Kota Jambi"};
}

TEST(ClassDaysTest, WeekdaysFromStartToEndAndRecordedDaysBesides) {
    // Friday 2026-11-27 to Tuesday 2026-12-01: the weekend is left out
    EXPECT_EQ(Iso(ClassDays(Offering(Day(2026, 11, 27), Day(2026, 12, 1)), {})),
              (std::vector<std::string>{"2026-11-27", "2026-11-30", "2026-12-01"}));
    // a roll taken on the Saturday counts as a class day, once
    EXPECT_EQ(Iso(ClassDays(Offering(Day(2026, 11, 27), Day(2026, 12, 1)), {"2026-11-28", "2026-11-27"})),
              (std::vector<std::string>{"2026-11-27", "2026-11-28", "2026-11-30", "2026-12-01"}));
    EXPECT_EQ(Iso(ClassDays(Offering(Day(2026, 11, 28), Day(2026, 11, 29)), {})), std::vector<std::string>{});
}

std::vector<const formats::PdfTable*> Tables(const formats::PdfDocument& doc) {
    std::vector<const formats::PdfTable*> out;
    for (const auto& b : doc.blocks) {
        if (const auto* t = std::get_if<formats::PdfTable>(&b)) out.push_back(t);
    }
    return out;
}

TEST(AttendanceSheetTest, RollWhereTakenBoxesElsewhereAndEightDaysPerTable) {
    AttendanceSheetInput in;
    // two weeks of weekdays: 2026-11-02 (Monday) to 2026-11-13 → ten class days, so two tables (8 + 2)
    in.info.offering = Offering(Day(2026, 11, 2), Day(2026, 11, 13));
    in.info.program.name = "Pelatihan Pelayanan Prima";
    in.info.program.institution = "BPSDM Provinsi Jambi";
    in.recorded_days = {"2026-11-02", "2026-11-03"};
    ParticipantView siti;
    siti.participant.nip = "199001012019032002";
    siti.participant.agency = "DINKES";
    siti.name = "Siti Aminah";
    siti.present = {"2026-11-02"};
    in.participants = {siti};
    const auto doc = AttendanceSheetPdf(in, ReportContext{{}, Day(2026, 11, 30), Lang::id});
    EXPECT_TRUE(doc.landscape);
    const auto tables = Tables(doc);
    ASSERT_EQ(tables.size(), 2u);
    ASSERT_EQ(tables[0]->columns.size(), 4u + 8u);
    EXPECT_EQ(tables[1]->columns.size(), 4u + 2u);
    EXPECT_EQ(tables[0]->columns[4].title, "Sen 02/11");
    EXPECT_EQ(tables[1]->columns[5].title, "Jum 13/11");
    const auto& row = tables[0]->rows.at(0);
    EXPECT_EQ(row[1], "Siti Aminah");
    EXPECT_EQ(row[2], "199001012019032002");
    EXPECT_EQ(row[4], "Hadir");
    EXPECT_EQ(row[5], "Tidak hadir");
    EXPECT_EQ(row[6].find_first_not_of('\n'), std::string::npos);  // not taken yet: an empty box to sign

    const auto en = AttendanceSheetPdf(in, ReportContext{{}, Day(2026, 11, 30), Lang::en});
    EXPECT_EQ(Tables(en)[0]->columns[4].title, "Mon 02/11");
    EXPECT_EQ(Tables(en)[0]->rows[0][5], "Absent");
}

}  // namespace
}  // namespace bangkom::services
