#include "app/demo/learning.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace bangkom::app::demo {
namespace {

using domain::Date;
using domain::DevelopmentForm;

struct OutsideActivity {
    std::string_view name;
    std::string_view organizer;
    int jp_min;
    int jp_max;
};

// Learning outside the catalog that still counts toward the 20 JP: webinars, socialisation, in-house bimtek.
constexpr OutsideActivity kOutside[] = {
    {"Webinar Literasi Digital Sektor Pemerintahan", "Kementerian Komunikasi dan Digital", 2, 4},
    {"Sosialisasi Manajemen Talenta ASN", "BKN Kantor Regional VII Palembang", 3, 6},
    {"Bimtek Penyusunan Laporan Kinerja Instansi Pemerintah", "Biro Organisasi Setda Provinsi Jambi", 8, 16},
    {"Sosialisasi Pengendalian Gratifikasi", "Inspektorat Provinsi Jambi", 2, 4},
    {"Webinar Kebijakan Pengembangan Kompetensi ASN", "Lembaga Administrasi Negara", 2, 3},
    {"In House Training Pelayanan Publik", "Ombudsman RI Perwakilan Jambi", 8, 12},
    {"Sosialisasi Keamanan Informasi dan Penggunaan TTE", "Dinas Komunikasi dan Informatika Provinsi Jambi", 3, 6},
    {"Seminar Nasional Ekonomi Hijau Jambi", "Universitas Jambi", 4, 8},
    {"Webinar Kesehatan Mental di Tempat Kerja", "RSJD Kolonel M. Syukur", 2, 3},
    {"Bimtek Pengelolaan Arsip Dinamis", "Dinas Perpustakaan dan Arsip Daerah Provinsi Jambi", 12, 16},
    {"Diskusi Kelompok Terpumpun Perencanaan Pembangunan", "Bappeda Provinsi Jambi", 4, 8},
    {"Pelatihan Penanggulangan Kebakaran Gedung", "BPBD Provinsi Jambi", 6, 8},
};

constexpr std::string_view kSuggestions[] = {
    "Waktu pelatihan sebaiknya ditambah untuk praktik",
    "Materi sangat bermanfaat untuk pekerjaan sehari-hari",
    "Mohon modul dibagikan sebelum pelatihan dimulai",
    "Koneksi internet di lokasi perlu diperbaiki",
    "Pengajar menguasai materi dengan baik",
    "Perlu tindak lanjut berupa pendampingan di kantor",
};

// Whether the person may plausibly have joined the program this year: the leadership programs by tier, the
// induction programs by status and TMT, technical programs by the position's standards.
bool Fits(const domain::Program& program, const Hire& hire, const Date& as_of) {
    const auto& code = program.code;
    const Tier tier = hire.position->tier;
    if (code == "PKP") return tier == Tier::pengawas;
    if (code == "PKA") return tier == Tier::administrator;
    if (code == "PKN2") return tier == Tier::head;
    if (code == "S2.MAP") return false;
    if (code == "LATSAR") {
        return hire.employee.status == domain::EmploymentStatus::pns && hire.appointed.year() >= as_of.year() - 1;
    }
    if (code == "ORIENTASI.PPPK") return hire.employee.status == domain::EmploymentStatus::pppk;
    for (const auto& raise : program.raises) {
        if (raise.competency_code.rfind("T.", 0) != 0) continue;
        const auto& standards = hire.position->standards;
        const bool held = std::any_of(standards.begin(), standards.end(),
                                      [&](const auto& s) { return s.competency_code == raise.competency_code; });
        if (!held) return false;
    }
    return true;
}

bool Tested(DevelopmentForm form) {
    return form == DevelopmentForm::pelatihan_klasikal || form == DevelopmentForm::bimtek ||
           form == DevelopmentForm::kursus || form == DevelopmentForm::pelatihan_jarak_jauh ||
           form == DevelopmentForm::e_learning;
}

std::string Certificate(std::string_view prefix, int year, Rng& rng) {
    std::string number = std::to_string(rng.Between(1, 99999));
    number.insert(0, 5 - number.size(), '0');
    return std::string(prefix) + "/" + number + "/" + std::to_string(year);
}

void AddTestsAndReaction(const Hire& hire, const domain::Offering& offering, const domain::Program& program, Rng& rng,
                         HistoryBatch& out) {
    const auto& nip = hire.employee.nip;
    if (Tested(program.form) && rng.Chance(0.7)) {
        const int pre = rng.Between(40, 78);
        // Most learn something; a few score lower after the course.
        const int post = rng.Chance(0.06) ? pre - rng.Between(1, 5) : std::min(100, pre + rng.Between(3, 25));
        out.tests.push_back({offering.code, nip, domain::TestKind::pre, static_cast<double>(pre)});
        out.tests.push_back({offering.code, nip, domain::TestKind::post, static_cast<double>(post)});
    }
    if (!rng.Chance(0.6)) return;
    domain::ReactionAnswer answer;
    answer.offering_code = offering.code;
    if (!rng.Chance(0.3)) answer.nip = nip;
    for (auto& item : answer.items) {
        if (!rng.Chance(0.03)) item = 1 + static_cast<int>(rng.Weighted(std::array<int, 5>{2, 4, 18, 48, 28}));
    }
    if (rng.Chance(0.15)) answer.suggestion = std::string(kSuggestions[rng.Below(std::size(kSuggestions))]);
    out.reactions.push_back(std::move(answer));
}

}  // namespace

