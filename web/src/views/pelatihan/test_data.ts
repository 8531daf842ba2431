// Classes, participants and certificates as the delivery API answers them (docs/delivery-api.md), for the page tests.
import type { MyCourse, Offering, OfferingDetail, Participant, Verification } from '@/api/delivery'
import type { ReactionForm, ReactionSummary } from '@/api/reaction'

export const NIP_A = '198609262015051001'
export const NIP_B = '199001012019032002'
export const NIP_C = '198512312010011003'

export function offering(overrides: Partial<Offering> = {}): Offering {
  return {
    offering: 'ANG-KES-1', program: 'PRG-KES', program_name: 'Pelatihan Pelayanan Kesehatan', institution: 'BPSDM Jambi',
    form: 'pelatihan_klasikal', attendance_required: true, jp: 40, start: '2025-03-03', end: '2025-03-07',
    location: 'Kota Jambi', capacity: 30, enrolled: 3, passed: 1, failed: 0, ...overrides,
  }
}

export function detail(overrides: Partial<OfferingDetail> = {}): OfferingDetail {
  return {
    ...offering(), days: ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07'],
    min_attendance_percent: 80, min_score: 60, ended: true, can: { enroll: true, attend: true, decide: true, tests: true }, ...overrides,
  }
}

export function participant(overrides: Partial<Participant> = {}): Participant {
  return {
    nip: NIP_A, name: 'Siti Aminah', agency: 'DINKES', source: 'rencana', status: 'terdaftar', score: null,
    attendance: { present: 4, days: 5, rate: 0.8, dates: ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06'] },
    reason: null, certificate: null, enrolled_at: '2025-02-20T03:00:00Z', decided_at: null,
    tests: { pre: null, post: null }, ...overrides,
  }
}

/** Siti (undecided, 4 of 5), Budi (undecided, 2 of 5), Rahmat (passed with a certificate). */
export function participants(): Participant[] {
  return [
    participant(),
    participant({ nip: NIP_B, name: 'Budi Santoso', source: 'manual',
      attendance: { present: 2, days: 5, rate: 0.4, dates: ['2025-03-03', '2025-03-07'] } }),
    participant({ nip: NIP_C, name: 'Rahmat Hidayat', agency: 'DISDIK', status: 'lulus', score: 85,
      attendance: { present: 5, days: 5, rate: 1, dates: ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07'] },
      reason: 'Kehadiran 5 dari 5 hari (100%) memenuhi batas 80%; nilai 85 memenuhi batas 60.',
      certificate: 'BKM-2025-7K3M-Q9XD', decided_at: '2025-03-08T02:00:00Z' }),
  ]
}

export function course(overrides: Partial<MyCourse> = {}): MyCourse {
  const { capacity: _c, enrolled: _e, passed: _p, failed: _f, ...rest } = offering()
  return {
    ...rest, status: 'lulus', score: 78,
    attendance: { present: 4, days: 5, rate: 0.8, dates: [] },
    reason: 'Kehadiran 4 dari 5 hari (80%) memenuhi batas 80%; nilai 78 memenuhi batas 60.',
    certificate: 'BKM-2025-7K3M-Q9XD', reaction: 'terkirim', ...overrides,
  }
}

const STATEMENTS: Array<[code: string, id: string, en: string]> = [
  ['relevansi', 'Materi pelatihan ini relevan dengan tugas dan jabatan saya.', 'This training was relevant to my duties and position.'],
  ['materi', 'Materi disusun dengan jelas dan mudah saya pahami.', 'The material was clear and easy to understand.'],
  ['pengajar', 'Pengajar atau fasilitator menguasai materi dan menyampaikannya dengan baik.', 'The trainer knew the subject and presented it well.'],
  ['metode', 'Metode pembelajaran membantu saya belajar.', 'The learning method helped me learn.'],
  ['sarana', 'Sarana dan prasarana mendukung pembelajaran.', 'The facilities supported the learning.'],
  ['manfaat', 'Saya dapat menerapkan hasil pelatihan ini dalam pekerjaan saya.', 'I can apply what I learned in my work.'],
]
const SCALE = {
  id: ['Sangat tidak setuju', 'Tidak setuju', 'Ragu-ragu', 'Setuju', 'Sangat setuju'],
  en: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'],
}

/** GET /me/reactions/ANG-KES-1 in `lang`, open to answer. */
export function reactionForm(overrides: Partial<ReactionForm> = {}, lang: 'id' | 'en' = 'id'): ReactionForm {
  return {
    offering: 'ANG-KES-1', program_name: 'Pelatihan Pelayanan Kesehatan', institution: 'BPSDM Jambi', start: '2025-03-03',
    end: '2025-03-07', state: 'terbuka', opens: '2025-03-07', saran_max_chars: 2000,
    items: STATEMENTS.map(([code, id, en]) => ({
      code, question: lang === 'en' ? en : id, answers: SCALE[lang].map((label, i) => ({ value: i + 1, label })),
    })),
    ...overrides,
  }
}

/** GET /offerings/ANG-KES-1/reactions: 2 of 3 answered, `sarana` flagged, two suggestions. */
export function reactionSummary(overrides: Partial<ReactionSummary> = {}): ReactionSummary {
  const means = [4.5, 4, 4.5, 4, 3, 5]
  return {
    offering: 'ANG-KES-1', participants: 3, answered: 2, response_rate: 2 / 3, named: 1, anonymous: 1,
    reaction: {
      respondents: 2, mean: 4.1667, share_high: 0.8333,
      items: STATEMENTS.map(([code, question], i) => ({
        code, question, answered: 2, mean: means[i]!, share_high: means[i]! >= 4 ? 1 : 0, flagged: means[i]! < 3.5,
      })),
    },
    suggestions: ['Ruang kelas terlalu dingin.', 'Tambah sesi praktik.'],
    ...overrides,
  }
}

export function verification(overrides: Partial<Verification> = {}): Verification {
  return {
    valid: true, number: 'BKM-2025-7K3M-Q9XD', name: 'Siti Aminah', nip: '19860926 ****** * 001',
    program_name: 'Pelatihan Pelayanan Kesehatan', institution: 'BPSDM Jambi', jp: 40, start: '2025-03-03', end: '2025-03-07',
    issued: '2025-03-08', ...overrides,
  }
}
