#include "services/plan_instance.hpp"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

#include "domain/date.hpp"

namespace bangkom::services {

namespace json = boost::json;

namespace {

/// Reads typed fields, remembering the first problem with the path where it happened.
class Reader {
  public:
    bool failed() const { return !error_.empty(); }
    Error error() const {
        return MakeError(ErrorCode::invalid_argument,
                         "Instans perencanaan tidak valid / invalid plan instance: " + error_);
    }
    void Fail(const std::string& path, const std::string& what) {
        if (error_.empty()) {
            error_ = path + ": " + what;
        }
    }

    const json::value* Field(const json::value& parent, std::string_view key, const std::string& path) {
        const json::object* object = parent.if_object();
        const json::value* found = object ? object->if_contains(key) : nullptr;
        if (!found) {
            Fail(path, "missing field \"" + std::string(key) + "\"");
        }
        return found;
    }
    const json::array* Array(const json::value* value, const std::string& path) {
        const json::array* array = value ? value->if_array() : nullptr;
        if (value && !array) {
            Fail(path, "expected an array");
        }
        return array;
    }
    std::optional<double> Number(const json::value* value, const std::string& path) {
        if (!value) {
            return std::nullopt;
        }
        if (value->is_int64()) {
            return static_cast<double>(value->get_int64());
        }
        if (value->is_uint64()) {
            return static_cast<double>(value->get_uint64());
        }
        if (value->is_double() && std::isfinite(value->get_double())) {
            return value->get_double();
        }
        Fail(path, "expected a number");
        return std::nullopt;
    }
    /// A whole number in [min, max].
    std::optional<int64_t> Integer(const json::value* value, const std::string& path, int64_t min, int64_t max) {
        const std::optional<double> number = Number(value, path);
        if (!number) {
            return std::nullopt;
        }
        if (std::floor(*number) != *number || *number < static_cast<double>(min) ||
            *number > static_cast<double>(max)) {
            Fail(path, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max));
            return std::nullopt;
        }
        return static_cast<int64_t>(*number);
    }
    std::optional<int32_t> Day(const json::value* value, const std::string& path) {
        const json::string* text = value ? value->if_string() : nullptr;
        if (value && !text) {
            Fail(path, "expected a date YYYY-MM-DD");
        }
        if (!text) {
            return std::nullopt;
        }
        const Result<domain::Date> date = domain::Date::ParseIso(std::string_view(text->data(), text->size()));
        if (!date) {
            Fail(path, "expected a date YYYY-MM-DD");
            return std::nullopt;
        }
        return static_cast<int32_t>(date->DaysSinceEpoch());
    }

