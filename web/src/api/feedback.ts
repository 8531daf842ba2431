// 360 feedback campaigns (kampanye umpan balik 360, docs/feedback-api.md): before (`sebelum`) and after (`sesudah`) an
// offering, the people around each participant — supervisor, peers, subordinates and the participant themself — score
// how well the participant shows the program's competencies. Staff start the campaigns and read their response rates
// and results; raters answer from their list; the rated read their own results once a campaign has closed. Peers and
// subordinates are shown only as a group of three raters or more, and nobody sees who gave which score.
import { api } from './index'

export type FeedbackPhase = 'sebelum' | 'sesudah'
export const FEEDBACK_PHASES: readonly FeedbackPhase[] = ['sebelum', 'sesudah']

export type CampaignState = 'belum_dibuka' | 'terbuka' | 'ditutup'
export const CAMPAIGN_STATES: readonly CampaignState[] = ['belum_dibuka', 'terbuka', 'ditutup']

/** The rater's place beside the rated person: their supervisor, a peer, a subordinate, or the person themself. */
export type Relationship = 'atasan' | 'rekan' | 'bawahan' | 'mandiri'
/** In the order the results read: self first, then the others from above to below. */
export const RELATIONSHIPS: readonly Relationship[] = ['mandiri', 'atasan', 'rekan', 'bawahan']

/** The counts of one relationship group's invitations. */
export interface CampaignGroup {
  relationship: Relationship
  invited: number
  answered: number
}

/** A campaign with its counts of invitations (`invited`, `answered` over every group). */
export interface Campaign {
  id: number
  offering: string
  program_name: string
  phase: FeedbackPhase
  opens: string
  closes: string
  state: CampaignState
  invited: number
  answered: number
  groups: CampaignGroup[]
}

/** One group's result: `mean` is null when hidden (rekan or bawahan under three raters) or nobody answered. */
export interface GroupResult {
  raters: number
  mean: number | null
  hidden: boolean
}

export interface CompetencyResult {
  code: string
  name: string
  groups: Record<Relationship, GroupResult>
  /** The mean over the shown groups other than `mandiri`; a hidden group cannot be worked out from it. */
  others: number | null
}

export interface CampaignResults {
  competencies: CompetencyResult[]
}

export interface Competency {
  code: string
  name: string
}

/** The days a new campaign of each phase may take (GET /offerings/{kode}/feedback-campaigns). */
export interface DateSpan {
  from: string
  to: string
}
export type CampaignWindow = Record<FeedbackPhase, DateSpan>

export interface OfferingCampaigns {
  /** `sebelum` first. */
  items: Campaign[]
  window: CampaignWindow
}

export interface ParticipantResults {
  nip: string
  name: string
  invited: number
  answered: number
  competencies: CompetencyResult[]
}

/** GET /feedback-campaigns/{id}: the campaign, its competencies, the overall results (null while not closed) and,
 * for BKD, the auditor and an agency's manager, each participant's. */
export interface CampaignDetail extends Campaign {
  competencies: Competency[]
  results: CampaignResults | null
  participants: ParticipantResults[]
}

/** New days for a campaign that has not closed (PATCH /feedback-campaigns/{id}); only the days that change. */
export interface CampaignDays {
  opens?: string
  closes?: string
}

export interface StartCampaign {
  phase: FeedbackPhase
  opens?: string
  closes?: string
}

/** One person the caller is asked to rate (GET /me/feedback). */
export interface FeedbackRequest {
  campaign: number
  offering: string
  program_name: string
  phase: FeedbackPhase
  opens: string
  closes: string
  state: CampaignState
  rated: { nip: string; name: string }
  relationship: Relationship
  answered: boolean
}

export interface ScaleOption {
  value: number
  label: string
}

/** GET /me/feedback/{id}/{nip}: the request, the question and the competencies, worded in the request's language. */
export interface FeedbackForm extends Omit<FeedbackRequest, 'rated'> {
  rated: { nip: string; name: string; position: string }
  question: string
  competencies: Competency[]
  /** Five labels, 1 "Sangat kurang" … 5 "Sangat baik". */
  scale: ScaleOption[]
}

