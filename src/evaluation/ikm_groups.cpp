#include "evaluation/ikm_groups.hpp"

#include <map>

namespace bangkom::evaluation {

namespace {

constexpr SkmChoice kAgeBands[] = {{"<25", {"Di bawah 25 tahun", "Under 25"}},
                                   {"25-34", {"25–34 tahun", "25–34 years"}},
                                   {"35-44", {"35–44 tahun", "35–44 years"}},
                                   {"45-54", {"45–54 tahun", "45–54 years"}},
                                   {"55+", {"55 tahun ke atas", "55 and over"}}};
constexpr SkmText kNotGiven{"Tidak diisi", "Not given"};

std::span<const SkmChoice> ChoicesOf(RespondentDimension dimension) {
    switch (dimension) {
        case RespondentDimension::sex: return SkmSexChoices();
        case RespondentDimension::age: return kAgeBands;
        case RespondentDimension::education: return SkmEducationChoices();
        case RespondentDimension::occupation: break;
    }
    return SkmOccupationChoices();
}

std::string ValueOf(const domain::SurveyResponse& r, RespondentDimension dimension) {
    switch (dimension) {
        case RespondentDimension::sex: return r.sex ? std::string(domain::Code(*r.sex)) : "";
        case RespondentDimension::age: return std::string(AgeBand(r.age));
        case RespondentDimension::education: return r.education;
        case RespondentDimension::occupation: break;
    }
    return r.occupation;
}

}  // namespace

std::string_view Code(RespondentDimension dimension) {
    switch (dimension) {
        case RespondentDimension::sex: return "jenis_kelamin";
        case RespondentDimension::age: return "umur";
        case RespondentDimension::education: return "pendidikan";
        case RespondentDimension::occupation: break;
    }
    return "pekerjaan";
}

SkmText NameOf(RespondentDimension dimension) {
    switch (dimension) {
        case RespondentDimension::sex: return {"Jenis kelamin", "Sex"};
        case RespondentDimension::age: return {"Umur", "Age"};
        case RespondentDimension::education: return {"Pendidikan", "Education"};
        case RespondentDimension::occupation: break;
    }
    return {"Pekerjaan", "Occupation"};
}

std::string_view AgeBand(std::optional<int> age) {
    if (!age) return "";
    if (*age < 25) return "<25";
    if (*age < 35) return "25-34";
    if (*age < 45) return "35-44";
    if (*age < 55) return "45-54";
    return "55+";
}

std::vector<RespondentGroup> IkmByGroup(std::span<const domain::SurveyResponse> responses,
                                        RespondentDimension dimension) {
    std::map<std::string, std::vector<SkmAnswers>> by_value;
    for (const auto& r : responses) by_value[ValueOf(r, dimension)].push_back(r.answers);
    std::vector<RespondentGroup> out;
    for (const auto& choice : ChoicesOf(dimension)) {
        const auto it = by_value.find(std::string(choice.value));
        if (it == by_value.end()) continue;
        out.push_back({it->first, choice.label, ComputeIkm(it->second)});
        by_value.erase(it);
    }
    // Values outside the choices (older imports) keep their own name; "not given" comes last.
    for (const auto& [value, answers] : by_value) {
        if (value.empty()) continue;
        out.push_back({value, {}, ComputeIkm(answers)});
    }
    if (const auto none = by_value.find(""); none != by_value.end()) {
        out.push_back({"", kNotGiven, ComputeIkm(none->second)});
    }
    return out;
}

}  // namespace bangkom::evaluation
