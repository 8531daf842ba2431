// The revision form's rules apart from the form, so they are tested alone: today as the browser's calendar
// shows it, what is wrong with a draft before it is sent (the server's own limits, docs/review-api.md), and
// whether a revision's date lifts an offering's flag.
import { REVISION_ASPECTS, SUMMARY_MAX, SUMMARY_MIN, type NewRevision, type RevisionAspect } from '@/api/review'

export interface RevisionDraft {
  tanggal: string
  aspek: RevisionAspect | ''
  ringkasan: string
}

export type RevisionField = 'tanggal' | 'aspek' | 'ringkasan'
/** The i18n key (under evaluasi.review.form.problem) of each field's problem. */
export type RevisionProblems = Partial<Record<RevisionField, string>>

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** YYYY-MM-DD of `now` in the browser's time zone (the day the user sees on their calendar). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Characters as the server counts them (code points: an emoji is one). */
export function charCount(text: string): number {
  return [...text].length
}

function isRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false
  const date = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso)
}

/** What is wrong with the draft, per field; empty when it may be sent. */
export function revisionProblems(draft: RevisionDraft, today: string): RevisionProblems {
  const problems: RevisionProblems = {}
  if (!draft.tanggal) problems.tanggal = 'dateRequired'
  else if (!isRealDate(draft.tanggal)) problems.tanggal = 'dateInvalid'
  else if (draft.tanggal > today) problems.tanggal = 'dateFuture'
  if (!REVISION_ASPECTS.includes(draft.aspek as RevisionAspect)) problems.aspek = 'aspectRequired'
  const length = charCount(draft.ringkasan.trim())
  if (length < SUMMARY_MIN) problems.ringkasan = 'summaryShort'
  else if (length > SUMMARY_MAX) problems.ringkasan = 'summaryLong'
  return problems
}

/** The body for POST /programs/{kode}/revisions (call only when revisionProblems is empty). */
export function revisionBody(draft: RevisionDraft): NewRevision {
  return { tanggal: draft.tanggal, aspek: draft.aspek as RevisionAspect, ringkasan: draft.ringkasan.trim() }
}

/** docs/review-api.md: a revision dated on or after the offering's last day lifts its flag; an earlier one does not. */
export function liftsFlag(revisionDate: string, offeringEnd: string): boolean {
  return revisionDate >= offeringEnd
}
