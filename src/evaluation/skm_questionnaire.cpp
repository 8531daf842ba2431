#include "evaluation/skm_questionnaire.hpp"

#include <string>
#include <utility>
#include <vector>

#include "domain/text.hpp"

namespace bangkom::evaluation {
namespace {

using T = SkmText;

// Questions as the questionnaire of Permenpan RB 14/2017 usually words them; answers as DOMAIN.md lists them.
const std::array<SkmElement, 9> kElements{{
    {"u1",
     {"Persyaratan", "Requirements"},
     {"Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
      "How well do the service requirements fit the kind of service?"},
     {{T{"Tidak sesuai", "Not suitable"}, T{"Kurang sesuai", "Less suitable"}, T{"Sesuai", "Suitable"},
       T{"Sangat sesuai", "Very suitable"}}}},
    {"u2",
     {"Sistem, Mekanisme, dan Prosedur", "System, Mechanism and Procedure"},
     {"Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
      "How easy is the service procedure at this unit?"},
     {{T{"Tidak mudah", "Not easy"}, T{"Kurang mudah", "Less easy"}, T{"Mudah", "Easy"},
       T{"Sangat mudah", "Very easy"}}}},
    {"u3",
     {"Waktu Penyelesaian", "Completion Time"},
     {"Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
      "How fast is the service delivered?"},
     {{T{"Tidak cepat", "Not fast"}, T{"Kurang cepat", "Less fast"}, T{"Cepat", "Fast"},
       T{"Sangat cepat", "Very fast"}}}},
    {"u4",
     {"Biaya/Tarif", "Cost/Fee"},
     {"Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
      "How fair is the cost or fee of the service?"},
     {{T{"Sangat mahal", "Very expensive"}, T{"Cukup mahal", "Rather expensive"}, T{"Murah", "Cheap"},
       T{"Gratis", "Free"}}}},
    {"u5",
     {"Produk Spesifikasi Jenis Pelayanan", "Service Product Specification"},
     {"Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar "
      "pelayanan dengan hasil yang diberikan?",
      "How well does the product you received match what the service standard promises?"},
     {{T{"Tidak sesuai", "Not suitable"}, T{"Kurang sesuai", "Less suitable"}, T{"Sesuai", "Suitable"},
       T{"Sangat sesuai", "Very suitable"}}}},
    {"u6",
     {"Kompetensi Pelaksana", "Staff Competence"},
     {"Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
      "How competent are the officers who served you?"},
     {{T{"Tidak kompeten", "Not competent"}, T{"Kurang kompeten", "Less competent"}, T{"Kompeten", "Competent"},
       T{"Sangat kompeten", "Very competent"}}}},
    {"u7",
     {"Perilaku Pelaksana", "Staff Behaviour"},
     {"Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
      "How polite and friendly were the officers?"},
     {{T{"Tidak sopan dan ramah", "Not polite and friendly"}, T{"Kurang sopan dan ramah", "Less polite and friendly"},
       T{"Sopan dan ramah", "Polite and friendly"}, T{"Sangat sopan dan ramah", "Very polite and friendly"}}}},
    {"u8",
     {"Penanganan Pengaduan, Saran dan Masukan", "Handling of Complaints and Suggestions"},
     {"Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan pengguna layanan?",
      "How are complaints and suggestions from service users handled?"},
     {{T{"Tidak ada", "None"}, T{"Ada tetapi tidak berfungsi", "Exists but does not work"},
       T{"Berfungsi kurang maksimal", "Works, but not fully"}, T{"Dikelola dengan baik", "Well managed"}}}},
    {"u9",
     {"Sarana dan Prasarana", "Facilities and Infrastructure"},
     {"Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
      "What is the quality of the facilities and infrastructure?"},
     {{T{"Buruk", "Poor"}, T{"Cukup", "Fair"}, T{"Baik", "Good"}, T{"Sangat baik", "Very good"}}}},
}};

constexpr SkmChoice kSex[] = {{"L", {"Laki-laki", "Male"}}, {"P", {"Perempuan", "Female"}}};
constexpr SkmChoice kEducation[] = {{"SD", {"SD", "Primary school"}},         {"SMP", {"SMP", "Junior high school"}},
                                    {"SMA", {"SMA", "Senior high school"}},   {"D1-D3", {"D1–D3", "Diploma (D1–D3)"}},
                                    {"D4/S1", {"D4/S1", "Bachelor (D4/S1)"}}, {"S2", {"S2", "Master (S2)"}},
                                    {"S3", {"S3", "Doctorate (S3)"}}};
constexpr SkmChoice kOccupation[] = {
    {"PNS", {"PNS", "Civil servant (PNS)"}},       {"TNI", {"TNI", "Armed forces (TNI)"}},
    {"Polri", {"Polri", "Police (Polri)"}},        {"Swasta", {"Pegawai swasta", "Private employee"}},
    {"Wirausaha", {"Wirausaha", "Self-employed"}}, {"Lainnya", {"Lainnya", "Other"}}};

bool OneOf(std::string_view value, std::span<const SkmChoice> choices) {
    for (const auto& c : choices) {
        if (c.value == value) return true;
    }
    return false;
}

std::string ListOf(std::span<const SkmChoice> choices) {
    std::string out;
    for (const auto& c : choices) out += (out.empty() ? "" : ", ") + std::string(c.value);
    return out;
}

class Problems {
  public:
    explicit Problems(domain::Lang lang) : lang_(lang) {}
    void Add(std::string_view column, const std::string& id, const std::string& en) {
        details_.push_back(ErrorDetail{0, std::string(column), lang_ == domain::Lang::en ? en : id});
    }
    Result<void> Done() && {
        if (details_.empty()) return {};
        const std::string lead = lang_ == domain::Lang::en ? "Please check " : "Mohon periksa ";
        Error e =
            MakeError(ErrorCode::invalid_argument, lead + details_.front().column + ": " + details_.front().message);
        e.details = std::move(details_);
        return e;
    }

