// SKM survey periods of a service unit (docs/survey-periods-api.md): when the unit's public page takes answers,
// and the periods its IKM is reported for. Reading as GET /ikm/units/{kode}; writing for admin_bkd and the
// pengelola_opd of the unit's agency, through the app's client (CSRF header on every write).
import { api } from './index'
import type { IkmFigures, SampleCheck } from './survey'

/** Against the server's today (UTC): not started, running, ended. */
export type PeriodState = 'akan_datang' | 'berjalan' | 'selesai'

export interface SurveyPeriod {
  id: number
  unit: string
  nama: string
  /** "YYYY-MM-DD", both days included. */
  dari: string
  sampai: string
  /** People served in the period (the sample check), null when not given. */
  served: number | null
  state: PeriodState
}

/** A period with the IKM of the answers dated in it; `sample` only when `served` is set. */
export interface PeriodIkm extends SurveyPeriod, IkmFigures {
  complete: boolean
  sample: SampleCheck | null
}

export interface UnitPeriods {
  unit: string
  name: string
  agency: string
  /** The server's date ("YYYY-MM-DD"), the day `state` and `open` are reckoned against. */
  today: string
  /** Whether the public page takes answers today (always, for a unit without periods). */
  open: boolean
  /** Whether the caller may add, change and delete the unit's periods. */
  can_edit: boolean
  /** By `dari`. */
  periods: PeriodIkm[]
}

/** The body of POST and PUT; the server owns the rules and answers 400 naming the field, 409 on an overlap. */
export interface PeriodInput {
  nama: string
  dari: string
  sampai: string
  served: number | null
}

const periodsPath = (unit: string) => `/ikm/units/${encodeURIComponent(unit)}/periods`

export function fetchUnitPeriods(unit: string): Promise<UnitPeriods> {
  return api.get<UnitPeriods>(periodsPath(unit))
}

export async function createPeriod(unit: string, input: PeriodInput): Promise<SurveyPeriod> {
  return (await api.post<{ period: SurveyPeriod }>(periodsPath(unit), input)).period
}

export async function updatePeriod(unit: string, id: number, input: PeriodInput): Promise<SurveyPeriod> {
  return (await api.request<{ period: SurveyPeriod }>('PUT', `${periodsPath(unit)}/${id}`, { json: input })).period
}

/** Deletes the period; the answers dated in it stay in the unit's IKM. */
export async function deletePeriod(unit: string, id: number): Promise<void> {
  await api.request<{ ok: boolean }>('DELETE', `${periodsPath(unit)}/${id}`)
}
