// Program evaluation (issue 8; docs/evaluation.md "JSON"): one offering's four levels with the verdict and its
// reason, and every offering of a year with Benjamini–Hochberg q-values. Numbers that could not be computed are null.
import { api } from './index'
import type { IkmFigures } from './survey'

export type Verdict = 'efektif' | 'tidak_signifikan' | 'menurun' | 'data_kurang'
export const VERDICTS: readonly Verdict[] = ['efektif', 'tidak_signifikan', 'menurun', 'data_kurang']
export type LevelCode = 'L1' | 'L2' | 'L3' | 'L4'

export interface ReactionLevel {
  respondents: number
  mean: number | null
  share_4_5: number | null
  items: Array<{ item: string; answered: number; mean: number | null; share_4_5: number | null; flagged: boolean }>
  flagged: string[]
}

export interface LearningLevel {
  n: number
  enough: boolean
  mean_pre: number | null
  mean_post: number | null
  mean_diff: number | null
  ci_low: number | null
  ci_high: number | null
  t: number | null
  df: number | null
  p: number | null
  wilcoxon_v: number | null
  wilcoxon_p: number | null
  d_z: number | null
  gain: number | null
}

export interface BehaviourLevel {
  n: number
  enough: boolean
  feedback_enough: boolean
  mean_before: number | null
  mean_after: number | null
  mean_diff: number | null
  ci_low: number | null
  ci_high: number | null
  t: number | null
  df: number | null
  p: number | null
  skp_n: number
  skp_enough: boolean
  skp_before: number | null
  skp_after: number | null
  skp_v: number | null
  skp_p: number | null
}

export interface ResultsLevel {
  enough: boolean
  before: number | null
  after: number | null
  n_before: number
  n_after: number
  ikm_before: IkmFigures
  ikm_after: IkmFigures
  t: number | null
  df: number | null
  p: number | null
  ci_low: number | null
  ci_high: number | null
  did_enough: boolean
  did: number | null
  did_se: number | null
  did_p: number | null
  control_before: number | null
  control_after: number | null
  control_n_before: number
  control_n_after: number
  units: Array<{ unit: string; name: string; before: IkmFigures; after: IkmFigures }>
  control_units: string[]
}

export interface OfferingEvaluation {
  offering: string
  program: string
  program_name: string
  start: string
  end: string
  participants: number
  levels: { L1: ReactionLevel; L2: LearningLevel; L3: BehaviourLevel; L4: ResultsLevel }
  primary: LevelCode | null
  primary_test: string | null
  primary_p: number | null
  verdict: Verdict
  reason: string
  reason_en: string
  missing: Array<{ level: LevelCode | null; text: string; text_en: string }>
  windows: { skm_before: [string, string]; skm_after: [string, string]; feedback_before: [string, string]; feedback_after: [string, string]; skp_years: [number, number] }
  /** Only in a year's list: the Benjamini–Hochberg q of the primary p (null for data_kurang). */
  q?: number | null
}

export interface YearEvaluation {
  year: number
  counts: Record<Verdict, number>
  offerings: OfferingEvaluation[]
}

export function fetchOfferingEvaluation(offering: string): Promise<OfferingEvaluation> {
  return api.get<OfferingEvaluation>(`/evaluations/offerings/${encodeURIComponent(offering)}`)
}

export function fetchYearEvaluation(year: number): Promise<YearEvaluation> {
  return api.get<YearEvaluation>('/evaluations', { year })
}

/** The offering's report to download (PDF or XLSX) in the interface language. */
export function offeringReportUrl(offering: string, format: 'pdf' | 'xlsx', lang: string): string {
  return api.url(`/evaluations/offerings/${encodeURIComponent(offering)}/export`, lang === 'en' ? { format, lang } : { format })
}

/** A year's report to download; `review` keeps only the programs to review. */
export function yearReportUrl(year: number, format: 'pdf' | 'xlsx', review: boolean, lang: string): string {
  const query: Record<string, string | number> = { year, format }
  if (review) query.review = 1
  if (lang === 'en') query.lang = 'en'
  return api.url('/evaluations/export', query)
}
