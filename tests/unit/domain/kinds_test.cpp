#include "domain/kinds.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bangkom::domain {
namespace {

TEST(Kinds, CodesInDependencyOrder) {
    std::vector<std::string> codes;
    for (Kind k : AllKinds()) codes.emplace_back(KindCode(k));
    const std::vector<std::string> expected = {
        "opd",       "unit_layanan", "kompetensi", "jabatan",        "standar_kompetensi", "pegawai",
        "penilaian", "kinerja",      "program",    "angkatan",       "riwayat_jp",         "usulan",
        "skm",       "tes",          "reaksi",     "umpan_balik_360"};
    EXPECT_EQ(codes, expected);
}

TEST(Kinds, CodeRoundTrips) {
    for (Kind k : AllKinds()) {
        EXPECT_EQ(KindFromCode(KindCode(k)), k) << KindCode(k);
    }
    EXPECT_FALSE(KindFromCode("pegawai ").has_value());
    EXPECT_FALSE(KindFromCode("OPD").has_value());
    EXPECT_FALSE(KindFromCode("").has_value());
}

TEST(Kinds, EmptyRecordsHoldTheMatchingAlternative) {
    for (Kind k : AllKinds()) {
        const Records r = EmptyRecords(k);
        EXPECT_EQ(KindOf(r), k) << KindCode(k);
        EXPECT_EQ(RecordCount(r), 0u);
    }
    EXPECT_TRUE(std::holds_alternative<std::vector<Employee>>(EmptyRecords(Kind::pegawai)));
    EXPECT_TRUE(std::holds_alternative<std::vector<Feedback360>>(EmptyRecords(Kind::umpan_balik_360)));
    EXPECT_TRUE(std::holds_alternative<std::vector<Agency>>(EmptyRecords(Kind::opd)));
}

}  // namespace
}  // namespace bangkom::domain
