// Evaluation bodies as GET /evaluations/offerings/{kode} answers them (docs/evaluation.md "JSON").
import type { IkmFigures } from '@/api/survey'
import type { OfferingEvaluation } from '@/api/evaluation'

const ikm = (index: number | null, respondents = 40): IkmFigures => ({
  respondents, ikm: index === null ? null : index / 25, index, grade: index === null ? null : index > 88.3 ? 'A' : 'B', label: null,
})

export function evaluation(over: Partial<OfferingEvaluation> = {}): OfferingEvaluation {
  return {
    offering: 'ANG-KES-1',
    program: 'PRG-KES',
    program_name: 'Pelatihan Pelayanan Kesehatan',
    start: '2026-03-16',
    end: '2026-03-20',
    participants: 24,
    levels: {
      L1: { respondents: 20, mean: 4.2, share_4_5: 0.85, items: [], flagged: ['r5'] },
      L2: { n: 22, enough: true, mean_pre: 61.5, mean_post: 74.25, mean_diff: 12.75, ci_low: 9.1, ci_high: 16.4, t: 7.21, df: 21, p: 0.0000004, wilcoxon_v: 250, wilcoxon_p: 0.00002, d_z: 1.54, gain: 0.33 },
      L3: { n: 4, enough: false, feedback_enough: false, mean_before: 3.1, mean_after: 3.4, mean_diff: 0.3, ci_low: null, ci_high: null, t: null, df: null, p: null, skp_n: 0, skp_enough: false, skp_before: null, skp_after: null, skp_v: null, skp_p: null },
      L4: { enough: true, before: 80.5, after: 86.25, n_before: 40, n_after: 45, ikm_before: ikm(80.5), ikm_after: ikm(86.25, 45), t: 2.31, df: 80.2, p: 0.023, ci_low: 0.8, ci_high: 10.7, did_enough: true, did: 4.9, did_se: 2.2, did_p: 0.031, control_before: 79, control_after: 79.85, control_n_before: 60, control_n_after: 62, units: [{ unit: 'PKM01', name: 'Puskesmas Kota', before: ikm(80.5), after: ikm(86.25, 45) }], control_units: ['PKM02', 'PKM03'] },
    },
    primary: 'L4',
    primary_test: 'welch',
    primary_p: 0.023,
    verdict: 'efektif',
    reason: 'IKM unit peserta naik dari 80,50 menjadi 86,25 (p = 0,023).',
    reason_en: 'The IKM of the participants\' units rose from 80.50 to 86.25 (p = 0.023).',
    missing: [{ level: 'L3', text: 'Umpan balik 360 sesudah pelatihan: 4 dari 10 pasangan yang diperlukan', text_en: '360 feedback after the training: 4 of the 10 pairs needed' }],
    windows: { skm_before: ['2025-09-16', '2026-03-15'], skm_after: ['2026-06-20', '2026-12-20'], feedback_before: ['2026-02-14', '2026-03-15'], feedback_after: ['2026-06-20', '2026-09-20'], skp_years: [2025, 2027] },
    ...over,
  }
}
