// Row mappers of the transaction kinds: assessments, performance, JP history, proposals, surveys, tests,
// reactions and 360 feedback.

#include "formats/parse_records_parts.hpp"

namespace bangkom::formats::parse {

using domain::Kind;

namespace {

/// An employee NIP column that must name a stored employee.
domain::Nip EmployeeNip(RowParser& p, int col) {
    auto nip = p.NipRef(col);
    if (!nip) return {};
    p.Reference(col, Kind::pegawai, nip->str());
    return *nip;
}

bool IsHexHash(std::string_view text) {
    if (text.size() != 64) return false;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

}  // namespace

domain::Records ParseAssessments(RowParser& p) {
    const int nip = p.Col("nip"), competency = p.Col("kode_kompetensi"), level = p.Col("level"),
              source = p.Col("sumber"), date = p.Col("tanggal");
    std::vector<domain::Assessment> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::Assessment r;
        r.nip = EmployeeNip(p, nip);
        r.competency_code = p.Code(competency);
        r.level = p.Decimal(level).value_or(1.0);
        auto src = p.Enum<domain::AssessmentSource>(source);
        r.source = src.value_or(domain::AssessmentSource::asesmen);
        auto day = p.Date(date);
        r.date = day.value_or(domain::Date{});
        p.Check(r);
        p.Reference(competency, Kind::kompetensi, r.competency_code);
        if (src && day) p.NoteKey({r.nip.str(), r.competency_code, domain::Code(r.source), r.date.ToIso()});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParsePerformanceRatings(RowParser& p) {
    const int nip = p.Col("nip"), year = p.Col("tahun"), results = p.Col("hasil_kerja"),
              behaviour = p.Col("perilaku_kerja"), predikat = p.Col("predikat");
    std::vector<domain::PerformanceRating> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::PerformanceRating r;
        r.nip = EmployeeNip(p, nip);
        auto y = p.Int(year);
        r.year = y.value_or(0);
        auto res = p.Enum<domain::Expectation>(results);
        auto beh = p.Enum<domain::Expectation>(behaviour);
        r.results = res.value_or(domain::Expectation::sesuai);
        r.behaviour = beh.value_or(domain::Expectation::sesuai);
        r.predikat = domain::DerivePredikat(r.results, r.behaviour);
        if (auto given = p.Enum<domain::Predikat>(predikat); given && res && beh && *given != r.predikat) {
            const std::string expected(domain::Code(r.predikat));
            p.Fail(predikat, "tidak sesuai matriks predikat; untuk hasil dan perilaku ini predikatnya " + expected,
                   "does not match the predikat matrix; for these results and behaviour it is " + expected);
        }
        p.Check(r);
        if (y) p.NoteKey({r.nip.str(), std::to_string(r.year)});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParseJpHistory(RowParser& p) {
    const int nip = p.Col("nip"), activity = p.Col("nama_kegiatan"), start = p.Col("tanggal_mulai"),
              end = p.Col("tanggal_selesai"), jp = p.Col("jp"), organizer = p.Col("penyelenggara"),
              certificate = p.Col("nomor_sertifikat");
    std::vector<domain::JpHistoryEntry> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::JpHistoryEntry r;
        r.nip = EmployeeNip(p, nip);
        r.activity = p.Text(activity);
        auto day = p.Date(start);
        r.start = day.value_or(domain::Date{});
        r.end = p.Date(end).value_or(r.start);
        r.jp = p.Int(jp).value_or(0);
        r.organizer = p.Text(organizer);
        r.certificate_number = p.Text(certificate);
        p.Check(r);
        if (day) p.NoteKey({r.nip.str(), r.activity, r.start.ToIso()});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParseProposals(RowParser& p) {
    const int nip = p.Col("nip"), competency = p.Col("kode_kompetensi"), reason = p.Col("alasan"),
              form = p.Col("bentuk"), priority = p.Col("prioritas");
    std::vector<domain::Proposal> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::Proposal r;
        r.nip = EmployeeNip(p, nip);
        r.competency_code = p.Code(competency);
        r.year = p.ctx().year;  // the key's year is the year of the import
        r.reason = p.Text(reason);
        r.form = p.Enum<domain::DevelopmentForm>(form);
        r.priority = p.Int(priority).value_or(2);
        p.Check(r);
        p.Reference(competency, Kind::kompetensi, r.competency_code);
        p.NoteKey({r.nip.str(), r.competency_code});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParseSurveyResponses(RowParser& p) {
    const int unit = p.Col("kode_unit"), date = p.Col("tanggal"), u1 = p.Col("u1"), sex = p.Col("jenis_kelamin"),
              age = p.Col("umur"), education = p.Col("pendidikan"), occupation = p.Col("pekerjaan"),
              suggestion = p.Col("saran");
    std::vector<domain::SurveyResponse> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::SurveyResponse r;
        r.unit_code = p.Code(unit);
        r.date = p.Date(date).value_or(domain::Date{});
        for (int k = 0; k < 9; ++k) r.answers[k] = p.Int(u1 + k);  // u1 … u9 follow each other in the spec
        r.sex = p.Enum<domain::Sex>(sex);
        r.age = p.Int(age);
        r.education = p.Text(education);
        r.occupation = p.Text(occupation);
        r.suggestion = p.Text(suggestion);
        p.Check(r);
        p.Reference(unit, Kind::unit_layanan, r.unit_code);
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParseTestScores(RowParser& p) {
    const int offering = p.Col("kode_angkatan"), nip = p.Col("nip"), kind = p.Col("jenis"), score = p.Col("skor");
    std::vector<domain::TestScore> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::TestScore r;
        r.offering_code = p.Code(offering);
        r.nip = EmployeeNip(p, nip);
        auto k = p.Enum<domain::TestKind>(kind);
        r.kind = k.value_or(domain::TestKind::pre);
        r.score = p.Decimal(score).value_or(0.0);
        p.Check(r);
        p.Reference(offering, Kind::angkatan, r.offering_code);
        if (k) p.NoteKey({r.offering_code, r.nip.str(), domain::Code(r.kind)});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParseReactionAnswers(RowParser& p) {
    const int offering = p.Col("kode_angkatan"), nip = p.Col("nip"), first_item = p.Col("relevansi"),
              suggestion = p.Col("saran");
    std::vector<domain::ReactionAnswer> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::ReactionAnswer r;
        r.offering_code = p.Code(offering);
        if (!p.Empty(nip)) r.nip = EmployeeNip(p, nip);
        // relevansi, materi, pengajar, metode, sarana, manfaat follow each other in the spec.
        for (int k = 0; k < 6; ++k) r.items[k] = p.Int(first_item + k);
        r.suggestion = p.Text(suggestion);
        p.Check(r);
        p.Reference(offering, Kind::angkatan, r.offering_code);
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParseFeedback360s(RowParser& p) {
    const int rated = p.Col("nip_dinilai"), rater = p.Col("nip_penilai"), relationship = p.Col("hubungan"),
              competency = p.Col("kode_kompetensi"), score = p.Col("skor"), date = p.Col("tanggal");
    std::vector<domain::Feedback360> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::Feedback360 r;
        r.rated_nip = EmployeeNip(p, rated);
        if (std::string text = p.Text(rater); IsHexHash(text)) {
            r.rater_hash = text;  // a hash from an earlier export stays as it is
        } else if (auto nip = p.NipRef(rater)) {
            r.rater_hash = p.ctx().hash_rater(nip->str());  // the NIP itself is never kept
        }
        r.relationship = p.Enum<domain::Relationship>(relationship).value_or(domain::Relationship::rekan);
        r.competency_code = p.Code(competency);
        r.score = p.Decimal(score).value_or(1.0);
        r.date = p.Date(date).value_or(domain::Date{});
        p.Check(r);
        p.Reference(competency, Kind::kompetensi, r.competency_code);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace bangkom::formats::parse
