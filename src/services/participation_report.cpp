// Ranking and report of proposals, and their export through formats/.

#include "services/participation_report.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "domain/enums.hpp"
#include "formats/table.hpp"

namespace bangkom::services {

using domain::ProposalStatus;

namespace {

Result<std::map<std::string, std::string>> CompetencyNames(storage::Store& store) {
    storage::ListQuery all;
    all.limit = 0;
    auto page = store.List(domain::Kind::kompetensi, all);
    if (!page) return page.error();
    std::map<std::string, std::string> names;
    for (const auto& c : std::get<std::vector<domain::Competency>>(page->items)) names[c.code] = c.name;
    return names;
}

}  // namespace

Result<std::vector<RankingRow>> RankCompetencies(storage::Store& store, GapService& gaps, const std::string& agency,
                                                 int year) {
    storage::ProposalFilter filter;
    filter.agency_code = agency;
    filter.year = year;
    filter.statuses = {ProposalStatus::submitted, ProposalStatus::approved};
    auto proposals = store.Participation().ListProposals(filter);
    if (!proposals) return proposals.error();
    auto names = CompetencyNames(store);
    if (!names) return names.error();
    std::map<std::string, RankingRow> rows;
    auto row = [&](const std::string& code) -> RankingRow& {
        RankingRow& r = rows[code];
        r.competency = code;
        r.competency_name = (*names)[code];
        return r;
    };
    for (const auto& p : *proposals) {
        RankingRow& r = row(p.proposal.competency_code);
        (p.proposal.status == ProposalStatus::approved ? r.approved : r.submitted) += 1;
        r.votes += p.votes;
    }
    const analysis::Scope scope = agency.empty() ? analysis::Scope::All() : analysis::Scope::Agency(agency);
    auto report = gaps.Analyze(scope, std::nullopt, analysis::Options{false});
    if (!report) return report.error();
    for (const auto& group : report->by_competency) {
        if (group.stats.employees_with_gap == 0 && rows.count(group.key) == 0) continue;
        RankingRow& r = row(group.key);
        r.employees_with_gap = group.stats.employees_with_gap;
        r.weighted_need = group.stats.weighted_need;
    }
    std::vector<RankingRow> out;
    for (auto& [code, r] : rows) {
        r.proposals = r.approved + r.submitted;
        r.score = r.proposals + r.votes;
        out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](const RankingRow& a, const RankingRow& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.weighted_need != b.weighted_need) return a.weighted_need > b.weighted_need;
        return a.competency < b.competency;
    });
    return out;
}

Result<std::vector<ReportRow>> ProposalReport(storage::Store& store, const std::string& agency, int year) {
    storage::ProposalFilter filter;
    filter.agency_code = agency;
    filter.year = year;
    auto proposals = store.Participation().ListProposals(filter);
    if (!proposals) return proposals.error();
    using Key = std::tuple<std::string, std::string, int, std::string>;
    std::map<Key, ReportRow> groups;
    for (const auto& p : *proposals) {
        const std::string form = p.proposal.form ? std::string(domain::Code(*p.proposal.form)) : std::string();
        const Key key{p.agency_code, p.proposal.competency_code, static_cast<int>(p.proposal.status), form};
        ReportRow& r = groups[key];
        r.agency = p.agency_code;
        r.agency_name = p.agency_name;
        r.competency = p.proposal.competency_code;
        r.competency_name = p.competency_name;
        r.status = std::string(domain::Code(p.proposal.status));
        r.form = form;
        r.count += 1;
    }
    std::vector<ReportRow> out;
    out.reserve(groups.size());
    for (auto& [key, r] : groups) out.push_back(std::move(r));
    return out;
}

Result<std::string> WriteProposalReport(const std::vector<ReportRow>& report, const std::vector<RankingRow>& ranking,
                                        bool csv) {
    formats::Sheet sheet{"Laporan",
                         {"Kode OPD", "Nama OPD", "Kode Kompetensi", "Nama Kompetensi", "Status", "Bentuk", "Jumlah"},
                         {},
                         {}};
    for (const ReportRow& r : report) {
        sheet.rows.push_back({formats::TextCell(r.agency), formats::TextCell(r.agency_name),
                              formats::TextCell(r.competency), formats::TextCell(r.competency_name),
                              formats::TextCell(r.status), formats::TextCell(r.form),
                              formats::NumberCell(static_cast<double>(r.count))});
    }
    if (csv) return formats::WriteCsv(sheet.header, sheet.rows);
    formats::Sheet ranked{"Peringkat",
                          {"Kode Kompetensi", "Nama Kompetensi", "Usulan", "Disetujui", "Diajukan", "Dukungan (+1)",
                           "Pegawai Berkesenjangan", "Kebutuhan Berbobot", "Skor"},
                          {},
                          {}};
    for (const RankingRow& r : ranking) {
        ranked.rows.push_back(
            {formats::TextCell(r.competency), formats::TextCell(r.competency_name),
             formats::NumberCell(static_cast<double>(r.proposals)),
             formats::NumberCell(static_cast<double>(r.approved)),
             formats::NumberCell(static_cast<double>(r.submitted)), formats::NumberCell(static_cast<double>(r.votes)),
             formats::NumberCell(static_cast<double>(r.employees_with_gap)), formats::NumberCell(r.weighted_need),
             formats::NumberCell(static_cast<double>(r.score))});
    }
    return formats::WriteXlsx({sheet, ranked});
}

}  // namespace bangkom::services
