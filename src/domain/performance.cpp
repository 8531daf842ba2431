#include "domain/performance.hpp"

namespace bangkom::domain {

Predikat DerivePredikat(Expectation results, Expectation behaviour) {
    // DOMAIN.md's matrix (Permenpan RB 6/2022): rows are results, columns behaviour di_bawah, sesuai, di_atas.
    auto column = [behaviour](Predikat below, Predikat meets, Predikat above) {
        switch (behaviour) {
            case Expectation::di_bawah: return below;
            case Expectation::sesuai: return meets;
            case Expectation::di_atas: return above;
        }
        return meets;
    };
    switch (results) {
        case Expectation::di_atas: return column(Predikat::kurang, Predikat::baik, Predikat::sangat_baik);
        case Expectation::sesuai: return column(Predikat::kurang, Predikat::baik, Predikat::baik);
        case Expectation::di_bawah:
            return column(Predikat::sangat_kurang, Predikat::butuh_perbaikan, Predikat::butuh_perbaikan);
    }
    return Predikat::baik;
}

int PredikatScore(Predikat p) {
    switch (p) {
        case Predikat::sangat_baik: return 100;
        case Predikat::baik: return 80;
        case Predikat::butuh_perbaikan: return 60;
        case Predikat::kurang: return 40;
        case Predikat::sangat_kurang: return 20;
    }
    return 0;
}

}  // namespace bangkom::domain
