#pragma once
// Internal to services/evaluation_service: the records an evaluation reads, loaded once and indexed, and the
// gathering of one offering's evaluation::OfferingInputs from them (rules in evaluation_service.hpp).

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/records.hpp"
#include "evaluation/settings.hpp"
#include "evaluation/verdict.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

class EvaluationData {
  public:
    /// Every record of the kinds an evaluation reads (Store::List with limit 0).
    static Result<EvaluationData> Load(storage::Store& store);

    const std::vector<domain::Offering>& offerings() const { return offerings_; }
    const domain::Offering* FindOffering(const std::string& code) const;

    /// The inputs of `offering` (one of offerings()).
    evaluation::OfferingInputs Inputs(const domain::Offering& offering, const evaluation::Settings& settings,
                                      std::optional<domain::Date> today) const;

  private:
    struct Dated {
        domain::Date date;
        evaluation::SkmAnswers answers;
    };
    struct Scores {
        std::optional<double> pre, post;
    };

    void Add(domain::Records&& records);
    std::set<std::string> Participants(const domain::Offering& offering) const;
    std::set<std::string> UnitsOf(const std::set<std::string>& nips) const;
    std::set<std::string> TrainedUnits(const std::string& program) const;
    evaluation::UnitSurveys Surveys(const std::string& unit, const evaluation::Windows& w) const;
    std::vector<evaluation::UnitSurveys> Control(const std::set<std::string>& treated, const std::string& program,
                                                 const evaluation::Windows& w, int min) const;
    std::vector<evaluation::Pair> Feedback(const std::set<std::string>& nips, const domain::Program* program,
                                           const evaluation::Windows& w) const;
    std::vector<evaluation::Pair> Skp(const std::set<std::string>& nips, const evaluation::Windows& w) const;

    std::vector<domain::Offering> offerings_;
    std::map<std::string, domain::Program> programs_;
    std::map<std::string, domain::ServiceUnit> units_;
    std::map<std::string, std::pair<std::string, std::string>> employees_;      // nip → (unit, agency)
    std::map<std::string, std::map<std::string, Scores>> tests_;                // offering → nip → scores
    std::map<std::string, std::vector<domain::ReactionAnswer>> reactions_;      // offering → answers
    std::map<std::pair<std::string, domain::Date>, std::set<std::string>> jp_;  // (activity, start) → nips
    std::map<std::string, std::vector<domain::Feedback360>> feedback_;          // rated nip → rows
    std::map<std::string, std::set<std::string>> enrolled_;                     // offering → class participants
    std::map<std::string, std::map<int, double>> skp_;                          // nip → year → score
    std::map<std::string, std::vector<Dated>> skm_;                             // unit → responses
};

}  // namespace bangkom::services
