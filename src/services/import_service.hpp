#pragma once
// Use cases over the store: import (preview → confirm), export, templates. Used by http/ and app/ alike.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/kinds.hpp"
#include "formats/table.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

/// Who acts, for scopes and the audit log. user_id 0 = the command line.
struct Actor {
    int64_t user_id = 0;
    std::string username = "cli";
    domain::Role role = domain::Role::admin_bkd;
    std::string agency_code;  // for pengelola_opd: imports limited to rows of this agency
};

struct ImportPreview {
    domain::Kind kind;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> first_rows;  // up to 20 rows as text
    int64_t total_rows = 0;
    std::vector<ErrorDetail> errors;  // every error; empty = ready to import
};

struct ImportSummary {
    domain::Kind kind;
    int64_t rows = 0;
    int64_t inserted = 0;
    int64_t updated = 0;
};

/// progress(percent 0-100, message in the actor's language)
using ProgressFn = std::function<void(int, const std::string&)>;

class ImportService {
  public:
    /// rater_key: secret for the keyed hash of 360 raters (kept in the store's settings).
    ImportService(storage::Store& store, std::string rater_key) : store_(store), rater_key_(std::move(rater_key)) {}

    /// Reads and checks the file without writing.
    Result<ImportPreview> Preview(domain::Kind kind, std::string_view bytes, domain::Lang lang, const Actor& actor);
    /// All or nothing: on any error returns invalid_argument with every error as details, nothing written.
    /// On success writes one audit entry.
    Result<ImportSummary> Import(domain::Kind kind, std::string_view bytes, domain::Lang lang, const Actor& actor,
                                 const ProgressFn& progress = {});

  private:
    storage::Store& store_;
    std::string rater_key_;
};

enum class ExportFormat { csv, xlsx };

/// Every record of a kind (filtered by the query's scope) as a CSV or XLSX file with the FORMATS.md headers.
Result<std::string> ExportKind(storage::Store& store, domain::Kind kind, ExportFormat format,
                               const storage::ListQuery& scope);

}  // namespace bangkom::services
