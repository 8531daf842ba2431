#pragma once
// A small world for the plan tests (plan year 2027, data of 2026): agencies A1 (Rp 10.000.000) and A2
// (Rp 5.000.000); competencies K1, K2, K3; position P1 requires K1 3 (weight 1) and K2 2 (weight 2), target
// position P2 requires K3 4 (weight 1).
// - E1 (A1, PNS, P1 → P2): K1 held 1, K2 held 2, K3 held 2; 8 JP in 2027 (30 in 2026); proposal for K1
//   approved for 2027 (and one for K2 in 2026). Needs: K1 g1 = 2, w1 = 1.5 (proposal); K3 g2 = 2, w2 = 0.5.
// - E2 (A1, PPPK, P1): K1 held 3, K2 not assessed: no need.
// - E3 (A2, PNS, P1): nothing assessed.
// Programs: PR1 raises K1 by 1 (klasikal, 24 JP, Rp 2.000.000); PR2 raises K3 by 2 (e_learning, 10 JP, free);
// PR3 raises K2 by 1 up to level 2 (Rp 1.000.000). Offerings in 2027: AN1 (PR1, seats 20), AN2 (PR2), AN3 (PR3);
// AN0 (PR1) in 2026.

#include <string>
#include <vector>

#include "analysis/snapshot.hpp"
#include "services/plan_model_builder.hpp"

namespace bangkom::services::plan_test {

inline const std::string kE1 = "198001012005011001";
inline const std::string kE2 = "198001012005011002";
inline const std::string kE3 = "198001012005011003";

/// The records of the world (every kind the snapshot and the catalog read).
std::vector<domain::Records> WorldRecords();
analysis::Snapshot WorldSnapshot();
PlanCatalog WorldCatalog();
/// Analysis settings for the plan year 2027 (analysis date 1 January 2027).
analysis::Settings WorldAnalysisSettings();

}  // namespace bangkom::services::plan_test
