#include "http/record_json.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace bangkom::http {
namespace {
namespace json = boost::json;
using formats::Cell;
using formats::CellType;
using formats::ColumnType;

Cell Text(std::string t) {
    return Cell{CellType::text, std::move(t), 0};
}
Cell Number(double n, std::string t = "") {
    return Cell{CellType::number, std::move(t), n};
}

TEST(CellToJson, EmptyIsNull) {
    EXPECT_TRUE(CellToJson(Cell{}, ColumnType::text).is_null());
    EXPECT_TRUE(CellToJson(Text(""), ColumnType::integer).is_null());
}

TEST(CellToJson, NumbersStayNumbers) {
    EXPECT_EQ(CellToJson(Number(1500000), ColumnType::money), json::value(1500000));
    EXPECT_TRUE(CellToJson(Number(3), ColumnType::decimal).is_int64());
    EXPECT_DOUBLE_EQ(CellToJson(Number(2.5), ColumnType::decimal).as_double(), 2.5);
    EXPECT_EQ(CellToJson(Text("40"), ColumnType::integer), json::value(40));
    EXPECT_DOUBLE_EQ(CellToJson(Text("80.5"), ColumnType::decimal).as_double(), 80.5);
}

TEST(CellToJson, TextColumnsKeepTheirText) {
    EXPECT_EQ(CellToJson(Text("2027-03-15"), ColumnType::date), json::value("2027-03-15"));
    EXPECT_EQ(CellToJson(Number(1, "001"), ColumnType::code), json::value("001"));
    EXPECT_EQ(CellToJson(Text("12abc"), ColumnType::integer), json::value("12abc"));
}

TEST(RecordsToJson, KeyedKindByColumnName) {
    std::vector<domain::Agency> agencies{{"DINKES", "Dinas Kesehatan", "", domain::Money{150000000}}};
    const json::array items = RecordsToJson(domain::Records{agencies});
    ASSERT_EQ(items.size(), 1u);
    const auto& o = items[0].as_object();
    EXPECT_EQ(o.at("kode_opd"), json::value("DINKES"));
    EXPECT_EQ(o.at("nama_opd"), json::value("Dinas Kesehatan"));
    EXPECT_TRUE(o.at("singkatan").is_null());
    EXPECT_EQ(o.at("anggaran_bangkom"), json::value(150000000));
    EXPECT_FALSE(o.contains("id"));
}

TEST(RecordsToJson, AppendedKindsHaveIdAndHideTheRater) {
    domain::Feedback360 f;
    f.id = 7;
    f.rated_nip = domain::Nip::Parse("199001012019032002").value();
    f.rater_hash = "abcdef0123";
    f.relationship = domain::Relationship::atasan;
    f.competency_code = "M.03";
    f.score = 4;
    f.date = domain::Date::FromYmd(2026, 4, 1).value();
    const json::array items = RecordsToJson(domain::Records{std::vector<domain::Feedback360>{f}});
    const auto& o = items.at(0).as_object();
    EXPECT_EQ(o.at("id"), json::value(7));
    EXPECT_EQ(o.at("nip_dinilai"), json::value("199001012019032002"));
    EXPECT_FALSE(o.contains("nip_penilai"));
    EXPECT_EQ(o.at("penilai_hash"), json::value("abcdef0123"));
    EXPECT_EQ(o.at("hubungan"), json::value("atasan"));
    EXPECT_EQ(o.at("skor"), json::value(4));
    EXPECT_EQ(o.at("tanggal"), json::value("2026-04-01"));
}

TEST(RecordsToJson, EmptyBatch) {
    EXPECT_TRUE(RecordsToJson(domain::EmptyRecords(domain::Kind::pegawai)).empty());
}

TEST(UserToJson, NeverThePasswordHash) {
    storage::User u;
    u.id = 3;
    u.username = "asn";
    u.password_hash = "$argon2id$secret";
    u.role = domain::Role::asn;
    u.nip = "199001012019032002";
    const json::object o = UserToJson(u);
    EXPECT_EQ(o.size(), 7u);
    EXPECT_EQ(o.at("role"), json::value("asn"));
    EXPECT_EQ(o.at("id"), json::value(3));
    EXPECT_EQ(json::serialize(o).find("argon2"), std::string::npos);
}

TEST(JobToJson, SplitsKindAndParsesResult) {
    storage::Job job;
    job.id = "j1";
    job.kind = "import:pegawai";
    job.state = storage::JobState::succeeded;
    job.percent = 100;
    job.result_json = R"({"rows":2,"inserted":1,"updated":1})";
    const json::object o = JobToJson(job);
    EXPECT_EQ(o.at("kind"), json::value("pegawai"));
    EXPECT_EQ(o.at("type"), json::value("import"));
    EXPECT_EQ(o.at("state"), json::value("succeeded"));
    EXPECT_EQ(o.at("result").at("inserted"), json::value(1));
    job.result_json = "not json";
    job.state = storage::JobState::queued;
    EXPECT_TRUE(JobToJson(job).at("result").is_null());
    EXPECT_EQ(JobToJson(job).at("state"), json::value("queued"));
}

}  // namespace
}  // namespace bangkom::http
