// Pure rules of taking a quiz (docs/quiz-api.md "Quiz modules"): the learner's answers and which are given, the
// countdown, what the overview offers (start, continue, try again), and what a submitted attempt's review shows.
import type { AnswerUpdate, Attempt, AttemptQuestion, AttemptSummary, QuestionAnswer, QuestionKind, QuizOverview } from '@/api/quiz'
import { formatDate, formatDecimal, type Lang } from '@/utils/format'

/** A question's answer while it is taken; null when cleared. */
export type AnswerValue = QuestionAnswer | null
export type AnswerState = Record<string, AnswerValue>

/** Whether a question counts as answered: a chosen option, or a number. */
export function isAnswered(kind: QuestionKind, value: AnswerValue | undefined): boolean {
  if (kind === 'numeric') return typeof value === 'number' && Number.isFinite(value)
  return Array.isArray(value) && value.length > 0
}

/** The choice after the learner taps option `index`: single and true/false keep one; multiple toggles it. */
export function choose(kind: QuestionKind, current: AnswerValue | undefined, index: number, checked = true): number[] {
  if (kind !== 'multiple') return [index]
  const set = new Set(Array.isArray(current) ? current : [])
  if (checked) set.add(index)
  else set.delete(index)
  return [...set].sort((a, b) => a - b)
}

/** The 1-based numbers of the questions not answered, in the attempt's order. */
export function unanswered(questions: readonly Pick<AttemptQuestion, 'id' | 'kind'>[], answers: AnswerState): number[] {
  return questions.flatMap((q, i) => (isAnswered(q.kind, answers[String(q.id)]) ? [] : [i + 1]))
}

/** The answers as the server sends them, copied so that the page can change its own. */
export function answerState(attempt: Pick<Attempt, 'answers'>): AnswerState {
  const state: AnswerState = {}
  for (const [id, value] of Object.entries(attempt.answers ?? {})) state[id] = Array.isArray(value) ? [...value] : value
  return state
}

/** Every question's answer for a submission: the given ones, null for the rest. */
export function submission(questions: readonly Pick<AttemptQuestion, 'id' | 'kind'>[], answers: AnswerState): AnswerUpdate {
  const body: AnswerUpdate = {}
  for (const q of questions) {
    const value = answers[String(q.id)]
    body[String(q.id)] = isAnswered(q.kind, value) ? value! : null
  }
  return body
}

/** Milliseconds left until the deadline (never below 0); null without a time limit. */
export function remainingMs(deadline: string | null, now: number): number | null {
  if (!deadline) return null
  const end = Date.parse(deadline)
  return Number.isFinite(end) ? Math.max(0, end - now) : null
}

/** "09:05" under an hour, "1:02:03" from an hour on; a started second counts as a whole one. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`
}

export type CountdownLevel = 'calm' | 'warning' | 'danger'

/** The countdown's colour: amber in the last five minutes, red in the last minute. */
export function countdownLevel(ms: number): CountdownLevel {
  if (ms <= 60_000) return 'danger'
  if (ms <= 5 * 60_000) return 'warning'
  return 'calm'
}

/** "15 Maret 2027 10.32" in the browser's time zone. */
export function formatDateTime(iso: string, lang: Lang = 'id'): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
  const time = `${String(date.getHours()).padStart(2, '0')}${lang === 'id' ? '.' : ':'}${String(date.getMinutes()).padStart(2, '0')}`
  return `${formatDate(day, lang)} ${time}`
}

/** What the overview's button does: continue the open attempt, start the first, start another, or nothing. */
export type StartAction = 'continue' | 'start' | 'again' | null

export function startAction(overview: Pick<QuizOverview, 'open' | 'can_start' | 'attempts'>): StartAction {
  if (overview.open) return 'continue'
  if (!overview.can_start) return null
  return overview.attempts.some((a) => a.submitted_at) ? 'again' : 'start'
}

/** Why a quiz cannot be started (as an i18n key under quiz.player), when it cannot. */
export function cannotStartReason(overview: Pick<QuizOverview, 'open' | 'can_start' | 'remaining' | 'quiz' | 'attempts'>): string | null {
  if (overview.open || overview.can_start) return null
  if (overview.attempts.some((a) => a.passed)) return null
  if (overview.remaining === 0) return 'noneLeft'
  if (overview.quiz.available === 0) return 'emptyBank'
  return 'cannotStart'
}

/** The best submitted score, or null before any submission. */
export function bestScore(attempts: readonly AttemptSummary[]): number | null {
  const scores = attempts.flatMap((a) => (a.submitted_at && a.score !== null ? [a.score] : []))
  return scores.length ? Math.max(...scores) : null
}

/** How much a submitted attempt's review shows, read from what the server sent. */
export type ReviewLevel = 'score' | 'right_wrong' | 'answers'

export function reviewLevel(attempt: Pick<Attempt, 'questions'>): ReviewLevel {
  if (attempt.questions.some((q) => q.answer !== undefined || q.explanation !== undefined)) return 'answers'
  if (attempt.questions.some((q) => q.right !== undefined)) return 'right_wrong'
  return 'score'
}

/** How many questions were right, when the review says. */
export function rightCount(attempt: Pick<Attempt, 'questions'>): number {
  return attempt.questions.filter((q) => q.right === true).length
}

/** An answer in words: the chosen options' texts, or the number with a comma; "" when none. */
export function answerText(question: Pick<AttemptQuestion, 'kind' | 'options'>, value: AnswerValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (question.kind === 'numeric') return typeof value === 'number' ? formatDecimal(value, 6) : ''
  if (!Array.isArray(value)) return ''
  return value.map((i) => question.options[i] ?? `#${i + 1}`).join('; ')
}

/** The right answer in words; a numeric one with its tolerance ("12,5 ± 0,5"). */
export function rightAnswerText(question: AttemptQuestion): string {
  if (question.answer === undefined) return ''
  const text = answerText(question, question.answer)
  return question.kind === 'numeric' && question.tolerance ? `${text} ± ${formatDecimal(question.tolerance, 6)}` : text
}

/** The attempts in the order the list shows them: the latest first. */
export function attemptsNewestFirst(attempts: readonly AttemptSummary[]): AttemptSummary[] {
  return [...attempts].sort((a, b) => b.number - a.number)
}
