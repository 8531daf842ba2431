// The settings the BKD tunes through the API (settings_service.hpp).

#include "services/settings_service.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <functional>
#include <string_view>

#include "services/delivery_service.hpp"
#include "services/document_settings.hpp"
#include "services/evaluation_json.hpp"
#include "services/evaluation_service.hpp"
#include "services/gap_service.hpp"
#include "services/plan_model_builder.hpp"

namespace bangkom::services {
namespace json = boost::json;
using domain::Lang;

namespace {

constexpr std::string_view kChangedPrefix = "settings_changed:";

std::string Say(Lang lang, std::string_view id, std::string_view en) {
    return std::string(lang == Lang::en ? en : id);
}

/// One key: its words and the area's parser, from the stored text (nullopt = nothing stored) to effective values.
struct SettingKind {
    const char* key;
    const char* title_id;
    const char* title_en;
    const char* description_id;
    const char* description_en;
    std::function<Result<json::object>(const std::optional<std::string>&, Lang)> effective;
};

json::object DocumentJson(const DocumentSettings& s) {
    return {{"government", s.government}, {"place", s.place},     {"ppk_office", s.ppk_office},
            {"ppk_name", s.ppk_name},     {"ppk_nip", s.ppk_nip}, {"public_url", s.public_url}};
}

const std::vector<SettingKind>& Kinds() {
    static const std::vector<SettingKind> kinds{
        {kDocumentSettingsKey, "Dokumen", "Documents",
         "Pemerintah, tempat dan pejabat penanda tangan (PPK) pada dokumen rencana, sertifikat, daftar hadir dan "
         "laporan; alamat publik yang dicetak pada kode QR.",
         "Government, place and signing official (PPK) on plan documents, certificates, attendance sheets and "
         "reports; the public address printed in QR codes.",
         [](const std::optional<std::string>& text, Lang lang) -> Result<json::object> {
             auto s = ParseDocumentSettings(text, lang);
             if (!s) return s.error();
             return DocumentJson(*s);
         }},
        {kEvaluationSettingsKey, "Evaluasi", "Evaluation",
         "Taraf signifikansi, data minimal, jendela waktu 360 dan SKM, dan pengali untuk program yang perlu ditinjau.",
         "Significance level, minimum data, the 360 and SKM time windows, and the factor for programs to review.",
         [](const std::optional<std::string>& text, Lang lang) -> Result<json::object> {
             auto s = ParseEvaluationSettings(text, lang);
             if (!s) return s.error();
             return SettingsJson(*s);
         }},
        {kDeliverySettingsKey, "Kelulusan pelatihan", "Passing a class",
         "Kehadiran dan nilai minimal agar peserta lulus dan JP-nya dikreditkan.",
         "The attendance and score a participant needs to pass and be credited the JP.",
         [](const std::optional<std::string>& text, Lang lang) -> Result<json::object> {
             auto s = ParseCompletionRule(text, lang);
             if (!s) return s.error();
             return json::object{{"min_attendance_percent", s->min_attendance_percent}, {"min_score", s->min_score}};
         }},
        {kAnalysisSettingsKey, "Analisis kebutuhan", "Needs analysis",
         "Aturan level yang dimiliki (urutan sumber, jendela tahun), bobot kesenjangan, target JP dan kotak 9.",
         "The held-level rule (source order, window in years), gap weights, the JP target and the 9-box.",
         [](const std::optional<std::string>& text, Lang lang) -> Result<json::object> {
             auto s = ParseAnalysisSettings(text, lang);
             if (!s) return s.error();
             return AnalysisSettingsJson(*s);
         }},
        {kPlanSettingsKey, "Perencanaan", "Planning",
         "Batas JP per pegawai dan penalti kekurangan JP dalam optimasi rencana tahunan.",
         "The JP cap per employee and the penalty per JP short in the yearly plan's optimization.",
         [](const std::optional<std::string>& text, Lang lang) -> Result<json::object> {
             planning::ModelSettings s;
             if (text) {
                 if (auto applied = ApplyPlanSettingsJson(*text, s, lang); !applied) return applied.error();
             }
             return json::object{{"jp_cap", s.jp_cap}, {"shortfall_penalty", s.shortfall_penalty}};
         }},
    };
    return kinds;
}

const SettingKind* FindKind(std::string_view key) {
    for (const auto& k : Kinds()) {
        if (key == k.key) return &k;
    }
    return nullptr;
}

Error UnknownKey(const std::string& key, Lang lang) {
    return MakeError(ErrorCode::not_found, Say(lang, "Pengaturan tidak dikenal: ", "Unknown setting: ") + key);
}

Error FieldProblem(const std::string& field, const std::string& message) {
    Error e = MakeError(ErrorCode::invalid_argument, message);
    e.details.push_back(ErrorDetail{0, field, message});
    return e;
}

enum class JsonKind { number, text, boolean, array, object, null };
JsonKind KindOf(const json::value& v) {
    if (v.is_number()) return JsonKind::number;
    if (v.is_string()) return JsonKind::text;
    if (v.is_bool()) return JsonKind::boolean;
    if (v.is_array()) return JsonKind::array;
    if (v.is_object()) return JsonKind::object;
    return JsonKind::null;
}

/// The area's refusal, naming the field its message mentions (the longest key found) when it names none itself.
Error WithField(Error error, const json::object& values) {
    if (!error.details.empty()) return error;
    std::string best;
    for (const auto& [key, value] : values) {
        if (error.message.find(key) != std::string::npos && key.size() > best.size()) best = key;
    }
    if (!best.empty()) error.details.push_back(ErrorDetail{0, best, error.message});
    return error;
}

/// The number fields (and numbers inside object fields, as "field.member") that the area keeps whole: found by
/// offering each a quarter more than its default and seeing whether the area drops the fraction.
std::vector<std::string> WholeFields(const SettingKind& kind, const json::object& defaults, Lang lang) {
    std::vector<std::string> out;
    // whether the area takes `step` more than the default for the field, and what it makes of it
    const auto understood = [&](json::object candidate, const std::string& field, const std::string& member,
                                double step) -> std::optional<double> {
        json::value& slot = member.empty() ? candidate[field] : candidate[field].as_object()[member];
        const double tried = slot.to_number<double>() + step;
        if (tried == static_cast<double>(static_cast<int64_t>(tried))) {
            slot = static_cast<int64_t>(tried);  // as a client sends a whole number: some areas take only integers
        } else {
            slot = tried;
        }
        auto effective = kind.effective(json::serialize(candidate), lang);
        if (!effective) return std::nullopt;
        const json::value* got = effective->if_contains(field);
        if (got != nullptr && !member.empty()) got = got->is_object() ? got->as_object().if_contains(member) : nullptr;
        if (got == nullptr || !got->is_number()) return std::nullopt;
        return got->to_number<double>();
    };
    // whole: a quarter more is cut or refused while one more is taken as it is
    const auto drops_fraction = [&](const json::object& base, const std::string& field, const std::string& member) {
        const json::value& v = member.empty() ? base.at(field) : base.at(field).as_object().at(member);
        const double start = v.to_number<double>();
        const auto quarter = understood(base, field, member, 0.25);
        const auto one = understood(base, field, member, 1);
        return one && *one == start + 1 && (!quarter || *quarter != start + 0.25);
    };
    for (const auto& [field, value] : defaults) {
        if (value.is_number() && drops_fraction(defaults, std::string(field), "")) out.emplace_back(field);
        if (!value.is_object()) continue;
        for (const auto& [member, inner] : value.as_object()) {
            if (inner.is_number() && drops_fraction(defaults, std::string(field), std::string(member))) {
                out.push_back(std::string(field) + "." + std::string(member));
            }
        }
    }
    return out;
}

bool IsWholeNumber(const json::value& v) {
    if (v.is_int64() || v.is_uint64()) return true;
    const double d = v.to_number<double>();
    return d == static_cast<double>(static_cast<int64_t>(d));
}

/// A fraction given for a field the area keeps whole: invalid_argument naming it (the area would drop it silently).
Result<void> CheckWhole(const json::object& changes, const std::vector<std::string>& whole, Lang lang) {
    const auto refuse = [&](const std::string& name) {
        return FieldProblem(name, Say(lang, "Harus bilangan bulat: ", "Must be a whole number: ") + name);
    };
    for (const auto& name : whole) {
        const auto dot = name.find('.');
        const json::value* v = changes.if_contains(name.substr(0, dot));
        if (v != nullptr && dot != std::string::npos) {
            v = v->is_object() ? v->as_object().if_contains(name.substr(dot + 1)) : nullptr;
        }
        if (v != nullptr && v->is_number() && !IsWholeNumber(*v)) return refuse(name);
    }
    return {};
}

}  // namespace

Result<SettingView> SettingsService::One(const std::string& key, Lang lang) {
    const SettingKind* kind = FindKind(key);
    if (kind == nullptr) return UnknownKey(key, lang);
    auto stored = store_.GetSetting(key);
    if (!stored) return stored.error();
    auto defaults = kind->effective(std::nullopt, lang);
    if (!defaults) return defaults.error();
    auto values = kind->effective(*stored, lang);
    if (!values) return values.error();
    std::vector<std::string> whole = WholeFields(*kind, *defaults, lang);
    SettingView view{key,
                     lang == Lang::en ? kind->title_en : kind->title_id,
                     lang == Lang::en ? kind->description_en : kind->description_id,
                     std::move(*values),
                     std::move(*defaults),
                     std::move(whole),
                     *stored && **stored != "{}",
                     std::nullopt,
                     0};
    auto changed = store_.GetSetting(std::string(kChangedPrefix) + key);
    if (!changed) return changed.error();
    if (*changed) {
        boost::system::error_code ec;
        const json::value meta = json::parse(**changed, ec);
        if (!ec && meta.is_object()) {
            if (const auto* by = meta.as_object().if_contains("by"); by != nullptr && by->is_string()) {
                view.updated_by = std::string(by->get_string());
            }
            if (const auto* at = meta.as_object().if_contains("at"); at != nullptr && at->is_int64()) {
                view.updated_at = at->get_int64();
            }
        }
    }
    return view;
}

Result<std::vector<SettingView>> SettingsService::All(Lang lang) {
    std::vector<SettingView> out;
    for (const auto& k : Kinds()) {
        auto view = One(k.key, lang);
        if (!view) return view.error();
        out.push_back(std::move(*view));
    }
    return out;
}

Result<SettingView> SettingsService::Update(const std::string& key, const json::object& changes, const std::string& by,
                                            int64_t now, Lang lang) {
    auto current = One(key, lang);
    if (!current) return current.error();
    json::object merged = current->values;
    for (const auto& [field, value] : changes) {
        const auto* known = current->defaults.if_contains(field);
        if (known == nullptr) {
            return FieldProblem(field, Say(lang, "Kolom tidak dikenal: ", "Unknown field: ") + std::string(field));
        }
        if (KindOf(value) != KindOf(*known)) {
            return FieldProblem(field,
                                Say(lang, "Jenis nilai tidak sesuai: ", "Wrong type of value: ") + std::string(field));
        }
        merged[field] = value;
    }
    if (auto whole = CheckWhole(changes, current->whole, lang); !whole) return whole.error();
    const std::string text = json::serialize(merged);
    if (auto checked = FindKind(key)->effective(text, lang); !checked) return WithField(checked.error(), merged);
    if (auto put = store_.PutSetting(key, text); !put) return put.error();
    if (auto meta = store_.PutSetting(std::string(kChangedPrefix) + key,
                                      json::serialize(json::object{{"by", by}, {"at", now}}));
        !meta) {
        return meta.error();
    }
    return One(key, lang);
}

Result<SettingView> SettingsService::Reset(const std::string& key, const std::string& by, int64_t now, Lang lang) {
    if (FindKind(key) == nullptr) return UnknownKey(key, lang);
    if (auto put = store_.PutSetting(key, "{}"); !put) return put.error();
    if (auto meta = store_.PutSetting(std::string(kChangedPrefix) + key,
                                      json::serialize(json::object{{"by", by}, {"at", now}}));
        !meta) {
        return meta.error();
    }
    return One(key, lang);
}

}  // namespace bangkom::services
