// Bodies of GET /programs/review and GET /programs/{kode}/revisions as docs/review-api.md gives them.
import type { ProgramRevision, ProgramToReview, ProgramsToReview, RevisionHistory } from '@/api/review'

export function revision(over: Partial<ProgramRevision> = {}): ProgramRevision {
  return {
    id: 1, program: 'BT.KEU.1', tanggal: '2026-11-02', aspek: 'materi_metode',
    ringkasan: 'Studi kasus APBD diganti dengan data 2026; praktik aplikasi SIPD ditambah dua sesi.',
    dicatat_oleh: 'Admin BKD', dibuat_pada: '2026-11-02T03:04:05Z', ...over,
  }
}

export function toReview(over: Partial<ProgramToReview> = {}): ProgramToReview {
  return {
    program: 'BT.KEU.1', nama: 'Bimtek Pengelolaan Keuangan Daerah', lembaga: 'BPSDM Provinsi Jambi',
    offering: 'BT.KEU.1-2026-1', start: '2026-03-02', end: '2026-03-06', verdict: 'tidak_signifikan',
    reason: 'Nilai tes akhir tidak berbeda nyata dari tes awal (p = 0,41).', state: 'flagged', revision: null, ...over,
  }
}

export function reviewList(over: Partial<ProgramsToReview> = {}): ProgramsToReview {
  return {
    year: 2027, evaluated_year: 2026, factor: 0.5,
    programs: [
      toReview({ program: 'BT.LH.1', nama: 'Bimtek Pengelolaan Lingkungan Hidup', offering: 'BT.LH.1-2026-1', verdict: 'menurun',
        reason: 'IKM unit peserta turun dari 84,10 menjadi 79,20 (p = 0,012).' }),
      toReview(),
      toReview({ program: 'BT.SDM.1', nama: 'Bimtek Manajemen SDM', offering: 'BT.SDM.1-2026-2', lembaga: 'LAN RI', state: 'revised',
        revision: revision({ id: 4, program: 'BT.SDM.1', aspek: 'metode', tanggal: '2026-10-01', ringkasan: 'Metode ceramah diganti dengan praktik kelompok.' }) }),
    ],
    ...over,
  }
}

export function history(over: Partial<RevisionHistory> = {}): RevisionHistory {
  return {
    program: { kode: 'PRG-KES', nama: 'Pelatihan Pelayanan Kesehatan', lembaga: 'BPSDM Provinsi Jambi' },
    can_record: true,
    revisions: [],
    ...over,
  }
}
