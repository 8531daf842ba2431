#include "formats/kind_spec.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

namespace bangkom::formats {
namespace {

using domain::Kind;

TEST(KindSpecTest, EveryKindHasItsOwnCompleteSpec) {
    for (Kind kind : domain::AllKinds()) {
        const KindSpec& spec = SpecOf(kind);
        SCOPED_TRACE(std::string(domain::KindCode(kind)));
        EXPECT_EQ(spec.kind, kind);
        EXPECT_FALSE(spec.title_id.empty());
        EXPECT_FALSE(spec.title_en.empty());
        std::set<std::string_view> names;
        for (const auto& c : spec.columns) {
            EXPECT_TRUE(names.insert(c.name).second) << "duplicate column " << c.name;
            for (char ch : c.name) EXPECT_FALSE(ch >= 'A' && ch <= 'Z') << c.name;
            EXPECT_FALSE(c.description_id.empty()) << c.name;
            EXPECT_FALSE(c.description_en.empty()) << c.name;
            if (c.required) {
                EXPECT_FALSE(c.example.empty()) << c.name;
            }
        }
        for (auto key : spec.key_columns) {
            auto it = std::find_if(spec.columns.begin(), spec.columns.end(),
                                   [&](const ColumnSpec& c) { return c.name == key; });
            ASSERT_NE(it, spec.columns.end()) << key;
            EXPECT_TRUE(it->required) << key;
        }
    }
}

TEST(KindSpecTest, ColumnsAsInFormatsMd) {
    auto names = [](Kind kind) {
        std::string out;
        for (const auto& c : SpecOf(kind).columns) out += std::string(c.name) + (c.required ? "* " : " ");
        return out;
    };
    EXPECT_EQ(names(Kind::opd), "kode_opd* nama_opd* singkatan anggaran_bangkom ");
    EXPECT_EQ(names(Kind::pegawai),
              "nip* nama* kode_jabatan* kode_opd* kode_unit nip_atasan status email kode_jabatan_target ");
    EXPECT_EQ(names(Kind::penilaian), "nip* kode_kompetensi* level* sumber* tanggal* ");
    EXPECT_EQ(names(Kind::program),
              "kode_program* nama* lembaga* bentuk* jp* biaya_per_peserta* kompetensi* level_maksimal ");
    EXPECT_EQ(names(Kind::skm),
              "kode_unit* tanggal* u1 u2 u3 u4 u5 u6 u7 u8 u9 jenis_kelamin umur pendidikan pekerjaan saran ");
    EXPECT_EQ(names(Kind::umpan_balik_360), "nip_dinilai* nip_penilai hubungan* kode_kompetensi* skor* tanggal* ");
    EXPECT_TRUE(SpecOf(Kind::skm).key_columns.empty());
    EXPECT_EQ(SpecOf(Kind::penilaian).key_columns.size(), 4u);
}

TEST(KindSpecTest, TypesOfTypicalColumns) {
    EXPECT_EQ(SpecOf(Kind::opd).columns[3].type, ColumnType::money);
    EXPECT_EQ(SpecOf(Kind::pegawai).columns[0].type, ColumnType::nip);
    EXPECT_EQ(SpecOf(Kind::penilaian).columns[2].type, ColumnType::decimal);
    EXPECT_EQ(SpecOf(Kind::penilaian).columns[3].type, ColumnType::enum_code);
    EXPECT_EQ(SpecOf(Kind::angkatan).columns[2].type, ColumnType::date);
    EXPECT_EQ(SpecOf(Kind::program).columns[6].type, ColumnType::raises);
}

TEST(FormatDetailTest, IndonesianAndEnglish) {
    const ErrorDetail detail{57, "nip", "wajib diisi"};
    EXPECT_EQ(FormatDetail(detail, domain::Lang::id), "baris 57, kolom nip: wajib diisi");
    EXPECT_EQ(FormatDetail({57, "nip", "is required"}, domain::Lang::en), "row 57, column nip: is required");
    EXPECT_EQ(FormatDetail({1, "", "Kolom tidak dikenal: x"}, domain::Lang::id), "baris 1: Kolom tidak dikenal: x");
    EXPECT_EQ(FormatDetail({0, "", "rusak"}, domain::Lang::id), "rusak");
}

}  // namespace
}  // namespace bangkom::formats
