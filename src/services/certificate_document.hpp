#pragma once
// The certificate of a passed participant (issue 7, docs/delivery-api.md) as a printable document: A4 landscape,
// Indonesian, the government and the institution, the number, the holder, what was completed, the signature
// block of the setting `document` and a QR code to the public verification page with the address in letters.

#include <string>

#include "domain/date.hpp"
#include "formats/pdf_document.hpp"
#include "services/document_settings.hpp"
#include "storage/delivery_repository.hpp"

namespace bangkom::services {

/// `<base>/verifikasi/<number>` (trailing slashes of `base` dropped).
std::string VerificationAddress(const std::string& base, const std::string& number);

formats::PdfDocument CertificateDocument(const storage::CertificateRecord& certificate,
                                         const DocumentSettings& settings, const std::string& address);

}  // namespace bangkom::services
