// The view logic of the proposal pages, kept out of the components so that it is tested alone.
import type {
  DevelopmentForm, HistoryAction, Notification, Proposal, ProposalStatus, ProposalWindow, Suggestion,
} from '@/api/participation'
import type { Role, User } from '@/api/types'

export type UsulanTab = 'mine' | 'colleagues' | 'review' | 'agency'

/** The tabs of /usulan a user sees, in order (docs/participation-api.md "Who sees which proposals"). */
export function tabsFor(user: Pick<User, 'role' | 'nip'> | null): UsulanTab[] {
  if (!user) return []
  const tabs: UsulanTab[] = []
  const proposes = (user.role === 'asn' || user.role === 'atasan') && Boolean(user.nip)
  if (proposes) tabs.push('mine')
  if (['asn', 'atasan', 'pengelola_opd'].includes(user.role) && user.nip) tabs.push('colleagues')
  if (['atasan', 'pengelola_opd', 'admin_bkd'].includes(user.role)) tabs.push('review')
  if (isAgencyRole(user.role)) tabs.push('agency')
  return tabs
}

/** Agency staff see the ranking, the report and the window. */
export function isAgencyRole(role: Role): boolean {
  return role === 'pengelola_opd' || role === 'admin_bkd' || role === 'auditor'
}

/** Who may change the proposal window of an agency. */
export function canSetWindow(user: Pick<User, 'role' | 'agency_code'> | null, agency: string): boolean {
  if (!user) return false
  return user.role === 'admin_bkd' || (user.role === 'pengelola_opd' && user.agency_code === agency)
}

/** The next calendar year: the default planning year of a proposal. */
export function planningYear(today: Date = new Date()): number {
  return today.getUTCFullYear() + 1
}

/** The step the new-proposal flow starts on, and what is missing at each step. */
export interface Draft {
  competency: string
  competencyName: string
  form: DevelopmentForm | ''
  priority: number
  reason: string
}

export const MIN_REASON = 10
export const MAX_REASON = 2000

export type DraftProblem = 'competency' | 'form' | 'priority' | 'reason'

/** What is missing before leaving step 1, 2 or 3 (the form validates as the user types). */
export function stepProblems(draft: Draft, step: 1 | 2 | 3): DraftProblem[] {
  const problems: DraftProblem[] = []
  if (step === 1 && !draft.competency) problems.push('competency')
  if (step === 2 && !draft.form) problems.push('form')
  if (step === 2 && ![1, 2, 3].includes(draft.priority)) problems.push('priority')
  const reason = draft.reason.trim().length
  if (step === 3 && (reason < MIN_REASON || reason > MAX_REASON)) problems.push('reason')
  return problems
}

/** The first step with a problem (1–3), or null when the draft is complete. */
export function firstIncompleteStep(draft: Draft): 1 | 2 | 3 | null {
  for (const step of [1, 2, 3] as const) if (stepProblems(draft, step).length) return step
  return null
}

/** Own gaps first: not yet proposed before proposed, then the server's order (largest weighted need first). */
export function orderSuggestions(items: readonly Suggestion[]): Suggestion[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Number(a.item.proposed) - Number(b.item.proposed) || a.index - b.index)
    .map(({ item }) => item)
}

/** The larger of the gap against the current position and against the target one. */
export function shownGap(item: Pick<Suggestion, 'gap' | 'target_gap'>): number {
  return Math.max(item.gap, item.target_gap)
}

/** A proposal turned back into the flow's draft (editing a draft or a returned proposal). */
export function draftOf(proposal: Proposal): Draft {
  return {
    competency: proposal.competency,
    competencyName: proposal.competency_name ?? '',
    form: proposal.form ?? '',
    priority: proposal.priority,
    reason: proposal.reason ?? '',
  }
}

/** The reviewer's words worth showing to the author: a return's comment or a rejection's reason. */
export function reviewerNote(proposal: Pick<Proposal, 'status' | 'last_comment'>): string | null {
  if (proposal.status !== 'returned' && proposal.status !== 'rejected') return null
  return proposal.last_comment?.trim() || null
}

const ORDER: Record<ProposalStatus, number> = { returned: 0, draft: 1, submitted: 2, approved: 3, rejected: 4 }

/** "Usulan saya": what needs the author's hand first (returned, drafts), then the newest. */
export function orderMine(items: readonly Proposal[]): Proposal[] {
  return [...items].sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.updated_at.localeCompare(a.updated_at) || b.id - a.id)
}

/** The i18n key of a history line's verb. */
export function historyKey(action: HistoryAction | string): string {
  const known: Record<string, string> = {
    create: 'created', edit: 'updated', submit: 'submitted', withdraw: 'withdrawn', approve: 'approved',
    return: 'returned', reject: 'rejected', reassign: 'reassigned',
  }
  return `participation.action.${known[action] ?? 'updated'}`
}

export type WindowState = 'open' | 'closed' | 'none'

/** Whether the window is open, closed, or was never set (which the server treats as closed). */
export function windowState(window: ProposalWindow | null): WindowState {
  if (!window || !window.opens || !window.closes) return 'none'
  return window.open ? 'open' : 'closed'
}

/** A window's dates are acceptable: both ISO dates and `closes` not before `opens`. */
export function windowValid(opens: string, closes: string): boolean {
  const iso = /^\d{4}-\d{2}-\d{2}$/
  return iso.test(opens) && iso.test(closes) && closes >= opens
}

/** Where an inbox item leads: the proposal, or the thread. */
export function notificationTarget(item: Pick<Notification, 'proposal_id' | 'thread_id' | 'type'>): string | null {
  if (item.thread_id !== null && (item.type === 'thread_reply' || item.proposal_id === null)) return `/forum/${item.thread_id}`
  if (item.proposal_id !== null) return `/usulan/${item.proposal_id}`
  // A class enrolment or result, or a reminder to answer its reaction survey: the employee's classes (with the survey)
  // and certificates are on their profile.
  if (item.type === 'course_enrolled' || item.type === 'course_decided' || item.type === 'reaction_reminder') return '/profil'
  // A request to rate someone's competencies (360 feedback), or its reminder: the list of people to rate.
  if (item.type === 'feedback_requested' || item.type === 'feedback_reminder') return '/umpan-balik'
  return null
}

/** The unread count as a badge shows it: nothing for 0, "99+" past 99. */
export function badgeText(unread: number): string {
  if (unread <= 0) return ''
  return unread > 99 ? '99+' : String(unread)
}

/** A NIP a reviewer can be given: 18 digits (spaces as people type them removed), or empty to clear. */
export function reviewerNip(text: string): { ok: true; nip: string | null } | { ok: false } {
  const digits = text.replace(/\s+/g, '')
  if (digits === '') return { ok: true, nip: null }
  return /^\d{18}$/.test(digits) ? { ok: true, nip: digits } : { ok: false }
}
