// Participation as the web app reads it (docs/participation-api.md): proposals (usulan) and their review, windows,
// "+1", the agency ranking and report, the forum and the inbox. Every page goes through these calls.
import { api } from './index'
import type { DataPage } from './types'

export type ProposalStatus = 'draft' | 'submitted' | 'approved' | 'returned' | 'rejected'
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ['draft', 'submitted', 'approved', 'returned', 'rejected']

/** FORMATS.md's development forms (`program.bentuk`), in its order. */
export const FORMS = [
  'pelatihan_klasikal', 'bimtek', 'seminar', 'workshop', 'kursus', 'e_learning', 'pelatihan_jarak_jauh', 'coaching',
  'mentoring', 'magang', 'patok_banding', 'belajar_mandiri', 'komunitas_belajar', 'pendidikan',
] as const
export type DevelopmentForm = (typeof FORMS)[number]

export interface ProposalCan {
  edit: boolean
  submit: boolean
  withdraw: boolean
  review: boolean
  reassign: boolean
  vote: boolean
}

export interface Proposal {
  id: number
  nip: string
  name: string | null
  agency: string
  agency_name: string | null
  competency: string
  competency_name: string | null
  year: number
  reason: string | null
  form: DevelopmentForm | null
  priority: number
  status: ProposalStatus
  reviewer_nip: string | null
  reviewer_name: string | null
  last_comment: string | null
  votes: number
  voted: boolean
  created_at: string
  updated_at: string
  can: ProposalCan
}

export interface Paged<T> {
  total: number
  offset: number
  limit: number
  items: T[]
}

export type ProposalView = 'all' | 'mine' | 'review' | 'visible'

export interface ProposalQuery {
  view?: ProposalView
  year?: number
  status?: ProposalStatus | ''
  competency?: string
  agency?: string
  q?: string
  offset?: number
  limit?: number
}

export interface Suggestion {
  competency: string
  competency_name: string | null
  competency_kind: string | null
  required: number
  held: number | null
  gap: number
  target_gap: number
  weighted_need: number
  proposed: boolean
}

export interface ProposalInput {
  competency: string
  reason: string
  form: DevelopmentForm | null
  priority: number
  year?: number
  submit?: boolean
}

export type HistoryAction = 'create' | 'edit' | 'submit' | 'withdraw' | 'approve' | 'return' | 'reject' | 'reassign'

export interface HistoryEntry {
  at: string
  user_id: number | null
  username: string | null
  action: HistoryAction
  from: ProposalStatus | null
  to: ProposalStatus
  comment: string | null
}

export interface ProposalWindow {
  year: number
  agency: string
  opens: string | null
  closes: string | null
  open: boolean
}

export interface RankingRow {
  competency: string
  competency_name: string | null
  proposals: number
  approved: number
  submitted: number
  votes: number
  employees_with_gap: number
  weighted_need: number
  score: number
}

export interface Ranking {
  agency: string | null
  year: number
  items: RankingRow[]
}

export interface ThreadRef {
  id: number
  title: string
}

export interface Author {
  user_id: number | null
  name: string | null
}

export interface Thread {
  id: number
  agency: string
  title: string
  competency: string | null
  competency_name: string | null
  topic: string | null
  author: Author
  created_at: string
  last_post_at: string
  posts: number
  proposals: number[]
}

export interface Post {
  id: number
  thread_id: number
  parent_id: number | null
  author: Author
  created_at: string
  body: string | null
  /** The server's safe rendering of `body`: the only text of the app shown as HTML. */
  html: string
  hidden: boolean
  hidden_reason: string | null
  can_moderate: boolean
}

export interface ThreadInput {
  title: string
  body: string
  competency?: string
  topic?: string
  agency?: string
  proposals?: number[]
}

export type NotificationType = 'proposal_review' | 'proposal_decision' | 'thread_reply'

export interface Notification {
  id: number
  type: NotificationType | string
  title: string
  proposal_id: number | null
  thread_id: number | null
  created_at: string
  read: boolean
}

export interface Inbox extends Paged<Notification> {
  unread: number
}

const enc = encodeURIComponent

// Proposals

export function listProposals(query: ProposalQuery = {}, signal?: AbortSignal): Promise<Paged<Proposal>> {
  return api.get<Paged<Proposal>>('/proposals', { ...query }, signal)
}

export function fetchSuggestions(): Promise<{ year: number; items: Suggestion[] }> {
  return api.get<{ year: number; items: Suggestion[] }>('/proposals/suggestions')
}

export async function createProposal(input: ProposalInput): Promise<Proposal> {
  return (await api.post<{ proposal: Proposal }>('/proposals', input)).proposal
}

export function fetchProposal(id: number): Promise<{ proposal: Proposal; threads: ThreadRef[] }> {
  return api.get<{ proposal: Proposal; threads: ThreadRef[] }>(`/proposals/${id}`)
}

export async function updateProposal(id: number, input: Omit<ProposalInput, 'year' | 'submit'>): Promise<Proposal> {
  return (await api.request<{ proposal: Proposal }>('PUT', `/proposals/${id}`, { json: input })).proposal
}

export async function deleteProposal(id: number): Promise<void> {
  await api.request('DELETE', `/proposals/${id}`)
}

