#pragma once
// What both backends of DeliveryRepository share (internal to storage/): the errors they report, in Indonesian
// with the English in brackets like the other repositories.

#include <cstdint>
#include <string>

#include "domain/result.hpp"

namespace bangkom::storage::delivery_parts {

Error UnknownStatus(const std::string& code);
Error SeatsExceeded(int capacity, int64_t before);
Error NotAParticipant(const std::string& offering, const std::string& nip);
Error AlreadyDecided(const std::string& nip);
Error CertificateNotFound(const std::string& number);
Error AlreadyReacted(const std::string& offering);
/// A random id in [2^40, 2^52) for an anonymous `reaksi` row: the answers of an offering are then in no particular
/// order, so they cannot be lined up with the order in which participants answered. Far above the ids the database
/// hands out itself.
int64_t AnonymousReactionId();

}  // namespace bangkom::storage::delivery_parts
