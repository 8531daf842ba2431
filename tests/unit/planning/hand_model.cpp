#include "hand_model.hpp"

namespace bangkom::planning::testing {

Model HandModel() {
    constexpr int32_t kFeb1 = 20'850;  // 2027-02-01
    Model model;
    model.year = 2027;
    model.settings = {20, 40, 0.2};
    model.competencies = {"K01", "K02", "K03"};
    model.agencies = {{"AG01", 5'000'000}, {"AG02", 2'000'000}};
    model.programs = {{"PRG01", {{0, 1.0}}, 4}, {"PRG02", {{0, 2.0}, {1, 1.0}}, 5}, {"PRG03", {{1, 2.0}}, 3}};
    model.offerings = {
        {"EL01", 0, 10, 0, 0, kFeb1 - 31, kFeb1 + 319, false},
        {"KLS01", 1, 16, 2'000'000, 1, kFeb1, kFeb1 + 2, true},
        {"KLS02", 1, 16, 2'500'000, 1, kFeb1 + 7, kFeb1 + 9, true},
        {"KLS03", 2, 24, 1'500'000, 2, kFeb1 + 2, kFeb1 + 3, true},
    };
    Employee first{"198501012010011001", 0, 0, {}, {0, 1, 2, 3}};
    first.needs = {{0, 2, 1, 2, 2, 1}, {1, 1, 2, 0, 3, 0}};
    Employee second{"199002022015022002", 1, 12, {}, {0, 1, 2}};
    second.needs = {{1, 3, 0, 1, 0, 0.5}, {2, 1, 1, 0, 1, 0}};
    model.employees = {first, second};
    return model;
}

}  // namespace bangkom::planning::testing
