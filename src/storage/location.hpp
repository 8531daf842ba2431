#pragma once
// Database locations as text for people: logs and messages show where the data lives, never a password.

#include <string>

namespace bangkom::storage {

/// The location with any password replaced by "***": the user-info password of a postgresql:// URL, a
/// `password=` query parameter, or a libpq `password=` key (quoted or not). SQLite paths come back unchanged.
std::string MaskedLocation(const std::string& location);

/// "postgresql" for a postgresql:// or postgres:// URL or a libpq key=value string, else "sqlite" (a file path),
/// by the same rule OpenStore chooses the backend with. For logs and GET /health.
std::string BackendName(const std::string& location);

}  // namespace bangkom::storage
