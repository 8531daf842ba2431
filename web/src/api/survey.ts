// The public satisfaction survey (SKM, issue 8; docs/api.md "Survei publik"): the questionnaire of one service
// unit in the chosen language and one anonymous answer. No session: the calls work signed out.
import { api } from './index'

export interface SurveyChoice<V = string> {
  value: V
  label: string
}

export interface SurveyElement {
  /** "u1" … "u9" */
  code: string
  name: string
  question: string
  /** Four answers scored 1–4 (a–d of the questionnaire). */
  answers: SurveyChoice<number>[]
}

export interface SurveyForm {
  unit: { kode_unit: string; nama_unit: string }
  agency: { kode_opd: string; nama_opd: string }
  lang: string
  elements: SurveyElement[]
  demographics: {
    jenis_kelamin: SurveyChoice[]
    umur: { min: number; max: number }
    pendidikan: SurveyChoice[]
    pekerjaan: SurveyChoice[]
  }
  saran_max_chars: number
  /** Whether the unit takes answers today (docs/survey-periods-api.md): a unit without periods always does. */
  open: boolean
  /** The running period; null for a unit without periods or when closed. */
  period: SurveyPeriodDates | null
  /** When closed: the first period starting after today, null when none. */
  next: SurveyPeriodDates | null
}

/** A survey period as the public page names it. */
export interface SurveyPeriodDates {
  nama: string
  /** "YYYY-MM-DD", both days included. */
  dari: string
  sampai: string
}

/** The `skm` columns of FORMATS.md: u1 … u9 (null = not answered) and the optional demographics. */
export interface SurveyAnswer {
  [element: `u${number}`]: number | null
  jenis_kelamin?: string | null
  umur?: number | null
  pendidikan?: string | null
  pekerjaan?: string | null
  saran?: string
}

export interface SurveySubmitted {
  ok: boolean
  kode_unit: string
  tanggal: string
  message: string
}

const path = (unit: string) => `/public/survey/${encodeURIComponent(unit)}`

export function fetchSurveyForm(unit: string): Promise<SurveyForm> {
  return api.get<SurveyForm>(path(unit))
}

export function submitSurvey(unit: string, answer: SurveyAnswer): Promise<SurveySubmitted> {
  return api.post<SurveySubmitted>(path(unit), answer)
}

/** The IKM of one unit or agency over a period (docs/api.md GET /ikm/units); null figures when an element has no answer. */
export interface IkmFigures {
  respondents: number
  ikm: number | null
  index: number | null
  grade: 'A' | 'B' | 'C' | 'D' | null
  label: string | null
}

export interface UnitIkm extends IkmFigures {
  unit: string
  name: string
  agency: string
  complete: boolean
}

export interface AgencyIkm extends IkmFigures {
  agency: string
  name: string
  units: number
}

export interface IkmOverview {
  from: string | null
  to: string | null
  agencies: AgencyIkm[]
  units: UnitIkm[]
}

/** Every unit of the caller's scope with its IKM, and each agency pooled (signed in: admin_bkd, auditor, pengelola_opd). */
export function fetchIkmOverview(params: { agency?: string; from?: string; to?: string }): Promise<IkmOverview> {
  return api.get<IkmOverview>('/ikm/units', params)
}

export interface QuarterIkm extends IkmFigures {
  quarter: string
  year: number
  q: number
  from: string
  to: string
  complete: boolean
}

export interface UnitQuarters extends UnitIkm {
  from: string | null
  to: string | null
  quarters: QuarterIkm[]
}

/** The unit's IKM per calendar quarter (the trend), quarters without answers between included. */
export function fetchUnitQuarters(unit: string, params: { from?: string; to?: string }): Promise<UnitQuarters> {
  return api.get<UnitQuarters>(`/ikm/units/${encodeURIComponent(unit)}/quarters`, params)
}

/** The respondent groups of the survey's optional demographics (docs/api.md GET /ikm/units/{kode}/groups). */
export type RespondentDimension = 'jenis_kelamin' | 'umur' | 'pendidikan' | 'pekerjaan'

/** One group's IKM, computed as the unit's; `value` "" is the respondents who left the question empty. */
export interface GroupIkm extends IkmFigures {
  /** The skm value (age: its band "<25", "25-34", "35-44", "45-54", "55+"); "" = not given. */
  value: string
  /** The group's name in the request's language (a value outside the survey's choices: the value itself). */
  name: string
  complete: boolean
}

export interface DimensionIkm {
  dimension: RespondentDimension
  /** The dimension's name in the request's language. */
  name: string
  /** Groups with answers only, in the survey's order of choices, "not given" last. */
  groups: GroupIkm[]
}

export interface UnitGroups extends UnitIkm {
  from: string | null
  to: string | null
  dimensions: DimensionIkm[]
}

/** The unit's IKM per respondent group (sex, age band, education, occupation) over the period. */
export function fetchUnitGroups(unit: string, params: { from?: string; to?: string }): Promise<UnitGroups> {
  return api.get<UnitGroups>(`/ikm/units/${encodeURIComponent(unit)}/groups`, params)
}

/** The unit's printable A4 poster with the QR code of its public page (admin_bkd, pengelola_opd of its agency). */
export function surveyPosterUrl(unit: string): string {
  return api.url(`/survey/${encodeURIComponent(unit)}/poster`)
}

/** The Krejcie–Morgan check of a unit's respondents against the people it served (docs/api.md `?served=`). */
export interface SampleCheck {
  served: number
  required: number
  adequate: boolean
}

/** One unit's IKM over a period with the NRR of the nine elements; `sample` only when `served` was sent. */
export interface UnitIkmDetail extends UnitIkm {
  from: string | null
  to: string | null
  nrr: Array<number | null>
  answered?: number[]
  sample: SampleCheck | null
}

export interface UnitReportPeriod {
  from?: string
  to?: string
  /** People served in the period, sent as typed digits; the server checks the range (400 on column `served`). */
  served?: string
}

/** The unit's IKM, with the sample check when `served` is given. */
export function fetchUnitIkm(unit: string, params: UnitReportPeriod): Promise<UnitIkmDetail> {
  return api.get<UnitIkmDetail>(`/ikm/units/${encodeURIComponent(unit)}`, { ...params })
}

/** The unit's survey report to publish (PDF or XLSX) for the period, in the interface language. */
export function unitReportUrl(unit: string, format: 'pdf' | 'xlsx', params: UnitReportPeriod, lang: string): string {
  return api.url(`/ikm/units/${encodeURIComponent(unit)}/export`, { ...params, format, lang })
}
