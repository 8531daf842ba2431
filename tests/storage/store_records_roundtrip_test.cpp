// Contract: what goes in comes back byte for byte, whatever the text holds (tabs, newlines, backslashes, quotes,
// COPY's \N, SQL wildcards, UTF-8), numbers keep their exact value, and the less common upsert and list paths
// (a key repeated within one batch, a failing update, NULLs in a sort column) agree on every backend.

#include <gmock/gmock.h>

#include <limits>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

using domain::Kind;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Text a line-oriented or escaped transfer (COPY's text format, a CSV dump, string-built SQL) could break.
const std::string kAwkward[] = {
    "tab\there",
    "line\nbreak and\r\ncrlf",
    "back\\slash \\N \\t \\\\",
    "\\N",
    "quote ' and \"double\" and ''",
    "Rp 1.500.000 ~ 100% _under_ ?1 $1 :name",
    "Kabupaten Tanjung Jabung Timur — Dinas Kesehatan · ñ é ü ß 日本 🇮🇩",
    " leading and trailing spaces ",
};

template <class R>
std::vector<R> ListAll(Store& store, Kind kind) {
    ListQuery query;
    query.limit = 0;
    auto page = store.List(kind, query);
    EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().message);
    if (!page.ok()) return {};
    return std::get<std::vector<R>>(page->items);
}

TEST_P(StoreContract, AwkwardTextRoundTripsInEveryTextColumn) {
    SeedWorld(store());
    std::vector<domain::Employee> employees;
    std::vector<domain::Competency> competencies;
    std::vector<domain::JpHistoryEntry> history;
    for (size_t i = 0; i < std::size(kAwkward); ++i) {
        const std::string& text = kAwkward[i];
        const int n = 100 + static_cast<int>(i);
        employees.push_back(MakeEmployee(n, text, "P1", "A1"));
        employees.back().email = text;
        domain::Competency c = MakeCompetency("KX" + std::to_string(i), text);
        c.description = text;
        c.level_descriptions = {text, "", text + text, "\t", "\n"};
        competencies.push_back(c);
        history.push_back({TestNip(1), text, Day(2026, 1, 1), Day(2026, 1, 2), 8, text, text});
    }
    MustUpsert(store(), employees);
    MustUpsert(store(), competencies);
    MustUpsert(store(), history);

    const auto stored_employees = ListAll<domain::Employee>(store(), Kind::pegawai);
    const auto stored_competencies = ListAll<domain::Competency>(store(), Kind::kompetensi);
    const auto stored_history = ListAll<domain::JpHistoryEntry>(store(), Kind::riwayat_jp);
    for (size_t i = 0; i < std::size(kAwkward); ++i) {
        const std::string& text = kAwkward[i];
        auto got = store().Get(Kind::pegawai, TestNip(100 + static_cast<int>(i)).str());
        ASSERT_TRUE(got.ok()) << got.error().message;
        const auto& employee = std::get<std::vector<domain::Employee>>(*got)[0];
        EXPECT_EQ(employee.name, text);
        EXPECT_EQ(employee.email, text);
        auto competency = store().Get(Kind::kompetensi, "KX" + std::to_string(i));
        ASSERT_TRUE(competency.ok()) << competency.error().message;
        const auto& c = std::get<std::vector<domain::Competency>>(*competency)[0];
        EXPECT_EQ(c.name, text);
        EXPECT_EQ(c.description, text);
        EXPECT_EQ(c.level_descriptions, (std::array<std::string, 5>{text, "", text + text, "\t", "\n"}));
    }
    EXPECT_EQ(stored_employees.size(), 4 + std::size(kAwkward));
    EXPECT_EQ(stored_competencies.size(), 2 + std::size(kAwkward));
    ASSERT_EQ(stored_history.size(), std::size(kAwkward));
    for (const auto& entry : stored_history) {
        EXPECT_EQ(entry.organizer, entry.activity);
        EXPECT_EQ(entry.certificate_number, entry.activity);
        EXPECT_NE(std::find(std::begin(kAwkward), std::end(kAwkward), entry.activity), std::end(kAwkward));
    }
}

