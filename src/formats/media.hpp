#pragma once
// What an uploaded course file really is, from its first bytes (issue 7): a PDF ("%PDF-"), an MP4 video (an ISO
// base media "ftyp" box at offset 4) or a WebM video (the EBML magic 1A 45 DF A3). The name's extension must
// agree, so that a renamed file is refused with a clear reason.

#include <string>
#include <string_view>

#include "domain/enums.hpp"
#include "domain/result.hpp"

namespace bangkom::formats {

/// The content type of a module file of `kind` ("pdf" or "video") named `name` whose bytes begin with `head`:
/// "application/pdf", "video/mp4", "video/webm"; invalid_argument in `lang` naming what is expected otherwise.
Result<std::string> SniffModuleFile(std::string_view kind, std::string_view name, std::string_view head,
                                    domain::Lang lang);

}  // namespace bangkom::formats
