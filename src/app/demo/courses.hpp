#pragma once
// The demo's e-learning (issue 7): "E-Learning Core Values ASN BerAKHLAK" becomes a self-paced course open all year
// (an offering from 1 January to 31 December of the data set's year, no seat limit) with two text pages, a
// short SCORM 1.2 quiz (mastery 70) assembled here and a final test drawn from the demo's question bank
// (quiz_bank.cpp; the offering's post-test); the demo employee has joined it and read the first page.
// Its content goes to the content directory beside the database. Running it again adds nothing.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "app/demo/programs.hpp"
#include "app/demo/workforce.hpp"
#include "domain/date.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::app::demo {

/// The self-paced offering (the caller stores it with the catalog); nullopt when the catalog lacks the program.
std::optional<domain::Offering> SelfPacedOffering(const Catalog& catalog, domain::Date as_of);

struct CoursesSummary {
    std::string offering;  // "" when the catalog lacks the program
    int64_t modules = 0;
};

Result<CoursesSummary> BuildCourses(storage::Store& store, const std::filesystem::path& content_root,
                                    const Catalog& catalog, const DemoPeople& people, domain::Date as_of);

}  // namespace bangkom::app::demo
