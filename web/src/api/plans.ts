// The yearly plan as the web app reads it (docs/plan-api.md, issue 6): versions, their assignments, the approval
// flow and the XLSX of PP 11/2017 Pasal 207. Generating a plan is a job (GET /jobs/{id}).
import { api } from './index'
import type { ApiErrorBody, JobState } from './types'

export type PlanStatus = 'draft' | 'submitted' | 'approved' | 'returned'
export const PLAN_STATUSES: readonly PlanStatus[] = ['draft', 'submitted', 'approved', 'returned']
export type Solver = 'fast' | 'exact'
export type PlanReason = 'kesenjangan' | 'usulan_pegawai' | 'pemenuhan_20_jp'

export interface PlanCan {
  submit: boolean
  approve: boolean
  return: boolean
}

export interface Plan {
  id: number
  year: number
  /** null: the all-agency plan. */
  agency: string | null
  version: number
  status: PlanStatus
  status_label?: string
  solver: Solver
  value: number
  bound: number
  /** A fraction: 0.008 is 0,8 %. */
  gap: number
  cost: number
  assignments: number
  created_by: number | null
  created_at: string
  updated_at: string
  comment: string | null
  can: PlanCan
}

export interface PlanSummary {
  agencies: Array<{ agency: string; budget: number; used: number }>
  offerings: Array<{ offering: string; seats: number; used: number }>
  jp: { employees: number; meeting_20: number; short: number }
  /** Programs whose raise estimate last year's evaluation lowered (docs/evaluation.md); absent in older plans. */
  flagged_programs?: Array<{ program: string; offering: string; verdict: 'tidak_signifikan' | 'menurun'; factor: number }>
}

export interface PlanDetail extends Plan {
  settings: { target_jp?: number; jp_cap?: number; shortfall_penalty?: number } | null
  summary: PlanSummary | null
}

export interface Assignment {
  nip: string
  name: string | null
  agency: string
  offering: string
  program: string
  jp: number
  cost: number
  reasons: string[]
  closes: Array<{ competency: string; levels: number }>
}

export interface AssignmentPage {
  total: number
  offset: number
  limit: number
  items: Assignment[]
}

export interface AssignmentQuery {
  agency?: string
  nip?: string
  offering?: string
  program?: string
  offset?: number
  limit?: number
}

export interface GenerateInput {
  year: number
  agency?: string
  solver: Solver
  time_limit?: number
}

export interface GenerateResult {
  plan_id: number
  year: number
  agency: string | null
  version: number
  status: PlanStatus
  value: number
  bound: number
  gap: number
  cost: number
  assignments: number
}

export interface PlanJob {
  id: string | number
  state: JobState
  percent: number
  message: string
  result: GenerateResult | { error: ApiErrorBody } | null
}

export async function listPlans(query: { year?: number; agency?: string; status?: PlanStatus } = {}): Promise<{ total: number; items: Plan[] }> {
  return api.get('/plans', { year: query.year, agency: query.agency || undefined, status: query.status })
}

export async function fetchPlan(id: number): Promise<PlanDetail> {
  return (await api.get<{ plan: PlanDetail }>(`/plans/${id}`)).plan
}

export async function listAssignments(id: number, query: AssignmentQuery): Promise<AssignmentPage> {
  const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '' && v !== undefined))
  return api.get(`/plans/${id}/assignments`, clean)
}

export async function generatePlan(input: GenerateInput): Promise<PlanJob> {
  return (await api.post<{ job: PlanJob }>('/plans/generate', input)).job
}

export async function fetchJob(id: string | number): Promise<PlanJob> {
  return (await api.get<{ job: PlanJob }>(`/jobs/${encodeURIComponent(String(id))}`)).job
}

export type PlanAction = 'submit' | 'approve' | 'return'

export async function planAction(id: number, action: PlanAction, comment?: string): Promise<Plan> {
  const body = comment ? { comment } : {}
  return (await api.post<{ plan: Plan }>(`/plans/${id}/${action}`, body)).plan
}

/** The plan as XLSX or as the PDF document to sign; `agency` narrows an all-agency plan to one agency. */
export function planExportUrl(id: number, format: 'xlsx' | 'pdf' = 'xlsx', agency = ''): string {
  return api.url(`/plans/${id}/export`, agency ? { format, agency } : { format })
}
