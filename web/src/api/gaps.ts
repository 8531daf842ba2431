// The needs analysis (AKPK) as the web app reads it: GET /api/v1/gaps/… (docs/api.md "Needs analysis (AKPK)").
// Every page goes through these calls, so a change of the contract is made here once.
import { api } from './index'
import type { JpSummary } from './types'

/** The AKPK reading of DOMAIN.md: both gaps, performance only, competency only, neither. */
export type AkpkReading = 'training' | 'non_training' | 'future_development' | 'maintain'
export const AKPK_READINGS: readonly AkpkReading[] = ['training', 'non_training', 'future_development', 'maintain']
/** Employees per reading; `unknown`: the reading cannot be made yet (shown as "belum dapat dibaca"). */
export type ReadingCounts = Record<AkpkReading, number> & { unknown?: number }

/** One competency of one employee; `held` and `source` are null when it was never assessed in the window. */
export interface GapLine {
  competency: string
  competency_name?: string | null
  competency_kind?: string | null
  required: number
  target_required: number
  held: number | null
  source: string | null
  /** The date of the assessment the held level comes from, when the server sends it. */
  date?: string | null
  gap: number
  target_gap: number
  multiplier?: number
  weight: number
  target_weight: number
}

export interface EmployeeRow {
  nip: string
  name: string | null
  agency: string
  agency_name: string | null
  position: string
  position_name: string | null
  target_position: string | null
  jp_earned: number
  jp_short: number
  akpk: AkpkReading | null
  box: number | null
  gap_count: number
  target_gap_count: number
  not_assessed_count: number
  weighted_need: number
}

export interface EmployeeDetail extends EmployeeRow {
  position_kind: string | null
  sector: string | null
  target_position_name: string | null
  status: string | null
  jp_year: number
  jp_target: number
  performance: { year: number; predikat: string } | null
  performance_gap: boolean
  potential: number | null
  gaps: GapLine[]
}

/** An aggregate row per agency, competency, position kind or sector. */
export interface Aggregate {
  key: string
  name: string
  employees: number
  with_gap: number
  assessed_pairs: number
  mean_gap: number | null
  mean_target_gap: number | null
  weighted_need: number
  not_assessed: number
  jp_subject: number
  jp_meeting: number
  jp_short: number
  akpk: ReadingCounts
  ninebox: number[]
}

export interface HeatCell {
  employees: number
  with_gap: number
  mean_gap: number | null
  weighted_need: number
  not_assessed: number
}

export interface Heatmap {
  agencies: Array<{ code: string; name: string }>
  competencies: Array<{ code: string; name: string }>
  /** cells[agency row][competency column]; null when no standard of that agency names the competency. */
  cells: Array<Array<HeatCell | null>>
}

export interface GapSummary {
  agency: string | null
  date: string
  year: number
  employees: number
  jp: { target: number; subject: number; meeting: number; short: number; rate: number }
  akpk: ReadingCounts
  not_assessed: { pairs: number }
  /** ninebox[i] = employees in box i + 1. */
  ninebox: number[]
  heatmap: Heatmap
  by_agency: Aggregate[]
  by_competency: Aggregate[]
  by_position_kind: Aggregate[]
  by_sector: Aggregate[]
}

export type GroupBy = 'agency' | 'competency' | 'position_kind' | 'sector'
export const GROUPS: readonly GroupBy[] = ['agency', 'competency', 'position_kind', 'sector']

export interface Paged<T> {
  total: number
  offset: number
  limit: number
  items: T[]
}

export interface NotAssessedItem {
  nip: string
  name: string | null
  agency: string
  position: string | null
  competency: string
  competency_name: string | null
  required: number | null
  target_required: number | null
}

export interface NineBoxAnswer extends Paged<EmployeeRow> {
  boxes: Array<{ box: number; performance: string; potential: string; count: number }>
  unplaced: number
  box: number | null
}

export interface EmployeeQuery {
  agency?: string
  search?: string
  akpk?: AkpkReading
  box?: number | null
  sort?: 'nip' | 'need'
  offset?: number
  limit?: number
}

/** Totals, the heatmap and the four aggregate tables, over the caller's scope (narrowed to one agency). */
export function fetchSummary(agency?: string | null, signal?: AbortSignal): Promise<GapSummary> {
  return api.get<GapSummary>('/gaps/summary', { agency }, signal)
}

/** A page of employees with reading, 9-box and gap counts. */
export function fetchEmployees(query: EmployeeQuery = {}, signal?: AbortSignal): Promise<Paged<EmployeeRow>> {
  return api.get<Paged<EmployeeRow>>('/gaps/employees', { ...query }, signal)
}

/** One employee's gap profile (404 when unknown or out of scope). */
export async function fetchEmployee(nip: string, signal?: AbortSignal): Promise<EmployeeDetail> {
  return (await api.get<{ employee: EmployeeDetail }>(`/gaps/employees/${encodeURIComponent(nip)}`, {}, signal)).employee
}

/** A page of (employee, competency) pairs without a held level. */
export function fetchNotAssessed(
  query: { agency?: string; offset?: number; limit?: number } = {}, signal?: AbortSignal,
): Promise<Paged<NotAssessedItem> & { employees: number }> {
  return api.get<Paged<NotAssessedItem> & { employees: number }>('/gaps/not-assessed', { ...query }, signal)
}

/** The tables the server exports. */
export type ExportTable = 'employees' | 'heatmap' | 'ninebox' | 'not_assessed' | 'agencies' | 'competencies'

/** The server-side export of each aggregate table, where there is one. */
export const GROUP_EXPORT: Partial<Record<GroupBy, ExportTable>> = { agency: 'agencies', competency: 'competencies' }

/** The link of an "Unduh XLSX" button: GET /gaps/export?table=…&format=xlsx, narrowed to an agency. */
export function exportUrl(table: ExportTable, agency?: string | null): string {
  return api.url('/gaps/export', { table, agency, format: 'xlsx' })
}

/** The aggregate rows of one grouping. */
export function groupRows(summary: GapSummary, group: GroupBy): Aggregate[] {
  return summary[`by_${group}`]
}

/** Employees with at least one gap: each employee belongs to one agency, so the agency rows add up. */
export function employeesWithGap(summary: GapSummary): number {
  return summary.by_agency.reduce((sum, row) => sum + row.with_gap, 0)
}

/** JP toward the 20 JP rule as the profile card shows it. */
export function jpSummary(employee: Pick<EmployeeDetail, 'jp_earned' | 'jp_target' | 'jp_year'>): JpSummary {
  return { year: employee.jp_year, earned: employee.jp_earned, target: employee.jp_target }
}
