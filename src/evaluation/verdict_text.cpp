// The sentences of a verdict: what is missing per level and the one-sentence reason, Indonesian and English.
// Numbers in Indonesian sentences use the decimal comma.

#include <algorithm>
#include <cstdio>

#include "evaluation/verdict.hpp"

namespace bangkom::evaluation {
namespace {

std::string Fixed(double x, int decimals, bool id) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
    std::string s(buf);
    if (id) std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string PText(double p, bool id) {
    if (p < 0.001) return id ? "p < 0,001" : "p < 0.001";
    return "p = " + Fixed(p, 3, id);
}

std::string Join(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

/// " (jendela sesudah berakhir 2028-03-19)" while `to` is after today; "" otherwise.
std::pair<std::string, std::string> Pending(const std::optional<domain::Date>& today, domain::Date to) {
    if (!today || !(*today < to)) return {"", ""};
    return {" (jendela sesudah pelatihan berakhir " + to.ToIso() + ")",
            " (the after-training window ends " + to.ToIso() + ")"};
}

void Add(std::vector<Missing>& out, Level level, std::string id, std::string en) {
    out.push_back(Missing{level, std::move(id), std::move(en)});
}

std::string Count(int n, int min) {
    return std::to_string(n) + " dari " + std::to_string(min) + " yang diperlukan";
}
std::string CountEn(int n, int min) {
    return std::to_string(n) + " of " + std::to_string(min) + " needed";
}

void MissingResults(const OfferingInputs& in, const ResultsResult& l4, const Settings& s, const Windows& w,
                    std::vector<Missing>& out) {
    const int min = s.min_responses;
    const auto nb = static_cast<int>(l4.treated.before.size());
    const auto na = static_cast<int>(l4.treated.after.size());
    if (in.treated.empty()) {
        Add(out, Level::L4, "Unit layanan peserta: tidak ada peserta dengan kode_unit yang tercatat",
            "Service units of the participants: no participant has a recorded kode_unit");
        return;
    }
    const std::string at = Join(l4.treated.names);
    if (nb < min) {
        Add(out, Level::L4, "Respons SKM sebelum pelatihan: " + Count(nb, min) + " di " + at,
            "SKM responses before training: " + CountEn(nb, min) + " at " + at);
    }
    if (na < min) {
        const auto [id, en] = Pending(in.today, w.skm_after_to);
        Add(out, Level::L4, "Respons SKM sesudah pelatihan: " + Count(na, min) + " di " + at + id,
            "SKM responses after training: " + CountEn(na, min) + " at " + at + en);
    }
}

void MissingControl(const ResultsResult& l4, const Settings& s, std::vector<Missing>& out) {
    const int min = s.min_responses;
    const std::string id_tail = " (selisih-dalam-selisih tidak dihitung)";
    const std::string en_tail = " (difference-in-differences not computed)";
    if (l4.control.empty()) {
        Add(out, Level::L4, "Unit pembanding: tidak ada unit layanan tanpa peserta" + id_tail,
            "Control units: no service unit without participants" + en_tail);
        return;
    }
    const auto nb = static_cast<int>(l4.untreated.before.size());
    const auto na = static_cast<int>(l4.untreated.after.size());
    if (nb < min) {
        Add(out, Level::L4, "Respons SKM unit pembanding sebelum pelatihan: " + Count(nb, min) + id_tail,
            "SKM responses of the control units before training: " + CountEn(nb, min) + en_tail);
    }
    if (na < min) {
        Add(out, Level::L4, "Respons SKM unit pembanding sesudah pelatihan: " + Count(na, min) + id_tail,
            "SKM responses of the control units after training: " + CountEn(na, min) + en_tail);
    }
}

void MissingBehaviour(const OfferingInputs& in, const BehaviourResult& l3, const Settings& s, const Windows& w,
                      std::vector<Missing>& out) {
    const int min = s.min_pairs;
    const auto [id, en] = Pending(in.today, w.feedback_after_to);
    Add(out, Level::L3, "Pasangan umpan balik 360 sebelum dan sesudah pelatihan: " + Count(l3.n, min) + id,
        "360 feedback pairs before and after training: " + CountEn(l3.n, min) + en);
    const std::string years = std::to_string(w.skp_year_before) + " dan " + std::to_string(w.skp_year_after);
    const std::string years_en = std::to_string(w.skp_year_before) + " and " + std::to_string(w.skp_year_after);
    const auto year_end = domain::Date::FromYmd(w.skp_year_after, 12, 31);
    const auto [skp_id, skp_en] = year_end ? Pending(in.today, *year_end) : std::pair<std::string, std::string>{};
    Add(out, Level::L3, "Pasangan predikat SKP tahun " + years + ": " + Count(l3.skp_n, min) + skp_id,
        "SKP rating pairs for " + years_en + ": " + CountEn(l3.skp_n, min) + skp_en);
}

struct Outcome {
    const char* id;
    const char* en;
};

Outcome OutcomeName(const PrimaryOutcome& p) {
    if (p.level == Level::L4) {
        return {"Indeks kepuasan masyarakat di unit layanan peserta",
                "The public satisfaction index at the participants' service units"};
    }
    if (p.level == Level::L3 && p.test == "paired_t") {
        return {"Skor umpan balik 360 peserta pada kompetensi program",
                "The participants' 360 feedback score on the program's competencies"};
    }
    if (p.level == Level::L3) return {"Nilai predikat SKP peserta", "The participants' SKP rating score"};
    return {"Skor tes peserta", "The participants' test score"};
}

Outcome TestName(const std::string& test) {
    if (test == "welch") return {"uji t Welch", "Welch t-test"};
    if (test == "wilcoxon") return {"uji peringkat bertanda Wilcoxon", "Wilcoxon signed-rank test"};
    return {"uji t berpasangan", "paired t-test"};
}

}  // namespace

std::vector<Missing> MissingOf(const OfferingInputs& in, const OfferingEvaluation& e, const Settings& s) {
    std::vector<Missing> out;
    const Windows w = WindowsOf(in.start, in.end, s);
    if (in.participants == 0) {
        Add(out, Level::none, "Peserta: tidak ada tes, reaksi atau riwayat JP yang menyebut angkatan ini",
            "Participants: no test, reaction or JP history names this offering");
    }
    if (!e.l4.enough) MissingResults(in, e.l4, s, w, out);
    if (e.l4.enough && !e.l4.did_enough) MissingControl(e.l4, s, out);
    if (!e.l3.feedback_enough && !e.l3.skp_enough) MissingBehaviour(in, e.l3, s, w, out);
    if (!e.l2.enough) {
        Add(out, Level::L2, "Pasangan pre-test dan post-test: " + Count(e.l2.n, s.min_pairs),
            "Pre-test and post-test pairs: " + CountEn(e.l2.n, s.min_pairs));
    }
    return out;
}

std::pair<std::string, std::string> ReasonOf(const OfferingEvaluation& e) {
    if (e.verdict == Verdict::data_kurang) {
        std::vector<std::string> id, en;
        for (const auto& m : e.missing) {
            id.push_back(m.id);
            en.push_back(m.en);
        }
        std::string id_text = "Data belum cukup untuk menilai program: ",
                    en_text = "Not enough data to judge the program: ";
        for (size_t i = 0; i < id.size(); ++i) {
            id_text += (i ? "; " : "") + id[i];
            en_text += (i ? "; " : "") + en[i];
        }
        return {id_text + ".", en_text + "."};
    }
    const auto& p = e.primary;
    const Outcome what = OutcomeName(p);
    const Outcome test = TestName(p.test);
    const std::string b = Fixed(p.before, 2, true), a = Fixed(p.after, 2, true);
    const std::string b_en = Fixed(p.before, 2, false), a_en = Fixed(p.after, 2, false);
    const std::string how = " (" + std::string(test.id) + ", " + PText(p.p, true) + ")";
    const std::string how_en = " (" + std::string(test.en) + ", " + PText(p.p, false) + ")";
    if (e.verdict == Verdict::efektif) {
        return {std::string(what.id) + " naik signifikan dari " + b + " menjadi " + a + how + ": program efektif.",
                std::string(what.en) + " rose significantly from " + b_en + " to " + a_en + how_en +
                    ": the program worked."};
    }
    if (e.verdict == Verdict::menurun) {
        return {std::string(what.id) + " turun signifikan dari " + b + " menjadi " + a + how +
                    ": program perlu ditinjau segera.",
                std::string(what.en) + " fell significantly from " + b_en + " to " + a_en + how_en +
                    ": the program needs urgent review."};
    }
    return {std::string(what.id) + " tidak berubah signifikan (" + b + " → " + a + ", " + test.id + ", " +
                PText(p.p, true) + "): tinjau kembali materi dan metode pelatihan.",
            std::string(what.en) + " did not change significantly (" + b_en + " → " + a_en + ", " + test.en + ", " +
                PText(p.p, false) + "): review the training's material and method."};
}

}  // namespace bangkom::evaluation