TEST_P(StoreContract, AwkwardTextRoundTripsInAppendedKinds) {
    SeedWorld(store());
    std::vector<domain::SurveyResponse> surveys;
    for (const std::string& text : kAwkward) {
        domain::SurveyResponse s;
        s.unit_code = "U1";
        s.date = Day(2026, 5, 1);
        s.answers = {4, 3, std::nullopt, 4, 4, 3, 2, 4, 1};
        s.education = text;
        s.occupation = text;
        s.suggestion = text;
        surveys.push_back(s);
    }
    EXPECT_EQ(MustUpsert(store(), surveys).inserted, static_cast<int64_t>(std::size(kAwkward)));
    const auto stored = ListAll<domain::SurveyResponse>(store(), Kind::skm);
    ASSERT_EQ(stored.size(), std::size(kAwkward));
    for (size_t i = 0; i < stored.size(); ++i) {  // ids follow the batch's order
        EXPECT_EQ(stored[i].suggestion, kAwkward[i]);
        EXPECT_EQ(stored[i].education, kAwkward[i]);
        EXPECT_EQ(stored[i].occupation, kAwkward[i]);
        if (i > 0) {
            EXPECT_GT(stored[i].id, stored[i - 1].id);
        }
    }
}

TEST_P(StoreContract, EmptyTextAndMissingValuesStayDistinct) {
    SeedWorld(store());
    domain::ReactionAnswer named{0, "AN1", TestNip(2), {5, std::nullopt, 1, std::nullopt, 3, 0}, ""};
    domain::ReactionAnswer anonymous{0, "AN1", std::nullopt, {std::nullopt, 2, 3, 4, 5, 1}, "\\N"};
    MustUpsert(store(), std::vector<domain::ReactionAnswer>{named, anonymous});
    const auto stored = ListAll<domain::ReactionAnswer>(store(), Kind::reaksi);
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].nip, TestNip(2));
    EXPECT_EQ(stored[0].items, named.items);
    EXPECT_EQ(stored[0].suggestion, "");
    EXPECT_FALSE(stored[1].nip.has_value());
    EXPECT_EQ(stored[1].items, anonymous.items);
    EXPECT_EQ(stored[1].suggestion, "\\N");  // the text, not a NULL

    domain::Proposal proposal{0, TestNip(3), "K2", 2027, "", std::nullopt, 3, domain::ProposalStatus::draft};
    MustUpsert(store(), std::vector<domain::Proposal>{proposal});
    const auto proposals = ListAll<domain::Proposal>(store(), Kind::usulan);
    ASSERT_EQ(proposals.size(), 1u);
    EXPECT_FALSE(proposals[0].form.has_value());
    EXPECT_EQ(proposals[0].reason, "");
}

TEST_P(StoreContract, NumbersKeepTheirExactValue) {
    SeedWorld(store());
    domain::Agency rich = MakeAgency("A9", "Kaya");
    rich.budget.rupiah = std::numeric_limits<int64_t>::max();
    domain::Agency poor = MakeAgency("A8", "Miskin");
    poor.budget.rupiah = -1;
    MustUpsert(store(), std::vector<domain::Agency>{rich, poor});
    auto got = store().Get(Kind::opd, "A9");
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(std::get<std::vector<domain::Agency>>(*got)[0].budget.rupiah, std::numeric_limits<int64_t>::max());

    const double levels[] = {0.1 + 0.2, 1.0 / 3.0, 4.999999999999999, 1e-300, 2.5};
    std::vector<domain::Assessment> rows;
    for (size_t i = 0; i < std::size(levels); ++i) {
        rows.push_back({TestNip(1), "K1", levels[i], domain::AssessmentSource::asesmen, Day(2026, 1, 1 + int(i))});
    }
    MustUpsert(store(), rows);
    const auto stored = ListAll<domain::Assessment>(store(), Kind::penilaian);
    ASSERT_EQ(stored.size(), std::size(levels));
    for (size_t i = 0; i < stored.size(); ++i) EXPECT_EQ(stored[i].level, levels[i]) << i;  // bit for bit
}