/** Each competency 1–5, or null when the rater cannot judge it; at least one scored. */
export interface FeedbackSubmission {
  scores: Record<string, number | null>
}

export interface FeedbackReceipt {
  ok: true
  message: string
}

/** A campaign in which the caller is rated, without its counts (GET /me/feedback-results). */
export type MyCampaignResults = Omit<Campaign, 'invited' | 'answered' | 'groups'> & { results: CampaignResults | null }

const enc = (value: string | number) => encodeURIComponent(String(value))

/** A state the server sent, or null when this page does not know it. */
export function readCampaignState(value: unknown): CampaignState | null {
  return CAMPAIGN_STATES.includes(value as CampaignState) ? (value as CampaignState) : null
}

/** 201 with the new campaign; 400 (`details[0].column` = `phase`, `opens` or `closes`), 409 one of that phase exists,
 * 412 the window has passed, the program has no competencies or nobody is left to ask. */
export function startCampaign(kode: string, body: StartCampaign): Promise<Campaign> {
  return api.post<Campaign>(`/offerings/${enc(kode)}/feedback-campaigns`, body)
}

export function listCampaigns(kode: string): Promise<OfferingCampaigns> {
  return api.get<OfferingCampaigns>(`/offerings/${enc(kode)}/feedback-campaigns`)
}

/** A partner institution gets `participants: []`; an answer without the list reads the same. */
export async function fetchCampaign(id: number | string): Promise<CampaignDetail> {
  const detail = await api.get<CampaignDetail>(`/feedback-campaigns/${enc(id)}`)
  return { ...detail, participants: Array.isArray(detail.participants) ? detail.participants : [] }
}

/** One inbox message to each rater who still has someone to rate; 412 the campaign is not open, 409 a reminder went out
 * less than 24 hours before (the message says when the next may go). */
export function remindRaters(id: number | string): Promise<{ reminded: number }> {
  return api.post<{ reminded: number }>(`/feedback-campaigns/${enc(id)}/remind`)
}

/** PATCH /feedback-campaigns/{id}: new days for a campaign that has not closed — `opens` only while it has not opened
 * (and not before today), `closes` not before today nor before `opens`, both inside the phase's window. Answers the
 * campaign with its counts (without results). 400 `details[0].column` names the field; 412 the campaign has closed. */
export async function changeCampaignDays(id: number | string, days: CampaignDays): Promise<CampaignDetail> {
  const detail = await api.request<CampaignDetail>('PATCH', `/feedback-campaigns/${enc(id)}`, { json: days })
  return { ...detail, participants: Array.isArray(detail?.participants) ? detail.participants : [] }
}

/** POST /feedback-campaigns/{id}/close: closes an open campaign from today (its last day becomes yesterday) so its
 * results show now; answers already given are kept. 412 when it is not open. */
export async function closeCampaign(id: number | string): Promise<CampaignDetail> {
  const detail = await api.post<CampaignDetail>(`/feedback-campaigns/${enc(id)}/close`)
  return { ...detail, participants: Array.isArray(detail?.participants) ? detail.participants : [] }
}

export async function fetchMyRequests(): Promise<FeedbackRequest[]> {
  const answer = await api.get<{ items?: FeedbackRequest[] }>('/me/feedback')
  return Array.isArray(answer?.items) ? answer.items : []
}

/** 403 when the caller was not invited to rate that person, 404 an unknown campaign. */
export function fetchFeedbackForm(id: number | string, nip: string): Promise<FeedbackForm> {
  return api.get<FeedbackForm>(`/me/feedback/${enc(id)}/${enc(nip)}`)
}

/** 201 once stored; 412 not open (yet), 409 already answered, 400 with `details[0].column` naming the competency. */
export function submitFeedback(id: number | string, nip: string, submission: FeedbackSubmission): Promise<FeedbackReceipt> {
  return api.post<FeedbackReceipt>(`/me/feedback/${enc(id)}/${enc(nip)}`, submission)
}

export async function fetchMyResults(): Promise<MyCampaignResults[]> {
  const answer = await api.get<{ items?: MyCampaignResults[] }>('/me/feedback-results')
  return Array.isArray(answer?.items) ? answer.items : []
}
