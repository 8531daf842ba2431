// E-learning courses, the authoring side (course_service.hpp): modules, their content, who reads it.

#include "services/course_service.hpp"

#include <sodium.h>

#include <boost/json/serialize.hpp>
#include <fstream>
#include <random>
#include <set>

#include "formats/media.hpp"
#include "formats/package.hpp"
#include "services/delivery_parts.hpp"
#include "services/quiz_codec.hpp"

namespace bangkom::services {
namespace json = boost::json;
namespace fs = std::filesystem;
using delivery_parts::FieldError;
using delivery_parts::Forbidden;
using delivery_parts::GetOne;
using delivery_parts::Msg;
using domain::Kind;
using domain::Lang;
using domain::Role;

namespace {

const std::set<std::string> kKinds{"text", "video", "pdf", "scorm", "quiz"};

std::string Sha256Hex(const std::string& bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return hex.data();
}

/// `relative` below `root`, or nullopt when it would land elsewhere.
std::optional<fs::path> Below(const fs::path& root, const std::string& relative) {
    if (relative.empty()) return std::nullopt;
    const fs::path target = (root / fs::path(relative)).lexically_normal();
    const fs::path rel = target.lexically_relative(root.lexically_normal());
    if (rel.empty() || *rel.begin() == ".." || fs::path(relative).is_absolute()) return std::nullopt;
    return target;
}

Result<void> WriteOnce(const fs::path& target, const std::string& bytes) {
    std::error_code ec;
    if (fs::exists(target, ec)) return {};  // the same bytes (content-addressed)
    fs::create_directories(target.parent_path(), ec);
    std::random_device random;
    const fs::path temporary = target.parent_path() / (".tmp-" + std::to_string(random()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush()) {
            fs::remove(temporary, ec);
            return MakeError(ErrorCode::internal, "Berkas tidak dapat disimpan (cannot write) " + target.string());
        }
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return MakeError(ErrorCode::internal, "Berkas tidak dapat disimpan (cannot write) " + target.string());
    }
    return {};
}

std::string PackageJson(const formats::PackageInfo& info) {
    json::array items;
    for (const auto& i : info.items) {
        json::object item{{"identifier", i.identifier}, {"title", i.title}, {"launch", i.launch}};
        item["mastery_score"] = i.mastery_score ? json::value(*i.mastery_score) : json::value(nullptr);
        items.push_back(std::move(item));
    }
    const auto& first = info.items.front();
    json::object out{{"standard", std::string(formats::Code(info.standard))},
                     {"version", info.version},
                     {"title", info.title},
                     {"launch", first.launch},
                     {"items", std::move(items)}};
    out["mastery_score"] = first.mastery_score ? json::value(*first.mastery_score) : json::value(nullptr);
    return json::serialize(out);
}

std::string Extension(const std::string& name) {
    const size_t dot = name.rfind('.');
    if (dot == std::string::npos) return "";
    std::string ext = name.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

}  // namespace

fs::path DefaultContentRoot(const std::string& database) {
    if (database.rfind("postgres://", 0) == 0 || database.rfind("postgresql://", 0) == 0) return "bangkom-konten";
    return fs::path(database + ".konten");
}

Result<domain::Program> CourseService::Program(const std::string& code, Lang lang) {
    auto program = GetOne<domain::Program>(store_, Kind::program, code);
    if (!program)
        return MakeError(ErrorCode::not_found, Msg(lang, "Program tidak ditemukan: ", "Unknown program: ") + code);
    return *program;
}

bool CourseService::CanEdit(const storage::User& user, const domain::Program& program) const {
    return user.role == Role::admin_bkd || delivery_parts::OwnInstitution(user, program);
}

Result<std::vector<storage::CourseModule>> CourseService::Modules(const std::string& program) {
    return store_.Courses().ListModules(program);
}

Result<storage::CourseModule> CourseService::AddModule(const storage::User& user, const std::string& program_code,
                                                       const std::string& kind, const std::string& title,
                                                       const std::string& body, bool required, int64_t now, Lang lang,
                                                       const std::optional<learning::QuizSettings>& quiz) {
    auto program = Program(program_code, lang);
    if (!program) return program.error();
    if (!CanEdit(user, *program)) return Forbidden(lang);
    if (kKinds.count(kind) == 0) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Jenis modul harus text, video, pdf, scorm atau quiz.",
                              "The kind must be text, video, pdf, scorm or quiz."),
                          "kind");
    }
    if (title.empty() || title.size() > 200) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Judul modul wajib diisi (paling panjang 200 karakter).",
                              "A module needs a title (at most 200 characters)."),
                          "title");
    }
    if (body.size() > 200'000) {
        return FieldError(
            ErrorCode::invalid_argument,
            Msg(lang, "Isi teks paling panjang 200.000 karakter.", "The text is limited to 200,000 characters."),
            "body");
    }
    storage::CourseModule m;
    m.program = program_code;
    m.kind = kind;
    m.title = title;
    m.body = kind == "text" || kind == "quiz" ? body : "";
    m.required = required;
    if (kind == "quiz") {
        const learning::QuizSettings settings = quiz.value_or(learning::QuizSettings{});
        if (auto ok = CheckQuiz(program_code, 0, settings, lang); !ok) return ok.error();
        m.package_json = json::serialize(quiz_codec::SettingsJson(settings));
    }
    m.created_at = now;
    m.updated_at = now;
    auto id = store_.Courses().AddModule(m);
    if (!id) return id.error();
    return store_.Courses().GetModule(*id);
}

