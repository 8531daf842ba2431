// The plain-text forms of `bangkom ikm --format text` and `bangkom evaluate --format text`.

#include <cstdio>
#include <string>

#include "services/evaluation_json.hpp"

namespace bangkom::services {
namespace {

std::string F(double x, int decimals = 2) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
    return buf;
}

std::string Line(const char* label, const std::string& value) {
    return std::string(label) + ": " + value + "\n";
}

}  // namespace

std::string UnitIkmText(const UnitIkmReport& r, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    std::string out = Line(en ? "Service unit" : "Unit layanan", r.unit + " " + r.name);
    out += Line(en ? "Period" : "Periode", (r.from ? r.from->ToIso() : "…") + " – " + (r.to ? r.to->ToIso() : "…"));
    out += Line(en ? "Respondents" : "Responden", std::to_string(r.ikm.respondents));
    for (size_t i = 0; i < r.ikm.nrr.size(); ++i) {
        const std::string label = "NRR U" + std::to_string(i + 1);
        out += Line(label.c_str(), r.ikm.answered[i] > 0 ? F(r.ikm.nrr[i], 3) : "-");
    }
    if (!r.ikm.complete) {
        out += en ? "IKM: not computable (an element has no answer)\n"
                  : "IKM: tidak dapat dihitung (ada unsur tanpa jawaban)\n";
        return out;
    }
    out += Line("IKM", F(r.ikm.ikm, 3));
    out +=
        Line(en ? "Index" : "Indeks", F(r.ikm.index) + " (" + std::string(1, r.ikm.grade) + ", " + r.ikm.label + ")");
    return out;
}

std::string OfferingText(const evaluation::OfferingEvaluation& e, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    std::string out = Line(en ? "Offering" : "Angkatan", e.offering + " (" + e.program + " " + e.program_name + ")");
    out += Line(en ? "Dates" : "Tanggal", e.start.ToIso() + " – " + e.end.ToIso());
    out += Line(en ? "Participants" : "Peserta", std::to_string(e.participants));
    if (e.l1.computed) out += Line("L1", F(e.l1.mean) + " (" + std::to_string(e.l1.respondents) + ")");
    if (e.l2.n > 0) {
        out += Line("L2", F(e.l2.mean_pre) + " → " + F(e.l2.mean_post) + ", n = " + std::to_string(e.l2.n) +
                              (e.l2.t.valid ? ", p = " + F(e.l2.t.p, 4) : ""));
    }
    if (e.l3.n > 0)
        out += Line("L3 360", F(e.l3.mean_before) + " → " + F(e.l3.mean_after) + ", n = " + std::to_string(e.l3.n));
    if (e.l3.skp_n > 0) {
        out += Line("L3 SKP", F(e.l3.skp_before) + " → " + F(e.l3.skp_after) + ", n = " + std::to_string(e.l3.skp_n));
    }
    if (!e.l4.treated.before.empty() || !e.l4.treated.after.empty()) {
        out += Line("L4",
                    F(e.l4.before) + " → " + F(e.l4.after) + (e.l4.welch.valid ? ", p = " + F(e.l4.welch.p, 4) : ""));
    }
    out += Line("Verdict", std::string(evaluation::Code(e.verdict)));
    out += Line(en ? "Reason" : "Alasan", en ? e.reason_en : e.reason);
    for (const auto& m : e.missing) out += "  - " + (en ? m.en : m.id) + "\n";
    return out;
}

std::string YearText(const evaluation::YearEvaluation& y, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    std::string out = Line(en ? "Year" : "Tahun", std::to_string(y.year));
    for (size_t i = 0; i < y.offerings.size(); ++i) {
        const auto& e = y.offerings[i];
        out += e.offering + "\t" + std::string(evaluation::Code(e.verdict)) + "\t" +
               std::string(evaluation::Code(e.primary.level)) + "\t" +
               (y.q[i] ? "p=" + F(e.primary.p, 4) + " q=" + F(*y.q[i], 4) : "-") + "\n";
    }
    return out;
}

}  // namespace bangkom::services
