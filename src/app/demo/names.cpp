#include "app/demo/names.hpp"

#include <array>
#include <span>
#include <string_view>

namespace bangkom::app::demo {
namespace {

using Names = std::span<const std::string_view>;

struct Origin {
    int weight;
    Names male_first;
    Names female_first;
    Names male_last;  // family or second names of men (Batak marga are shared)
    Names female_last;
};

// Jambi Malay and Kerinci: Islamic first names, fathers' or grand names as second names.
constexpr std::string_view kMalayMale[] = {
    "Ahmad",    "Muhammad", "M. Rizki", "Fajar", "Hendra", "Syahrial", "Zulkifli", "Firdaus", "Hasan",   "Iqbal",
    "Ridwan",   "Taufik",   "Rahmat",   "Azhar", "Fauzi",  "Hafiz",    "Irwan",    "Jafar",   "Ilham",   "Nasrun",
    "Sulaiman", "Yusran",   "Amri",     "Erwin", "Dedi",   "Arif",     "Heru",     "Indra",   "Khairul", "Reza"};
constexpr std::string_view kMalayFemale[] = {
    "Siti",    "Nurhayati", "Fitri",    "Rahmawati", "Aisyah",   "Fatimah", "Nurul",   "Yuliana", "Zuraida",
    "Hasnah",  "Rosmawati", "Mardiana", "Nurjanah",  "Herlina",  "Marlina", "Desi",    "Novita",  "Rina",
    "Suryani", "Wahyuni",   "Eliza",    "Zubaidah",  "Maimunah", "Nova",    "Syafitri"};
constexpr std::string_view kMalayLast[] = {"Saputra", "Syahputra", "Hidayat",  "Rahman", "Effendi",  "Yusuf", "Hamid",
                                           "Ismail",  "Abdullah",  "Hasibuan", "Syarif", "Ramadhan", "Fikri", "Hakim",
                                           "Ridho",   "Anwar",     "Alamsyah", "Aziz",   "Mahmud",   "Jambak"};
constexpr std::string_view kMalayFemaleLast[] = {"Sari",      "Putri",     "Aini",     "Rahmadani", "Fitriani",
                                                 "Handayani", "Oktaviani", "Agustina", "Hasanah",   "Yanti",
                                                 "Safitri",   "Maharani",  "Ningsih",  "Utami",     "Yulianti"};

constexpr std::string_view kJavaMale[] = {"Agus",    "Budi",   "Eko",  "Joko",  "Bambang", "Sutrisno", "Wahyu",
                                          "Slamet",  "Sugeng", "Heri", "Teguh", "Dwi",     "Tri",      "Bayu",
                                          "Gunawan", "Hadi",   "Yudi", "Puji",  "Sapto",   "Wawan"};
constexpr std::string_view kJavaFemale[] = {"Sri",     "Dewi",    "Endang",  "Tri",          "Wulan", "Ratna",
                                            "Sumarni", "Lestari", "Ayu",     "Puji",         "Eni",   "Yuni",
                                            "Dyah",    "Retno",   "Kartini", "Setyaningsih", "Indah", "Tutik"};
constexpr std::string_view kJavaLast[] = {"Santoso",   "Wibowo",  "Susanto", "Prasetyo", "Nugroho", "Setiawan",
                                          "Kurniawan", "Purnomo", "Wijaya",  "Hartono",  "Suryadi", "Widodo",
                                          "Pamungkas", "Saputro", "Cahyono", "Wicaksono"};
constexpr std::string_view kJavaFemaleLast[] = {
    "Rahayu",     "Lestari", "Wulandari", "Handayani", "Puspitasari", "Kusumawati",   "Wahyuningsih",
    "Susilowati", "Pratiwi", "Hastuti",   "Rahmawati", "Nurhasanah",  "Sulistyowati", "Anggraeni"};

constexpr std::string_view kMinangMale[] = {"Zulhendri", "Afrizal", "Yuhendri", "Defrizal", "Syafrizal",
                                            "Hendri",    "Ismet",   "Nofriadi", "Yulizar",  "Asrul",
                                            "Jasman",    "Rusdi",   "Zainal",   "Irsyad"};
constexpr std::string_view kMinangFemale[] = {"Yuliarni", "Nofrita", "Yusnimar", "Rosnelly", "Desmawati", "Elfira",
                                              "Mulyani",  "Yenni",   "Refni",    "Zulfa",    "Yelmi",     "Rahmi"};
constexpr std::string_view kMinangLast[] = {"Chaniago", "Piliang", "Koto",   "Tanjung", "Sikumbang",
                                            "Caniago",  "Malayu",  "Jambak", "Sinaga",  "Rangkuti"};
constexpr std::string_view kMinangFemaleLast[] = {"Chaniago",  "Piliang", "Koto",     "Tanjung",
                                                  "Sikumbang", "Yanti",   "Febriani", "Oktavia"};

constexpr std::string_view kBatakMale[] = {"Parlindungan", "Martua", "Togar", "Hotman", "Rudolf",  "Bonar",  "Sahat",
                                           "Jonner",       "Daniel", "Roy",   "Freddy", "Marihot", "Tumpal", "Rianto"};
constexpr std::string_view kBatakFemale[] = {"Rosmauli", "Nurmala", "Lamtiur", "Debora", "Hotmaida", "Rosdiana",
                                             "Friska",   "Juliana", "Sondang", "Maria",  "Ruth",     "Elisabeth"};
constexpr std::string_view kBatakLast[] = {
    "Siregar",    "Nasution",  "Lubis",    "Harahap", "Simanjuntak", "Hutagalung", "Sitompul", "Panjaitan", "Pane",
    "Tampubolon", "Sihombing", "Manurung", "Sinaga",  "Situmorang",  "Pardede",    "Silalahi", "Damanik"};

constexpr std::string_view kOtherMale[] = {"Andi",  "Asep", "Dadang", "Yohanes", "Kevin",   "Fransiskus",
                                           "Irfan", "Rudi", "Made",   "Arman",   "Hendrik", "Stefanus"};
constexpr std::string_view kOtherFemale[] = {"Euis",  "Neneng", "Andi",     "Lina", "Meliana", "Yohana",
                                             "Cindy", "Kadek",  "Theresia", "Vivi", "Mega"};
constexpr std::string_view kOtherLast[] = {"Hermawan", "Suganda",    "Mappanyompa", "Tanoto", "Gunadi", "Kusuma",
                                           "Halim",    "Pattiasina", "Sanjaya",     "Rusli",  "Wijaya", "Hutapea"};

constexpr std::array<Origin, 5> kOrigins{{
    {42, kMalayMale, kMalayFemale, kMalayLast, kMalayFemaleLast},
    {27, kJavaMale, kJavaFemale, kJavaLast, kJavaFemaleLast},
    {13, kMinangMale, kMinangFemale, kMinangLast, kMinangFemaleLast},
    {10, kBatakMale, kBatakFemale, kBatakLast, kBatakLast},
    {8, kOtherMale, kOtherFemale, kOtherLast, kOtherLast},
}};

struct Degrees {
    std::string_view prefix;
    std::span<const std::string_view> suffixes;
};

constexpr std::string_view kDokter[] = {"", "", "", ", M.Kes.", ", Sp.PD", ", Sp.A", ", Sp.OG", ", Sp.B", ", Sp.KJ"};
constexpr std::string_view kDrg[] = {"", "", ", M.Kes.", ", Sp.KG"};
constexpr std::string_view kPerawat[] = {", A.Md.Kep.", ", A.Md.Kep.", ", S.Kep., Ns.", ", S.Kep., Ns.", ", M.Kep."};
constexpr std::string_view kBidan[] = {", A.Md.Keb.", ", A.Md.Keb.", ", S.Tr.Keb.", ", S.Keb., Bd."};
constexpr std::string_view kFarmasi[] = {", S.Farm., Apt.", ", A.Md.Farm.", ", M.Farm., Apt."};
constexpr std::string_view kKesehatan[] = {", S.K.M.", ", S.K.M.", ", A.Md.Kes.", ", M.K.M.", ", S.Gz."};
constexpr std::string_view kGuru[] = {", S.Pd.", ", S.Pd.", ", S.Pd.", ", M.Pd.", ", S.Si.", ", S.Kom."};
constexpr std::string_view kTeknik[] = {", S.T.", ", S.T.", ", A.Md.T.", ", M.T."};
constexpr std::string_view kHukum[] = {", S.H.", ", S.H.", ", M.H."};
constexpr std::string_view kEkonomi[] = {", S.E.", ", S.E.", ", S.Ak.", ", M.M.", ", M.Ak.", ""};
constexpr std::string_view kSosial[] = {", S.Sos.", ", S.Sos.", ", S.I.P.", ", M.Si.", ", S.Psi.", ", M.A.P."};
constexpr std::string_view kPertanian[] = {", S.P.", ", S.P.", ", S.Hut.", ", S.Pi.", ", S.KH.", ", A.Md."};
constexpr std::string_view kKomputer[] = {", S.Kom.", ", S.Kom.", ", A.Md.Kom.", ", M.Kom.", ", S.Si."};
constexpr std::string_view kNone[] = {"", "", "", ", S.E.", ", A.Md.", ", S.Sos."};

Degrees DegreesOf(Degree degree) {
    switch (degree) {
        case Degree::dokter: return {"dr. ", kDokter};
        case Degree::drg: return {"drg. ", kDrg};
        case Degree::perawat: return {"", kPerawat};
        case Degree::bidan: return {"", kBidan};
        case Degree::farmasi: return {"", kFarmasi};
        case Degree::kesehatan: return {"", kKesehatan};
        case Degree::guru: return {"", kGuru};
        case Degree::teknik: return {"", kTeknik};
        case Degree::hukum: return {"", kHukum};
        case Degree::ekonomi: return {"", kEkonomi};
        case Degree::sosial: return {"", kSosial};
        case Degree::pertanian: return {"", kPertanian};
        case Degree::komputer: return {"", kKomputer};
        case Degree::none: break;
    }
    return {"", kNone};
}

// "M. Rizki Saputra" → "m.rizki.saputra" → the first and last words: "m.saputra" reads badly, so the first
// alphabetic word of at least two letters and the last word.
std::string EmailLocal(std::string_view plain) {
    std::string first;
    std::string last;
    std::string word;
    auto flush = [&] {
        if (word.size() >= 2 && first.empty()) first = word;
        if (!word.empty()) last = word;
        word.clear();
    };
    for (char ch : plain) {
        if (ch >= 'A' && ch <= 'Z') {
            word += static_cast<char>(ch - 'A' + 'a');
        } else if (ch >= 'a' && ch <= 'z') {
            word += ch;
        } else if (ch == ' ') {
            flush();
        }
    }
    flush();
    return first == last ? first : first + "." + last;
}

}  // namespace

PersonName MakeName(Rng& rng, domain::Sex sex, Degree degree) {
    std::array<int, kOrigins.size()> weights{};
    for (size_t i = 0; i < kOrigins.size(); ++i) weights[i] = kOrigins[i].weight;
    const Origin& origin = kOrigins[rng.Weighted(weights)];
    const bool male = sex == domain::Sex::L;
    const Names firsts = male ? origin.male_first : origin.female_first;
    const Names lasts = male ? origin.male_last : origin.female_last;
    std::string plain(rng.Pick(firsts));
    // A middle name for a third of the people, from the same list; never the first name twice.
    if (rng.Chance(0.33)) {
        const std::string_view middle = rng.Pick(firsts);
        if (plain.find(middle) == std::string::npos) plain += " " + std::string(middle);
    }
    const std::string_view last = rng.Pick(lasts);
    if (plain.find(last) == std::string::npos) plain += " " + std::string(last);
    const Degrees degrees = DegreesOf(degree);
    PersonName name;
    name.full = std::string(degrees.prefix) + plain + std::string(rng.Pick(degrees.suffixes));
    name.email = EmailLocal(plain);
    name.plain = std::move(plain);
    return name;
}

}  // namespace bangkom::app::demo
