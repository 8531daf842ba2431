#include "app/demo/quiz_bank.hpp"

#include <boost/json/parse.hpp>
#include <string_view>

#include "services/question_bank.hpp"

namespace bangkom::app::demo {
namespace {

// One question per line, as the API takes it.
constexpr std::string_view kQuestions[] = {
    R"q({"competency":"M.01","kind":"single","text":"Seorang pemohon menawarkan uang terima kasih agar berkasnya didahulukan. Sikap yang sesuai nilai **Akuntabel** adalah …","options":["Menerima karena tidak meminta","Menolak dengan sopan dan melayani sesuai antrean","Menerima lalu menyerahkannya ke kas kantor","Mendahulukan berkasnya tanpa menerima uang"],"answer":[1],"explanation":"Gratifikasi ditolak, dan layanan tetap adil: urutan antrean tidak berubah."})q",
    R"q({"competency":"M.01","kind":"true_false","text":"Melaporkan kesalahan sendiri kepada atasan termasuk perilaku berintegritas.","answer":[0],"explanation":"Mengakui kesalahan dan memperbaikinya adalah inti integritas."})q",
    R"q({"competency":"M.01","kind":"multiple","text":"Manakah yang termasuk perilaku **Akuntabel**? (pilih semua yang benar)","options":["Menggunakan kendaraan dinas untuk urusan keluarga","Mencatat penggunaan anggaran dengan cermat","Menyelesaikan tugas tepat waktu","Meminjamkan akun aplikasi kepada rekan"],"answer":[1,2],"explanation":"Cermat mencatat dan tepat waktu adalah wujud tanggung jawab; fasilitas dan akun dinas tidak untuk dipinjamkan atau dipakai pribadi."})q",
    R"q({"competency":"M.01","kind":"single","text":"Anda melihat rekan mengubah data presensi. Langkah pertama yang paling tepat adalah …","options":["Membiarkan karena bukan urusan Anda","Mengingatkan rekan dan, bila berulang, melapor sesuai aturan","Ikut mengubah presensi sendiri","Menyebarkannya di grup percakapan"],"answer":[1]})q",
    R"q({"competency":"M.01","kind":"numeric","text":"Nilai dasar ASN disingkat *BerAKHLAK*. Ada berapa nilai dasar di dalamnya?","answer":7,"tolerance":0,"explanation":"Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif."})q",
    R"q({"competency":"M.02","kind":"single","text":"Dua bidang saling menunggu data sehingga layanan tertunda. Sikap **Kolaboratif** yang tepat adalah …","options":["Menunggu surat resmi dari bidang lain","Mengajak rapat singkat dan membagi tugas pengumpulan data","Melaporkan bidang lain kepada kepala dinas","Mengerjakan semuanya sendiri diam-diam"],"answer":[1]})q",
    R"q({"competency":"M.02","kind":"true_false","text":"Kerja sama yang baik berarti semua anggota tim harus selalu setuju.","answer":[1],"explanation":"Perbedaan pendapat yang disampaikan dengan hormat justru memperbaiki keputusan tim."})q",
    R"q({"competency":"M.02","kind":"multiple","text":"Ciri tim kerja yang sehat adalah … (pilih semua yang benar)","options":["Tujuan bersama yang jelas","Saling menyalahkan ketika gagal","Berbagi informasi secara terbuka","Keputusan hanya oleh yang paling senior"],"answer":[0,2]
})q",
    R"q({"competency":"M.02","kind":"single","text":"Rekan baru di unit Anda kesulitan memakai aplikasi layanan. Perilaku **Harmonis** dan **Kolaboratif** adalah …","options":["Membiarkannya belajar sendiri","Menunjukkan caranya dan memberi catatan singkat","Mengambil alih pekerjaannya","Melaporkan bahwa ia tidak kompeten"],"answer":[1]})q",
    R"q({"competency":"M.02","kind":"numeric","text":"Setiap ASN berhak atas pengembangan kompetensi paling sedikit berapa JP per tahun?","answer":20,"tolerance":0,"explanation":"PP 17/2020 dan Peraturan LAN: paling sedikit 20 jam pelajaran (JP) setahun."})q",
};

}  // namespace

Result<int> BuildQuestionBank(storage::Store& store, int64_t now) {
    auto existing = store.Quizzes().ListQuestions("M.01", true);
    if (!existing) return existing.error();
    if (!existing->empty()) return 0;
    services::QuestionBank bank(store);
    storage::User author;
    author.role = domain::Role::admin_bkd;
    author.username = "demo";
    int added = 0;
    for (const auto text : kQuestions) {
        auto q = bank.Create(author, boost::json::parse(text).as_object(), now, domain::Lang::id);
        if (!q) return q.error();
        ++added;
    }
    return added;
}

}  // namespace bangkom::app::demo
