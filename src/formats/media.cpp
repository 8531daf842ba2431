// Module files told apart by their first bytes (media.hpp).

#include "formats/media.hpp"

#include <algorithm>
#include <cctype>

namespace bangkom::formats {
namespace {

std::string Extension(std::string_view name) {
    const size_t dot = name.rfind('.');
    if (dot == std::string_view::npos) return "";
    std::string ext(name.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

Error Refused(domain::Lang lang, const std::string& id, const std::string& en) {
    return MakeError(ErrorCode::invalid_argument, lang == domain::Lang::en ? en : id);
}

}  // namespace

Result<std::string> SniffModuleFile(std::string_view kind, std::string_view name, std::string_view head,
                                    domain::Lang lang) {
    const std::string ext = Extension(name);
    if (kind == "pdf") {
        if (ext != "pdf") return Refused(lang, "Dokumen harus berkas .pdf.", "A document must be a .pdf file.");
        if (head.substr(0, 5) != "%PDF-") {
            return Refused(lang, "Berkas ini bukan PDF (tidak diawali %PDF-).",
                           "This file is not a PDF (no %PDF- header).");
        }
        return std::string("application/pdf");
    }
    if (kind == "video") {
        if (ext == "mp4" || ext == "m4v") {
            if (head.size() < 12 || head.substr(4, 4) != "ftyp") {
                return Refused(lang, "Berkas ini bukan video MP4 yang utuh.", "This file is not an MP4 video.");
            }
            return std::string("video/mp4");
        }
        if (ext == "webm") {
            if (head.substr(0, 4) != std::string_view("\x1A\x45\xDF\xA3", 4)) {
                return Refused(lang, "Berkas ini bukan video WebM yang utuh.", "This file is not a WebM video.");
            }
            return std::string("video/webm");
        }
        return Refused(lang, "Video harus berkas .mp4 atau .webm.", "A video must be an .mp4 or .webm file.");
    }
    return Refused(lang, "Jenis modul ini tidak menerima berkas.", "This kind of module takes no file.");
}

}  // namespace bangkom::formats
