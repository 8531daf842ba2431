// Pure rules of the plan pages (issue 6): who may generate for which agency, how the figures read.
import type { User } from '@/api/types'
import type { GenerateInput, Solver } from '@/api/plans'

export const REASONS = ['kesenjangan', 'usulan_pegawai', 'pemenuhan_20_jp'] as const

/** The i18n key of an assignment reason; an unknown code is shown as it is. */
export function reasonKey(code: string): string | null {
  return (REASONS as readonly string[]).includes(code) ? `rencana.reason.${code}` : null
}

/** admin_bkd generates for any scope, pengelola_opd for its own agency; the auditor only reads. */
export function canGenerate(user: Pick<User, 'role'> | null): boolean {
  return user?.role === 'admin_bkd' || user?.role === 'pengelola_opd'
}

/** The agency fixed by the role (pengelola_opd), or null when the user chooses (admin, auditor). */
export function fixedAgency(user: Pick<User, 'role' | 'agency_code'> | null): string | null {
  return user?.role === 'pengelola_opd' ? (user.agency_code ?? '') : null
}

export interface GenerateForm {
  year: number | string
  agency: string
  solver: Solver
  timeLimit: number | string
}

/** The body of POST /plans/generate, or the i18n key of what is wrong (year 2000–2100, time limit (0, 600]). */
export function generateBody(form: GenerateForm, user: Pick<User, 'role' | 'agency_code'> | null):
  { ok: true; body: GenerateInput } | { ok: false; field: 'year' | 'timeLimit'; key: string } {
  const year = Number(form.year)
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return { ok: false, field: 'year', key: 'rencana.generate.badYear' }
  const limit = form.timeLimit === '' ? NaN : Number(form.timeLimit)
  if (!Number.isFinite(limit) || limit <= 0 || limit > 600) return { ok: false, field: 'timeLimit', key: 'rencana.generate.badLimit' }
  const fixed = fixedAgency(user)
  const agency = fixed ?? form.agency
  const body: GenerateInput = { year, solver: form.solver, time_limit: limit }
  if (agency) body.agency = agency
  return { ok: true, body }
}

/** The share (0–100) of a budget used; an over-budget or budgetless use shows full. */
export function usedShare(used: number, budget: number): number {
  if (budget <= 0) return used > 0 ? 100 : 0
  return Math.max(0, Math.min(100, (used / budget) * 100))
}

/** The gap as a percentage (the API gives a fraction). */
export function gapPercent(gap: number): number {
  return gap * 100
}
