// Placeholder: keeps the library target non-empty until real sources land; delete when the folder has one.
namespace bangkom::services {
int PlaceholderServices() { return 0; }
}  // namespace bangkom::services
