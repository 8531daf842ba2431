// Placeholder: keeps the library target non-empty until real sources land; delete when the folder has one.
namespace bangkom::formats {
int PlaceholderFormats() { return 0; }
}  // namespace bangkom::formats
