// Answers of the /gaps routes (docs/api.md) for the page tests.
import type { Aggregate, EmployeeDetail, EmployeeRow, GapSummary, NotAssessedItem } from '@/api/gaps'

export function aggregate(key: string, name: string, over: Partial<Aggregate> = {}): Aggregate {
  return {
    key, name, employees: 10, with_gap: 4, assessed_pairs: 50, mean_gap: 0.4, mean_target_gap: 0.1, weighted_need: 12.5,
    not_assessed: 3, jp_subject: 10, jp_meeting: 6, jp_short: 4,
    akpk: { training: 1, non_training: 2, future_development: 3, maintain: 4 }, ninebox: [0, 1, 0, 2, 3, 0, 1, 0, 0], ...over,
  }
}

export function summary(over: Partial<GapSummary> = {}): GapSummary {
  return {
    agency: null, date: '2026-11-28', year: 2026, employees: 20,
    jp: { target: 20, subject: 16, meeting: 12, short: 4, rate: 0.75 },
    akpk: { training: 5, non_training: 2, future_development: 8, maintain: 5 },
    not_assessed: { pairs: 7 },
    ninebox: [1, 2, 0, 0, 5, 0, 1, 0, 3],
    heatmap: {
      agencies: [{ code: 'BKD', name: 'Badan Kepegawaian Daerah' }, { code: 'DINKES', name: 'Dinas Kesehatan' }],
      competencies: [{ code: 'M.01', name: 'Integritas' }, { code: 'M.02', name: 'Kerja Sama' }],
      cells: [
        [{ employees: 5, with_gap: 1, mean_gap: 0.2, weighted_need: 1, not_assessed: 0 }, null],
        [{ employees: 15, with_gap: 8, mean_gap: 1.25, weighted_need: 20, not_assessed: 2 },
          { employees: 15, with_gap: 3, mean_gap: 0.5, weighted_need: 6, not_assessed: 1 }],
      ],
    },
    by_agency: [aggregate('BKD', 'Badan Kepegawaian Daerah', { employees: 5, with_gap: 1, weighted_need: 1 }),
      aggregate('DINKES', 'Dinas Kesehatan', { employees: 15, with_gap: 8, weighted_need: 26 })],
    by_competency: [aggregate('M.01', 'Integritas'), aggregate('M.02', 'Kerja Sama')],
    by_position_kind: [aggregate('pengawas', 'pengawas')],
    by_sector: [aggregate('kesehatan', 'kesehatan'), aggregate('', '')],
    ...over,
  }
}

export function employeeRow(nip: string, name: string, over: Partial<EmployeeRow> = {}): EmployeeRow {
  return {
    nip, name, agency: 'DINKES', agency_name: 'Dinas Kesehatan', position: 'JAB-1', position_name: 'Perawat Ahli Muda',
    target_position: null, jp_earned: 12, jp_short: 8, akpk: 'training', box: 5, gap_count: 2, target_gap_count: 0,
    not_assessed_count: 1, weighted_need: 3.5, ...over,
  }
}

export function notAssessed(nip: string, competency: string): NotAssessedItem {
  return { nip, name: 'Siti Aminah', agency: 'DINKES', position: 'JAB-1', competency, competency_name: 'Integritas', required: 3, target_required: null }
}

export function detail(over: Partial<EmployeeDetail> = {}): EmployeeDetail {
  return {
    ...employeeRow('198609262015051001', 'Siti Aminah'),
    target_position: 'JAB-2', position_kind: 'ahli_muda', sector: 'kesehatan', target_position_name: 'Perawat Ahli Madya',
    status: 'pns', jp_year: 2026, jp_target: 20, performance: { year: 2025, predikat: 'butuh_perbaikan' },
    performance_gap: true, potential: 72,
    gaps: [
      { competency: 'M.01', competency_name: 'Integritas', required: 3, target_required: 4, held: 2, source: 'asesmen',
        gap: 1, target_gap: 1, weight: 1.5, target_weight: 0.75 },
      { competency: 'M.02', competency_name: 'Kerja Sama', required: 3, target_required: 3, held: 3.5, source: 'rekan',
        gap: 0, target_gap: 0, weight: 1, target_weight: 0.5 },
      { competency: 'T.KES.01', competency_name: 'Asuhan Keperawatan', required: 3, target_required: 4, held: null,
        source: null, gap: 0, target_gap: 0, weight: 2, target_weight: 1 },
    ],
    ...over,
  }
}
