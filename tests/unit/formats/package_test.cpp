#include "formats/package.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "formats/zip_writer.hpp"

namespace bangkom::formats {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

struct Entry {
    std::string name;
    std::string content;
    bool link = false;
};

/// Writes a zip of `entries` (built with libzip, so names are stored exactly as given).
class PackageTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("bangkom-package-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string Zip(const std::vector<Entry>& entries) {
        const std::string path = (dir_ / "paket.zip").string();
        int error = 0;
        zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        EXPECT_NE(z, nullptr);
        for (const Entry& e : entries) {
            zip_source_t* source = zip_source_buffer(z, e.content.data(), e.content.size(), 0);
            const zip_int64_t index = zip_file_add(z, e.name.c_str(), source, ZIP_FL_ENC_UTF_8);
            EXPECT_GE(index, 0) << e.name;
            if (e.link) {
                zip_file_set_external_attributes(z, static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX,
                                                 static_cast<zip_uint32_t>(S_IFLNK | 0777) << 16);
            }
        }
        EXPECT_EQ(zip_close(z), 0);
        return path;
    }

    static std::string Refusal(const Result<PackageInfo>& r) {
        EXPECT_FALSE(r.ok());
        if (r.ok()) return "";
        EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
        return r.error().message;
    }

    fs::path dir_;
};

const char* kScorm12 = R"(<?xml version="1.0"?>
<manifest identifier="M1" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG"><title>Pelayanan Prima</title>
      <item identifier="I1" identifierref="R1" parameters="?bab=1"><title>Bab 1</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="index.html"/>
  </resources>
</manifest>)";

const char* kScorm2004 = R"(<?xml version="1.0"?>
<manifest identifier="M2" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="B">
    <organization identifier="A"><title>Bukan ini</title>
      <item identifier="X" identifierref="R1"><title>X</title></item></organization>
    <organization identifier="B"><title>Manajemen ASN</title>
      <item identifier="MOD1"><title>Modul 1</title>
        <item identifier="S1" identifierref="R1"><title>Pengantar</title></item>
        <item identifier="S2" identifierref="R2"><title>Kuis</title></item>
      </item>
    </organization>
  </organizations>
  <resources xml:base="konten/">
    <resource identifier="R1" adlcp:scormType="sco" href="satu.html"/>
    <resource identifier="R2" adlcp:scormType="sco" xml:base="kuis/" href="mulai.html"/>
  </resources>
</manifest>)";

TEST_F(PackageTest, Scorm12SingleScoWithParameters) {
    const auto r = InspectPackage(Zip({{"imsmanifest.xml", kScorm12}, {"index.html", "<p>hai</p>"}}));
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->standard, PackageStandard::scorm_12);
    EXPECT_EQ(Code(r->standard), "scorm_1.2");
    EXPECT_EQ(r->title, "Pelayanan Prima");
    ASSERT_EQ(r->items.size(), 1U);
    EXPECT_EQ(r->items[0].identifier, "I1");
    EXPECT_EQ(r->items[0].title, "Bab 1");
    EXPECT_EQ(r->items[0].launch, "index.html?bab=1");
    EXPECT_EQ(r->files, 2);
}

TEST_F(PackageTest, Scorm2004DefaultOrganizationNestedItemsAndXmlBase) {
    const auto r = InspectPackage(
        Zip({{"imsmanifest.xml", kScorm2004}, {"konten/satu.html", "1"}, {"konten/kuis/mulai.html", "2"}}));
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(Code(r->standard), "scorm_2004");
    EXPECT_EQ(r->version, "2004 4th Edition");
    EXPECT_EQ(r->title, "Manajemen ASN");
    ASSERT_EQ(r->items.size(), 2U);
    EXPECT_EQ(r->items[0].launch, "konten/satu.html");
    EXPECT_EQ(r->items[1].identifier, "S2");
    EXPECT_EQ(r->items[1].launch, "konten/kuis/mulai.html");
}

TEST_F(PackageTest, Cmi5CourseStructure) {
    const char* cmi5 = R"(<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
      <course id="https://contoh.go.id/kursus/1"><title><langstring lang="id">Etika ASN</langstring></title></course>
      <au id="https://contoh.go.id/au/1"><title><langstring lang="id">Unit 1</langstring></title><url>au1/index.html</url></au>
    </courseStructure>)";
    const auto r = InspectPackage(Zip({{"cmi5.xml", cmi5}, {"au1/index.html", "x"}}));
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(Code(r->standard), "cmi5");
    EXPECT_EQ(r->title, "Etika ASN");
    ASSERT_EQ(r->items.size(), 1U);
    EXPECT_EQ(r->items[0].launch, "au1/index.html");
}

