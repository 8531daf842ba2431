// GET /me/profile: the signed-in employee's record with names, JP this year, history, assessments, ratings.

#include <chrono>

#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "http/record_json.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Kind;

namespace {

constexpr int64_t kJpTarget = 20;  // hours of development per year (DOMAIN.md)

int CurrentYear() {
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return static_cast<int>(std::chrono::year_month_day{today}.year());
}

/// `column` of the record `key` of `kind`, or null when there is no key or no such record.
json::value NameOf(ApiContext& ctx, Kind kind, const json::value* key, const char* column) {
    if (key == nullptr || !key->is_string() || key->get_string().empty()) return nullptr;
    auto records = ctx.store.Get(kind, std::string(key->get_string()));
    if (!records) return nullptr;
    json::array items = RecordsToJson(*records);
    if (items.empty()) return nullptr;
    const auto* value = items[0].as_object().if_contains(column);
    return value ? *value : json::value(nullptr);
}

Result<json::array> OwnRecords(ApiContext& ctx, Kind kind, const std::string& nip) {
    storage::ListQuery query;
    query.nip = nip;
    query.limit = 0;
    auto page = ctx.store.List(kind, query);
    if (!page) return page.error();
    return RecordsToJson(page->items);
}

int64_t JpEarned(const json::array& history, int year) {
    const std::string prefix = std::to_string(year) + "-";
    int64_t sum = 0;
    for (const auto& entry : history) {
        const auto& o = entry.as_object();
        const auto* start = o.if_contains("tanggal_mulai");
        const auto* jp = o.if_contains("jp");
        if (start && start->is_string() && start->get_string().starts_with(prefix) && jp && jp->is_number()) {
            sum += jp->to_number<int64_t>();
        }
    }
    return sum;
}

Result<int64_t> TeamSize(ApiContext& ctx, const std::string& nip) {
    storage::ListQuery query;
    query.team_of = nip;
    query.limit = 0;
    auto page = ctx.store.List(Kind::pegawai, query);
    if (!page) return page.error();
    int64_t size = 0;
    for (const auto& item : RecordsToJson(page->items)) {
        const auto* boss = item.as_object().if_contains("nip_atasan");
        if (boss && boss->is_string() && boss->get_string() == nip) ++size;
    }
    return size;
}

Response Profile(ApiContext& ctx, Call& call) {
    const std::string& nip = call.user->nip;
    const Error unlinked = MakeError(ErrorCode::not_found, Msg(call.lang, "Akun ini belum terhubung ke data pegawai.",
                                                               "This account is not linked to an employee."));
    if (nip.empty()) return ErrorResponse(unlinked);
    auto records = ctx.store.Get(Kind::pegawai, nip);
    if (!records) return ErrorResponse(records.error().code == ErrorCode::not_found ? unlinked : records.error());
    json::array items = RecordsToJson(*records);
    if (items.empty()) return ErrorResponse(unlinked);
    json::object employee = std::move(items[0].as_object());
    employee["nama_opd"] = NameOf(ctx, Kind::opd, employee.if_contains("kode_opd"), "nama_opd");
    employee["nama_jabatan"] = NameOf(ctx, Kind::jabatan, employee.if_contains("kode_jabatan"), "nama_jabatan");
    employee["nama_unit"] = NameOf(ctx, Kind::unit_layanan, employee.if_contains("kode_unit"), "nama_unit");
    employee["nama_atasan"] = NameOf(ctx, Kind::pegawai, employee.if_contains("nip_atasan"), "nama");
    auto history = OwnRecords(ctx, Kind::riwayat_jp, nip);
    auto assessments = OwnRecords(ctx, Kind::penilaian, nip);
    auto performance = OwnRecords(ctx, Kind::kinerja, nip);
    auto team = TeamSize(ctx, nip);
    if (!history) return ErrorResponse(history.error());
    if (!assessments) return ErrorResponse(assessments.error());
    if (!performance) return ErrorResponse(performance.error());
    if (!team) return ErrorResponse(team.error());
    const int year = CurrentYear();
    json::object jp{{"year", year}, {"earned", JpEarned(*history, year)}, {"target", kJpTarget}};
    return JsonResponse(json::object{{"employee", std::move(employee)},
                                     {"jp", std::move(jp)},
                                     {"jp_history", std::move(*history)},
                                     {"assessments", std::move(*assessments)},
                                     {"performance", std::move(*performance)},
                                     {"team_size", *team}});
}

}  // namespace

void AddProfileRoutes(RouteTable& table, ApiContext& ctx) {
    table.Add({"GET",
               "/me/profile",
               Access::roles,
               {domain::Role::asn, domain::Role::atasan},
               [&ctx](Call& c) { return Profile(ctx, c); },
               "Profil pegawai yang masuk: JP, riwayat, penilaian, kinerja / The signed-in employee's profile"});
}

}  // namespace bangkom::http
