// Quizzes (quiz.hpp): checks, draw, grading, state and review.

#include "learning/quiz.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <set>

namespace bangkom::learning {
using domain::Lang;

namespace {

Error Field(Lang lang, const char* field, const std::string& id, const std::string& en) {
    Error e = MakeError(ErrorCode::invalid_argument, lang == Lang::en ? en : id);
    e.details.push_back(ErrorDetail{0, field, e.message});
    return e;
}

double Round2(double v) {
    return std::round(v * 100.0) / 100.0;
}

constexpr size_t kMaxOptions = 10;
constexpr size_t kMaxTextBytes = 20000;

}  // namespace

std::string_view Code(QuestionKind kind) {
    switch (kind) {
        case QuestionKind::single: return "single";
        case QuestionKind::multiple: return "multiple";
        case QuestionKind::true_false: return "true_false";
        case QuestionKind::numeric: return "numeric";
    }
    return "single";
}

std::optional<QuestionKind> QuestionKindFromCode(std::string_view code) {
    for (auto k : {QuestionKind::single, QuestionKind::multiple, QuestionKind::true_false, QuestionKind::numeric}) {
        if (Code(k) == code) return k;
    }
    return std::nullopt;
}

std::string_view Code(ReviewMode mode) {
    switch (mode) {
        case ReviewMode::score_only: return "nilai";
        case ReviewMode::right_wrong: return "benar_salah";
        case ReviewMode::answers: return "jawaban";
    }
    return "jawaban";
}

std::optional<ReviewMode> ReviewModeFromCode(std::string_view code) {
    for (auto m : {ReviewMode::score_only, ReviewMode::right_wrong, ReviewMode::answers}) {
        if (Code(m) == code) return m;
    }
    return std::nullopt;
}

Result<Question> CheckQuestion(Question q, Lang lang) {
    auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
    if (blank(q.text)) return Field(lang, "text", "Teks soal wajib diisi.", "The question text is required.");
    if (q.text.size() > kMaxTextBytes || q.explanation.size() > kMaxTextBytes) {
        return Field(lang, "text", "Teks soal atau pembahasan terlalu panjang (maks. 20.000 karakter).",
                     "The question or explanation is too long (at most 20,000 characters).");
    }
    if (!std::isfinite(q.points) || q.points <= 0 || q.points > 100) {
        return Field(lang, "points", "Bobot soal harus lebih dari 0 dan paling banyak 100.",
                     "Points must be above 0 and at most 100.");
    }
    if (q.kind == QuestionKind::numeric) {
        q.options.clear();
        q.answer.clear();
        if (!std::isfinite(q.value)) {
            return Field(lang, "answer", "Jawaban soal angka harus berupa bilangan.",
                         "A numeric question's answer must be a number.");
        }
        if (!std::isfinite(q.tolerance) || q.tolerance < 0) {
            return Field(lang, "tolerance", "Toleransi tidak boleh negatif.", "The tolerance cannot be negative.");
        }
        return q;
    }
    q.value = 0;
    q.tolerance = 0;
    if (q.kind == QuestionKind::true_false) q.options = {"Benar", "Salah"};
    if (q.options.size() < 2 || q.options.size() > kMaxOptions) {
        return Field(lang, "options", "Soal pilihan memerlukan 2 sampai 10 pilihan jawaban.",
                     "A choice question needs 2 to 10 options.");
    }
    for (const auto& o : q.options) {
        if (blank(o)) return Field(lang, "options", "Pilihan jawaban tidak boleh kosong.", "An option is empty.");
    }
    std::set<int> answer(q.answer.begin(), q.answer.end());
    if (answer.empty() || *answer.begin() < 0 || *answer.rbegin() >= static_cast<int>(q.options.size()) ||
        answer.size() != q.answer.size()) {
        return Field(lang, "answer", "Kunci jawaban harus menunjuk pilihan yang ada (tanpa duplikat).",
                     "The answer must point at existing options (no duplicates).");
    }
    if (q.kind != QuestionKind::multiple && answer.size() != 1) {
        return Field(lang, "answer", "Soal ini memerlukan tepat satu kunci jawaban.",
                     "This question needs exactly one right option.");
    }
    q.answer.assign(answer.begin(), answer.end());
    return q;
}

Result<void> CheckSettings(const QuizSettings& s, Lang lang) {
    if (s.questions < 1 || s.questions > 100) {
        return Field(lang, "questions", "Jumlah soal per percobaan harus 1 sampai 100.",
                     "Questions per attempt must be 1 to 100.");
    }
    if (s.time_limit_minutes < 0 || s.time_limit_minutes > 600) {
        return Field(lang, "time_limit_minutes", "Batas waktu harus 0 sampai 600 menit (0 = tanpa batas).",
                     "The time limit must be 0 to 600 minutes (0 = none).");
    }
    if (s.attempts < 0 || s.attempts > 100) {
        return Field(lang, "attempts", "Jumlah percobaan harus 0 sampai 100 (0 = tanpa batas).",
                     "Attempts must be 0 to 100 (0 = unlimited).");
    }
    if (!std::isfinite(s.pass_score) || s.pass_score < 0 || s.pass_score > 100) {
        return Field(lang, "pass_score", "Nilai lulus harus 0 sampai 100.", "The pass score must be 0 to 100.");
    }
    return {};
}

int AllowedAttempts(const QuizSettings& s) {
    return s.test == domain::TestKind::pre ? 1 : s.attempts;
}

std::vector<Question> Draw(const std::vector<Question>& bank, int count, bool shuffle, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<size_t> order(bank.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::shuffle(order.begin(), order.end(), rng);
    order.resize(std::min(order.size(), static_cast<size_t>(std::max(count, 0))));
    std::vector<Question> out;
    out.reserve(order.size());
    for (size_t i : order) {
        Question q = bank[i];
        if (shuffle && q.kind != QuestionKind::true_false && q.options.size() > 1) {
            std::vector<int> perm(q.options.size());  // perm[new position] = old index
            std::iota(perm.begin(), perm.end(), 0);
            std::shuffle(perm.begin(), perm.end(), rng);
            std::vector<std::string> options;
            std::vector<int> answer;
            for (size_t pos = 0; pos < perm.size(); ++pos) {
                options.push_back(q.options[static_cast<size_t>(perm[pos])]);
                if (std::find(q.answer.begin(), q.answer.end(), perm[pos]) != q.answer.end()) {
                    answer.push_back(static_cast<int>(pos));
                }
            }
            q.options = std::move(options);
            q.answer = std::move(answer);
        }
        out.push_back(std::move(q));
    }
    return out;
}

bool IsRight(const Question& q, const Answer& a) {
    if (q.kind == QuestionKind::numeric) {
        return a.number && std::isfinite(*a.number) && std::fabs(*a.number - q.value) <= q.tolerance + 1e-9;
    }
    std::set<int> chosen(a.chosen.begin(), a.chosen.end());
    return !chosen.empty() && std::vector<int>(chosen.begin(), chosen.end()) == q.answer;
}

Grade GradeAttempt(const std::vector<Question>& questions, const std::map<int64_t, Answer>& answers) {
    Grade g;
    for (const auto& q : questions) {
        g.total += q.points;
        const auto it = answers.find(q.id);
        const bool right = it != answers.end() && IsRight(q, it->second);
        g.right.push_back(right);
        if (right) g.earned += q.points;
    }
    g.score = g.total > 0 ? Round2(100.0 * g.earned / g.total) : 0;
    return g;
}

QuizState StateAfter(const QuizSettings& s, const std::vector<AttemptResult>& submitted) {
    QuizState state;
    const int allowed = AllowedAttempts(s);
    if (allowed > 0) state.remaining = std::max(0, allowed - static_cast<int>(submitted.size()));
    if (submitted.empty()) return state;
    bool passed = false;
    for (const auto& a : submitted) {
        if (!state.score || a.score > *state.score) state.score = a.score;
        passed = passed || a.passed;
    }
    if (s.test == domain::TestKind::pre || passed) {
        state.status = ModuleStatus::done;
    } else if (state.remaining && *state.remaining == 0) {
        state.status = ModuleStatus::failed;
    } else {
        state.status = ModuleStatus::in_progress;
    }
    return state;
}

ReviewScope ReviewOf(const QuizSettings& s, const QuizState& state) {
    ReviewScope r;
    r.right_wrong = s.review != ReviewMode::score_only;
    const bool finished = state.status == ModuleStatus::done || state.status == ModuleStatus::failed;
    r.answers = s.review == ReviewMode::answers && finished;
    return r;
}

}  // namespace bangkom::learning
