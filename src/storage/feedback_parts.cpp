#include "storage/feedback_parts.hpp"

namespace bangkom::storage::feedback_parts {

Error CampaignExists(const std::string& offering, const std::string& phase) {
    return MakeError(ErrorCode::conflict, "Angkatan " + offering + " sudah memiliki kampanye 360 tahap " + phase +
                                              " (the offering already has a 360 campaign of this phase)");
}

Error CampaignNotFound(int64_t id) {
    return MakeError(ErrorCode::not_found,
                     "Kampanye 360 tidak ditemukan: " + std::to_string(id) + " (no such 360 campaign)");
}

Error NotInvited(int64_t campaign, const std::string& rated) {
    return MakeError(ErrorCode::not_found, "Tidak ada undangan menilai " + rated + " pada kampanye " +
                                               std::to_string(campaign) + " (no such invitation)");
}

Error AlreadyAnswered(int64_t campaign, const std::string& rated) {
    return MakeError(ErrorCode::conflict, "Umpan balik untuk " + rated + " pada kampanye " + std::to_string(campaign) +
                                              " sudah dikirim (already answered)");
}

domain::Relationship RelationshipOf(std::string_view code) {
    return domain::FromCode<domain::Relationship>(code).value_or(domain::Relationship::rekan);
}

}  // namespace bangkom::storage::feedback_parts
