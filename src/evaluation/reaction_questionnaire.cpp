#include "evaluation/reaction_questionnaire.hpp"

#include <string>
#include <vector>

namespace bangkom::evaluation {
namespace {

using T = SkmText;

const std::array<ReactionStatement, 6> kStatements{{
    {"relevansi", T{"Materi pelatihan ini relevan dengan tugas dan jabatan saya.",
                    "This training was relevant to my duties and position."}},
    {"materi",
     T{"Materi disusun dengan jelas dan mudah saya pahami.", "The material was clear and easy to understand."}},
    {"pengajar", T{"Pengajar atau fasilitator menguasai materi dan menyampaikannya dengan baik.",
                   "The trainer or facilitator knew the subject and presented it well."}},
    {"metode", T{"Metode pembelajaran (diskusi, praktik, studi kasus) membantu saya belajar.",
                 "The learning method (discussion, practice, case studies) helped me learn."}},
    {"sarana", T{"Sarana dan prasarana (ruang, perangkat, platform daring) mendukung pembelajaran.",
                 "The facilities (room, equipment, online platform) supported the learning."}},
    {"manfaat", T{"Saya dapat menerapkan hasil pelatihan ini dalam pekerjaan saya.",
                  "I can apply what I learned in this training in my work."}},
}};

const std::array<SkmText, 5> kScale{{T{"Sangat tidak setuju", "Strongly disagree"}, T{"Tidak setuju", "Disagree"},
                                     T{"Ragu-ragu", "Neutral"}, T{"Setuju", "Agree"},
                                     T{"Sangat setuju", "Strongly agree"}}};

/// UTF-8 code points (continuation bytes are not counted).
size_t CodePoints(std::string_view s) {
    size_t n = 0;
    for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    return n;
}

}  // namespace

const std::array<ReactionStatement, 6>& ReactionStatements() {
    return kStatements;
}

const std::array<SkmText, 5>& ReactionScale() {
    return kScale;
}

Result<void> CheckReactionSubmission(const domain::ReactionAnswer& answer, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    std::vector<ErrorDetail> details;
    const auto add = [&](std::string_view column, const char* id, const char* english) {
        details.push_back(ErrorDetail{0, std::string(column), en ? english : id});
    };
    bool any = false;
    for (size_t i = 0; i < answer.items.size(); ++i) {
        const auto& item = answer.items[i];
        any = any || item.has_value();
        if (item && (*item < 1 || *item > 5)) {
            add(kStatements[i].code, "Jawaban harus antara 1 dan 5", "The answer must be between 1 and 5");
        }
    }
    if (!any) add(kStatements[0].code, "Jawab setidaknya satu pernyataan", "Answer at least one statement");
    if (CodePoints(answer.suggestion) > kReactionMaxSuggestionChars) {
        add("saran", "Saran paling banyak 2000 karakter", "The suggestion may have at most 2000 characters");
    }
    if (details.empty()) return {};
    Error e = MakeError(ErrorCode::invalid_argument, std::string(en ? "Please check " : "Mohon periksa ") +
                                                         details.front().column + ": " + details.front().message);
    e.details = std::move(details);
    return e;
}

}  // namespace bangkom::evaluation
