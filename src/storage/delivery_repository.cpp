#include "storage/delivery_repository.hpp"

#include <random>

#include "storage/delivery_parts.hpp"

namespace bangkom::storage {

std::string_view ParticipantStatusCode(ParticipantStatus status) {
    switch (status) {
        case ParticipantStatus::enrolled: return "terdaftar";
        case ParticipantStatus::passed: return "lulus";
        case ParticipantStatus::failed: return "tidak_lulus";
    }
    return "terdaftar";
}

std::optional<ParticipantStatus> ParticipantStatusFromCode(std::string_view code) {
    for (auto s : {ParticipantStatus::enrolled, ParticipantStatus::passed, ParticipantStatus::failed}) {
        if (ParticipantStatusCode(s) == code) return s;
    }
    return std::nullopt;
}

namespace delivery_parts {

Error UnknownStatus(const std::string& code) {
    return MakeError(ErrorCode::internal,
                     "Status peserta tersimpan tidak dikenal (unknown participant status): " + code);
}

Error SeatsExceeded(int capacity, int64_t before) {
    const int64_t left = capacity > before ? capacity - before : 0;
    return MakeError(ErrorCode::conflict, "Kapasitas angkatan tidak cukup: sisa " + std::to_string(left) + " dari " +
                                              std::to_string(capacity) + " kursi (not enough seats left: " +
                                              std::to_string(left) + " of " + std::to_string(capacity) + ")");
}

Error NotAParticipant(const std::string& offering, const std::string& nip) {
    return MakeError(ErrorCode::not_found, "Pegawai " + nip + " bukan peserta angkatan " + offering + " (" + nip +
                                               " is not a participant of " + offering + ")");
}

Error AlreadyDecided(const std::string& nip) {
    return MakeError(ErrorCode::conflict,
                     "Kelulusan pegawai " + nip + " sudah ditetapkan (" + nip + " has already been decided)");
}

Error CertificateNotFound(const std::string& number) {
    return MakeError(ErrorCode::not_found,
                     "Sertifikat " + number + " tidak terdaftar (certificate " + number + " not found)");
}

Error AlreadyReacted(const std::string& offering) {
    return MakeError(ErrorCode::conflict, "Survei reaksi angkatan " + offering +
                                              " sudah Anda isi (the reaction survey of " + offering +
                                              " was already answered)");
}

int64_t AnonymousReactionId() {
    constexpr int64_t kLow = int64_t{1} << 40;
    constexpr int64_t kHigh = int64_t{1} << 52;
    std::random_device device;
    std::uniform_int_distribution<int64_t> pick(kLow, kHigh - 1);
    return pick(device);
}

}  // namespace delivery_parts
}  // namespace bangkom::storage
