// Quizzes as the web app reads them (docs/quiz-api.md, issue 7): the question bank per competency and its editing,
// a quiz module's settings, and the learner's side — the quiz overview, attempts drawn by the server, autosaved
// answers, submission with grading and the review.
import { api } from './index'
import type { DataPage } from './types'
import type { Course, Progress } from './elearning'

export type QuestionKind = 'single' | 'multiple' | 'true_false' | 'numeric'
export const QUESTION_KINDS: readonly QuestionKind[] = ['single', 'multiple', 'true_false', 'numeric']

/** Choice questions answer with option indices (0-based); numeric ones with a number. */
export type QuestionAnswer = number[] | number

export interface Question {
  id: number
  competency: string
  kind: QuestionKind
  /** Markdown. */
  text: string
  /** single/multiple: 2–10 texts; true_false: ["Benar","Salah"]; numeric: none. */
  options: string[]
  answer: QuestionAnswer
  tolerance: number
  /** Markdown. */
  explanation: string
  points: number
  /** The partner institution that owns it; "" for BKD's questions. */
  owner: string
  archived: boolean
  created_at: string
  updated_at: string
}

export interface CompetencyCount {
  competency: string
  questions: number
}

export interface QuestionList {
  items: Question[]
  /** Active questions per competency over the whole bank (whatever the filter). */
  counts: CompetencyCount[]
}

export interface QuestionFilter {
  competency?: string
  q?: string
  archived?: boolean
}

export interface NewQuestion {
  competency: string
  kind: QuestionKind
  text: string
  options?: string[]
  answer: QuestionAnswer
  tolerance?: number
  explanation?: string
  points?: number
}

export type QuestionChange = Partial<NewQuestion> & { archived?: boolean }

export type ReviewMode = 'jawaban' | 'benar_salah' | 'nilai'
export const REVIEW_MODES: readonly ReviewMode[] = ['jawaban', 'benar_salah', 'nilai']
export type QuizTest = 'pre' | 'post'

export interface QuizSettings {
  /** Empty: the competencies the program raises. */
  competencies: string[]
  /** Drawn per attempt, 1–100. */
  questions: number
  /** 0 = no limit. */
  time_limit_minutes: number
  /** 0 = unlimited. */
  attempts: number
  /** 0–100. */
  pass_score: number
  test: QuizTest | null
  review: ReviewMode
  shuffle: boolean
}

/** A quiz module's settings as the Module JSON carries them, with the active questions of its competencies. */
export interface ModuleQuiz extends QuizSettings {
  /** The contract says a number; the server answers null where it did not count (POST /programs/{kode}/modules). */
  available: number | null
}

/** What the learner's quiz overview says of the settings (without the competencies). */
export type LearnerQuizSettings = Omit<QuizSettings, 'competencies'> & { available: number | null }

/** A question as drawn for an attempt; the graded fields appear after submission as far as the review allows. */
export interface AttemptQuestion {
  id: number
  kind: QuestionKind
  text: string
  options: string[]
  points: number
  right?: boolean
  answer?: QuestionAnswer
  tolerance?: number
  explanation?: string
}

export interface AttemptSummary {
  id: number
  offering: string
  module_id: number
  /** 1-based. */
  number: number
  started_at: string
  deadline: string | null
  submitted_at: string | null
  /** Graded after its deadline. */
  expired: boolean
  score: number | null
  passed: boolean | null
}

/** Answers keyed by question id. */
export type AttemptAnswers = Record<string, QuestionAnswer>

export interface Attempt extends AttemptSummary {
  questions: AttemptQuestion[]
  answers: AttemptAnswers
}

export interface QuizOverview {
  quiz: LearnerQuizSettings
  /** Markdown shown before starting. */
  instructions: string
  attempts: AttemptSummary[]
  open: Attempt | null
  can_start: boolean
  /** Attempts left; null = unlimited. */
  remaining: number | null
  progress: Progress | null
}

/** What an autosave sends: null clears an answer. */
export type AnswerUpdate = Record<string, QuestionAnswer | null>

export interface SubmitAnswer {
  attempt: Attempt
  progress: Progress
  course: Course
}

const enc = encodeURIComponent
const questionPath = (id: number) => `/questions/${enc(String(id))}`
const quizPath = (kode: string, id: number) => `/offerings/${enc(kode)}/modules/${enc(String(id))}/quiz`
const attemptPath = (id: number) => `/quiz-attempts/${enc(String(id))}`

// The bank

/** The bank, filtered by competency and text; archived questions only with `archived`. */
export function listQuestions(filter: QuestionFilter = {}): Promise<QuestionList> {
  return api.get<QuestionList>('/questions', {
    competency: filter.competency, q: filter.q?.trim(), archived: filter.archived ? 1 : undefined,
  })
}

/** 400 with `details[0].column` naming the field the server refused. */
export async function createQuestion(question: NewQuestion): Promise<Question> {
  return (await api.post<{ question: Question }>('/questions', question)).question
}

export async function updateQuestion(id: number, change: QuestionChange): Promise<Question> {
  return (await api.request<{ question: Question }>('PATCH', questionPath(id), { json: change })).question
}

/** Archives: never drawn again, kept for the attempts that used it. */
export async function archiveQuestion(id: number): Promise<void> {
  await api.request<void>('DELETE', questionPath(id))
}

export function restoreQuestion(id: number): Promise<Question> {
  return updateQuestion(id, { archived: false })
}

/** The competency dictionary (every role reads it), code and name, by code. */
export async function listCompetencyDictionary(): Promise<Array<{ code: string; name: string }>> {
  const page = await api.get<DataPage>('/data/kompetensi', { limit: 500, sort: 'kode' })
  return page.items.map((item) => ({ code: String(item.kode ?? ''), name: String(item.nama ?? item.kode ?? '') }))
}

// The learner

export function fetchQuiz(kode: string, moduleId: number): Promise<QuizOverview> {
  return api.get<QuizOverview>(quizPath(kode, moduleId))
}

/** Starts an attempt (201), or gives the open one back (200); 409 no attempt left, 412 empty bank. */
export async function startAttempt(kode: string, moduleId: number): Promise<Attempt> {
  return (await api.post<{ attempt: Attempt }>(`${quizPath(kode, moduleId)}/attempts`, {})).attempt
}

export async function fetchAttempt(id: number): Promise<Attempt> {
  return (await api.get<{ attempt: Attempt }>(attemptPath(id))).attempt
}

/** Autosave; 409 once submitted, 412 past the deadline and its grace. `keepalive` while the page goes away. */
export async function saveAnswers(id: number, answers: AnswerUpdate, keepalive = false): Promise<string> {
  const answer = await api.request<{ saved_at: string }>('PUT', `${attemptPath(id)}/answers`, { json: { answers }, keepalive })
  return answer.saved_at
}

/** Grades the attempt; the answer carries the module's progress and the course, as other modules' answers do. */
export function submitAttempt(id: number, answers?: AnswerUpdate): Promise<SubmitAnswer> {
  return api.post<SubmitAnswer>(`${attemptPath(id)}/submit`, answers ? { answers } : {})
}
