#pragma once
// A hand-made model of two employees in two agencies whose every number the tests can follow by hand:
//   K01..K03; PRG01 (free e-learning, K01 +1, L 4), PRG02 (K01 +2, K02 +1, L 5), PRG03 (K02 +2, L 3);
//   EL01  = PRG01, 10 JP, free, unlimited, no attendance, the whole year;
//   KLS01 = PRG02, 16 JP, Rp 2.000.000, 1 seat, 2027-02-01..03;
//   KLS02 = PRG02, 16 JP, Rp 2.500.000, 1 seat, 2027-02-08..10;
//   KLS03 = PRG03, 24 JP, Rp 1.500.000, 2 seats, 2027-02-03..04 (shares 02-03 with KLS01);
//   AG01 budget Rp 5.000.000, AG02 Rp 2.000.000; T 20, J 40, λ 0.2;
//   employee 0 (AG01, j0 0): K01 held 2 g1 1 g2 2 w1 2 w2 1; K02 held 1 g1 2 w1 3; candidates all four;
//   employee 1 (AG02, j0 12): K02 held 3 g2 1 w2 0.5; K03 held 1 g1 1 w1 1 (nothing raises K03);
//     candidates EL01, KLS01, KLS02 (KLS03 would raise K02 to at most L 3 = held: nothing).

#include "planning/model.hpp"

namespace bangkom::planning::testing {

Model HandModel();

}  // namespace bangkom::planning::testing
