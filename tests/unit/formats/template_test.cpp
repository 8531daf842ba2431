#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zip.h>

#include <string>

#include "formats/kind_spec.hpp"
#include "formats/values.hpp"

namespace bangkom::formats {
namespace {

using domain::Kind;
using ::testing::HasSubstr;

/// One part of the .xlsx package, as text ("" when absent).
std::string PartOf(const std::string& xlsx, const char* name) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(xlsx.data(), xlsx.size(), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    std::string out;
    if (archive != nullptr) {
        if (zip_file_t* file = zip_fopen(archive, name, 0)) {
            char buf[4096];
            for (zip_int64_t n; (n = zip_fread(file, buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
            zip_fclose(file);
        }
        zip_close(archive);
    } else if (source != nullptr) {
        zip_source_free(source);
    }
    zip_error_fini(&error);
    return out;
}

TEST(TemplateXlsxTest, FirstSheetHasTheHeaderAndAnExampleRow) {
    for (Kind kind : domain::AllKinds()) {
        SCOPED_TRACE(std::string(domain::KindCode(kind)));
        auto bytes = TemplateXlsx(kind, domain::Lang::id);
        ASSERT_TRUE(bytes.ok()) << bytes.error().message;
        auto table = ReadXlsx(bytes.value(), domain::Lang::id);
        ASSERT_TRUE(table.ok()) << table.error().message;
        const auto& spec = SpecOf(kind);
        ASSERT_EQ(table->header.size(), spec.columns.size());
        for (size_t c = 0; c < spec.columns.size(); ++c) EXPECT_EQ(table->header[c], spec.columns[c].name);
        ASSERT_EQ(table->rows.size(), 1u);
        for (size_t c = 0; c < spec.columns.size(); ++c) {
            const Cell& cell = table->rows[0][c];
            if (cell.type == CellType::number) {
                EXPECT_DOUBLE_EQ(cell.number, std::stod(std::string(spec.columns[c].example))) << spec.columns[c].name;
            } else {
                EXPECT_EQ(CellText(cell), spec.columns[c].example) << spec.columns[c].name;
            }
        }
    }
}

TEST(TemplateXlsxTest, NumbersStayNumbersAndNipStaysText) {
    auto bytes = TemplateXlsx(Kind::program, domain::Lang::id);
    ASSERT_TRUE(bytes.ok());
    auto table = ReadXlsx(bytes.value(), domain::Lang::id);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rows[0][4].type, CellType::number);  // jp
    EXPECT_DOUBLE_EQ(table->rows[0][5].number, 3500000);  // biaya_per_peserta

    auto employees = ReadXlsx(TemplateXlsx(Kind::pegawai, domain::Lang::id).value(), domain::Lang::id);
    ASSERT_TRUE(employees.ok());
    EXPECT_EQ(employees->rows[0][0].type, CellType::text);
    EXPECT_EQ(employees->rows[0][0].text, "198609262015051001");
}

TEST(TemplateXlsxTest, GuideSheetExplainsEveryColumnInTheChosenLanguage) {
    auto id = TemplateXlsx(Kind::penilaian, domain::Lang::id);
    ASSERT_TRUE(id.ok());
    EXPECT_THAT(PartOf(id.value(), "xl/workbook.xml"), HasSubstr("name=\"Petunjuk\""));
    const std::string strings_id = PartOf(id.value(), "xl/worksheets/sheet2.xml");
    EXPECT_THAT(strings_id, HasSubstr("keterangan"));
    EXPECT_THAT(strings_id, HasSubstr("Sumber penilaian: asesmen, atasan, rekan, mandiri."));

    auto en = TemplateXlsx(Kind::penilaian, domain::Lang::en);
    ASSERT_TRUE(en.ok());
    EXPECT_THAT(PartOf(en.value(), "xl/workbook.xml"), HasSubstr("name=\"Guide\""));
    const std::string strings_en = PartOf(en.value(), "xl/worksheets/sheet2.xml");
    EXPECT_THAT(strings_en, HasSubstr("Source of the rating: asesmen, atasan, rekan, mandiri."));
    EXPECT_THAT(strings_en, HasSubstr("decimal number"));
}

}  // namespace
}  // namespace bangkom::formats
