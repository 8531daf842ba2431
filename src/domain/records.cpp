#include "domain/records.hpp"

#include <cmath>
#include <initializer_list>

#include "domain/text.hpp"

namespace bangkom::domain {
namespace {

constexpr size_t kMaxCodeLength = 64;
constexpr int kMinYear = 1900;  // the years Date supports
constexpr int kMaxYear = 2200;

bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool IsBlank(std::string_view s) {
    for (char c : s) {
        if (!IsSpace(c)) return false;
    }
    return true;
}

std::string Between(Lang lang, int lo, int hi) {
    return (lang == Lang::en ? " must be between " : " harus antara ") + std::to_string(lo) +
           (lang == Lang::en ? " and " : " dan ") + std::to_string(hi);
}

/// Collects every failing field of one record as ErrorDetail{0, column, message}.
class Checker {
  public:
    explicit Checker(Lang lang) : lang_(lang) {}

    void Fail(std::string_view column, std::string_view id, std::string_view en) {
        details_.push_back(ErrorDetail{0, std::string(column), std::string(lang_ == Lang::en ? en : id)});
    }
    void Check(bool ok, std::string_view column, std::string_view id, std::string_view en) {
        if (!ok) Fail(column, id, en);
    }
    void Required(std::string_view column, std::string_view value) {
        Check(!IsBlank(value), column, "Wajib diisi", "Required");
    }
    void Code(std::string_view column, std::string_view value) {
        if (value.empty()) return Required(column, value);
        Check(IsValidCode(value), column, "Kode harus 1-64 karakter tanpa spasi di awal atau akhir",
              "A code must be 1-64 characters without spaces at either end");
    }
    void OptionalCode(std::string_view column, std::string_view value) {
        if (!value.empty()) Code(column, value);
    }
    /// `label` is the field's name in both languages, e.g. {"Level", "Level"}.
    void Range(std::string_view column, double value, int lo, int hi, std::pair<const char*, const char*> label) {
        if (value >= lo && value <= hi) return;  // also false for NaN
        Fail(column, label.first + Between(Lang::id, lo, hi), label.second + Between(Lang::en, lo, hi));
    }
    void Year(std::string_view column, int year) { Range(column, year, kMinYear, kMaxYear, {"Tahun", "The year"}); }
    void NipReference(std::string_view column, const Nip& nip) {
        if (auto r = Nip::ParseReference(nip.str(), lang_); !r.ok()) Fail(column, r.error().message, r.error().message);
    }
    void Period(const Date& start, const Date& end) {
        Check(start <= end, "tanggal_selesai", "Tanggal selesai tidak boleh sebelum tanggal mulai",
              "The end date may not be before the start date");
    }
    void OneOf(std::string_view column, std::string_view value, std::initializer_list<std::string_view> allowed) {
        if (value.empty()) return;
        std::string list;
        for (auto a : allowed) {
            if (a == value) return;
            list += (list.empty() ? "" : ", ") + std::string(a);
        }
        Fail(column, "Harus salah satu dari: " + list, "Must be one of: " + list);
    }
    Result<void> Done() {
        if (details_.empty()) return {};
        std::string message = lang_ == Lang::en ? "Invalid data: " : "Data tidak valid: ";
        for (size_t i = 0; i < details_.size(); ++i) {
            message += (i > 0 ? "; " : "") + details_[i].column + ": " + details_[i].message;
        }
        return Error{ErrorCode::invalid_argument, std::move(message), std::move(details_)};
    }

