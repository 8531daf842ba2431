#pragma once
// Indonesian personal names as Jambi's civil service has them: Jambi Malay, Javanese, Minang, Batak, Kerinci and
// other origins, with the academic degrees a position implies.

#include <string>

#include "app/demo/functionals.hpp"
#include "app/demo/rng.hpp"
#include "domain/enums.hpp"

namespace bangkom::app::demo {

struct PersonName {
    std::string full;   // "dr. Rina Marlina Siregar, Sp.PD"
    std::string plain;  // "Rina Marlina Siregar": the name without degrees
    std::string email;  // "rina.siregar" (local part, before any number that makes it unique)
};

/// A random name for a person of `sex` holding a position that implies `degree`.
PersonName MakeName(Rng& rng, domain::Sex sex, Degree degree);

}  // namespace bangkom::app::demo