Result<void> CourseService::CheckQuiz(const std::string& program, int64_t module_id, const learning::QuizSettings& quiz,
                                      Lang lang) {
    for (const auto& code : quiz.competencies) {
        if (!GetOne<domain::Competency>(store_, Kind::kompetensi, code)) {
            return FieldError(
                ErrorCode::invalid_argument,
                Msg(lang, "Kompetensi tidak ada di kamus: ", "No such competency in the dictionary: ") + code,
                "competencies");
        }
    }
    if (!quiz.test) return {};
    auto modules = store_.Courses().ListModules(program);
    if (!modules) return modules.error();
    for (const auto& m : *modules) {
        if (m.kind != "quiz" || m.id == module_id) continue;
        if (quiz_codec::SettingsOf(m.package_json).test == quiz.test) {
            return FieldError(ErrorCode::conflict,
                              Msg(lang, "Program ini sudah memiliki kuis ", "This program already has a ") +
                                  std::string(domain::Code(*quiz.test)) + "-test: " + m.title,
                              "test");
        }
    }
    return {};
}

Result<storage::CourseModule> CourseService::EditableModule(const storage::User& user, int64_t id, Lang lang) {
    auto module = store_.Courses().GetModule(id);
    if (!module) {
        return MakeError(ErrorCode::not_found,
                         Msg(lang, "Modul tidak ditemukan: ", "Unknown module: ") + std::to_string(id));
    }
    auto program = Program(module->program, lang);
    if (!program) return program.error();
    if (!CanEdit(user, *program)) return Forbidden(lang);
    return module;
}

Result<storage::CourseModule> CourseService::UpdateModule(const storage::User& user, int64_t id,
                                                          const std::optional<std::string>& title,
                                                          const std::optional<std::string>& body,
                                                          const std::optional<bool>& required,
                                                          const std::optional<int>& position, int64_t now, Lang lang,
                                                          const std::optional<learning::QuizSettings>& quiz) {
    auto module = EditableModule(user, id, lang);
    if (!module) return module.error();
    if (quiz && module->kind != "quiz") {
        return FieldError(
            ErrorCode::invalid_argument,
            Msg(lang, "Hanya modul kuis yang memiliki pengaturan kuis.", "Only quiz modules have quiz settings."),
            "quiz");
    }
    if (quiz) {
        if (auto ok = CheckQuiz(module->program, id, *quiz, lang); !ok) return ok.error();
        module->package_json = json::serialize(quiz_codec::SettingsJson(*quiz));
    }
    if (title && (title->empty() || title->size() > 200)) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Judul modul wajib diisi (paling panjang 200 karakter).",
                              "A module needs a title (at most 200 characters)."),
                          "title");
    }
    if (body && ((module->kind != "text" && module->kind != "quiz") || body->size() > 200'000)) {
        return FieldError(
            ErrorCode::invalid_argument,
            Msg(lang, "Hanya modul teks dan kuis yang memiliki isi teks (paling panjang 200.000 karakter).",
                "Only text and quiz modules have a text (at most 200,000 characters)."),
            "body");
    }
    if (title) module->title = *title;
    if (body) module->body = *body;
    if (required) module->required = *required;
    module->updated_at = now;
    if (title || body || required || quiz) {
        if (auto ok = store_.Courses().UpdateModule(*module); !ok) return ok.error();
    }
    if (position) {
        if (auto ok = store_.Courses().MoveModule(id, *position, now); !ok) return ok.error();
    }
    return store_.Courses().GetModule(id);
}

Result<void> CourseService::DeleteModule(const storage::User& user, int64_t id, Lang lang) {
    auto module = EditableModule(user, id, lang);
    if (!module) return module.error();
    auto removed = store_.Courses().DeleteModule(id);
    if (!removed && removed.error().code == ErrorCode::conflict) {
        return MakeError(ErrorCode::conflict,
                         Msg(lang, "Modul ini sudah dipelajari peserta sehingga tidak dapat dihapus.",
                             "Learners have progress in this module: it cannot be deleted."));
    }
    return removed;
}

