#include "http/errors.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace bangkom::http {
namespace {

TEST(StatusOf, EveryCodeHasItsStatus) {
    EXPECT_EQ(StatusOf(ErrorCode::invalid_argument), 400);
    EXPECT_EQ(StatusOf(ErrorCode::unauthenticated), 401);
    EXPECT_EQ(StatusOf(ErrorCode::forbidden), 403);
    EXPECT_EQ(StatusOf(ErrorCode::not_found), 404);
    EXPECT_EQ(StatusOf(ErrorCode::conflict), 409);
    EXPECT_EQ(StatusOf(ErrorCode::failed_precondition), 412);
    EXPECT_EQ(StatusOf(ErrorCode::resource_exhausted), 429);
    EXPECT_EQ(StatusOf(ErrorCode::internal), 500);
}

TEST(ErrorResponse, BodyCarriesCodeMessageAndDetails) {
    Error e = MakeError(ErrorCode::invalid_argument, "bad file");
    e.details.push_back(ErrorDetail{57, "nip", "NIP harus 18 digit"});
    const Response r = ErrorResponse(e);
    EXPECT_EQ(r.status, 400);
    EXPECT_NE(r.content_type.find("application/json"), std::string::npos);
    const auto body = boost::json::parse(r.body).as_object().at("error").as_object();
    EXPECT_EQ(body.at("code").as_string(), "invalid_argument");
    EXPECT_EQ(body.at("message").as_string(), "bad file");
    const auto& detail = body.at("details").as_array().at(0).as_object();
    EXPECT_EQ(detail.at("row").as_int64(), 57);
    EXPECT_EQ(detail.at("column").as_string(), "nip");
    EXPECT_EQ(detail.at("message").as_string(), "NIP harus 18 digit");
}

TEST(ErrorResponse, ExplicitStatusAndCode) {
    const Response r = ErrorResponse(413, "payload_too_large", "too big");
    EXPECT_EQ(r.status, 413);
    const auto body = boost::json::parse(r.body).as_object().at("error").as_object();
    EXPECT_EQ(body.at("code").as_string(), "payload_too_large");
    EXPECT_TRUE(body.at("details").as_array().empty());
}

TEST(FileDownload, TypeFollowsTheExtensionAndTheNameCannotBreakTheHeader) {
    const Response pdf = FileDownload("%PDF-1.5", "rencana_2027_semua_v1.pdf");
    EXPECT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.content_type, "application/pdf");
    EXPECT_EQ(pdf.body, "%PDF-1.5");
    EXPECT_EQ(pdf.HeaderValue("Content-Disposition"), "attachment; filename=\"rencana_2027_semua_v1.pdf\"");
    EXPECT_EQ(FileDownload("", "a.xlsx").content_type,
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_EQ(FileDownload("", "a.csv").content_type, "text/csv; charset=utf-8");
    EXPECT_EQ(FileDownload("", "a.bin").content_type, "application/octet-stream");
    const Response odd = FileDownload("", "poster_skm_A\"B\r\nX: y/ü.pdf");
    EXPECT_EQ(odd.HeaderValue("Content-Disposition"), "attachment; filename=\"poster_skm_A_B__X__y___.pdf\"");
}

TEST(Msg, PicksLanguage) {
    EXPECT_EQ(Msg(domain::Lang::id, "halo", "hello"), "halo");
    EXPECT_EQ(Msg(domain::Lang::en, "halo", "hello"), "hello");
}

}  // namespace
}  // namespace bangkom::http
