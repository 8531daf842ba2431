// The settings as docs/settings-api.md describes them (defaults of the code at the time of writing), for the tests.
import type { Setting, SettingValues } from '@/api/settings'

export const DEFAULTS: Record<string, SettingValues> = {
  document: {
    government: 'Pemerintah Provinsi Jambi', place: 'Jambi', ppk_office: 'Gubernur Jambi', ppk_name: '', ppk_nip: '',
    public_url: '',
  },
  evaluation: {
    alpha: 0.05, min_pairs: 5, min_responses: 30, reaction_flag_below: 3.5, feedback_before_days: 180,
    feedback_after_from_months: 3, feedback_after_to_months: 6, skm_before_months: 6, skm_after_from_months: 3,
    skm_after_to_months: 9, flagged_raise_factor: 0.5,
  },
  delivery: { min_attendance_percent: 80, min_score: 60 },
  analysis: {
    window_years: 3, source_order: ['asesmen', 'atasan', 'rekan', 'mandiri'], proposal_multiplier: 0.5,
    performance_multiplier: 0.5, target_weight_factor: 0.5, jp_target: 20, jp_applies_to_pppk: true, potential_high: 80,
    potential_middle: 60, predikat_score: { sangat_baik: 100, baik: 80, butuh_perbaikan: 60, kurang: 40, sangat_kurang: 20 },
    performance_target: 80,
  },
  plan: { jp_cap: 160, shortfall_penalty: 0.2 },
}

/** The number fields each area keeps whole, as GET /settings answers (asked of the areas at commit 12ce083). */
export const WHOLE_NUMBERS: Record<string, string[]> = {
  document: [],
  evaluation: ['min_pairs', 'min_responses', 'feedback_before_days', 'feedback_after_from_months', 'feedback_after_to_months',
    'skm_before_months', 'skm_after_from_months', 'skm_after_to_months'],
  delivery: [],
  analysis: ['window_years', 'jp_target', 'predikat_score.sangat_baik', 'predikat_score.baik', 'predikat_score.butuh_perbaikan',
    'predikat_score.kurang', 'predikat_score.sangat_kurang', 'performance_target'],
  plan: ['jp_cap'],
}

const TITLES: Record<string, [string, string]> = {
  document: ['Dokumen', 'Penanda tangan dan alamat publik pada dokumen.'],
  evaluation: ['Evaluasi', 'Taraf signifikansi, ukuran minimal, dan rentang waktu evaluasi.'],
  delivery: ['Kelulusan', 'Aturan lulus pelatihan.'],
  analysis: ['Analisis kebutuhan', 'Aturan analisis kebutuhan (AKPK).'],
  plan: ['Perencanaan', 'Batas JP dan penalti kekurangan JP.'],
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

export function setting(key: string, overrides: Partial<Setting> = {}): Setting {
  const [title, description] = TITLES[key] ?? [key, '']
  return {
    key, title, description, values: copy(DEFAULTS[key] ?? {}), defaults: copy(DEFAULTS[key] ?? {}),
    whole_numbers: [...(WHOLE_NUMBERS[key] ?? [])], stored: false, updated_by: null, updated_at: null, ...overrides,
  }
}

export function allSettings(overrides: Record<string, Partial<Setting>> = {}): Setting[] {
  return Object.keys(DEFAULTS).map((key) => setting(key, overrides[key]))
}
