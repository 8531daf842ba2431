// Placeholder until the server lands; keeps the library target non-empty.
namespace bangkom::http {
int PlaceholderHttp() { return 0; }
}  // namespace bangkom::http
