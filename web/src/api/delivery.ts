// Delivery as the web app reads it (docs/delivery-api.md, issue 7): the classes (angkatan) of a year, who takes
// part, the roll of each day, the pass/fail decision with its reason, certificates, the employee's own courses and
// the public check of a certificate number (no session).
import { api } from './index'
import type { DevelopmentForm } from './participation'
import { readReactionState, type ReactionState } from './reaction'

export type ParticipantStatus = 'terdaftar' | 'lulus' | 'tidak_lulus'
export const PARTICIPANT_STATUSES: readonly ParticipantStatus[] = ['terdaftar', 'lulus', 'tidak_lulus']
export type ParticipantSource = 'rencana' | 'manual'

/** One class of a program, with its seats and results so far. */
export interface Offering {
  offering: string
  program: string
  program_name: string
  institution: string
  form: DevelopmentForm | string
  /** false for e_learning, belajar_mandiri and komunitas_belajar: no roll is taken. */
  attendance_required: boolean
  jp: number
  start: string
  end: string
  location: string | null
  /** 0: no seat limit. */
  capacity: number
  enrolled: number
  passed: number
  failed: number
}

export interface OfferingCan {
  enroll: boolean
  attend: boolean
  decide: boolean
  /** Enter pre-test / post-test scores (admin_bkd, the offering's own lembaga_mitra). */
  tests: boolean
}

export interface OfferingDetail extends Offering {
  /** The days whose roll has been saved, "YYYY-MM-DD", in order. */
  days: string[]
  min_attendance_percent: number
  min_score: number
  /** today ≥ end: decisions may be taken. */
  ended: boolean
  can: OfferingCan
}

export interface Attendance {
  present: number
  days: number
  /** present ÷ days, 0..1; null before any day is recorded. */
  rate: number | null
  /** The days this participant was present. */
  dates: string[]
}

export interface Participant {
  nip: string
  name: string
  agency: string
  source: ParticipantSource
  status: ParticipantStatus
  score: number | null
  attendance: Attendance
  reason: string | null
  certificate: string | null
  enrolled_at: string
  decided_at: string | null
  /** The participant's pre-test and post-test scores (0–100), null until entered. */
  tests: TestScores
}

export type TestKind = 'pre' | 'post'
export const TEST_KINDS: readonly TestKind[] = ['pre', 'post']

export interface TestScores {
  pre: number | null
  post: number | null
}

export interface TestScore {
  nip: string
  score: number
}

/** The contract names `saved` without saying whether it is a count or the NIPs saved. */
export interface TestsResult {
  kind: TestKind
  saved: number | string[]
}

export interface FromPlanResult {
  added: number
  already: number
  plans: number[]
}

/** The saved roll. The contract names `present` and `absent` without saying whether they are counts or NIPs. */
export interface RollResult {
  date: string
  present: number | string[]
  absent: number | string[]
}

export interface DecisionEntry {
  nip: string
  score?: number
}

export interface DecisionResult {
  nip: string
  status: Exclude<ParticipantStatus, 'terdaftar'>
  reason: string
  certificate: string | null
}

/** One of the employee's own classes: the offering without its counts, and how it went for them. */
export interface MyCourse extends Omit<Offering, 'capacity' | 'enrolled' | 'passed' | 'failed'> {
  status: ParticipantStatus
  score: number | null
  attendance: Attendance
  reason: string | null
  certificate: string | null
  /** The reaction survey: not open yet, open to answer, or answered; null when the server does not say (older). */
  reaction: ReactionState | null
}

export interface Certificate {
  number: string
  nip: string
  name: string
  agency: string
  agency_name: string
  offering: string
  program: string
  program_name: string
  institution: string
  jp: number
  start: string
  end: string
  location: string | null
  issued: string
}

/** The public answer for a genuine certificate: the NIP comes masked ("19860926 ****** * 001"). */
export interface Verification {
  valid: true
  number: string
  name: string
  nip: string
  program_name: string
  institution: string
  jp: number
  start: string
  end: string
  issued: string
}

const enc = encodeURIComponent
const offeringPath = (kode: string) => `/offerings/${enc(kode)}`

