#include "app/demo/courses.hpp"

#include "app/demo/quiz_bank.hpp"
#include "formats/zip_writer.hpp"
#include "services/course_service.hpp"

namespace bangkom::app::demo {
namespace {

constexpr std::string_view kProgram = "EL.BERAKHLAK";

constexpr std::string_view kTestIntro = R"md(Tes akhir ini berisi **5 soal** yang diundi dari bank soal Integritas dan
Kerja Sama. Waktu mengerjakan 10 menit, nilai lulus 70, dan Anda punya 3 kesempatan. Nilai percobaan pertama
dicatat sebagai *post-test* angkatan untuk evaluasi program.)md";

constexpr std::string_view kValues = R"md(# Mengenal nilai dasar BerAKHLAK

Sejak 2021 setiap Aparatur Sipil Negara memegang tujuh **nilai dasar** yang disingkat *BerAKHLAK*:

1. **Berorientasi Pelayanan** — memahami dan memenuhi kebutuhan masyarakat dengan ramah, cekatan dan solutif.
2. **Akuntabel** — melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas.
3. **Kompeten** — terus belajar dan mengembangkan kapabilitas.
4. **Harmonis** — saling peduli dan menghargai perbedaan.
5. **Loyal** — berdedikasi dan mengutamakan kepentingan bangsa dan negara.
6. **Adaptif** — terus berinovasi dan antusias menghadapi perubahan.
7. **Kolaboratif** — membangun kerja sama yang sinergis.

Bacalah setiap nilai dan pikirkan satu contoh dari pekerjaan Anda sehari-hari.
)md";

constexpr std::string_view kCase = R"md(# Studi kasus: loket yang ramai

Senin pagi, antrean di loket pelayanan perizinan mencapai empat puluh orang. Sistem daring sedang gangguan.

- Apa yang dilakukan petugas yang **berorientasi pelayanan**?
- Bagaimana petugas tetap **akuntabel** ketika berkas dicatat secara manual?
- Siapa yang perlu diajak **berkolaborasi** agar gangguan cepat pulih?

Tuliskan jawaban Anda di buku catatan, lalu lanjutkan ke kuis.
)md";

constexpr std::string_view kManifest = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="bangkom.demo.berakhlak" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>Kuis BerAKHLAK</title>
      <item identifier="KUIS" identifierref="R1"><title>Kuis nilai dasar ASN</title>
        <adlcp:masteryscore>70</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource>
  </resources>
</manifest>
)xml";

constexpr std::string_view kQuiz = R"html(<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kuis BerAKHLAK</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.5;max-width:40rem}
fieldset{border:1px solid #ccd;border-radius:8px;margin:0 0 1rem;padding:.75rem}
button{font-size:1rem;padding:.6rem 1.2rem;border-radius:6px;border:0;background:#0b5cad;color:#fff}
#hasil{font-weight:600;margin-top:1rem}</style></head>
<body>
<h1>Kuis nilai dasar ASN</h1>
<form id="kuis">
<fieldset><legend>1. Huruf "A" pertama dalam BerAKHLAK berarti…</legend>
<label><input type="radio" name="q1" value="1"> Akuntabel</label><br>
<label><input type="radio" name="q1" value="0"> Aktif</label></fieldset>
<fieldset><legend>2. Terus berinovasi dan antusias menghadapi perubahan adalah nilai…</legend>
<label><input type="radio" name="q2" value="0"> Loyal</label><br>
<label><input type="radio" name="q2" value="1"> Adaptif</label></fieldset>
<fieldset><legend>3. Membangun kerja sama yang sinergis adalah nilai…</legend>
<label><input type="radio" name="q3" value="1"> Kolaboratif</label><br>
<label><input type="radio" name="q3" value="0"> Harmonis</label></fieldset>
<button type="submit">Kirim jawaban</button>
</form>
<p id="hasil"></p>
<script>
  function findApi(w) { for (let i = 0; w && i < 10; i++) { if (w.API) return w.API; if (w.parent === w) break; w = w.parent } return null }
  const api = findApi(window)
  const started = Date.now()
  if (api) api.LMSInitialize('')
  function span(ms) { const s = Math.round(ms / 1000); const p = (n) => String(n).padStart(2, '0');
    return p(Math.floor(s / 3600)) + ':' + p(Math.floor(s / 60) % 60) + ':' + p(s % 60) }
  document.getElementById('kuis').onsubmit = (e) => {
    e.preventDefault()
    let right = 0
    for (const q of ['q1', 'q2', 'q3']) { const c = document.querySelector('input[name=' + q + ']:checked'); if (c && c.value === '1') right++ }
    const score = Math.round(right * 100 / 3)
    document.getElementById('hasil').textContent = 'Nilai Anda: ' + score + (score >= 70 ? ' — lulus.' : ' — coba lagi.')
    if (!api) return
    api.LMSSetValue('cmi.core.score.raw', String(score))
    api.LMSSetValue('cmi.core.lesson_status', score >= 70 ? 'passed' : 'failed')
    api.LMSSetValue('cmi.core.session_time', span(Date.now() - started))
    api.LMSCommit('')
    api.LMSFinish('')
  }
</script>
</body></html>
)html";

}  // namespace

