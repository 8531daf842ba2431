#pragma once
// What classes (delivery_service.cpp) and e-learning courses (course_service.cpp) share: messages, the offering
// with its program, who is a partner, the inbox, and the record of a pass — certificate and JP credit — that the
// store writes in one transaction.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "services/delivery_service.hpp"
#include "storage/store.hpp"

namespace bangkom::services::delivery_parts {

std::string Msg(domain::Lang lang, std::string_view id, std::string_view en);
Error FieldError(ErrorCode code, const std::string& message, const std::string& column, int row = 0);
Error Forbidden(domain::Lang lang);

template <class T>
std::optional<T> GetOne(storage::Store& store, domain::Kind kind, const std::string& key) {
    auto got = store.Get(kind, key);
    if (!got) return std::nullopt;
    const auto& items = std::get<std::vector<T>>(*got);
    if (items.empty()) return std::nullopt;
    return items.front();
}

/// A lembaga_mitra user of the program's institution.
bool OwnInstitution(const storage::User& user, const domain::Program& program);
/// The offering with its program: not_found for either.
Result<OfferingInfo> LoadOfferingInfo(storage::Store& store, const std::string& code, domain::Lang lang);
/// Adds each NIP's notification to the inbox of the active users with that NIP (a failure is ignored: the inbox
/// is a courtesy, the change stands).
void NotifyByNip(storage::Store& store, const std::map<std::string, storage::Notification>& by_nip);
/// Records that a reminder under `key` goes out now: conflict (naming when the next one may go) when the last one
/// under that key went out less than a day before `now`.
Result<void> ClaimReminder(storage::Store& store, const std::string& key, int64_t now, domain::Lang lang);
/// The inbox note of a decision (`course_decided`).
storage::Notification DecidedNote(const OfferingInfo& info, const storage::DecisionRecord& d, int64_t now);

/// Caches across the passes of one decision: agency names and the numbers already drawn.
struct PassContext {
    std::map<std::string, std::string> agency_names;
    std::set<std::string> numbers;
};

/// Fills `d` (status passed) with its certificate and riwayat_jp credit for the dates `start`…`end`: a fresh
/// certificate number of `end`'s year. failed_precondition when the employee's record is missing.
Result<void> AddPass(storage::Store& store, const OfferingInfo& info, const std::string& agency,
                     const domain::Date& start, const domain::Date& end, int64_t now, PassContext& context,
                     storage::DecisionRecord& d, domain::Lang lang);

}  // namespace bangkom::services::delivery_parts