TEST_F(PackageTest, AiccIsRefusedByName) {
    EXPECT_THAT(Refusal(InspectPackage(Zip({{"course.crs", "[Course]"}, {"course.au", "x"}}))), HasSubstr("AICC"));
}

TEST_F(PackageTest, MissingOrBrokenManifest) {
    EXPECT_THAT(Refusal(InspectPackage(Zip({{"index.html", "x"}}))), HasSubstr("imsmanifest.xml tidak ada"));
    EXPECT_THAT(Refusal(InspectPackage(Zip({{"imsmanifest.xml", "<manifest><unclosed>"}}))),
                HasSubstr("imsmanifest.xml tidak dapat dibaca"));
    const std::string no_version =
        R"(<manifest><organizations><organization identifier="O"/></organizations></manifest>)";
    EXPECT_THAT(Refusal(InspectPackage(Zip({{"imsmanifest.xml", no_version}}))), HasSubstr("versi SCORM"));
}

TEST_F(PackageTest, LaunchFileMustBeInThePackage) {
    EXPECT_THAT(Refusal(InspectPackage(Zip({{"imsmanifest.xml", kScorm12}}))),
                HasSubstr("\"index.html\" tidak ada di dalam paket"));
}

TEST_F(PackageTest, PathsEscapingThePackageAreRefused) {
    for (const std::string name :
         {"../luar.html", "/etc/passwd", "a/../../luar.html", "a\\..\\luar.html", "C:/x.html"}) {
        EXPECT_THAT(Refusal(InspectPackage(Zip({{"imsmanifest.xml", kScorm12}, {"index.html", "x"}, {name, "x"}}))),
                    HasSubstr("keluar dari folder paket"))
            << name;
    }
}

TEST_F(PackageTest, LinksAreRefused) {
    const auto r = InspectPackage(Zip({{"imsmanifest.xml", kScorm12}, {"index.html", "/etc/passwd", true}}));
    EXPECT_THAT(Refusal(r), HasSubstr("symlink"));
}

TEST_F(PackageTest, ZipBombsAndLimitsAreRefused) {
    const std::string zeros(3 << 20, '\0');  // 3 MiB of zeros deflate about 1000:1
    EXPECT_THAT(Refusal(InspectPackage(Zip({{"imsmanifest.xml", kScorm12}, {"index.html", zeros}}))),
                HasSubstr("zip bomb"));
    PackageLimits small;
    small.max_unpacked_bytes = 1000;
    const std::string path = Zip({{"imsmanifest.xml", kScorm12}, {"index.html", std::string(2000, 'a')}});
    EXPECT_THAT(Refusal(InspectPackage(path, small)), HasSubstr("setelah dibuka"));
    small = {};
    small.max_files = 1;
    EXPECT_THAT(Refusal(InspectPackage(path, small)), HasSubstr("batasnya 1"));
    small = {};
    small.max_zip_bytes = 100;
    EXPECT_THAT(Refusal(InspectPackage(path, small)), HasSubstr("melebihi batas"));
}

TEST_F(PackageTest, NotAZipOrMissingFile) {
    const fs::path text = dir_ / "bukan.zip";
    std::ofstream(text) << "ini bukan zip";
    EXPECT_THAT(Refusal(InspectPackage(text.string())), HasSubstr("bukan arsip zip"));
    EXPECT_THAT(Refusal(InspectPackage((dir_ / "tidak-ada.zip").string())), HasSubstr("tidak dapat dibuka"));
}

TEST_F(PackageTest, MessagesInEnglish) {
    const auto r = InspectPackage(Zip({{"index.html", "x"}}), {}, domain::Lang::en);
    EXPECT_THAT(Refusal(r), HasSubstr("imsmanifest.xml is missing"));
}