Result<storage::CourseModule> CourseService::UploadContent(const storage::User& user, int64_t id,
                                                           const std::string& name, const std::string& bytes,
                                                           int64_t now, Lang lang) {
    auto module = EditableModule(user, id, lang);
    if (!module) return module.error();
    if (module->kind == "text" || module->kind == "quiz") {
        return MakeError(ErrorCode::invalid_argument, Msg(lang, "Modul teks dan kuis tidak menerima berkas.",
                                                          "Text and quiz modules take no file."));
    }
    if (name.empty() || name.size() > 200 || name.find('/') != std::string::npos) {
        return FieldError(ErrorCode::invalid_argument,
                          Msg(lang, "Sebutkan nama berkas (?name=...).", "Give the file's name (?name=...)."), "name");
    }
    if (bytes.empty()) {
        return MakeError(ErrorCode::invalid_argument, Msg(lang, "Berkas kosong.", "The file is empty."));
    }
    const std::string sha = Sha256Hex(bytes);
    std::string content_type;
    std::string path;
    std::string package;
    if (module->kind == "scorm") {
        if (Extension(name) != "zip") {
            return MakeError(ErrorCode::invalid_argument,
                             Msg(lang, "Paket SCORM harus berkas .zip.", "A SCORM package must be a .zip file."));
        }
        path = "scorm/" + sha;
        const fs::path zip = content_root_ / "tmp" / (sha + ".zip");
        if (auto ok = WriteOnce(zip, bytes); !ok) return ok.error();
        std::error_code ec;
        Result<formats::PackageInfo> info = fs::is_directory(content_root_ / path, ec)
                                                ? formats::InspectPackage(zip.string(), {}, lang)
                                                : formats::UnpackPackage(zip.string(), content_root_ / path, {}, lang);
        fs::remove(zip, ec);
        if (!info) return info.error();
        if (info->standard == formats::PackageStandard::cmi5) {
            return MakeError(ErrorCode::invalid_argument,
                             Msg(lang, "Paket cmi5 belum dapat diputar; gunakan SCORM 1.2 atau SCORM 2004.",
                                 "cmi5 packages cannot be played yet; use SCORM 1.2 or SCORM 2004."));
        }
        content_type = "application/zip";
        package = PackageJson(*info);
    } else {
        auto sniffed = formats::SniffModuleFile(module->kind, name, std::string_view(bytes).substr(0, 64), lang);
        if (!sniffed) return sniffed.error();
        content_type = *sniffed;
        path = "files/" + sha + "." + Extension(name);
        if (auto ok = WriteOnce(content_root_ / path, bytes); !ok) return ok.error();
    }
    module->file_name = name;
    module->content_type = content_type;
    module->file_size = static_cast<int64_t>(bytes.size());
    module->sha256 = sha;
    module->path = path;
    module->package_json = package;
    module->updated_at = now;
    if (auto ok = store_.Courses().UpdateModule(*module); !ok) return ok.error();
    return store_.Courses().GetModule(id);
}

bool CourseService::ReadsContent(const storage::User& user, const domain::Program& program) {
    switch (user.role) {
        case Role::admin_bkd:
        case Role::auditor:
        case Role::pengelola_opd: return true;
        case Role::lembaga_mitra: return delivery_parts::OwnInstitution(user, program);
        default: break;
    }
    if (user.nip.empty()) return false;
    auto joined = store_.Delivery().ParticipationsOf(user.nip);
    if (!joined) return false;
    for (const auto& p : *joined) {
        auto offering = GetOne<domain::Offering>(store_, Kind::angkatan, p.offering);
        if (offering && offering->program_code == program.code) return true;
    }
    return false;
}

Result<fs::path> CourseService::ContentFile(const storage::User& user, int64_t id, const std::string& sub_path,
                                            Lang lang) {
    auto module = store_.Courses().GetModule(id);
    if (!module) {
        return MakeError(ErrorCode::not_found,
                         Msg(lang, "Modul tidak ditemukan: ", "Unknown module: ") + std::to_string(id));
    }
    auto program = Program(module->program, lang);
    if (!program) return program.error();
    if (!ReadsContent(user, *program)) return Forbidden(lang);
    const Error missing = MakeError(ErrorCode::not_found, Msg(lang, "Berkas tidak ditemukan.", "No such file."));
    if (module->path.empty() || (module->kind == "scorm") == sub_path.empty()) return missing;
    auto target = Below(content_root_, module->kind == "scorm" ? module->path + "/" + sub_path : module->path);
    if (!target) return missing;
    if (module->kind == "scorm" && !Below(content_root_ / module->path, sub_path)) return missing;
    std::error_code ec;
    if (!fs::is_regular_file(*target, ec)) return missing;
    return *target;
}

}  // namespace bangkom::services