export type ProposalStep = 'submit' | 'withdraw' | 'approve' | 'return' | 'reject'

/** submit / withdraw (author) and approve / return / reject (reviewer; `comment` required for the last two). */
export async function proposalStep(id: number, step: ProposalStep, comment?: string): Promise<Proposal> {
  const body = comment === undefined || comment === '' ? {} : { comment }
  return (await api.post<{ proposal: Proposal }>(`/proposals/${id}/${step}`, body)).proposal
}

/** A new reviewer (NIP), or back to the supervisor with null. */
export async function reassignReviewer(id: number, nip: string | null): Promise<Proposal> {
  return (await api.post<{ proposal: Proposal }>(`/proposals/${id}/reviewer`, { nip })).proposal
}

export async function fetchHistory(id: number): Promise<HistoryEntry[]> {
  return (await api.get<{ items: HistoryEntry[] }>(`/proposals/${id}/history`)).items
}

export function vote(id: number, on: boolean): Promise<{ votes: number; voted: boolean }> {
  return on
    ? api.post<{ votes: number; voted: boolean }>(`/proposals/${id}/vote`)
    : api.request<{ votes: number; voted: boolean }>('DELETE', `/proposals/${id}/vote`)
}

// Windows, ranking, report

export async function fetchWindow(year: number, agency: string): Promise<ProposalWindow> {
  return (await api.get<{ window: ProposalWindow }>(`/proposal-windows/${year}/${enc(agency)}`)).window
}

export async function saveWindow(year: number, agency: string, opens: string, closes: string): Promise<ProposalWindow> {
  const path = `/proposal-windows/${year}/${enc(agency)}`
  return (await api.request<{ window: ProposalWindow }>('PUT', path, { json: { opens, closes } })).window
}

export function fetchRanking(agency?: string | null, year?: number): Promise<Ranking> {
  return api.get<Ranking>('/proposals/ranking', { agency, year })
}

/** The link of the report's "Unduh XLSX" (sheets Laporan and Peringkat). */
export function reportExportUrl(agency?: string | null, year?: number): string {
  return api.url('/proposals/report/export', { agency, year, format: 'xlsx' })
}

/** Dictionary search for the proposal flow (GET /data/kompetensi, readable by every role that proposes). */
export async function searchCompetencies(q: string, limit = 10): Promise<Array<{ code: string; name: string }>> {
  const page = await api.get<DataPage>('/data/kompetensi', { q, limit })
  return page.items.map((item) => ({ code: String(item.kode ?? ''), name: String(item.nama ?? '') }))
}

// Forum

export function listThreads(
  query: { agency?: string; competency?: string; topic?: string; q?: string; offset?: number; limit?: number } = {},
): Promise<Paged<Thread>> {
  return api.get<Paged<Thread>>('/forum/threads', { ...query })
}

export function createThread(input: ThreadInput): Promise<{ thread: Thread; post: Post }> {
  return api.post<{ thread: Thread; post: Post }>('/forum/threads', input)
}

export function fetchThread(id: number): Promise<{ thread: Thread; posts: Post[] }> {
  return api.get<{ thread: Thread; posts: Post[] }>(`/forum/threads/${id}`)
}

export async function addPost(threadId: number, body: string, parentId: number | null = null): Promise<Post> {
  const json = parentId === null ? { body } : { body, parent_id: parentId }
  return (await api.post<{ post: Post }>(`/forum/threads/${threadId}/posts`, json)).post
}

export async function linkProposal(threadId: number, proposalId: number): Promise<Thread> {
  return (await api.post<{ thread: Thread }>(`/forum/threads/${threadId}/proposals`, { proposal_id: proposalId })).thread
}

export async function unlinkProposal(threadId: number, proposalId: number): Promise<Thread> {
  return (await api.request<{ thread: Thread }>('DELETE', `/forum/threads/${threadId}/proposals/${proposalId}`)).thread
}

export async function hidePost(id: number, reason: string): Promise<Post> {
  return (await api.post<{ post: Post }>(`/forum/posts/${id}/hide`, { reason })).post
}

export async function unhidePost(id: number): Promise<Post> {
  return (await api.post<{ post: Post }>(`/forum/posts/${id}/unhide`)).post
}

// Inbox

export function fetchInbox(query: { unread?: boolean; offset?: number; limit?: number } = {}): Promise<Inbox> {
  return api.get<Inbox>('/inbox', { unread: query.unread ? 1 : undefined, offset: query.offset, limit: query.limit })
}

export async function fetchUnreadCount(): Promise<number> {
  return (await api.get<{ unread: number }>('/inbox/unread-count')).unread
}

export async function markRead(id: number): Promise<void> {
  await api.post(`/inbox/${id}/read`)
}

export async function markAllRead(): Promise<number> {
  return (await api.post<{ ok: boolean; marked: number }>('/inbox/read-all')).marked
}

/** The agencies to choose from (admin_bkd, auditor): GET /data/opd, code and name. */
export async function listAgencies(): Promise<Array<{ code: string; name: string }>> {
  const page = await api.get<DataPage>('/data/opd', { limit: 500, sort: 'kode_opd' })
  return page.items.map((item) => ({ code: String(item.kode_opd ?? ''), name: String(item.nama_opd ?? item.kode_opd ?? '') }))
}