TEST_F(PackageTest, MasteryScoresFromBothManifests) {
    std::string with_mastery = kScorm12;
    with_mastery.replace(with_mastery.find("<title>Bab 1</title>"), 20,
                         "<title>Bab 1</title><adlcp:masteryscore> 70 </adlcp:masteryscore>");
    auto r12 = InspectPackage(Zip({{"imsmanifest.xml", with_mastery}, {"index.html", "x"}}));
    ASSERT_TRUE(r12.ok()) << r12.error().message;
    EXPECT_EQ(r12->items[0].mastery_score, 70);
    auto without = InspectPackage(Zip({{"imsmanifest.xml", kScorm12}, {"index.html", "x"}}));
    EXPECT_FALSE(without->items[0].mastery_score);
    std::string sequenced = kScorm2004;
    sequenced.replace(sequenced.find("<title>Kuis</title>"), 19,
                      "<title>Kuis</title><imsss:sequencing><imsss:objectives><imsss:primaryObjective "
                      "satisfiedByMeasure=\"true\"><imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>"
                      "</imsss:primaryObjective></imsss:objectives></imsss:sequencing>");
    auto r2004 = InspectPackage(
        Zip({{"imsmanifest.xml", sequenced}, {"konten/satu.html", "1"}, {"konten/kuis/mulai.html", "2"}}));
    ASSERT_TRUE(r2004.ok()) << r2004.error().message;
    EXPECT_FALSE(r2004->items[0].mastery_score);
    EXPECT_DOUBLE_EQ(*r2004->items[1].mastery_score, 80);
}

TEST_F(PackageTest, UnpacksIntoPlaceAndLeavesNothingOnRefusal) {
    const fs::path into = dir_ / "konten" / "paket-1";
    const auto r = UnpackPackage(
        Zip({{"imsmanifest.xml", kScorm2004}, {"konten/satu.html", "satu"}, {"konten/kuis/mulai.html", "dua"}}), into);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->items.size(), 2U);
    std::ifstream in(into / "konten" / "kuis" / "mulai.html");
    std::string text;
    in >> text;
    EXPECT_EQ(text, "dua");
    EXPECT_TRUE(fs::exists(into / "imsmanifest.xml"));
    // unpacking over an existing folder is refused; a hostile zip leaves no folder and no temporary behind
    EXPECT_EQ(UnpackPackage(Zip({{"imsmanifest.xml", kScorm12}, {"index.html", "x"}}), into).error().code,
              ErrorCode::conflict);
    const fs::path other = dir_ / "konten" / "paket-2";
    EXPECT_THAT(Refusal(UnpackPackage(Zip({{"imsmanifest.xml", kScorm12}, {"index.html", "x"}, {"../x", "y"}}), other)),
                HasSubstr("keluar dari folder paket"));
    EXPECT_FALSE(fs::exists(other));
    size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir_ / "konten")) ++entries;
    EXPECT_EQ(entries, 1U);  // paket-1 only
}

TEST_F(PackageTest, Cmi5IsInspectedButNotUnpackedForPlaying) {
    const char* cmi5 = R"(<courseStructure><course id="c"><title><langstring>K</langstring></title></course>
      <au id="a"><title><langstring>U</langstring></title><url>au1/index.html</url></au></courseStructure>)";
    const auto r = UnpackPackage(Zip({{"cmi5.xml", cmi5}, {"au1/index.html", "x"}}), dir_ / "cmi5");
    EXPECT_THAT(Refusal(r), HasSubstr("cmi5 belum dapat diputar"));
    EXPECT_FALSE(fs::exists(dir_ / "cmi5"));
}

TEST_F(PackageTest, AStoredZipWrittenInMemoryIsAPackageEveryReaderAccepts) {
    const fs::path path = dir_ / "tersimpan.zip";
    std::ofstream(path, std::ios::binary) << StoredZip({{"imsmanifest.xml", kScorm12}, {"index.html", "<p>hai</p>"}});
    const auto r = InspectPackage(path.string());
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->files, 2);
    EXPECT_EQ(r->unpacked_bytes, static_cast<int64_t>(std::string(kScorm12).size() + 10));
    const auto unpacked = UnpackPackage(path.string(), dir_ / "isi");
    ASSERT_TRUE(unpacked.ok()) << unpacked.error().message;
    std::ifstream in(dir_ / "isi" / "index.html");
    std::string text;
    in >> text;
    EXPECT_EQ(text, "<p>hai</p>");  // the CRC-32 matched: libzip reads it back
}

}  // namespace
}  // namespace bangkom::formats
