// JSON of quizzes (quiz_codec.hpp).

#include "services/quiz_codec.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <cmath>

namespace bangkom::services::quiz_codec {
namespace json = boost::json;
using domain::Lang;
using learning::Question;
using learning::QuestionKind;

namespace {

Error Field(Lang lang, const std::string& field, const std::string& id, const std::string& en) {
    Error e = MakeError(ErrorCode::invalid_argument, lang == Lang::en ? en : id);
    e.details.push_back(ErrorDetail{0, field, e.message});
    return e;
}

std::optional<double> Number(const json::value& v) {
    if (!v.is_number()) return std::nullopt;
    const double d = v.to_number<double>();
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

std::optional<int> WholeNumber(const json::value& v) {
    if (v.is_int64() && v.get_int64() >= -1'000'000 && v.get_int64() <= 1'000'000) {
        return static_cast<int>(v.get_int64());
    }
    if (v.is_uint64() && v.get_uint64() <= 1'000'000) return static_cast<int>(v.get_uint64());
    if (v.is_double() && std::floor(v.get_double()) == v.get_double() && std::fabs(v.get_double()) <= 1e6) {
        return static_cast<int>(v.get_double());
    }
    return std::nullopt;
}

std::optional<std::vector<int>> Indices(const json::value& v) {
    if (!v.is_array()) return std::nullopt;
    std::vector<int> out;
    for (const auto& e : v.as_array()) {
        auto i = WholeNumber(e);
        if (!i) return std::nullopt;
        out.push_back(*i);
    }
    return out;
}

std::string Text(const json::object& o, const char* key) {
    const auto* v = o.if_contains(key);
    return v != nullptr && v->is_string() ? std::string(v->get_string()) : std::string();
}

json::value Parse(const std::string& text) {
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    return ec ? json::value() : v;
}

json::array IndexArray(const std::vector<int>& v) {
    json::array a;
    for (int i : v) a.push_back(i);
    return a;
}

json::object DataObject(const Question& q) {
    json::array options;
    for (const auto& o : q.options) options.push_back(json::string(o));
    json::object out{
        {"text", q.text}, {"options", std::move(options)}, {"explanation", q.explanation}, {"points", q.points}};
    if (q.kind == QuestionKind::numeric) {
        out["answer"] = q.value;
        out["tolerance"] = q.tolerance;
    } else {
        out["answer"] = IndexArray(q.answer);
        out["tolerance"] = 0;
    }
    return out;
}

/// Fills the data fields of `q` from an object written by DataObject (or an API body); false when a present field
/// has the wrong type.
bool ReadData(Question& q, const json::object& o, std::string& bad_field) {
    if (const auto* v = o.if_contains("text")) {
        if (!v->is_string()) return bad_field = "text", false;
        q.text = std::string(v->get_string());
    }
    if (const auto* v = o.if_contains("explanation")) {
        if (!v->is_string() && !v->is_null()) return bad_field = "explanation", false;
        q.explanation = v->is_string() ? std::string(v->get_string()) : std::string();
    }
    if (const auto* v = o.if_contains("options")) {
        if (!v->is_array()) return bad_field = "options", false;
        q.options.clear();
        for (const auto& e : v->as_array()) {
            if (!e.is_string()) return bad_field = "options", false;
            q.options.emplace_back(e.get_string());
        }
    }
    if (const auto* v = o.if_contains("answer")) {
        if (q.kind == QuestionKind::numeric) {
            auto n = Number(*v);
            if (!n) return bad_field = "answer", false;
            q.value = *n;
        } else {
            auto indices = Indices(*v);
            if (!indices) return bad_field = "answer", false;
            q.answer = std::move(*indices);
        }
    }
    if (const auto* v = o.if_contains("tolerance")) {
        auto n = Number(*v);
        if (!n) return bad_field = "tolerance", false;
        q.tolerance = *n;
    }
    if (const auto* v = o.if_contains("points")) {
        auto n = Number(*v);
        if (!n) return bad_field = "points", false;
        q.points = *n;
    }
    return true;
}

}  // namespace

std::string QuestionData(const Question& q) {
    return json::serialize(DataObject(q));
}

Result<Question> QuestionOf(const storage::QuizQuestionRow& row) {
    Question q;
    q.id = row.id;
    q.competency = row.competency;
    q.kind = learning::QuestionKindFromCode(row.kind).value_or(QuestionKind::single);
    const json::value data = Parse(row.data);
    std::string bad;
    if (!data.is_object() || !ReadData(q, data.as_object(), bad)) {
        return MakeError(ErrorCode::internal, "Data soal " + std::to_string(row.id) + " rusak (unreadable question)");
    }
    return q;
}

Result<Question> ApplyQuestionFields(Question q, const json::object& body, Lang lang) {
    if (const auto* v = body.if_contains("competency")) {
        if (!v->is_string()) return Field(lang, "competency", "competency harus teks.", "competency must be text.");
        q.competency = std::string(v->get_string());
    }
    if (const auto* v = body.if_contains("kind")) {
        const auto kind = v->is_string() ? learning::QuestionKindFromCode(v->get_string()) : std::nullopt;
        if (!kind) {
            return Field(lang, "kind", "Jenis soal harus single, multiple, true_false atau numeric.",
                         "kind must be single, multiple, true_false or numeric.");
        }
        q.kind = *kind;
    }
    std::string bad;
    if (!ReadData(q, body, bad)) {
        return Field(lang, bad, "Nilai " + bad + " tidak sesuai jenisnya.", "Wrong type for " + bad + ".");
    }
    return learning::CheckQuestion(std::move(q), lang);
}

json::object QuestionJson(const Question& q) {
    json::object out = DataObject(q);
    out["id"] = q.id;
    out["competency"] = q.competency;
    out["kind"] = std::string(Code(q.kind));
    return out;
}

json::object SettingsJson(const learning::QuizSettings& s) {
    json::array competencies;
    for (const auto& c : s.competencies) competencies.push_back(json::string(c));
    return json::object{{"competencies", std::move(competencies)},
                        {"questions", s.questions},
                        {"time_limit_minutes", s.time_limit_minutes},
                        {"attempts", s.attempts},
                        {"pass_score", s.pass_score},
                        {"test", s.test ? json::value(std::string(domain::Code(*s.test))) : json::value(nullptr)},
                        {"review", std::string(Code(s.review))},
                        {"shuffle", s.shuffle}};
}

learning::QuizSettings SettingsOf(const std::string& stored) {
    learning::QuizSettings s;
    const json::value v = Parse(stored);
    if (!v.is_object()) return s;
    auto applied = ApplySettings(s, v, Lang::id);
    return applied ? *applied : s;
}

Result<learning::QuizSettings> ApplySettings(learning::QuizSettings s, const json::value& body, Lang lang) {
    if (!body.is_object()) return Field(lang, "quiz", "quiz harus objek.", "quiz must be an object.");
    const auto& o = body.as_object();
    if (const auto* v = o.if_contains("competencies")) {
        if (!v->is_array()) {
            return Field(lang, "competencies", "competencies harus daftar kode.", "competencies must be a list.");
        }
        s.competencies.clear();
        for (const auto& e : v->as_array()) {
            if (!e.is_string()) {
                return Field(lang, "competencies", "competencies harus daftar kode.", "competencies must be a list.");
            }
            s.competencies.emplace_back(e.get_string());
        }
    }
    const std::pair<const char*, int*> whole[] = {
        {"questions", &s.questions}, {"time_limit_minutes", &s.time_limit_minutes}, {"attempts", &s.attempts}};
    for (const auto& [key, target] : whole) {
        if (const auto* v = o.if_contains(key)) {
            auto n = WholeNumber(*v);
            if (!n) {
                return Field(lang, key, std::string(key) + " harus bilangan bulat.",
                             std::string(key) + " must be a whole number.");
            }
            *target = *n;
        }
    }
    if (const auto* v = o.if_contains("pass_score")) {
        auto n = Number(*v);
        if (!n) return Field(lang, "pass_score", "pass_score harus angka.", "pass_score must be a number.");
        s.pass_score = *n;
    }
    if (const auto* v = o.if_contains("test")) {
        if (v->is_null() || (v->is_string() && v->get_string().empty())) {
            s.test.reset();
        } else if (v->is_string() && v->get_string() == "pre") {
            s.test = domain::TestKind::pre;
        } else if (v->is_string() && v->get_string() == "post") {
            s.test = domain::TestKind::post;
        } else {
            return Field(lang, "test", "test harus null, \"pre\" atau \"post\".", "test must be null, pre or post.");
        }
    }
    if (const auto* v = o.if_contains("review")) {
        const auto mode = v->is_string() ? learning::ReviewModeFromCode(v->get_string()) : std::nullopt;
        if (!mode) {
            return Field(lang, "review", "review harus jawaban, benar_salah atau nilai.",
                         "review must be jawaban, benar_salah or nilai.");
        }
        s.review = *mode;
    }
    if (const auto* v = o.if_contains("shuffle")) {
        if (!v->is_bool()) return Field(lang, "shuffle", "shuffle harus true/false.", "shuffle must be true/false.");
        s.shuffle = v->get_bool();
    }
    if (auto ok = learning::CheckSettings(s, lang); !ok) return ok.error();
    return s;
}

std::string DrawnJson(const std::vector<Question>& questions) {
    json::array out;
    for (const auto& q : questions) out.push_back(QuestionJson(q));
    return json::serialize(out);
}

Result<std::vector<Question>> DrawnOf(const std::string& stored) {
    const json::value v = Parse(stored);
    if (!v.is_array()) return MakeError(ErrorCode::internal, "Soal percobaan rusak (unreadable attempt)");
    std::vector<Question> out;
    for (const auto& e : v.as_array()) {
        if (!e.is_object()) return MakeError(ErrorCode::internal, "Soal percobaan rusak (unreadable attempt)");
        const auto& o = e.as_object();
        Question q;
        if (const auto* id = o.if_contains("id"); id != nullptr && id->is_int64()) q.id = id->get_int64();
        q.competency = Text(o, "competency");
        q.kind = learning::QuestionKindFromCode(Text(o, "kind")).value_or(QuestionKind::single);
        std::string bad;
        if (!ReadData(q, o, bad)) return MakeError(ErrorCode::internal, "Soal percobaan rusak (unreadable attempt)");
        out.push_back(std::move(q));
    }
    return out;
}

Result<std::map<int64_t, learning::Answer>> ParseAnswers(const json::value& body,
                                                         const std::vector<Question>& questions, Lang lang) {
    if (!body.is_object()) return Field(lang, "answers", "answers harus objek.", "answers must be an object.");
    std::map<int64_t, const Question*> by_id;
    for (const auto& q : questions) by_id[q.id] = &q;
    std::map<int64_t, learning::Answer> out;
    for (const auto& [key, value] : body.as_object()) {
        int64_t id = 0;
        const auto [ptr, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
        const auto it = ec == std::errc{} && ptr == key.data() + key.size() ? by_id.find(id) : by_id.end();
        if (it == by_id.end()) {
            return Field(lang, "answers", "Soal " + std::string(key) + " tidak ada di percobaan ini.",
                         "Question " + std::string(key) + " is not in this attempt.");
        }
        if (value.is_null()) continue;
        const Question& q = *it->second;
        learning::Answer a;
        if (q.kind == QuestionKind::numeric) {
            a.number = Number(value);
            if (!a.number) {
                return Field(lang, "answers", "Jawaban soal " + std::string(key) + " harus angka.",
                             "The answer to question " + std::string(key) + " must be a number.");
            }
        } else {
            auto indices = Indices(value);
            bool fits = indices.has_value();
            for (int i : indices.value_or(std::vector<int>{})) {
                fits = fits && i >= 0 && i < static_cast<int>(q.options.size());
            }
            if (!fits || (q.kind != QuestionKind::multiple && indices->size() > 1)) {
                return Field(lang, "answers", "Jawaban soal " + std::string(key) + " tidak menunjuk pilihan yang ada.",
                             "The answer to question " + std::string(key) + " does not point at its options.");
            }
            a.chosen = std::move(*indices);
            if (a.chosen.empty()) continue;
        }
        out[id] = std::move(a);
    }
    return out;
}

json::object AnswersObject(const std::map<int64_t, learning::Answer>& answers) {
    json::object out;
    for (const auto& [id, a] : answers) {
        out[std::to_string(id)] = a.number ? json::value(*a.number) : json::value(IndexArray(a.chosen));
    }
    return out;
}

std::string AnswersJson(const std::map<int64_t, learning::Answer>& answers) {
    return json::serialize(AnswersObject(answers));
}

std::map<int64_t, learning::Answer> AnswersOf(const std::string& stored) {
    std::map<int64_t, learning::Answer> out;
    const json::value v = Parse(stored);
    if (!v.is_object()) return out;
    for (const auto& [key, value] : v.as_object()) {
        int64_t id = 0;
        const auto [ptr, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
        if (ec != std::errc{} || ptr != key.data() + key.size()) continue;
        learning::Answer a;
        if (auto n = Number(value)) {
            a.number = n;
        } else if (auto indices = Indices(value)) {
            a.chosen = std::move(*indices);
        } else {
            continue;
        }
        out[id] = std::move(a);
    }
    return out;
}

}  // namespace bangkom::services::quiz_codec
