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

}  // namespace bangkom::storage::delivery_parts
