// Module files are what their first bytes say, and their names agree.

#include "formats/media.hpp"

#include <gtest/gtest.h>

namespace bangkom::formats {
namespace {

using domain::Lang;

const std::string kMp4(
    "\0\0\0\x18"
    "ftypmp42\0\0\0\0",
    16);
const std::string kWebm("\x1A\x45\xDF\xA3\x9F\x42\x86\x81", 8);

TEST(SniffModuleFile, AcceptsPdfMp4AndWebm) {
    EXPECT_EQ(*SniffModuleFile("pdf", "Materi.PDF", "%PDF-1.7\n", Lang::id), "application/pdf");
    EXPECT_EQ(*SniffModuleFile("video", "kelas.mp4", kMp4, Lang::id), "video/mp4");
    EXPECT_EQ(*SniffModuleFile("video", "kelas.webm", kWebm, Lang::id), "video/webm");
}

TEST(SniffModuleFile, RefusesRenamedFilesAndWrongExtensions) {
    auto renamed = SniffModuleFile("pdf", "materi.pdf", "<html>", Lang::id);
    ASSERT_FALSE(renamed);
    EXPECT_EQ(renamed.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(renamed.error().message, "Berkas ini bukan PDF (tidak diawali %PDF-).");
    EXPECT_FALSE(SniffModuleFile("pdf", "materi.docx", "%PDF-1.4", Lang::id));
    EXPECT_FALSE(SniffModuleFile("video", "kelas.mp4", kWebm, Lang::id));
    EXPECT_FALSE(SniffModuleFile("video", "kelas.webm", kMp4, Lang::id));
    EXPECT_FALSE(SniffModuleFile("video", "kelas.avi", kMp4, Lang::id));
    EXPECT_FALSE(SniffModuleFile("video", "kelas.mp4", "ftyp", Lang::id));  // too short
    EXPECT_EQ(SniffModuleFile("text", "a.txt", "x", Lang::en).error().message, "This kind of module takes no file.");
}

}  // namespace
}  // namespace bangkom::formats
