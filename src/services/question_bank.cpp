// The question bank (question_bank.hpp).

#include "services/question_bank.hpp"

#include <algorithm>
#include <boost/json/object.hpp>
#include <cctype>

#include "services/delivery_parts.hpp"
#include "services/quiz_codec.hpp"

namespace bangkom::services {
namespace json = boost::json;
using delivery_parts::Forbidden;
using delivery_parts::Msg;
using domain::Lang;
using domain::Role;

namespace {

bool Writes(const storage::User& user) {
    return user.role == Role::admin_bkd || user.role == Role::lembaga_mitra;
}

std::string Lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

Result<BankQuestion> ToBank(const storage::QuizQuestionRow& row) {
    auto q = quiz_codec::QuestionOf(row);
    if (!q) return q.error();
    return BankQuestion{std::move(*q), row.owner, row.archived, row.created_at, row.updated_at};
}

}  // namespace

bool QuestionBank::CanRead(const storage::User& user) {
    return Writes(user) || user.role == Role::auditor;
}

Result<BankPage> QuestionBank::List(const storage::User& user, const std::string& competency, const std::string& text,
                                    bool archived, Lang lang) {
    if (!CanRead(user)) return Forbidden(lang);
    auto rows = store_.Quizzes().ListQuestions(competency, archived);
    if (!rows) return rows.error();
    BankPage page;
    const std::string needle = Lower(text);
    for (const auto& row : *rows) {
        auto q = ToBank(row);
        if (!q) return q.error();
        if (!needle.empty() && Lower(q->question.text).find(needle) == std::string::npos) continue;
        page.items.push_back(std::move(*q));
    }
    auto counts = store_.Quizzes().QuestionCounts();
    if (!counts) return counts.error();
    page.counts = std::move(*counts);
    return page;
}

Result<BankQuestion> QuestionBank::Store(const storage::User& user, storage::QuizQuestionRow row,
                                         const learning::Question& question, int64_t now) {
    row.competency = question.competency;
    row.kind = std::string(Code(question.kind));
    row.data = quiz_codec::QuestionData(question);
    row.updated_at = now;
    if (row.id == 0) {
        row.owner = user.role == Role::lembaga_mitra ? user.institution : "";
        row.created_by = user.username;
        row.created_at = now;
        auto id = store_.Quizzes().AddQuestion(row);
        if (!id) return id.error();
        row.id = *id;
    } else if (auto ok = store_.Quizzes().UpdateQuestion(row); !ok) {
        return ok.error();
    }
    return ToBank(row);
}

Result<BankQuestion> QuestionBank::Create(const storage::User& user, const json::object& body, int64_t now, Lang lang) {
    if (!Writes(user)) return Forbidden(lang);
    learning::Question q;
    if (body.if_contains("kind") == nullptr) {
        return delivery_parts::FieldError(ErrorCode::invalid_argument,
                                          Msg(lang, "Jenis soal (kind) wajib diisi.", "The question kind is required."),
                                          "kind");
    }
    auto checked = quiz_codec::ApplyQuestionFields(q, body, lang);
    if (!checked) return checked.error();
    if (!delivery_parts::GetOne<domain::Competency>(store_, domain::Kind::kompetensi, checked->competency)) {
        return delivery_parts::FieldError(
            ErrorCode::invalid_argument,
            Msg(lang, "Kompetensi tidak ada di kamus: ", "No such competency in the dictionary: ") +
                (checked->competency.empty() ? std::string("(kosong)") : checked->competency),
            "competency");
    }
    return Store(user, storage::QuizQuestionRow{}, *checked, now);
}

Result<storage::QuizQuestionRow> QuestionBank::Editable(const storage::User& user, int64_t id, Lang lang) {
    if (!Writes(user)) return Forbidden(lang);
    auto row = store_.Quizzes().GetQuestion(id);
    if (!row) {
        if (row.error().code == ErrorCode::not_found) {
            return MakeError(ErrorCode::not_found, Msg(lang, "Soal tidak ditemukan.", "Unknown question."));
        }
        return row.error();
    }
    if (user.role == Role::lembaga_mitra && row->owner != user.institution) {
        return MakeError(ErrorCode::forbidden, Msg(lang, "Soal ini milik lembaga lain atau BKD.",
                                                   "This question belongs to another institution or to BKD."));
    }
    return row;
}

Result<BankQuestion> QuestionBank::Update(const storage::User& user, int64_t id, const json::object& body, int64_t now,
                                          Lang lang) {
    auto row = Editable(user, id, lang);
    if (!row) return row.error();
    auto current = quiz_codec::QuestionOf(*row);
    if (!current) return current.error();
    if (const auto* v = body.if_contains("archived")) {
        if (!v->is_bool()) {
            return delivery_parts::FieldError(ErrorCode::invalid_argument,
                                              Msg(lang, "archived harus true/false.", "archived must be true/false."),
                                              "archived");
        }
        row->archived = v->get_bool();
    }
    auto checked = quiz_codec::ApplyQuestionFields(*current, body, lang);
    if (!checked) return checked.error();
    if (checked->competency != current->competency &&
        !delivery_parts::GetOne<domain::Competency>(store_, domain::Kind::kompetensi, checked->competency)) {
        return delivery_parts::FieldError(
            ErrorCode::invalid_argument,
            Msg(lang, "Kompetensi tidak ada di kamus: ", "No such competency in the dictionary: ") +
                checked->competency,
            "competency");
    }
    return Store(user, std::move(*row), *checked, now);
}

Result<BankQuestion> QuestionBank::Archive(const storage::User& user, int64_t id, int64_t now, Lang lang) {
    auto row = Editable(user, id, lang);
    if (!row) return row.error();
    auto current = quiz_codec::QuestionOf(*row);
    if (!current) return current.error();
    row->archived = true;
    return Store(user, std::move(*row), *current, now);
}

Result<std::vector<learning::Question>> QuestionBank::Pool(const std::vector<std::string>& competencies) {
    std::vector<learning::Question> out;
    for (const auto& code : competencies) {
        if (code.empty()) continue;
        auto rows = store_.Quizzes().ListQuestions(code, false);
        if (!rows) return rows.error();
        for (const auto& row : *rows) {
            auto q = quiz_codec::QuestionOf(row);
            if (!q) return q.error();
            out.push_back(std::move(*q));
        }
    }
    return out;
}

}  // namespace bangkom::services
