#include "http/record_json.hpp"

#include <boost/json/parse.hpp>
#include <charconv>
#include <cmath>
#include <type_traits>

namespace bangkom::http {
namespace json = boost::json;
using formats::CellType;
using formats::ColumnType;

namespace {

bool IsNumeric(ColumnType type) {
    return type == ColumnType::integer || type == ColumnType::money || type == ColumnType::decimal;
}

json::value NumberToJson(double number) {
    // JSON does not tell 3 from 3.0; whole values print as integers ("3", not "3E0").
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15) {
        return static_cast<int64_t>(number);
    }
    return number;
}

template <class R>
int64_t IdOf(const R& record) {
    if constexpr (requires { record.id; }) {
        return record.id;
    } else {
        return 0;
    }
}

std::vector<int64_t> IdsOf(const domain::Records& records) {
    return std::visit(
        [](const auto& items) {
            std::vector<int64_t> ids;
            ids.reserve(items.size());
            for (const auto& r : items) ids.push_back(IdOf(r));
            return ids;
        },
        records);
}

std::string JsonName(domain::Kind kind, std::string_view column) {
    if (kind == domain::Kind::umpan_balik_360 && column == "nip_penilai") return "penilai_hash";
    return std::string(column);
}

}  // namespace

json::value CellToJson(const formats::Cell& cell, ColumnType type) {
    switch (cell.type) {
        case CellType::empty: return nullptr;
        case CellType::boolean: return cell.number != 0 || cell.text == "true" || cell.text == "TRUE";
        case CellType::number:
            if (!IsNumeric(type) && !cell.text.empty()) return json::string(cell.text);
            return NumberToJson(cell.number);
        case CellType::text: break;
    }
    if (cell.text.empty()) return nullptr;
    if (IsNumeric(type)) {
        double number = 0;
        const char* end = cell.text.data() + cell.text.size();
        const auto [ptr, ec] = std::from_chars(cell.text.data(), end, number);
        if (ec == std::errc{} && ptr == end) return NumberToJson(number);
    }
    return json::string(cell.text);
}

json::array RecordsToJson(const domain::Records& records) {
    const domain::Kind kind = domain::KindOf(records);
    const formats::KindSpec& spec = formats::SpecOf(kind);
    const auto rows = formats::ToRows(records);
    const auto ids = IdsOf(records);
    const bool appended = spec.key_columns.empty();
    json::array out;
    out.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        json::object item;
        if (appended) item["id"] = i < ids.size() ? ids[i] : 0;
        for (size_t c = 0; c < spec.columns.size(); ++c) {
            const auto& column = spec.columns[c];
            item[JsonName(kind, column.name)] =
                c < rows[i].size() ? CellToJson(rows[i][c], column.type) : json::value(nullptr);
        }
        out.push_back(std::move(item));
    }
    return out;
}

json::object UserToJson(const storage::User& user) {
    return json::object{{"id", user.id},
                        {"username", user.username},
                        {"role", std::string(domain::Code(user.role))},
                        {"agency_code", user.agency_code},
                        {"nip", user.nip},
                        {"institution", user.institution},
                        {"display_name", user.display_name}};
}

const char* JobStateName(storage::JobState state) {
    switch (state) {
        case storage::JobState::queued: return "queued";
        case storage::JobState::running: return "running";
        case storage::JobState::succeeded: return "succeeded";
        case storage::JobState::failed: return "failed";
    }
    return "failed";
}

json::object JobToJson(const storage::Job& job) {
    json::value result = nullptr;
    if (!job.result_json.empty()) {
        boost::system::error_code ec;
        result = json::parse(job.result_json, ec);
        if (ec) result = nullptr;
    }
    // Stored as "import:pegawai": the JSON says what it works on ("pegawai") and what it does ("import").
    const size_t colon = job.kind.find(':');
    const std::string type = colon == std::string::npos ? job.kind : job.kind.substr(0, colon);
    const std::string kind = colon == std::string::npos ? job.kind : job.kind.substr(colon + 1);
    return json::object{{"id", job.id},
                        {"kind", kind},
                        {"type", type},
                        {"state", JobStateName(job.state)},
                        {"percent", job.percent},
                        {"message", job.message},
                        {"result", std::move(result)}};
}

}  // namespace bangkom::http
