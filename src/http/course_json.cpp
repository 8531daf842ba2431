// The JSON of e-learning courses (course_json.hpp).

#include "http/course_json.hpp"

#include <boost/json/parse.hpp>
#include <ctime>

#include "domain/date.hpp"
#include "services/quiz_codec.hpp"

namespace bangkom::http {
namespace json = boost::json;

std::string IsoTime(int64_t unix_seconds) {
    const auto t = static_cast<std::time_t>(unix_seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

namespace {

json::value OptionalNumber(const std::optional<double>& v) {
    return v ? json::value(*v) : json::value(nullptr);
}

json::value Time(int64_t unix_seconds) {
    return unix_seconds == 0 ? json::value(nullptr) : json::value(IsoTime(unix_seconds));
}

}  // namespace

json::object ProgramJson(const domain::Program& p) {
    return json::object{{"kode", p.code},
                        {"nama", p.name},
                        {"lembaga", p.institution},
                        {"bentuk", std::string(domain::Code(p.form))},
                        {"jp", p.jp}};
}

json::object ModuleJson(const storage::CourseModule& m, std::optional<int64_t> available) {
    json::object out{{"id", m.id},       {"program", m.program}, {"position", m.position}, {"kind", m.kind},
                     {"title", m.title}, {"body", m.body},       {"required", m.required}};
    if (m.file_name.empty()) {
        out["content"] = nullptr;
    } else {
        out["content"] = json::object{
            {"name", m.file_name}, {"size", m.file_size}, {"content_type", m.content_type}, {"sha256", m.sha256}};
    }
    if (m.kind == "quiz") {
        json::object quiz = services::quiz_codec::SettingsJson(services::quiz_codec::SettingsOf(m.package_json));
        quiz["available"] = available ? json::value(*available) : json::value(nullptr);
        out["package"] = nullptr;
        out["quiz"] = std::move(quiz);
    } else {
        boost::system::error_code ec;
        json::value package = m.package_json.empty() ? json::value(nullptr) : json::parse(m.package_json, ec);
        out["package"] = ec ? json::value(nullptr) : std::move(package);
        out["quiz"] = nullptr;
    }
    out["created_at"] = Time(m.created_at);
    out["updated_at"] = Time(m.updated_at);
    return out;
}

json::object ProgressJson(const storage::ModuleProgressRow& p) {
    return json::object{{"status", p.status},
                        {"score", OptionalNumber(p.score)},
                        {"location", p.location},
                        {"total_seconds", p.total_seconds},
                        {"sessions", p.sessions},
                        {"completed_at", Time(p.completed_at)},
                        {"updated_at", Time(p.updated_at)}};
}

json::object CourseJson(const services::CourseSummary& s) {
    const auto& o = s.info.offering;
    const auto& p = s.info.program;
    json::object out{{"offering", o.code},
                     {"program", p.code},
                     {"program_name", p.name},
                     {"institution", p.institution},
                     {"form", std::string(domain::Code(p.form))},
                     {"jp", p.jp},
                     {"start", o.start.ToIso()},
                     {"end", o.end.ToIso()},
                     {"open", s.open},
                     {"joinable", s.joinable},
                     {"modules", s.modules}};
    if (s.participant) {
        out["participant"] =
            json::object{{"status", std::string(storage::ParticipantStatusCode(s.participant->status))},
                         {"score", OptionalNumber(s.participant->score)},
                         {"certificate", s.participant->certificate.empty() ? json::value(nullptr)
                                                                            : json::value(s.participant->certificate)}};
    } else {
        out["participant"] = nullptr;
    }
    if (s.progress) {
        out["progress"] = json::object{
            {"done", s.progress->done}, {"required", s.progress->required}, {"percent", s.progress->percent}};
    } else {
        out["progress"] = nullptr;
    }
    return out;
}

}  // namespace bangkom::http