TEST_P(StoreContract, AKeyRepeatedInOneBatchInsertsOnceThenUpdates) {
    SeedWorld(store());
    const std::vector<domain::Agency> batch = {MakeAgency("A5", "pertama"), MakeAgency("A1", "berubah"),
                                               MakeAgency("A5", "kedua"), MakeAgency("A5", "ketiga")};
    const UpsertCounts counts = MustUpsert(store(), batch);
    EXPECT_EQ(counts.inserted, 1);
    EXPECT_EQ(counts.updated, 3);
    auto got = store().Get(Kind::opd, "A5");
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(std::get<std::vector<domain::Agency>>(*got)[0].name, "ketiga");  // the last one wins
    EXPECT_EQ(*store().Count(Kind::opd), 3);

    domain::Program program = MakeProgram("PR7", "K1");
    domain::Program again = program;
    again.raises = {{"K2", 2}};
    EXPECT_EQ(MustUpsert(store(), std::vector<domain::Program>{program, again}).updated, 1);
    auto stored = store().Get(Kind::program, "PR7");
    ASSERT_TRUE(stored.ok());
    const auto& raises = std::get<std::vector<domain::Program>>(*stored)[0].raises;
    ASSERT_EQ(raises.size(), 1u);
    EXPECT_EQ(raises[0].competency_code, "K2");
}

TEST_P(StoreContract, AFailingUpdateNamesItsRecordAndWritesNothing) {
    SeedWorld(store());
    // Record 3 updates a stored employee onto an agency that does not exist.
    const std::vector<domain::Employee> batch = {MakeEmployee(20, "Baru", "P1", "A1"),
                                                 MakeEmployee(2, "Siti Berubah", "P1", "A1"),
                                                 MakeEmployee(3, "Agus Pindah", "P1", "TIDAK-ADA")};
    auto result = store().Upsert(batch);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::failed_precondition);
    EXPECT_THAT(result.error().message, HasSubstr("ke-3"));
    EXPECT_EQ(*store().Count(Kind::pegawai), 4);
    auto siti = store().Get(Kind::pegawai, TestNip(2).str());
    ASSERT_TRUE(siti.ok());
    EXPECT_EQ(std::get<std::vector<domain::Employee>>(*siti)[0].name, "Siti Aminah");
}

TEST_P(StoreContract, AFailedBatchLeavesTheStoreUsable) {
    SeedWorld(store());
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto bad = store().Upsert(std::vector<domain::Employee>{MakeEmployee(30, "x", "P-TIDAK-ADA", "A1")});
        EXPECT_FALSE(bad.ok());
    }
    EXPECT_EQ(MustUpsert(store(), std::vector<domain::Employee>{MakeEmployee(30, "x", "P1", "A1")}).inserted, 1);
    EXPECT_EQ(*store().Count(Kind::pegawai), 5);
}

