// Programs to review and their revisions (issue 8; docs/review-api.md): the programs a `tidak_signifikan` or
// `menurun` evaluation flagged for a plan year, and the revision record that lifts a flag.
import { api } from './index'
import type { Role, User } from './types'
import type { Verdict } from './evaluation'

export type RevisionAspect = 'materi' | 'metode' | 'materi_metode'
export const REVISION_ASPECTS: readonly RevisionAspect[] = ['materi', 'metode', 'materi_metode']

/** The limits of `ringkasan` as the server checks them (characters). */
export const SUMMARY_MIN = 10
export const SUMMARY_MAX = 2000

export interface ProgramRevision {
  id: number
  program: string
  /** YYYY-MM-DD: the day the revision took effect. */
  tanggal: string
  aspek: RevisionAspect
  ringkasan: string
  dicatat_oleh: string
  dibuat_pada: string
}

export type ReviewState = 'flagged' | 'revised'

export interface ProgramToReview {
  program: string
  nama: string
  lembaga: string
  /** The offering of the evaluated year whose verdict decides. */
  offering: string
  start: string
  end: string
  verdict: Extract<Verdict, 'tidak_signifikan' | 'menurun'>
  /** The verdict's sentence in the request's language. */
  reason: string
  state: ReviewState
  /** The latest revision dated on or after `end`; null while flagged. */
  revision: ProgramRevision | null
}

export interface ProgramsToReview {
  /** The plan year. */
  year: number
  evaluated_year: number
  /** What the planner multiplies a flagged program's raise estimates by. */
  factor: number
  programs: ProgramToReview[]
}

export interface RevisionHistory {
  program: { kode: string; nama: string; lembaga: string }
  can_record: boolean
  revisions: ProgramRevision[]
}

export interface NewRevision {
  tanggal?: string
  aspek: RevisionAspect
  ringkasan: string
}

/** The roles GET /programs/review answers (a partner institution sees its own programs only). */
export const REVIEW_READERS: readonly Role[] = ['admin_bkd', 'auditor', 'pengelola_opd', 'lembaga_mitra']

export function mayReadReview(user: User | null | undefined): boolean {
  return Boolean(user && REVIEW_READERS.includes(user.role))
}

/**
 * Whether the user may record revisions for the programs GET /programs/review gave them: the BKD admin for any,
 * a partner institution for its own (the only ones it is given). Elsewhere the revisions endpoint's can_record says.
 */
export function mayRecordListed(user: User | null | undefined): boolean {
  return user?.role === 'admin_bkd' || user?.role === 'lembaga_mitra'
}

/** The programs to review for plan year `year` (the server's default, next year, when left out). */
export function fetchProgramsToReview(year?: number): Promise<ProgramsToReview> {
  return api.get<ProgramsToReview>('/programs/review', year === undefined ? undefined : { year })
}

/**
 * The list of plan year `year` as a document to hand out (GET /programs/review/export, the same readers):
 * `program_perlu_ditinjau_<year>.pdf|.xlsx`, in English when the interface is.
 */
export function reviewExportUrl(year: number, format: 'pdf' | 'xlsx', lang: string): string {
  const query: Record<string, string | number> = { year, format }
  if (lang === 'en') query.lang = 'en'
  return api.url('/programs/review/export', query)
}

export function fetchRevisions(program: string): Promise<RevisionHistory> {
  return api.get<RevisionHistory>(`/programs/${encodeURIComponent(program)}/revisions`)
}

export async function recordRevision(program: string, revision: NewRevision): Promise<ProgramRevision> {
  const answer = await api.post<{ revision: ProgramRevision }>(`/programs/${encodeURIComponent(program)}/revisions`, revision)
  return answer.revision
}
