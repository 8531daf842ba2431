// Learning record store benchmark (issue 7): xAPI statements ingested per second into a fresh SQLite store (WAL,
// synchronous=NORMAL: every batch committed before the next starts, safe against a crash of the process), through
// the same path a POST /xapi/statements takes after authentication — parse the body, check every statement, give
// it an id and store time, store the batch in one transaction. Then a query page by activity.
//
//   xapi_bench [--statements N] [--batch B] [--dir DIR]

#include <boost/json/parse.hpp>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "services/xapi_service.hpp"
#include "storage/store.hpp"

namespace {

using namespace bangkom;  // NOLINT(google-build-using-namespace): a benchmark's main file
using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string Statement(int64_t n) {
    const std::string learner = std::to_string(n % 5000);
    const std::string course = std::to_string(n % 40);
    return R"({"actor":{"objectType":"Agent","name":"Pegawai )" + learner +
           R"(","account":{"homePage":"https://bangkom.jambiprov.go.id","name":"19860926201505)" + learner +
           R"("}},"verb":{"id":"http://adlnet.gov/expapi/verbs/)" + (n % 3 == 0 ? "completed" : "experienced") +
           R"(","display":{"id-ID":"menyelesaikan"}},"object":{"id":"https://bangkom.jambiprov.go.id/kursus/EL-)" +
           course + R"(/modul/)" + std::to_string(n % 7) +
           R"(","definition":{"name":{"id-ID":"Modul pelayanan prima"}}},"result":{"score":{"scaled":0.)" +
           std::to_string(10 + n % 89) + R"(},"completion":true,"duration":"PT12M30S"}})";
}

}  // namespace

int main(int argc, char** argv) {
    int64_t statements = 50'000;
    int batch = 100;
    std::string dir = "/tmp/bangkom-xapi-bench";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--statements") statements = std::stoll(argv[i + 1]);
        if (arg == "--batch") batch = std::stoi(argv[i + 1]);
        if (arg == "--dir") dir = argv[i + 1];
    }
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto store = storage::OpenStore(dir + "/lrs.db");
    if (!store) {
        std::fprintf(stderr, "open: %s\n", store.error().message.c_str());
        return 1;
    }
    services::XapiService service(**store);
    auto client = service.CreateClient("bench", 0, 0, "bench-key");
    if (!client) return 1;
    const services::XapiCaller caller{client->first.id, "bench", client->first.key};

    // The request bodies, as a client would send them: arrays of `batch` statements.
    std::vector<std::string> bodies;
    for (int64_t n = 0; n < statements; n += batch) {
        std::string body = "[";
        for (int64_t k = n; k < std::min<int64_t>(statements, n + batch); ++k)
            body += (k > n ? "," : "") + Statement(k);
        bodies.push_back(body + "]");
    }
    const auto start = Clock::now();
    int64_t millis = 1'795'000'000'000;
    for (const auto& text : bodies) {
        auto stored = service.Store(boost::json::parse(text), std::nullopt, caller, ++millis);
        if (!stored) {
            std::fprintf(stderr, "store: %s\n", stored.error().message.c_str());
            return 1;
        }
    }
    const double seconds = Since(start);
    std::printf("xapi ingest: %lld statements in batches of %d: %.2f s, %.0f statements/s (%zu transactions, %.0f/s)\n",
                static_cast<long long>(statements), batch, seconds, static_cast<double>(statements) / seconds,
                bodies.size(), static_cast<double>(bodies.size()) / seconds);

    storage::XapiQuery q;
    q.activity = "https://bangkom.jambiprov.go.id/kursus/EL-7/modul/3";
    q.limit = 100;
    const auto query_start = Clock::now();
    int pages = 0;
    int64_t rows = 0;
    for (;;) {
        auto page = service.Query(q);
        if (!page) return 1;
        ++pages;
        rows += static_cast<int64_t>(page->statements.size());
        if (page->next_after == 0) break;
        q.after = page->next_after;
    }
    std::printf("xapi query by activity: %lld statements in %d pages of 100: %.3f s\n", static_cast<long long>(rows),
                pages, Since(query_start));
    std::printf("database: %.1f MB\n",
                static_cast<double>(std::filesystem::file_size(dir + "/lrs.db")) / (1024.0 * 1024.0));
    return 0;
}
