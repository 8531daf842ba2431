// Classes, participants and certificates as the delivery API answers them (docs/delivery-api.md), for the page tests.
import type { MyCourse, Offering, OfferingDetail, Participant, Verification } from '@/api/delivery'

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
    certificate: 'BKM-2025-7K3M-Q9XD', ...overrides,
  }
}

export function verification(overrides: Partial<Verification> = {}): Verification {
  return {
    valid: true, number: 'BKM-2025-7K3M-Q9XD', name: 'Siti Aminah', nip: '19860926 ****** * 001',
    program_name: 'Pelatihan Pelayanan Kesehatan', institution: 'BPSDM Jambi', jp: 40, start: '2025-03-03', end: '2025-03-07',
    issued: '2025-03-08', ...overrides,
  }
}
