// Range requests on files: one range, open and suffix forms, shortened to the chunk, unsatisfiable ones.

#include "http/file_response.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace bangkom::http {
namespace {

using Range = std::pair<int64_t, int64_t>;

TEST(ByteRange, ReadsTheThreeFormsOfOneRange) {
    EXPECT_EQ(ByteRange("bytes=0-3", 100, 1000), (Range{0, 3}));
    EXPECT_EQ(ByteRange("bytes=90-", 100, 1000), (Range{90, 99}));
    EXPECT_EQ(ByteRange("bytes=-10", 100, 1000), (Range{90, 99}));
    EXPECT_EQ(ByteRange("bytes=-500", 100, 1000), (Range{0, 99}));
    EXPECT_EQ(ByteRange("bytes=50-500", 100, 1000), (Range{50, 99}));  // clipped to the file
}

TEST(ByteRange, ShortensLongRangesToTheChunk) {
    EXPECT_EQ(ByteRange("bytes=0-", 1'000'000, 1000), (Range{0, 999}));
    EXPECT_EQ(ByteRange("bytes=10-5000", 1'000'000, 1000), (Range{10, 1009}));
}

TEST(ByteRange, IgnoresWhatItCannotServeAndRefusesWhatLiesOutside) {
    EXPECT_FALSE(ByteRange("", 100, 1000));
    EXPECT_FALSE(ByteRange("items=0-3", 100, 1000));
    EXPECT_FALSE(ByteRange("bytes=0-3,5-7", 100, 1000));  // several ranges: the whole file
    EXPECT_FALSE(ByteRange("bytes=5-3", 100, 1000));
    EXPECT_FALSE(ByteRange("bytes=a-3", 100, 1000));
    EXPECT_EQ(ByteRange("bytes=100-", 100, 1000), (Range{-1, -1}));
    EXPECT_EQ(ByteRange("bytes=-0", 100, 1000), (Range{-1, -1}));
}

TEST(FileWithRanges, AnswersPartialContentWithItsRange) {
    const auto path = std::filesystem::temp_directory_path() / ("bangkom-range-" + std::to_string(::getpid()));
    std::ofstream(path, std::ios::binary) << "0123456789";
    Request request;
    request.method = "GET";
    request.headers["range"] = "bytes=2-4";
    const auto partial = FileWithRanges(path, "text/plain", request);
    EXPECT_EQ(partial.status, 206);
    EXPECT_EQ(partial.body, "234");
    EXPECT_EQ(partial.HeaderValue("Content-Range"), "bytes 2-4/10");
    request.headers["range"] = "bytes=20-";
    const auto outside = FileWithRanges(path, "text/plain", request);
    EXPECT_EQ(outside.status, 416);
    EXPECT_EQ(outside.HeaderValue("Content-Range"), "bytes */10");
    request.headers.clear();
    const auto whole = FileWithRanges(path, "text/plain", request);
    EXPECT_EQ(whole.status, 200);
    EXPECT_EQ(whole.body, "0123456789");
    EXPECT_EQ(whole.HeaderValue("Accept-Ranges"), "bytes");
    std::filesystem::remove(path);
    EXPECT_EQ(FileWithRanges(path, "text/plain", request).status, 404);
}

}  // namespace
}  // namespace bangkom::http
