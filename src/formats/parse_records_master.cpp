// Row mappers of the master kinds: agencies, units, competencies, positions, standards, employees, programs,
// offerings. Each looks its columns up once, then reads every row.

#include <unordered_set>

#include "formats/parse_records_parts.hpp"

namespace bangkom::formats::parse {

using domain::Kind;

domain::Records ParseAgencies(RowParser& p) {
    const int code = p.Col("kode_opd"), name = p.Col("nama_opd"), short_name = p.Col("singkatan"),
              budget = p.Col("anggaran_bangkom");
    std::vector<domain::Agency> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::Agency r{p.Code(code), p.Text(name), p.Text(short_name), p.Money(budget).value_or(domain::Money{})};
        p.Check(r);
        p.NoteKey({r.code});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParseServiceUnits(RowParser& p) {
    const int code = p.Col("kode_unit"), name = p.Col("nama_unit"), agency = p.Col("kode_opd");
    std::vector<domain::ServiceUnit> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::ServiceUnit r{p.Code(code), p.Text(name), p.Code(agency)};
        p.Check(r);
        p.Reference(agency, Kind::opd, r.agency_code);
        p.NoteKey({r.code});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParseCompetencies(RowParser& p) {
    const int code = p.Col("kode"), name = p.Col("nama"), kind = p.Col("jenis"), sector = p.Col("bidang"),
              description = p.Col("deskripsi"), level_1 = p.Col("level_1");
    std::vector<domain::Competency> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::Competency r;
        r.code = p.Code(code);
        r.name = p.Text(name);
        r.kind = p.Enum<domain::CompetencyKind>(kind).value_or(domain::CompetencyKind::teknis);
        r.sector = p.Text(sector);
        r.description = p.Text(description);
        // level_1 … level_5 follow each other in the spec.
        for (int level = 0; level < 5; ++level) r.level_descriptions[level] = p.Text(level_1 + level);
        p.Check(r);
        p.NoteKey({r.code});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParsePositions(RowParser& p) {
    const int code = p.Col("kode_jabatan"), name = p.Col("nama_jabatan"), kind = p.Col("jenis_jabatan"),
              agency = p.Col("kode_opd"), sector = p.Col("bidang");
    std::vector<domain::Position> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::Position r;
        r.code = p.Code(code);
        r.name = p.Text(name);
        r.kind = p.Enum<domain::PositionKind>(kind).value_or(domain::PositionKind::pelaksana);
        r.agency_code = p.Code(agency);
        r.sector = p.Text(sector);
        p.Check(r);
        p.Reference(agency, Kind::opd, r.agency_code);
        p.NoteKey({r.code});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParsePositionStandards(RowParser& p) {
    const int position = p.Col("kode_jabatan"), competency = p.Col("kode_kompetensi"), level = p.Col("level"),
              weight = p.Col("bobot");
    std::vector<domain::PositionStandard> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::PositionStandard r{p.Code(position), p.Code(competency), p.Int(level).value_or(1),
                                   p.Decimal(weight).value_or(1.0)};
        p.Check(r);
        p.Reference(position, Kind::jabatan, r.position_code);
        p.Reference(competency, Kind::kompetensi, r.competency_code);
        p.NoteKey({r.position_code, r.competency_code});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParseEmployees(RowParser& p) {
    const int nip = p.Col("nip"), name = p.Col("nama"), position = p.Col("kode_jabatan"), agency = p.Col("kode_opd"),
              unit = p.Col("kode_unit"), supervisor = p.Col("nip_atasan"), status = p.Col("status"),
              email = p.Col("email"), target = p.Col("kode_jabatan_target");
    std::vector<domain::Employee> out;
    out.reserve(p.RowCount());
    std::unordered_set<std::string> in_file;
    std::vector<std::pair<int, std::string>> supervisors;  // (row, nip): may name a later row of the file
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::Employee r;
        r.status = p.Enum<domain::EmploymentStatus>(status).value_or(domain::EmploymentStatus::pns);
        r.nip = p.NipFull(nip, r.status).value_or(domain::Nip{});
        r.name = p.Text(name);
        r.position_code = p.Code(position);
        r.agency_code = p.Code(agency);
        r.unit_code = p.Code(unit);
        r.supervisor_nip = p.NipRef(supervisor);
        r.email = p.Text(email);
        r.target_position_code = p.Code(target);
        p.Check(r);
        p.Reference(position, Kind::jabatan, r.position_code);
        p.Reference(agency, Kind::opd, r.agency_code);
        p.Reference(unit, Kind::unit_layanan, r.unit_code);
        p.Reference(target, Kind::jabatan, r.target_position_code);
        if (r.supervisor_nip) supervisors.emplace_back(p.RowNumber(), r.supervisor_nip->str());
        if (!r.nip.str().empty()) in_file.insert(r.nip.str());
        p.NoteKey({r.nip.str()});
        out.push_back(std::move(r));
    }
    for (const auto& [row, key] : supervisors) {
        if (in_file.contains(key) || p.KnownKey(Kind::pegawai, key)) continue;
        p.FailAt(row, supervisor,
                 Quote(key) + p.Msg(" tidak ada di data pegawai maupun di berkas ini",
                                    " is neither in the employee data nor in this file"));
    }
    return out;
}

domain::Records ParsePrograms(RowParser& p) {
    const int code = p.Col("kode_program"), name = p.Col("nama"), institution = p.Col("lembaga"),
              form = p.Col("bentuk"), jp = p.Col("jp"), cost = p.Col("biaya_per_peserta"), raises = p.Col("kompetensi"),
              max_level = p.Col("level_maksimal");
    std::vector<domain::Program> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::Program r;
        r.code = p.Code(code);
        r.name = p.Text(name);
        r.institution = p.Text(institution);
        r.form = p.Enum<domain::DevelopmentForm>(form).value_or(domain::DevelopmentForm::pelatihan_klasikal);
        r.jp = p.Int(jp).value_or(0);
        r.cost_per_participant = p.Money(cost).value_or(domain::Money{});
        r.raises = p.Raises(raises).value_or(std::vector<domain::CompetencyRaise>{});
        r.max_level = p.Int(max_level).value_or(5);
        p.Check(r);
        for (const auto& raise : r.raises) p.Reference(raises, Kind::kompetensi, raise.competency_code);
        p.NoteKey({r.code});
        out.push_back(std::move(r));
    }
    return out;
}

domain::Records ParseOfferings(RowParser& p) {
    const int code = p.Col("kode_angkatan"), program = p.Col("kode_program"), start = p.Col("tanggal_mulai"),
              end = p.Col("tanggal_selesai"), capacity = p.Col("kapasitas"), location = p.Col("lokasi");
    std::vector<domain::Offering> out;
    out.reserve(p.RowCount());
    for (size_t i = 0; i < p.RowCount(); ++i) {
        p.SetRow(i);
        domain::Offering r;
        r.code = p.Code(code);
        r.program_code = p.Code(program);
        r.start = p.Date(start).value_or(domain::Date{});
        r.end = p.Date(end).value_or(r.start);
        r.capacity = p.Int(capacity).value_or(0);
        r.location = p.Text(location);
        p.Check(r);
        p.Reference(program, Kind::program, r.program_code);
        p.NoteKey({r.code});
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace bangkom::formats::parse