TEST_P(StoreContract, SearchAndGetTakeQuotesAndBackslashesLiterally) {
    SeedWorld(store());
    MustUpsert(store(), std::vector<domain::Employee>{MakeEmployee(40, "O'Neil \\ Tab\tKu", "P1", "A1")});
    ListQuery query;
    for (const std::string search : {"o'nEIL", "\\", "\t", "' OR '1'='1"}) {
        query.search = search;
        auto page = store().List(Kind::pegawai, query);
        ASSERT_TRUE(page.ok()) << page.error().message;
        EXPECT_EQ(page->total, search == "' OR '1'='1" ? 0 : 1) << search;
    }
    auto missing = store().Get(Kind::opd, "A1' OR '1'='1");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

TEST_P(StoreContract, EmptyValuesSortFirstAscendingAndLastDescending) {
    SeedWorld(store());
    domain::Employee with_unit = MakeEmployee(50, "Dengan Unit", "P1", "A1");
    with_unit.unit_code = "U1";
    MustUpsert(store(), std::vector<domain::Employee>{with_unit});
    ListQuery query;
    query.sort_by = "kode_unit";
    query.limit = 0;
    auto names = [&] {
        auto page = store().List(Kind::pegawai, query);
        EXPECT_TRUE(page.ok());
        std::vector<std::string> out;
        if (page.ok()) {
            for (const auto& e : std::get<std::vector<domain::Employee>>(page->items)) out.push_back(e.name);
        }
        return out;
    };
    EXPECT_THAT(names(), ElementsAre("Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari", "Dengan Unit"));
    query.descending = true;  // ties keep key order
    EXPECT_THAT(names(), ElementsAre("Dengan Unit", "Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari"));
}

// Batches large enough for a backend's bulk path (PostgreSQL: COPY) behave exactly like small ones.
constexpr int kLarge = 1500;

TEST_P(StoreContract, LargeBatchesKeepAwkwardTextAndOrder) {
    SeedWorld(store());
    std::vector<domain::SurveyResponse> surveys;
    for (int i = 0; i < kLarge; ++i) {
        domain::SurveyResponse s;
        s.unit_code = "U1";
        s.date = Day(2026, 5, 1);
        s.answers = {4, 3, std::nullopt, 4, 4, 3, 2, 4, 1};
        s.suggestion = kAwkward[static_cast<size_t>(i) % std::size(kAwkward)] + std::to_string(i);
        surveys.push_back(s);
    }
    EXPECT_EQ(MustUpsert(store(), surveys).inserted, kLarge);
    const auto stored = ListAll<domain::SurveyResponse>(store(), Kind::skm);
    ASSERT_EQ(stored.size(), static_cast<size_t>(kLarge));
    for (size_t i = 0; i < stored.size(); ++i) {
        EXPECT_EQ(stored[i].suggestion, surveys[i].suggestion) << i;
        EXPECT_EQ(stored[i].answers, surveys[i].answers) << i;
    }
}

TEST_P(StoreContract, LargeBatchWithARepeatedKeyCountsLikeASmallOne) {
    SeedWorld(store());
    std::vector<domain::Employee> employees;
    for (int i = 0; i < kLarge; ++i) employees.push_back(MakeEmployee(1000 + i, "e", "P1", "A1"));
    employees[900] = MakeEmployee(1000 + 5, "diulang", "P1", "A1");  // repeats record 6's key
    const UpsertCounts counts = MustUpsert(store(), employees);
    EXPECT_EQ(counts.inserted, kLarge - 1);
    EXPECT_EQ(counts.updated, 1);
    auto got = store().Get(Kind::pegawai, TestNip(1005).str());
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(std::get<std::vector<domain::Employee>>(*got)[0].name, "diulang");
    EXPECT_EQ(*store().Count(Kind::pegawai), 4 + kLarge - 1);
}

TEST_P(StoreContract, LargeBatchWithAMissingReferenceNamesItAndWritesNothing) {
    SeedWorld(store());
    std::vector<domain::Assessment> rows;
    for (int i = 0; i < kLarge; ++i) {
        rows.push_back({TestNip(1 + i % 4), i % 2 == 0 ? "K1" : "K2", 3.0, domain::AssessmentSource::asesmen,
                        Day(2020, 1, 1).AddDays(i)});
    }
    rows[1199].competency_code = "K-TIDAK-ADA";
    auto result = store().Upsert(rows);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::failed_precondition);
    EXPECT_THAT(result.error().message, HasSubstr("ke-1200"));
    EXPECT_EQ(*store().Count(Kind::penilaian), 0);
    rows[1199].competency_code = "K1";
    EXPECT_EQ(MustUpsert(store(), rows).inserted, kLarge);
    EXPECT_EQ(MustUpsert(store(), rows).updated, kLarge);  // a re-import of the same rows
}

}  // namespace
}  // namespace bangkom::storage::contract
