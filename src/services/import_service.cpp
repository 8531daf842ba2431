// Import use case: read the file, check every row against the kind's rules, the stored references and the
// actor's scope, then write all rows in one transaction with one audit entry.

#include "services/import_service.hpp"

#include <chrono>
#include <cmath>

#include "formats/kind_spec.hpp"
#include "formats/values.hpp"
#include "services/import_service_parts.hpp"
#include "services/passwords.hpp"

namespace bangkom::services {
namespace {

constexpr size_t kPreviewRows = 20;

std::string Msg(domain::Lang lang, std::string_view id, std::string_view en) {
    return std::string(lang == domain::Lang::en ? en : id);
}

int64_t NowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int CurrentYear() {
    const std::chrono::year_month_day today{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return static_cast<int>(today.year());
}

Error RowErrors(ErrorCode code, std::vector<ErrorDetail> details, domain::Lang lang) {
    const std::string n = std::to_string(details.size());
    return Error{
        code,
        Msg(lang, "Berkas tidak diimpor: " + n + " kesalahan ditemukan", "File not imported: " + n + " errors found"),
        std::move(details)};
}

void Report(const ProgressFn& progress, int percent, const std::string& message) {
    if (progress) progress(percent, message);
}

/// A file read and checked: its table, and either its records or every error found.
struct Checked {
    formats::Table table;
    domain::Records records;
    std::vector<ErrorDetail> errors;
    ErrorCode error_code = ErrorCode::invalid_argument;
};

Result<formats::ParseContext> ContextFor(storage::Store& store, domain::Kind kind, domain::Lang lang,
                                         const std::string& rater_key) {
    formats::ParseContext ctx;
    ctx.lang = lang;
    ctx.year = CurrentYear();
    for (domain::Kind referenced : import_parts::ReferencedKinds(kind)) {
        auto keys = store.Keys(referenced);
        if (!keys) return keys.error();
        auto& set = ctx.existing_keys[referenced];
        set.reserve(keys->size());
        for (auto& key : keys.value()) set.insert(std::move(key));
    }
    ctx.hash_rater = [rater_key](std::string_view nip) { return KeyedHash(rater_key, nip); };
    return ctx;
}

Result<Checked> ReadAndCheck(storage::Store& store, const std::string& rater_key, domain::Kind kind,
                             std::string_view bytes, domain::Lang lang, const Actor& actor,
                             const ProgressFn& progress) {
    if (auto allowed = import_parts::CheckImportRole(kind, actor, lang); !allowed) return allowed.error();
    Report(progress, 5, Msg(lang, "Membaca berkas…", "Reading the file…"));
    auto table = formats::ReadTable(bytes, lang);
    if (!table) return table.error();
    Checked checked{std::move(table).value(), domain::EmptyRecords(kind), {}};
    const std::string rows = std::to_string(checked.table.rows.size());
    Report(progress, 30, Msg(lang, "Memeriksa " + rows + " baris…", "Checking " + rows + " rows…"));
    auto ctx = ContextFor(store, kind, lang, rater_key);
    if (!ctx) return ctx.error();
    auto records = formats::ParseRecords(kind, checked.table, ctx.value());
    if (!records) {
        if (records.error().details.empty()) return records.error();
        checked.errors = records.error().details;
        return checked;
    }
    checked.records = std::move(records).value();
    auto scope = import_parts::ScopeErrors(store, checked.records, checked.table.row_numbers, actor, lang);
    if (!scope) return scope.error();
    if (!scope->empty()) {
        checked.errors = std::move(scope).value();
        checked.error_code = ErrorCode::forbidden;
    }
    return checked;
}

/// A cell as the preview shows it: whole numbers without an exponent (XLSX gives 250000000 as "2.5e+08").
std::string PreviewText(const formats::Cell& cell) {
    constexpr double kExact = 9007199254740992.0;  // 2^53: beyond it a double is no exact whole number
    if (cell.type == formats::CellType::number && cell.number == std::floor(cell.number) &&
        std::fabs(cell.number) < kExact) {
        return std::to_string(static_cast<int64_t>(cell.number));
    }
    return formats::CellText(cell);
}

std::string SummaryJson(const ImportSummary& s) {
    return "{\"rows\":" + std::to_string(s.rows) + ",\"inserted\":" + std::to_string(s.inserted) +
           ",\"updated\":" + std::to_string(s.updated) + "}";
}

}  // namespace

Result<ImportPreview> ImportService::Preview(domain::Kind kind, std::string_view bytes, domain::Lang lang,
                                             const Actor& actor) {
    auto checked = ReadAndCheck(store_, rater_key_, kind, bytes, lang, actor, {});
    if (!checked) return checked.error();
    ImportPreview preview{
        kind, checked->table.header, {}, static_cast<int64_t>(checked->table.rows.size()), std::move(checked->errors)};
    for (size_t i = 0; i < checked->table.rows.size() && i < kPreviewRows; ++i) {
        auto& row = preview.first_rows.emplace_back();
        for (const auto& cell : checked->table.rows[i]) row.push_back(PreviewText(cell));
    }
    return preview;
}

Result<ImportSummary> ImportService::Import(domain::Kind kind, std::string_view bytes, domain::Lang lang,
                                            const Actor& actor, const ProgressFn& progress) {
    auto checked = ReadAndCheck(store_, rater_key_, kind, bytes, lang, actor, progress);
    if (!checked) return checked.error();
    if (!checked->errors.empty()) return RowErrors(checked->error_code, std::move(checked->errors), lang);

    ImportSummary summary{kind, static_cast<int64_t>(domain::RecordCount(checked->records)), 0, 0};
    const std::string rows = std::to_string(summary.rows);
    Report(progress, 70, Msg(lang, "Menyimpan " + rows + " baris…", "Saving " + rows + " rows…"));
    auto counts = store_.Upsert(checked->records);
    if (!counts) return counts.error();
    summary.inserted = counts->inserted;
    summary.updated = counts->updated;

    storage::AuditEntry audit;
    audit.at = NowSeconds();
    audit.user_id = actor.user_id;
    audit.username = actor.username;
    audit.action = "import";
    audit.entity = std::string(domain::KindCode(kind));
    audit.entity_key = rows;
    audit.after_json = SummaryJson(summary);
    if (auto logged = store_.AppendAudit(audit); !logged) return logged.error();

    Report(progress, 100,
           Msg(lang,
               "Selesai: " + rows + " baris, " + std::to_string(summary.inserted) + " baru, " +
                   std::to_string(summary.updated) + " diperbarui",
               "Done: " + rows + " rows, " + std::to_string(summary.inserted) + " new, " +
                   std::to_string(summary.updated) + " updated"));
    return summary;
}

}  // namespace bangkom::services
