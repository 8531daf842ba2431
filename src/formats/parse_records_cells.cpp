// The typed cell readers of RowParser: each either gives a value or records why the cell is wrong.

#include <charconv>
#include <limits>

#include "formats/parse_records_parts.hpp"
#include "formats/values.hpp"

namespace bangkom::formats::parse {
namespace {

constexpr size_t kMaxCodeLength = 64;

}  // namespace

std::string Quote(std::string_view text) {
    constexpr size_t kMax = 40;
    if (text.size() <= kMax) return "'" + std::string(text) + "'";
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    return "'" + std::string(text.substr(0, cut)) + "…'";
}

const Cell* RowParser::CellAt(int col) const {
    const int t = table_col_[col];
    if (t < 0 || static_cast<size_t>(t) >= row_->size()) return nullptr;
    return &(*row_)[t];
}

bool RowParser::Empty(int col) const {
    const Cell* cell = CellAt(col);
    return cell == nullptr || cell->type == CellType::empty || CellText(*cell).empty();
}

bool RowParser::Present(int col, std::string& text) {
    const Cell* cell = CellAt(col);
    if (cell != nullptr && cell->type != CellType::empty) text = CellText(*cell);
    if (!text.empty()) return true;
    if (spec_.columns[col].required) Fail(col, "wajib diisi", "is required");
    return false;
}

std::string RowParser::Text(int col) {
    std::string text;
    Present(col, text);
    return text;
}

std::string RowParser::Code(int col) {
    std::string text;
    if (!Present(col, text)) return text;
    if (text.size() > kMaxCodeLength) {
        Fail(col, "kode paling panjang 64 karakter", "a code has at most 64 characters");
    }
    return text;
}

std::optional<int> RowParser::Int(int col) {
    std::string text;
    if (!Present(col, text)) return std::nullopt;
    auto value = ParseInteger(*CellAt(col));
    if (!value || *value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
        FailAt(row_number_, col,
               Quote(text) + Msg(" bukan bilangan bulat (contoh: 3)", " is not a whole number (e.g. 3)"));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<double> RowParser::Decimal(int col) {
    std::string text;
    if (!Present(col, text)) return std::nullopt;
    if (auto value = ParseDecimal(*CellAt(col), table_.decimal_comma)) return value;
    std::string message = Quote(text) + Msg(" bukan angka (contoh: 3.5)", " is not a number (e.g. 3.5)");
    if (!table_.decimal_comma && text.find(',') != std::string::npos) {
        message += Msg("; koma desimal hanya untuk CSV dengan pemisah ';'",
                       "; a decimal comma is only accepted in a CSV separated by ';'");
    }
    FailAt(row_number_, col, std::move(message));
    return std::nullopt;
}

std::optional<domain::Money> RowParser::Money(int col) {
    std::string text;
    if (!Present(col, text)) return std::nullopt;
    if (auto value = ParseMoney(*CellAt(col))) return value;
    FailAt(row_number_, col,
           Quote(text) + Msg(" bukan nilai Rupiah utuh (contoh: 1500000, 1.500.000 atau Rp 1.500.000)",
                             " is not a whole Rupiah amount (e.g. 1500000, 1.500.000 or Rp 1.500.000)"));
    return std::nullopt;
}

std::optional<domain::Date> RowParser::Date(int col) {
    std::string text;
    if (!Present(col, text)) return std::nullopt;
    if (auto value = ParseDate(*CellAt(col))) return value;
    FailAt(row_number_, col,
           Quote(text) + Msg(" bukan tanggal yang valid (tulis 2027-03-15 atau 15/03/2027)",
                             " is not a valid date (write 2027-03-15 or 15/03/2027)"));
    return std::nullopt;
}

std::optional<domain::Nip> RowParser::NipRef(int col) {
    std::string text;
    if (!Present(col, text)) return std::nullopt;
    auto nip = domain::Nip::ParseReference(text);
    if (nip) return std::move(nip).value();
    FailAt(row_number_, col,
           Quote(text) + Msg(" bukan NIP yang valid (18 angka)", " is not a valid NIP (18 digits)") + NumberHint(col));
    return std::nullopt;
}

std::optional<domain::Nip> RowParser::NipFull(int col, domain::EmploymentStatus status) {
    std::string text;
    if (!Present(col, text)) return std::nullopt;
    auto nip = domain::Nip::Parse(text, status, ctx_.lang);
    if (nip) return std::move(nip).value();
    FailAt(row_number_, col, Quote(text) + ": " + nip.error().message + NumberHint(col));
    return std::nullopt;
}

std::optional<std::vector<domain::CompetencyRaise>> RowParser::Raises(int col) {
    std::string text;
    if (!Present(col, text)) return std::nullopt;
    std::vector<domain::CompetencyRaise> raises;
    std::string_view rest = text;
    bool ok = true;
    while (ok && !rest.empty()) {
        const size_t end = rest.find(';');
        std::string_view item = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (item.empty()) continue;  // "M.03:1;" ends with a separator
        const size_t colon = item.rfind(':');
        int levels = 0;
        const char* last = item.data() + item.size();
        ok = colon != std::string_view::npos && colon > 0 && colon + 1 < item.size() &&
             std::from_chars(item.data() + colon + 1, last, levels).ptr == last && levels >= 1 && levels <= 4;
        if (ok) raises.push_back({std::string(item.substr(0, colon)), levels});
    }
    if (ok && !raises.empty()) return raises;
    FailAt(row_number_, col,
           Quote(text) + Msg(" harus berbentuk KODE:JUMLAH_LEVEL (1-4) dipisah ';', contoh M.03:1;T.KES.02:2",
                             " must be CODE:LEVELS (1-4) items joined by ';', e.g. M.03:1;T.KES.02:2"));
    return std::nullopt;
}

std::string RowParser::NumberHint(int col) const {
    // Excel turns an 18-digit NIP typed into a General cell into a rounded number (1.98609262015051E+17).
    const Cell* cell = CellAt(col);
    if (cell == nullptr || cell->type != CellType::number) return "";
    return Msg("; format kolom NIP sebagai Teks di Excel agar ke-18 angkanya utuh",
               "; format the NIP column as Text in Excel so that all 18 digits are kept");
}

void RowParser::FailEnum(int col, const std::string& text, std::span<const std::string_view> codes) {
    std::string allowed;
    for (auto code : codes) allowed += (allowed.empty() ? "" : ", ") + std::string(code);
    FailAt(row_number_, col,
           Quote(text) + Msg(" tidak dikenal; pilihan: ", " is not allowed; choose one of: ") + allowed);
}

bool RowParser::KnownKey(domain::Kind kind, const std::string& key) const {
    auto it = ctx_.existing_keys.find(kind);
    return it != ctx_.existing_keys.end() && it->second.contains(key);
}

void RowParser::Reference(int col, domain::Kind kind, const std::string& key) {
    if (key.empty() || (failed_cols_ >> col & 1) || KnownKey(kind, key)) return;
    const auto& target = SpecOf(kind);
    FailAt(row_number_, col,
           Quote(key) + Msg(" tidak ada di data " + std::string(target.title_id) + " (impor data itu lebih dulu)",
                            " is not in the " + std::string(target.title_en) + " data (import that data first)"));
}

}  // namespace bangkom::formats::parse
