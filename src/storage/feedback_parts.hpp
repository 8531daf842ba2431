#pragma once
// What both backends of FeedbackRepository share (internal to storage/): the SQL that reads the same in both
// dialects' parameter forms is kept per backend; here the errors, in Indonesian with the English in brackets like
// the other repositories, and the relationship codes.

#include <cstdint>
#include <string>

#include "domain/enums.hpp"
#include "domain/result.hpp"

namespace bangkom::storage::feedback_parts {

Error CampaignExists(const std::string& offering, const std::string& phase);
Error CampaignNotFound(int64_t id);
Error NotInvited(int64_t campaign, const std::string& rated);
Error AlreadyAnswered(int64_t campaign, const std::string& rated);
/// The stored code's relationship; rekan for a code the store should never hold.
domain::Relationship RelationshipOf(std::string_view code);

}  // namespace bangkom::storage::feedback_parts
