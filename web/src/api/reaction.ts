// The reaction survey (survei reaksi, L1 of docs/evaluation.md; docs/delivery-api.md "Reaction survey"): a participant
// answers six statements on a 1–5 scale and a suggestion once per offering, anonymous unless they say otherwise; the
// staff read the offering's summary. The wording comes from the server in the request's language.
import { api } from './index'

export type ReactionState = 'belum_dibuka' | 'terbuka' | 'terkirim'
export const REACTION_STATES: readonly ReactionState[] = ['belum_dibuka', 'terbuka', 'terkirim']

/** The six statements, in the order the server sends them. */
export const REACTION_ITEMS = ['relevansi', 'materi', 'pengajar', 'metode', 'sarana', 'manfaat'] as const
export type ReactionItem = (typeof REACTION_ITEMS)[number]

export interface ReactionAnswerOption {
  value: number
  label: string
}

export interface ReactionQuestion {
  code: ReactionItem | string
  question: string
  /** Five answers, 1 "Sangat tidak setuju" … 5 "Sangat setuju". */
  answers: ReactionAnswerOption[]
}

/** GET /me/reactions/{kode}: the offering, where the participant stands, and the questionnaire. */
export interface ReactionForm {
  offering: string
  program_name: string
  institution: string
  start: string
  end: string
  state: ReactionState
  /** The day it opens ("YYYY-MM-DD", the offering's end date). */
  opens: string
  items: ReactionQuestion[]
  saran_max_chars: number
}

/** Each statement 1–5 or null (skipped; at least one answered), the suggestion, and whether it goes without a name. */
export type ReactionSubmission = Partial<Record<ReactionItem, number | null>> & {
  saran: string
  anonim: boolean
}

export interface ReactionReceipt {
  ok: true
  anonymous: boolean
  message: string
}

export interface ReactionItemSummary {
  code: ReactionItem | string
  question: string
  answered: number
  mean: number | null
  /** Share of the answers that are 4 or 5, 0..1. */
  share_high: number | null
  /** The item's mean is below the evaluation's threshold. */
  flagged: boolean
}

/** GET /offerings/{kode}/reactions: every `reaksi` row of the offering (answered in the app or imported). */
export interface ReactionSummary {
  offering: string
  participants: number
  /** Participants who answered in the app. */
  answered: number
  /** answered ÷ participants, 0..1; null without participants. */
  response_rate: number | null
  named: number
  anonymous: number
  reaction: {
    respondents: number
    mean: number | null
    share_high: number | null
    items: ReactionItemSummary[]
  }
  /** Non-empty suggestions, alphabetical (never in the order given). */
  suggestions: string[]
}

const enc = encodeURIComponent

/** A state the server sent, or null when it sent none (an older server) or one this page does not know. */
export function readReactionState(value: unknown): ReactionState | null {
  return REACTION_STATES.includes(value as ReactionState) ? (value as ReactionState) : null
}

export function fetchReactionForm(kode: string): Promise<ReactionForm> {
  return api.get<ReactionForm>(`/me/reactions/${enc(kode)}`)
}

/** 201 once stored; 412 before it opens, 409 already answered, 400 with `details[0].column` = the item or `saran`. */
export function submitReaction(kode: string, submission: ReactionSubmission): Promise<ReactionReceipt> {
  return api.post<ReactionReceipt>(`/me/reactions/${enc(kode)}`, submission)
}

export function fetchReactionSummary(kode: string): Promise<ReactionSummary> {
  return api.get<ReactionSummary>(`/offerings/${enc(kode)}/reactions`)
}

/** POST /offerings/{kode}/reactions/remind (admin_bkd, the offering's partner): one inbox message to each participant
 *  whose survey is open and unanswered; 409 when a reminder went out less than 24 hours before (the message says when). */
export function remindReaction(kode: string): Promise<{ reminded: number }> {
  return api.post<{ reminded: number }>(`/offerings/${enc(kode)}/reactions/remind`)
}
