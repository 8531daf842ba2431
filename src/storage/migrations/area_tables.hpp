#pragma once
// The SQL of the migrations that belong to one area, each in its own file so that the areas grow apart:
// participation_tables.cpp (version 4, issue 5), plan_tables.cpp (version 5, issue 6), delivery_tables.cpp
// (version 6, issue 7), xapi_tables.cpp (version 7, issue 7), course_tables.cpp (version 8, issue 7),
// quiz_tables.cpp (version 9, issue 7), xapi_state_tables.cpp (version 10, issue 7), reaction_tables.cpp
// (version 11, issue 8), feedback_tables.cpp (version 12, issue 8) and review_tables.cpp (version 13, issue 8). Same
// tables in both dialects; tests/storage/migrations compares them.

#include <string_view>

namespace bangkom::storage::migrations {

extern const std::string_view kSqliteParticipationTables;
extern const std::string_view kPostgresParticipationTables;
extern const std::string_view kSqlitePlanTables;
extern const std::string_view kPostgresPlanTables;
extern const std::string_view kSqliteDeliveryTables;
extern const std::string_view kPostgresDeliveryTables;
extern const std::string_view kSqliteXapiTables;
extern const std::string_view kPostgresXapiTables;
extern const std::string_view kSqliteCourseTables;
extern const std::string_view kPostgresCourseTables;
extern const std::string_view kSqliteQuizTables;
extern const std::string_view kPostgresQuizTables;
extern const std::string_view kSqliteXapiStateTables;
extern const std::string_view kPostgresXapiStateTables;
extern const std::string_view kSqliteReactionTables;
extern const std::string_view kPostgresReactionTables;
extern const std::string_view kSqliteFeedbackTables;
extern const std::string_view kPostgresFeedbackTables;
extern const std::string_view kSqliteReviewTables;
extern const std::string_view kPostgresReviewTables;

}  // namespace bangkom::storage::migrations
