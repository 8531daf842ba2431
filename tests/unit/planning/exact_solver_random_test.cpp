// On many random small models: SolveExact's value equals an independent solve of ExportLp's text by the `cbc`
// command (coinor-cbc, scripts/setup.sh), and its plan passes CheckPlan.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "planning/check.hpp"
#include "planning/lp_export.hpp"
#include "planning/solvers.hpp"
#include "random_instances.hpp"
#include "random_model.hpp"

namespace bangkom::planning {
namespace {

namespace fs = std::filesystem;
using testing::AgreementInstance;
using testing::kAgreementInstances;

class TempDir {
  public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "bangkom-lp-XXXXXX").string();
        path_ = mkdtemp(pattern.data()) != nullptr ? fs::path(pattern) : fs::path();
    }
    ~TempDir() {
        std::error_code ignored;
        if (!path_.empty()) fs::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

/// The objective value the `cbc` command finds for `lp`, or NaN with the reason in `why`.
double SolveWithCbcCommand(const std::string& lp, const fs::path& dir, std::string& why) {
    std::ofstream(dir / "model.lp") << lp;
    const std::string command =
        "cd '" + dir.string() + "' && timeout 120 cbc model.lp solve solu out.txt </dev/null >cbc.log 2>&1";
    if (std::system(command.c_str()) != 0) {  // NOLINT(cert-env33-c): the test's own fixed command line
        why = "cbc failed; see " + (dir / "cbc.log").string();
        return std::nan("");
    }
    std::ifstream in(dir / "out.txt");
    std::string first;
    std::getline(in, first);
    // "Optimal - objective value 9.50000000"
    const size_t at = first.find("objective value ");
    if (first.rfind("Optimal", 0) != 0 || at == std::string::npos) {
        why = "cbc says: " + first;
        return std::nan("");
    }
    return std::stod(first.substr(at + 16));
}

TEST(ExactSolverRandom, CbcCommandAgrees) {
    ASSERT_EQ(std::system("command -v cbc >/dev/null 2>&1"), 0)  // NOLINT(cert-env33-c)
        << "the cbc command (coinor-cbc) is needed: scripts/setup.sh installs it";
    TempDir dir;
    ASSERT_FALSE(dir.path().empty());
    for (int i = 0; i < kAgreementInstances; ++i) {
        const Model model = AgreementInstance(i);
        Result<Solution> exact = SolveExact(model);
        ASSERT_TRUE(exact.ok()) << "instance " << i;
        std::string why;
        const double cli = SolveWithCbcCommand(ExportLp(model), dir.path(), why);
        ASSERT_FALSE(std::isnan(cli)) << "instance " << i << ": " << why;
        EXPECT_NEAR(exact->value, cli, 1e-6) << "instance " << i;
        EXPECT_TRUE(exact->optimal) << "instance " << i;
        EXPECT_NEAR(exact->bound, exact->value, 1e-6) << "instance " << i;
        const auto violations = CheckPlan(model, exact->assignments);
        EXPECT_TRUE(violations.empty()) << "instance " << i << ": " << violations.front().message;
        EXPECT_GE(exact->value, Evaluate(model, {}).value - 1e-9) << "instance " << i;
    }
}

}  // namespace
}  // namespace bangkom::planning