  private:
    domain::Lang lang_;
    std::vector<ErrorDetail> details_;
};

}  // namespace

const std::array<SkmElement, 9>& SkmElements() {
    return kElements;
}
std::span<const SkmChoice> SkmSexChoices() {
    return kSex;
}
std::span<const SkmChoice> SkmEducationChoices() {
    return kEducation;
}
std::span<const SkmChoice> SkmOccupationChoices() {
    return kOccupation;
}

Result<void> CheckSkmSubmission(const domain::SurveyResponse& response, domain::Lang lang) {
    Problems p(lang);
    bool any = false;
    for (size_t i = 0; i < response.answers.size(); ++i) {
        const auto& a = response.answers[i];
        any = any || a.has_value();
        if (a && (*a < 1 || *a > 4)) {
            p.Add(kElements[i].code, "Jawaban harus antara 1 dan 4", "The answer must be between 1 and 4");
        }
    }
    if (!any) p.Add("u1", "Jawab setidaknya satu pertanyaan", "Answer at least one question");
    if (response.age && (*response.age < kSkmMinAge || *response.age > kSkmMaxAge)) {
        p.Add("umur", "Umur harus antara 10 dan 120", "The age must be between 10 and 120");
    }
    if (!response.education.empty() && !OneOf(response.education, kEducation)) {
        p.Add("pendidikan", "Harus salah satu dari: " + ListOf(kEducation), "Must be one of: " + ListOf(kEducation));
    }
    if (!response.occupation.empty() && !OneOf(response.occupation, kOccupation)) {
        p.Add("pekerjaan", "Harus salah satu dari: " + ListOf(kOccupation), "Must be one of: " + ListOf(kOccupation));
    }
    if (domain::CharacterCount(response.suggestion) > kSkmMaxSuggestionChars) {
        p.Add("saran", "Saran paling banyak 2000 karakter", "The suggestion may have at most 2000 characters");
    }
    return std::move(p).Done();
}

domain::Date SkmDateOf(int64_t unix_seconds) {
    constexpr int64_t kWib = int64_t{7} * 3600;
    constexpr int64_t kDay = 86400;
    const int64_t local = unix_seconds + kWib;
    return domain::Date::FromDaysSinceEpoch(local >= 0 ? local / kDay : (local - kDay + 1) / kDay);
}

}  // namespace bangkom::evaluation
