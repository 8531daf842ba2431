#pragma once
// The settings the BKD tunes through the API (docs/settings-api.md): document, evaluation, delivery, analysis and
// plan, each a JSON object under its key. A change is merged over the effective values and checked by the area's
// own parser (the one its loader uses) before anything is stored, so a stored setting is always one the area
// accepts. Who changed a key last is kept beside it (`settings_changed:<key>`).

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

struct SettingView {
    std::string key;
    std::string title;
    std::string description;
    boost::json::object values;      // the effective values
    boost::json::object defaults;    // the values with nothing stored
    std::vector<std::string> whole;  // number fields the area keeps whole ("predikat_score.baik" inside an object)
    bool stored = false;
    std::optional<std::string> updated_by;
    int64_t updated_at = 0;  // unix seconds; 0 = never changed through the API
};

class SettingsService {
  public:
    explicit SettingsService(storage::Store& store) : store_(store) {}

    /// Every key, in the order of docs/settings-api.md.
    Result<std::vector<SettingView>> All(domain::Lang lang);
    /// not_found for an unknown key.
    Result<SettingView> One(const std::string& key, domain::Lang lang);
    /// Merges `changes` over the effective values and stores them when the area accepts them: invalid_argument
    /// naming an unknown field, a value of the wrong JSON type, or (when the area's message names one) the field the
    /// area refused; nothing is stored then. not_found for an unknown key.
    Result<SettingView> Update(const std::string& key, const boost::json::object& changes, const std::string& by,
                               int64_t now, domain::Lang lang);
    /// Back to the defaults. not_found for an unknown key.
    Result<SettingView> Reset(const std::string& key, const std::string& by, int64_t now, domain::Lang lang);

  private:
    storage::Store& store_;
};

}  // namespace bangkom::services