  private:
    std::string error_;
};

constexpr int64_t kMaxIndex = 100'000'000;

void ReadPrograms(Reader& r, const json::array& programs, uint32_t competencies, planning::Model& model) {
    for (size_t i = 0; i < programs.size() && !r.failed(); ++i) {
        const std::string path = "programs[" + std::to_string(i) + "]";
        planning::Program program;
        program.code = "P" + std::to_string(i);
        const json::value* raises = r.Field(programs[i], "raises", path);
        const json::object* object = raises ? raises->if_object() : nullptr;
        if (raises && !object) {
            r.Fail(path + ".raises", "expected an object");
        }
        if (!object) {
            continue;
        }
        for (const auto& entry : *object) {
            const std::string key(entry.key());
            std::string at = path;
            at.append(".raises.").append(key);
            const std::optional<double> levels = r.Number(&entry.value(), at);
            char* end = nullptr;
            const uint64_t index = std::strtoull(key.c_str(), &end, 10);
            if (key.empty() || *end != '\0' || index >= competencies) {
                r.Fail(at, "unknown competency index");
            } else if (levels && *levels < 0) {
                r.Fail(at, "levels may not be negative");
            } else if (levels) {
                program.raises.emplace_back(static_cast<uint32_t>(index), *levels);
            }
        }
        std::sort(program.raises.begin(), program.raises.end());
        program.max_level = r.Number(r.Field(programs[i], "L", path), path + ".L").value_or(0);
        model.programs.push_back(std::move(program));
    }
}

void ReadOfferings(Reader& r, const json::array& offerings, planning::Model& model) {
    for (size_t i = 0; i < offerings.size() && !r.failed(); ++i) {
        const std::string path = "offerings[" + std::to_string(i) + "]";
        const json::value& value = offerings[i];
        planning::Offering offering;
        offering.code = "O" + std::to_string(i);
        offering.program = static_cast<uint32_t>(
            r.Integer(r.Field(value, "p", path), path + ".p", 0, static_cast<int64_t>(model.programs.size()) - 1)
                .value_or(0));
        offering.capacity =
            static_cast<int>(r.Integer(r.Field(value, "cap", path), path + ".cap", 0, kMaxIndex).value_or(0));
        offering.jp = static_cast<int>(r.Integer(r.Field(value, "jp", path), path + ".jp", 0, 10'000).value_or(0));
        offering.cost = r.Integer(r.Field(value, "cost", path), path + ".cost", 0, int64_t{1} << 50).value_or(0);
        offering.first_day = r.Day(r.Field(value, "start", path), path + ".start").value_or(0);
        offering.last_day = r.Day(r.Field(value, "end", path), path + ".end").value_or(0);
        const json::value* att = r.Field(value, "att", path);
        if (att && !att->is_bool()) {
            r.Fail(path + ".att", "expected true or false");
        }
        offering.attendance = att && att->is_bool() && att->get_bool();
        if (!r.failed() && offering.last_day < offering.first_day) {
            r.Fail(path, "ends before it starts");
        }
        model.offerings.push_back(std::move(offering));
    }
}

std::optional<planning::Need> ReadNeed(Reader& r, const json::value& pair, const std::string& path,
                                       uint32_t competencies) {
    const json::array* fields = pair.if_array();
    if (!fields || fields->size() != 6) {
        r.Fail(path, "expected [competency, held, g1, g2, w1, w2]");
        return std::nullopt;
    }
    planning::Need need;
    need.competency = static_cast<uint32_t>(r.Integer(&(*fields)[0], path + "[0]", 0, competencies - 1).value_or(0));
    need.held = r.Number(&(*fields)[1], path + "[1]").value_or(0);
    need.g1 = r.Number(&(*fields)[2], path + "[2]").value_or(0);
    need.g2 = r.Number(&(*fields)[3], path + "[3]").value_or(0);
    need.w1 = r.Number(&(*fields)[4], path + "[4]").value_or(0);
    need.w2 = r.Number(&(*fields)[5], path + "[5]").value_or(0);
    if (need.g1 < 0 || need.g2 < 0 || need.w1 < 0 || need.w2 < 0) {
        r.Fail(path, "gaps and weights may not be negative");
    }
    return need;
}

void ReadEmployees(Reader& r, const json::array& employees, uint32_t competencies, planning::Model& model) {
    const auto last_agency = static_cast<int64_t>(model.agencies.size()) - 1;
    const auto last_offering = static_cast<int64_t>(model.offerings.size()) - 1;
    for (size_t i = 0; i < employees.size() && !r.failed(); ++i) {
        const std::string path = "employees[" + std::to_string(i) + "]";
        const json::value& value = employees[i];
        planning::Employee employee;
        employee.nip = "E" + std::to_string(i);
        employee.agency =
            static_cast<uint32_t>(r.Integer(r.Field(value, "a", path), path + ".a", 0, last_agency).value_or(0));
        employee.j0 = static_cast<int>(r.Integer(r.Field(value, "j0", path), path + ".j0", 0, 100'000).value_or(0));
        const json::array* pairs = r.Array(r.Field(value, "pairs", path), path + ".pairs");
        for (size_t k = 0; pairs && k < pairs->size() && !r.failed(); ++k) {
            if (auto need = ReadNeed(r, (*pairs)[k], path + ".pairs[" + std::to_string(k) + "]", competencies)) {
                employee.needs.push_back(*need);
            }
        }
        std::sort(employee.needs.begin(), employee.needs.end(),
                  [](const planning::Need& a, const planning::Need& b) { return a.competency < b.competency; });
        const json::array* cand = r.Array(r.Field(value, "cand", path), path + ".cand");
        for (size_t k = 0; cand && k < cand->size() && !r.failed(); ++k) {
            const std::string at = path + ".cand[" + std::to_string(k) + "]";
            if (auto o = r.Integer(&(*cand)[k], at, 0, last_offering)) {
                employee.candidates.push_back(static_cast<uint32_t>(*o));
            }
        }
        std::sort(employee.candidates.begin(), employee.candidates.end());
        if (std::adjacent_find(employee.candidates.begin(), employee.candidates.end()) != employee.candidates.end()) {
            r.Fail(path + ".cand", "an offering is listed twice");
        }
        model.employees.push_back(std::move(employee));
    }
}

}  // namespace

Result<planning::Model> ParsePlanInstance(std::string_view json_text) {
    boost::system::error_code ec;
    const json::value root = json::parse(json_text, ec);
    if (ec) {
        return MakeError(ErrorCode::invalid_argument,
                         "Instans perencanaan bukan JSON yang sah / plan instance is not valid JSON: " + ec.message());
    }
    Reader r;
    planning::Model model;
    model.settings.target_jp = static_cast<int>(r.Integer(r.Field(root, "T", "$"), "T", 0, 10'000).value_or(0));
    model.settings.jp_cap = static_cast<int>(r.Integer(r.Field(root, "J", "$"), "J", 0, 100'000).value_or(0));
    model.settings.shortfall_penalty = r.Number(r.Field(root, "lam", "$"), "lam").value_or(0);
    const auto competencies =
        static_cast<uint32_t>(r.Integer(r.Field(root, "n_comp", "$"), "n_comp", 0, kMaxIndex).value_or(0));
    for (uint32_t c = 0; c < competencies; ++c) {
        model.competencies.push_back("K" + std::to_string(c));
    }
    const json::array* budgets = r.Array(r.Field(root, "budgets", "$"), "budgets");
    for (size_t a = 0; budgets && a < budgets->size() && !r.failed(); ++a) {
        const std::string path = "budgets[" + std::to_string(a) + "]";
        model.agencies.push_back(
            {"A" + std::to_string(a), r.Integer(&(*budgets)[a], path, 0, int64_t{1} << 55).value_or(0)});
    }
    const json::array* programs = r.Array(r.Field(root, "programs", "$"), "programs");
    const json::array* offerings = r.Array(r.Field(root, "offerings", "$"), "offerings");
    const json::array* employees = r.Array(r.Field(root, "employees", "$"), "employees");
    if (!r.failed()) {
        ReadPrograms(r, *programs, competencies, model);
    }
    if (!r.failed()) {
        ReadOfferings(r, *offerings, model);
    }
    if (!r.failed()) {
        ReadEmployees(r, *employees, competencies, model);
    }
    if (r.failed()) {
        return r.error();
    }
    if (!model.offerings.empty()) {
        model.year = domain::Date::FromDaysSinceEpoch(model.offerings.front().first_day).year();
    }
    return model;
}

Result<planning::Model> LoadPlanInstance(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return MakeError(ErrorCode::not_found,
                         "Berkas instans tidak dapat dibaca / cannot read instance file: " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return ParsePlanInstance(text.str());
}

}  // namespace bangkom::services