  private:
    Lang lang_;
    std::vector<ErrorDetail> details_;
};

void Positive(Checker& c, std::string_view column, double value, const char* id_label, const char* en_label) {
    c.Check(value > 0 && std::isfinite(value), column, std::string(id_label) + " harus lebih dari 0",
            std::string(en_label) + " must be above 0");
}

void NotNegative(Checker& c, std::string_view column, double value, const char* id_label, const char* en_label) {
    c.Check(value >= 0, column, std::string(id_label) + " tidak boleh negatif",
            std::string(en_label) + " may not be negative");
}

}  // namespace

bool IsValidCode(std::string_view code) {
    if (code.empty() || CharacterCount(code) > kMaxCodeLength) return false;
    return !IsSpace(code.front()) && !IsSpace(code.back());
}

Result<void> Validate(const Agency& r, Lang lang) {
    Checker c(lang);
    c.Code("kode_opd", r.code);
    c.Required("nama_opd", r.name);
    NotNegative(c, "anggaran_bangkom", static_cast<double>(r.budget.rupiah), "Anggaran", "The budget");
    return c.Done();
}

Result<void> Validate(const ServiceUnit& r, Lang lang) {
    Checker c(lang);
    c.Code("kode_unit", r.code);
    c.Required("nama_unit", r.name);
    c.Code("kode_opd", r.agency_code);
    return c.Done();
}

Result<void> Validate(const Competency& r, Lang lang) {
    Checker c(lang);
    c.Code("kode", r.code);
    c.Required("nama", r.name);
    return c.Done();
}

Result<void> Validate(const Position& r, Lang lang) {
    Checker c(lang);
    c.Code("kode_jabatan", r.code);
    c.Required("nama_jabatan", r.name);
    c.Code("kode_opd", r.agency_code);
    return c.Done();
}

Result<void> Validate(const PositionStandard& r, Lang lang) {
    Checker c(lang);
    c.Code("kode_jabatan", r.position_code);
    c.Code("kode_kompetensi", r.competency_code);
    c.Range("level", r.level, 1, 5, {"Level", "The level"});
    Positive(c, "bobot", r.weight, "Bobot", "The weight");
    return c.Done();
}

Result<void> Validate(const Employee& r, Lang lang) {
    Checker c(lang);
    if (auto nip = Nip::Parse(r.nip.str(), r.status, lang); !nip.ok()) {
        c.Fail("nip", nip.error().message, nip.error().message);
    }
    c.Required("nama", r.name);
    c.Code("kode_jabatan", r.position_code);
    c.Code("kode_opd", r.agency_code);
    c.OptionalCode("kode_unit", r.unit_code);
    if (r.supervisor_nip) c.NipReference("nip_atasan", *r.supervisor_nip);
    c.OptionalCode("kode_jabatan_target", r.target_position_code);
    return c.Done();
}

Result<void> Validate(const Assessment& r, Lang lang) {
    Checker c(lang);
    c.NipReference("nip", r.nip);
    c.Code("kode_kompetensi", r.competency_code);
    c.Range("level", r.level, 1, 5, {"Level", "The level"});
    return c.Done();
}

Result<void> Validate(const PerformanceRating& r, Lang lang) {
    Checker c(lang);
    c.NipReference("nip", r.nip);
    c.Year("tahun", r.year);
    const Predikat expected = DerivePredikat(r.results, r.behaviour);
    const std::string code(Code(expected));
    c.Check(r.predikat == expected, "predikat",
            "Predikat tidak sesuai dengan hasil kerja dan perilaku kerja; seharusnya " + code,
            "The predikat does not match the results and behaviour ratings; expected " + code);
    return c.Done();
}

Result<void> Validate(const Program& r, Lang lang) {
    Checker c(lang);
    c.Code("kode_program", r.code);
    c.Required("nama", r.name);
    c.Required("lembaga", r.institution);
    Positive(c, "jp", r.jp, "JP", "JP");
    NotNegative(c, "biaya_per_peserta", static_cast<double>(r.cost_per_participant.rupiah), "Biaya", "The cost");
    c.Check(!r.raises.empty(), "kompetensi", "Sebutkan minimal satu kompetensi, misalnya M.03:1",
            "Name at least one competency, e.g. M.03:1");
    for (const auto& raise : r.raises) {
        c.Code("kompetensi", raise.competency_code);
        c.Range("kompetensi", raise.levels, 1, 4, {"Kenaikan level", "The level raise"});
    }
    c.Range("level_maksimal", r.max_level, 1, 5, {"Level maksimal", "The maximum level"});
    return c.Done();
}

Result<void> Validate(const Offering& r, Lang lang) {
    Checker c(lang);
    c.Code("kode_angkatan", r.code);
    c.Code("kode_program", r.program_code);
    c.Period(r.start, r.end);
    NotNegative(c, "kapasitas", r.capacity, "Kapasitas", "The capacity");
    return c.Done();
}

Result<void> Validate(const JpHistoryEntry& r, Lang lang) {
    Checker c(lang);
    c.NipReference("nip", r.nip);
    c.Required("nama_kegiatan", r.activity);
    c.Period(r.start, r.end);
    Positive(c, "jp", r.jp, "JP", "JP");
    return c.Done();
}

Result<void> Validate(const Proposal& r, Lang lang) {
    Checker c(lang);
    c.NipReference("nip", r.nip);
    c.Code("kode_kompetensi", r.competency_code);
    c.Year("tahun", r.year);
    c.Range("prioritas", r.priority, 1, 3, {"Prioritas", "The priority"});
    return c.Done();
}

Result<void> Validate(const SurveyResponse& r, Lang lang) {
    Checker c(lang);
    c.Code("kode_unit", r.unit_code);
    for (size_t i = 0; i < r.answers.size(); ++i) {
        if (r.answers[i]) c.Range("u" + std::to_string(i + 1), *r.answers[i], 1, 4, {"Jawaban", "The answer"});
    }
    if (r.age) c.Range("umur", *r.age, 10, 120, {"Umur", "The age"});
    c.OneOf("pendidikan", r.education, {"SD", "SMP", "SMA", "D1-D3", "D4/S1", "S2", "S3"});
    c.OneOf("pekerjaan", r.occupation, {"PNS", "TNI", "Polri", "Swasta", "Wirausaha", "Lainnya"});
    return c.Done();
}

Result<void> Validate(const TestScore& r, Lang lang) {
    Checker c(lang);
    c.Code("kode_angkatan", r.offering_code);
    c.NipReference("nip", r.nip);
    c.Range("skor", r.score, 0, 100, {"Skor", "The score"});
    return c.Done();
}

Result<void> Validate(const ReactionAnswer& r, Lang lang) {
    static constexpr const char* kColumns[] = {"relevansi", "materi", "pengajar", "metode", "sarana", "manfaat"};
    static_assert(std::size(kColumns) == std::tuple_size_v<decltype(r.items)>);
    Checker c(lang);
    c.Code("kode_angkatan", r.offering_code);
    if (r.nip) c.NipReference("nip", *r.nip);
    for (size_t i = 0; i < r.items.size(); ++i) {
        if (r.items[i]) c.Range(kColumns[i], *r.items[i], 1, 5, {"Nilai", "The rating"});
    }
    return c.Done();
}

Result<void> Validate(const Feedback360& r, Lang lang) {
    Checker c(lang);
    c.NipReference("nip_dinilai", r.rated_nip);
    c.Code("kode_kompetensi", r.competency_code);
    c.Range("skor", r.score, 1, 5, {"Skor", "The score"});
    return c.Done();
}

}  // namespace bangkom::domain
