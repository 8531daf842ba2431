#include "import_fixture.hpp"

#include <cstdlib>
#include <filesystem>

namespace bangkom::services::testing {

using domain::Kind;

std::vector<std::string> ExampleRow(Kind kind, const Values& changes) {
    std::vector<std::string> row;
    for (const auto& column : formats::SpecOf(kind).columns) {
        auto it = changes.find(std::string(column.name));
        row.emplace_back(it != changes.end() ? it->second : std::string(column.example));
    }
    return row;
}

std::string Csv(Kind kind, const TextRows& rows) {
    std::vector<std::string> header;
    for (const auto& column : formats::SpecOf(kind).columns) header.emplace_back(column.name);
    std::vector<std::vector<formats::Cell>> cells;
    for (const auto& row : rows) {
        auto& out = cells.emplace_back();
        for (const auto& text : row) {
            out.push_back(text.empty() ? formats::Cell{} : formats::Cell{formats::CellType::text, text, 0});
        }
    }
    return formats::WriteCsv(header, cells);
}

TextRows GoodRows(Kind kind) {
    switch (kind) {
        case Kind::opd:
            return {ExampleRow(kind), ExampleRow(kind, {{"kode_opd", "BKD"},
                                                        {"nama_opd", "Badan Kepegawaian Daerah Provinsi Jambi"},
                                                        {"singkatan", "BKD"},
                                                        {"anggaran_bangkom", "Rp 1.500.000"}})};
        case Kind::unit_layanan:
            return {ExampleRow(kind),
                    ExampleRow(kind, {{"kode_unit", "UPT.BKD"}, {"nama_unit", "UPT Asesmen"}, {"kode_opd", "BKD"}})};
        case Kind::kompetensi:
            return {
                ExampleRow(kind),
                ExampleRow(kind, {{"kode", "M.03"}, {"nama", "Kerja Sama"}, {"jenis", "manajerial"}, {"bidang", ""}})};
        case Kind::jabatan:
            return {ExampleRow(kind),
                    ExampleRow(kind, {{"kode_jabatan", "DINKES.PERAWAT.AMD"},
                                      {"nama_jabatan", "Perawat Ahli Madya"},
                                      {"jenis_jabatan", "ahli_madya"}}),
                    ExampleRow(kind, {{"kode_jabatan", "BKD.ANALIS"},
                                      {"nama_jabatan", "Analis SDM Aparatur Ahli Pertama"},
                                      {"jenis_jabatan", "ahli_pertama"},
                                      {"kode_opd", "BKD"},
                                      {"bidang", ""}})};
        case Kind::pegawai:
            return {ExampleRow(kind),  // its supervisor comes on the next row
                    ExampleRow(kind, {{"nip", "197803152003122002"},
                                      {"nama", "Dr. Hendra Saputra"},
                                      {"kode_jabatan", "DINKES.PERAWAT.AMD"},
                                      {"nip_atasan", ""},
                                      {"kode_jabatan_target", ""}}),
                    ExampleRow(kind, {{"nip", "199001012015011001"},
                                      {"nama", "Rudi Hartono"},
                                      {"kode_jabatan", "BKD.ANALIS"},
                                      {"kode_opd", "BKD"},
                                      {"kode_unit", "UPT.BKD"},
                                      {"nip_atasan", ""},
                                      {"email", ""},
                                      {"kode_jabatan_target", ""}})};
        default: return {ExampleRow(kind)};
    }
}

Actor Admin() {
    return Actor{};
}

Actor AgencyManager(const std::string& agency) {
    return Actor{7, "pengelola." + agency, domain::Role::pengelola_opd, agency};
}

void StoreTest::SetUp() {
    std::string pattern = ::testing::TempDir() + "bangkom-services-XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    auto store = storage::OpenStore(dir_ + "/bangkom.db");
    ASSERT_TRUE(store.ok()) << store.error().message;
    store_ = std::move(store).value();
    service_ = std::make_unique<ImportService>(*store_, kRaterKey);
}

void StoreTest::TearDown() {
    service_.reset();
    store_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
}

void StoreTest::SeedMasters() {
    for (Kind kind : {Kind::opd, Kind::unit_layanan, Kind::kompetensi, Kind::jabatan, Kind::pegawai, Kind::program,
                      Kind::angkatan}) {
        auto imported = service().Import(kind, Csv(kind, GoodRows(kind)), domain::Lang::en, Admin());
        ASSERT_TRUE(imported.ok()) << domain::KindCode(kind) << ": " << imported.error().message << " "
                                   << (imported.error().details.empty()
                                           ? ""
                                           : formats::FormatDetail(imported.error().details[0], domain::Lang::en));
    }
}

int64_t StoreTest::CountOf(Kind kind) {
    auto count = store().Count(kind);
    EXPECT_TRUE(count.ok());
    return count.ok() ? count.value() : -1;
}

}  // namespace bangkom::services::testing