/** Older servers send no `tests` (in a participant or in `can`): read them as "none yet" and "not allowed". */
type Wire<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>
const score = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

function readParticipant(p: Wire<Participant, 'tests'>): Participant {
  return { ...p, tests: { pre: score(p.tests?.pre), post: score(p.tests?.post) } }
}

function readOffering(o: Omit<OfferingDetail, 'can'> & { can: Wire<OfferingCan, 'tests'> }): OfferingDetail {
  return { ...o, can: { ...o.can, tests: o.can.tests === true } }
}

export async function listOfferings(query: { year?: number; q?: string } = {}): Promise<Offering[]> {
  const answer = await api.get<{ items: Offering[] }>('/offerings', { year: query.year, q: query.q?.trim() || undefined })
  return answer.items
}

export async function fetchOffering(kode: string): Promise<OfferingDetail> {
  return readOffering((await api.get<{ offering: Parameters<typeof readOffering>[0] }>(offeringPath(kode))).offering)
}

export async function listParticipants(kode: string): Promise<Participant[]> {
  return (await api.get<{ items: Array<Wire<Participant, 'tests'>> }>(`${offeringPath(kode)}/participants`)).items.map(readParticipant)
}

/** Enrols one employee by NIP (digits only); the employee is told in the inbox. */
export async function enrolParticipant(kode: string, nip: string): Promise<Participant> {
  return readParticipant((await api.post<{ participant: Wire<Participant, 'tests'> }>(`${offeringPath(kode)}/participants`, { nip })).participant)
}

/** Enrols every row of this offering in the year's approved plans. */
export function enrolFromPlan(kode: string): Promise<FromPlanResult> {
  return api.post<FromPlanResult>(`${offeringPath(kode)}/participants/from-plan`, {})
}

/** Withdraws an undecided participant; their attendance goes with them. */
export async function withdrawParticipant(kode: string, nip: string): Promise<void> {
  await api.request<void>('DELETE', `${offeringPath(kode)}/participants/${enc(nip)}`)
}

/** Saves the roll of one day: the listed NIPs present, every other undecided participant absent. */
export function recordAttendance(kode: string, date: string, present: string[]): Promise<RollResult> {
  return api.post<RollResult>(`${offeringPath(kode)}/attendance`, { date, present })
}

/** Saves pre-test or post-test scores, all or nothing; a score given again replaces the earlier one. */
export function saveTests(kode: string, kind: TestKind, scores: TestScore[]): Promise<TestsResult> {
  return api.post<TestsResult>(`${offeringPath(kode)}/tests`, { kind, scores })
}

/** Decides the listed participants, all or nothing; the passed ones get a certificate. */
export async function decideParticipants(kode: string, entries: DecisionEntry[]): Promise<DecisionResult[]> {
  return (await api.post<{ items: DecisionResult[] }>(`${offeringPath(kode)}/decisions`, { entries })).items
}

export async function fetchMyCourses(): Promise<MyCourse[]> {
  const answer = await api.get<{ items: Array<Omit<MyCourse, 'reaction'> & { reaction?: unknown }> }>('/me/courses')
  return answer.items.map((c) => ({ ...c, reaction: readReactionState(c.reaction) }))
}

export async function fetchCertificate(nomor: string): Promise<Certificate> {
  return (await api.get<{ certificate: Certificate }>(`/certificates/${enc(nomor)}`)).certificate
}

/** The certificate as an A4 PDF (the holder, the staff in scope). */
export function certificatePdfUrl(nomor: string): string {
  return api.url(`/certificates/${enc(nomor)}/pdf`)
}

/** The attendance sheet to print (A4 PDF, daftar_hadir_<kode>.pdf) in the page's language; 412 for a form without attendance. */
export function attendanceSheetUrl(kode: string, lang: string): string {
  return api.url(`/offerings/${enc(kode)}/attendance-sheet`, { lang: lang === 'en' ? 'en' : undefined })
}

/** The public check of a number (works signed out): 404 unknown, 400 mistyped, 429 too many checks. */
export function verifyCertificate(nomor: string): Promise<Verification> {
  return api.get<Verification>(`/verify/${enc(nomor.trim())}`)
}