void AddLearning(const Hire& hire, const HistoryContext& ctx, Rng& rng, HistoryBatch& out) {
    const int year = ctx.as_of.year();
    const Date year_start = *Date::FromYmd(year, 1, 1);
    const int64_t days_so_far = ctx.as_of.DaysSinceEpoch() - year_start.DaysSinceEpoch();
    int activities = static_cast<int>(rng.Weighted(std::array<int, 5>{22, 26, 24, 16, 12}));
    // The `asn` login's profile should show JP progress toward 20, not an empty history.
    if (hire.demo_login) activities = std::max(activities, 2);
    std::set<std::pair<std::string, Date>> seen;  // the key (nip, activity, start) must stay unique
    std::set<size_t> attended;
    for (int a = 0; a < activities; ++a) {
        domain::JpHistoryEntry entry;
        entry.nip = hire.employee.nip;
        bool from_catalog = false;
        if (!ctx.past_offerings.empty() && rng.Chance(0.4)) {
            for (int attempt = 0; attempt < 4 && !from_catalog; ++attempt) {
                const size_t o = ctx.past_offerings[rng.Below(ctx.past_offerings.size())];
                const auto& offering = ctx.catalog->offerings[o];
                const auto& program = ctx.catalog->programs[ctx.catalog->offering_program[o]];
                if (attended.count(o) || !Fits(program, hire, ctx.as_of)) continue;
                attended.insert(o);
                from_catalog = true;
                entry.activity = program.name;
                entry.start = offering.start;
                entry.end = offering.end;
                entry.jp = program.jp;
                entry.organizer = program.institution;
                if (rng.Chance(0.85)) entry.certificate_number = Certificate("SERT/" + offering.code, year, rng);
                AddTestsAndReaction(hire, offering, program, rng, out);
            }
        }
        if (!from_catalog) {
            const auto& activity = kOutside[rng.Below(std::size(kOutside))];
            entry.activity = std::string(activity.name);
            entry.organizer = std::string(activity.organizer);
            entry.jp = rng.Between(activity.jp_min, activity.jp_max);
            entry.start = year_start.AddDays(static_cast<int64_t>(rng.Below(static_cast<uint64_t>(days_so_far))));
            entry.end = std::min(ctx.as_of, entry.start.AddDays((entry.jp - 1) / 8));
            if (rng.Chance(0.5)) entry.certificate_number = Certificate("SRT", year, rng);
        }
        if (!seen.insert({entry.activity, entry.start}).second) continue;
        out.jp.push_back(std::move(entry));
    }
}

}  // namespace bangkom::app::demo
