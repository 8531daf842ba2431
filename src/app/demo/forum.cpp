// Demo proposal windows and forum threads.

#include "app/demo/forum.hpp"

namespace bangkom::app::demo {

namespace {

struct DemoThread {
    const char* title;
    const char* competency;  // "" = a topic thread
    const char* topic;
    const char* body;
    const char* reply;
};

constexpr DemoThread kThreads[] = {
    {"Pelatihan pelayanan publik untuk puskesmas", "M.05", "",
     "Banyak dari kita di puskesmas butuh **pelayanan publik** yang lebih baik.\n\n"
     "- Apakah ada yang sudah ikut *bimtek* tahun lalu?\n- Bentuk apa yang paling cocok: coaching atau klasikal?",
     "Saya setuju, *coaching* di tempat kerja lebih praktis. Lihat [pedoman BKN](https://www.bkn.go.id)."},
    {"Jadwal usulan pengembangan kompetensi", "", "usulan",
     "Jendela usulan sudah dibuka. Silakan ajukan kebutuhan Anda lewat menu **Usulan** sebelum akhir Januari.",
     "Terima kasih, usulan saya sudah `diajukan`."},
};

}  // namespace

Result<void> BuildParticipation(storage::Store& store, const DemoSummary& summary,
                                const std::vector<AgencyPlan>& plans) {
    const int plan_year = summary.as_of.year() + 1;
    auto opens = domain::Date::FromYmd(plan_year - 1, 11, 1);
    auto closes = domain::Date::FromYmd(plan_year, 1, 31);
    if (!opens || !closes) return opens ? closes.error() : opens.error();
    for (const AgencyPlan& plan : plans) {
        auto put = store.Participation().PutWindow(
            storage::ProposalWindow{plan_year, plan.agency.code, *opens, *closes, 0, "demo"});
        if (!put) return put;
    }
    auto supervisor = store.Get(domain::Kind::pegawai, summary.people.atasan_nip);
    if (!supervisor) return {};  // a data set without the demo people: no threads
    const auto& employee = std::get<std::vector<domain::Employee>>(*supervisor).front();
    const int64_t at = int64_t{summary.as_of.DaysSinceEpoch()} * 86400 + int64_t{9} * 3600;
    for (const DemoThread& t : kThreads) {
        storage::ForumThread thread;
        thread.agency_code = employee.agency_code;
        thread.title = t.title;
        thread.competency_code = t.competency;
        thread.topic = t.topic;
        thread.author_name = summary.people.atasan_name;
        thread.created_at = at;
        thread.last_post_at = at;
        storage::ForumPost first;
        first.author_name = summary.people.atasan_name;
        first.body = t.body;
        first.created_at = at;
        auto ids = store.Participation().CreateThread(thread, first);
        if (!ids) return ids.error();
        storage::ForumPost reply;
        reply.thread_id = ids->first;
        reply.parent_id = ids->second;
        reply.author_name = summary.people.asn_name;
        reply.body = t.reply;
        reply.created_at = at + 3600;
        if (auto added = store.Participation().AddPost(reply, {}); !added) return added.error();
    }
    return {};
}

}  // namespace bangkom::app::demo
