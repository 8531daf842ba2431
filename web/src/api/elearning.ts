// E-learning as the web app reads it (docs/elearning-api.md, issue 7): a program's modules (text, video, PDF, SCORM)
// and their editing, the courses of a year, joining an offering, the learner's progress per module and the SCORM
// session that the player hands to the scorm-again runtime.
import { api } from './index'
import type { DevelopmentForm } from './participation'
import type { ParticipantStatus } from './delivery'
import type { ModuleQuiz, QuizSettings } from './quiz'

export type ModuleKind = 'text' | 'video' | 'pdf' | 'scorm' | 'quiz'
export const MODULE_KINDS: readonly ModuleKind[] = ['text', 'video', 'pdf', 'scorm', 'quiz']
/** The kinds whose material is an uploaded file. */
export type FileModuleKind = 'video' | 'pdf' | 'scorm'

export type ProgressStatus = 'belum' | 'sedang' | 'selesai' | 'gagal'
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['belum', 'sedang', 'selesai', 'gagal']

export type ScormStandard = 'scorm_1.2' | 'scorm_2004'

/** The uploaded file of a video, PDF or SCORM module. */
export interface ModuleContent {
  name: string
  size: number
  content_type: string
  sha256: string
}

export interface ScormItem {
  identifier: string
  title: string
  launch: string
}

/** What the server read from an unpacked SCORM package's manifest. */
export interface ScormPackage {
  standard: ScormStandard | string
  version: string
  title: string
  launch: string
  items: ScormItem[]
  mastery_score: number | null
}

export interface CourseModule {
  id: number
  program: string
  /** 1-based place in the course. */
  position: number
  kind: ModuleKind
  title: string
  /** Markdown of a text module; a quiz's instructions. */
  body: string | null
  required: boolean
  /** null until a file is uploaded (video, pdf, scorm). */
  content: ModuleContent | null
  package: ScormPackage | null
  /** A quiz's settings with the active questions of its competencies (docs/quiz-api.md); null for other kinds. */
  quiz?: ModuleQuiz | null
  created_at: string
  updated_at: string
}

export interface ProgramSummary {
  kode: string
  nama: string
  lembaga: string
  bentuk: DevelopmentForm | string
  jp: number
}

export interface ProgramModules {
  program: ProgramSummary
  can_edit: boolean
  modules: CourseModule[]
}

export interface NewModule {
  kind: ModuleKind
  title: string
  body?: string
  required?: boolean
  quiz?: QuizSettings
}

export interface ModuleChange {
  title?: string
  body?: string
  required?: boolean
  quiz?: Partial<QuizSettings>
  /** 1-based; the others are renumbered. */
  position?: number
}

export interface CourseParticipant {
  status: ParticipantStatus
  score: number | null
  certificate: string | null
}

export interface CourseProgress {
  done: number
  required: number
  percent: number
}

/** An offering of a program that has modules, as one learner sees it. */
export interface Course {
  offering: string
  program: string
  program_name: string
  institution: string
  form: DevelopmentForm | string
  jp: number
  start: string
  end: string
  open: boolean
  joinable: boolean
  /** How many modules the course has. */
  modules: number
  participant: CourseParticipant | null
  progress: CourseProgress | null
}

export interface Progress {
  status: ProgressStatus
  score: number | null
  location: string
  total_seconds: number
  sessions: number
  completed_at: string | null
  updated_at: string
}

export interface LearnerModule extends CourseModule {
  /** null: not started, or the reader is not a participant. */
  progress: Progress | null
}

export interface CourseDetail {
  course: Course
  modules: LearnerModule[]
}

export interface ProgressAnswer {
  progress: Progress
  course: Course
}

export type ProgressReport = { done: true } | { position: number; duration: number }

/** A SCORM launch: the values to load into the runtime before the content calls Initialize. */
export interface ScormSession {
  standard: ScormStandard
  launch_url: string
  commit_url: string
  cmi: Record<string, string | number | boolean | null>
}

/** The answer to a SCORM commit (scorm-again's result plus the learner's progress). */
export interface ScormCommitAnswer {
  result: boolean | string
  errorCode: number
  progress?: Progress
  course?: Course
}

const enc = encodeURIComponent
const programPath = (kode: string) => `/programs/${enc(kode)}/modules`
const modulePath = (id: number) => `/modules/${enc(String(id))}`
const offeringPath = (kode: string) => `/offerings/${enc(kode)}`
const learnerModulePath = (kode: string, id: number) => `${offeringPath(kode)}/modules/${enc(String(id))}`

/** A program's modules in course order, and whether the caller may change them. */
export function listModules(program: string): Promise<ProgramModules> {
  return api.get<ProgramModules>(programPath(program))
}

/** Appends a module; video, PDF and SCORM modules wait for their file. */
export async function createModule(program: string, module: NewModule): Promise<CourseModule> {
  return (await api.post<{ module: CourseModule }>(programPath(program), module)).module
}

export async function updateModule(id: number, change: ModuleChange): Promise<CourseModule> {
  return (await api.request<{ module: CourseModule }>('PATCH', modulePath(id), { json: change })).module
}

/** 409 once a learner has progress in it. */
export async function deleteModule(id: number): Promise<void> {
  await api.request<void>('DELETE', modulePath(id))
}

/** Sends the file itself as the body (no multipart); the server checks it by its first bytes. */
export async function uploadModuleContent(id: number, file: Blob, name: string): Promise<CourseModule> {
  const answer = await api.request<{ module: CourseModule }>('PUT', `${modulePath(id)}/content`, {
    query: { name }, body: file, contentType: file.type || 'application/octet-stream',
  })
  return answer.module
}

/** The module's file (video, PDF, SCORM zip) for a player, a viewer or a download link. */
export function moduleContentUrl(id: number): string {
  return api.url(`${modulePath(id)}/content`)
}

/** A file of an unpacked SCORM package, e.g. its launch page (for a preview without a session). */
export function scormFileUrl(id: number, path: string): string {
  const [file = '', query] = path.split(/\?(.*)/s, 2)
  const encoded = file.replace(/^\/+/, '').split('/').map(enc).join('/')
  return `${api.url(`${modulePath(id)}/scorm/`)}${encoded}${query ? `?${query}` : ''}`
}

/** The courses of a year (default this year), open ones first. */
export async function listCourses(year?: number): Promise<Course[]> {
  return (await api.get<{ items: Course[] }>('/elearning', { year })).items
}

export async function joinOffering(kode: string): Promise<Course> {
  return (await api.post<{ course: Course }>(`${offeringPath(kode)}/join`, {})).course
}

export function fetchCourse(kode: string): Promise<CourseDetail> {
  return api.get<CourseDetail>(`${offeringPath(kode)}/course`)
}

/** Text and PDF: `{done: true}`; video: where the learner is (done at 90%). */
export function saveProgress(kode: string, id: number, report: ProgressReport): Promise<ProgressAnswer> {
  return api.post<ProgressAnswer>(`${learnerModulePath(kode, id)}/progress`, report)
}

/** Opens a SCORM session: the launch URL, where the runtime commits, and the CMI to load. */
export function openScormSession(kode: string, id: number): Promise<ScormSession> {
  return api.post<ScormSession>(`${learnerModulePath(kode, id)}/scorm/session`, {})
}
