// Placeholder: keeps the library target non-empty until real sources land; delete when the folder has one.
namespace bangkom::storage {
int PlaceholderStorage() { return 0; }
}  // namespace bangkom::storage
