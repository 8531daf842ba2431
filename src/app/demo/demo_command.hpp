#pragma once
// `bangkom demo`: refuses a database that already holds employees (unless forced), writes the data set,
// creates the demo logins and prints them once.

#include <ostream>
#include <string>

#include "app/demo/demo.hpp"
#include "domain/enums.hpp"

namespace bangkom::app::demo {

struct DemoCommandOptions {
    std::string db;
    DemoOptions demo;
    bool force = false;  // write over a database that already holds employees
    domain::Lang lang = domain::Lang::id;
    std::string password;  // the demo users' password; empty: a generated one, also kept in demo-login.txt
};

/// Exit codes: 0 done; 2 refused (employees present without --force) or invalid options; 1 any other failure.
/// The login table goes to `out`, progress and errors to `err`.
int RunDemoCommand(const DemoCommandOptions& options, std::ostream& out, std::ostream& err);

/// Where the generated password is written: demo-login.txt in the database's directory, as an absolute path.
std::string LoginFilePath(const std::string& db);

}  // namespace bangkom::app::demo