std::optional<domain::Offering> SelfPacedOffering(const Catalog& catalog, domain::Date as_of) {
    for (const auto& p : catalog.programs) {
        if (p.code != kProgram) continue;
        domain::Offering o;
        o.code = std::string(kProgram) + "-" + std::to_string(as_of.year()) + "-MANDIRI";
        o.program_code = p.code;
        o.start = *domain::Date::FromYmd(as_of.year(), 1, 1);
        o.end = *domain::Date::FromYmd(as_of.year(), 12, 31);
        o.capacity = 0;
        return o;
    }
    return std::nullopt;
}

Result<CoursesSummary> BuildCourses(storage::Store& store, const std::filesystem::path& content_root,
                                    const Catalog& catalog, const DemoPeople& people, domain::Date as_of) {
    CoursesSummary summary;
    const auto offering = SelfPacedOffering(catalog, as_of);
    if (!offering) return summary;
    summary.offering = offering->code;
    auto existing = store.Courses().ListModules(std::string(kProgram));
    if (!existing) return existing.error();
    if (!existing->empty()) {
        summary.modules = static_cast<int64_t>(existing->size());
        return summary;  // built before
    }
    services::CourseService courses(store, content_root);
    storage::User author;
    author.role = domain::Role::admin_bkd;
    const int64_t now = (as_of.DaysSinceEpoch() - 30) * 86'400 + 10'800;
    const auto lang = domain::Lang::id;
    auto values = courses.AddModule(author, std::string(kProgram), "text", "Mengenal nilai dasar BerAKHLAK",
                                    std::string(kValues), true, now, lang);
    if (!values) return values.error();
    auto study = courses.AddModule(author, std::string(kProgram), "text", "Studi kasus: loket yang ramai",
                                   std::string(kCase), true, now, lang);
    if (!study) return study.error();
    auto quiz =
        courses.AddModule(author, std::string(kProgram), "scorm", "Kuis BerAKHLAK (SCORM)", "", true, now, lang);
    if (!quiz) return quiz.error();
    const std::string zip =
        formats::StoredZip({{"imsmanifest.xml", std::string(kManifest)}, {"index.html", std::string(kQuiz)}});
    if (auto ok = courses.UploadContent(author, quiz->id, "kuis-berakhlak.zip", zip, now, lang); !ok) return ok.error();
    auto bank = BuildQuestionBank(store, now);
    if (!bank) return bank.error();
    learning::QuizSettings final_test;
    final_test.questions = 5;
    final_test.time_limit_minutes = 10;
    final_test.attempts = 3;
    final_test.pass_score = 70;
    final_test.test = domain::TestKind::post;
    auto test = courses.AddModule(author, std::string(kProgram), "quiz", "Tes akhir BerAKHLAK", std::string(kTestIntro),
                                  true, now, lang, final_test);
    if (!test) return test.error();
    summary.modules = 4;
    // the demo employee joined a few days before the data set's day and has read the first page
    if (!people.asn_nip.empty()) {
        auto employee = store.Get(domain::Kind::pegawai, people.asn_nip);
        if (!employee) return employee.error();
        const auto& found = std::get<std::vector<domain::Employee>>(*employee);
        if (!found.empty()) {
            storage::Participant p;
            p.nip = people.asn_nip;
            p.agency = found.front().agency_code;
            p.source = "manual";
            p.enrolled_at = now;
            if (auto ok = store.Delivery().Enroll(offering->code, {p}, 0); !ok) return ok.error();
            storage::ModuleProgressRow read;
            read.offering = offering->code;
            read.nip = people.asn_nip;
            read.module_id = values->id;
            read.status = "selesai";
            read.completed_at = now;
            read.updated_at = now;
            if (auto ok = store.Courses().SaveProgress(read, std::nullopt); !ok) return ok.error();
        }
    }
    return summary;
}

}  // namespace bangkom::app::demo
