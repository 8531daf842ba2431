// The view logic of the forum pages, tested alone.
import type { Post, Thread } from '@/api/participation'
import type { User } from '@/api/types'

export interface ThreadDraft {
  title: string
  about: 'competency' | 'topic'
  competency: string
  topic: string
  body: string
}

export type ThreadProblem = 'title' | 'competency' | 'topic' | 'body'

/** What is missing or too long in a new thread (the limits of docs/participation-api.md). */
export function threadProblems(draft: ThreadDraft): ThreadProblem[] {
  const problems: ThreadProblem[] = []
  const title = draft.title.trim().length
  if (title < 1 || title > 200) problems.push('title')
  if (draft.about === 'competency' && !draft.competency.trim()) problems.push('competency')
  const topic = draft.topic.trim().length
  if (draft.about === 'topic' && (topic < 1 || topic > 80)) problems.push('topic')
  const body = draft.body.trim().length
  if (body < 1 || body > 20000) problems.push('body')
  return problems
}

/** Who may write in the forum (auditors only read). */
export function canWrite(user: Pick<User, 'role'> | null): boolean {
  return user !== null && ['asn', 'atasan', 'pengelola_opd', 'admin_bkd'].includes(user.role)
}

/** Whether the caller may link proposals to the thread: its author or a moderator of the agency. */
export function canLinkProposals(user: Pick<User, 'id' | 'role' | 'agency_code'> | null, thread: Pick<Thread, 'author' | 'agency'>): boolean {
  if (!user) return false
  if (thread.author.user_id === user.id) return true
  return user.role === 'admin_bkd' || (user.role === 'pengelola_opd' && user.agency_code === thread.agency)
}

/** The post a reply answers, for the "membalas …" line. */
export function parentOf(post: Pick<Post, 'parent_id'>, posts: readonly Post[]): Post | null {
  if (post.parent_id === null) return null
  return posts.find((candidate) => candidate.id === post.parent_id) ?? null
}

/** A proposal number typed by hand ("#12" or "12"), or null. */
export function proposalNumber(text: string): number | null {
  const match = /^#?\s*(\d{1,9})$/.exec(text.trim())
  return match ? Number(match[1]) : null
}

/** The label of a thread's subject: the competency (code and name) or the topic. */
export function threadSubject(thread: Pick<Thread, 'competency' | 'competency_name' | 'topic'>): string {
  if (thread.competency) return thread.competency_name ? `${thread.competency} ${thread.competency_name}` : thread.competency
  return thread.topic ?? ''
}
