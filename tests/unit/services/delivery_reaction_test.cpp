// When a participant's reaction survey opens (docs/delivery-api.md): from the offering's last day, or as soon as the
// participant is decided; once answered it is sent, whatever the dates.

#include <gtest/gtest.h>

#include "services/delivery_service.hpp"

namespace bangkom::services {
namespace {

domain::Date Day(int y, int m, int d) {
    return *domain::Date::FromYmd(y, m, d);
}

OfferingInfo Offering() {
    OfferingInfo info;
    info.offering.code = "ANG-1";
    info.offering.start = Day(2026, 11, 2);
    info.offering.end = Day(2026, 11, 6);
    return info;
}

storage::Participant With(storage::ParticipantStatus status) {
    storage::Participant p;
    p.offering = "ANG-1";
    p.nip = "199001012019032002";
    p.status = status;
    return p;
}

TEST(ReactionStateTest, OpensOnTheLastDayOfTheOffering) {
    const auto enrolled = With(storage::ParticipantStatus::enrolled);
    EXPECT_EQ(ReactionStateOf(Offering(), enrolled, false, Day(2026, 11, 5)), ReactionState::not_open);
    EXPECT_EQ(ReactionStateOf(Offering(), enrolled, false, Day(2026, 11, 6)), ReactionState::open);
    EXPECT_EQ(ReactionStateOf(Offering(), enrolled, false, Day(2027, 6, 1)), ReactionState::open);  // never closes
}

TEST(ReactionStateTest, OpensEarlyOnceDecided) {
    for (auto status : {storage::ParticipantStatus::passed, storage::ParticipantStatus::failed}) {
        EXPECT_EQ(ReactionStateOf(Offering(), With(status), false, Day(2026, 11, 3)), ReactionState::open);
    }
}

TEST(ReactionStateTest, AnsweredIsSentWhateverTheDate) {
    EXPECT_EQ(ReactionStateOf(Offering(), With(storage::ParticipantStatus::enrolled), true, Day(2026, 11, 3)),
              ReactionState::sent);
    EXPECT_EQ(ReactionStateCode(ReactionState::sent), "terkirim");
    EXPECT_EQ(ReactionStateCode(ReactionState::open), "terbuka");
    EXPECT_EQ(ReactionStateCode(ReactionState::not_open), "belum_dibuka");
}

}  // namespace
}  // namespace bangkom::services
