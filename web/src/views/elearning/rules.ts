// Pure rules of the e-learning pages (docs/elearning-api.md): where a course stands for the reader, its progress in
// percent, which module opens first, when a video reports where the learner is, and the module editor's checks.
import type {
  Course, CourseModule, CourseProgress, FileModuleKind, LearnerModule, ModuleChange, ModuleKind, Progress, ProgressStatus,
} from '@/api/elearning'

/** What the list offers for one course. */
export type CourseState =
  | 'passed' // lulus: certificate
  | 'failed' // tidak_lulus
  | 'joined' // learning: progress bar, continue
  | 'joinable' // "Ikuti"
  | 'preview' // staff without a NIP: the material, without progress
  | 'upcoming' // opens later
  | 'closed' // ended
  | 'unavailable' // open, but not for this reader (no seat left, or a class enrolled by its managers)

/** Where a course stands for the reader; `learner`: the user has a NIP (only they can join). */
export function courseState(course: Course, today: string, learner: boolean): CourseState {
  const status = course.participant?.status
  if (status === 'lulus') return 'passed'
  if (status === 'tidak_lulus') return 'failed'
  if (status) return 'joined'
  if (course.joinable) return 'joinable'
  if (!learner) return 'preview'
  if (today < course.start) return 'upcoming'
  return course.open ? 'unavailable' : 'closed'
}

/** Open courses first, then by start date; ties keep the server's order. */
export function sortCourses(items: readonly Course[]): Course[] {
  return items
    .map((course, i) => ({ course, i }))
    .sort((a, b) => Number(b.course.open) - Number(a.course.open) || a.course.start.localeCompare(b.course.start) || a.i - b.i)
    .map(({ course }) => course)
}

/** The share of required modules done, 0–100. Counted from done/required (the contract does not say whether
 * `percent` is 0–1 or 0–100); a course without required modules falls back to the server's percent. */
export function progressPercent(progress: CourseProgress | null): number {
  if (!progress) return 0
  if (progress.required > 0) return Math.min(100, Math.max(0, (progress.done / progress.required) * 100))
  const percent = progress.percent <= 1 && progress.done > 0 ? progress.percent * 100 : progress.percent
  return Math.min(100, Math.max(0, percent))
}

export function moduleStatus(module: { progress: Progress | null }): ProgressStatus {
  return module.progress?.status ?? 'belum'
}

/** The module a learner opens first: the first required one not done, else the first not done, else the first. */
export function firstModule(modules: readonly LearnerModule[]): number | null {
  const open = (m: LearnerModule) => moduleStatus(m) !== 'selesai'
  return (modules.find((m) => m.required && open(m)) ?? modules.find(open) ?? modules[0])?.id ?? null
}

/** A module id from the `?modul=` query, when it names one of the modules. */
export function moduleFromQuery(value: unknown, modules: readonly { id: number }[]): number | null {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN
  return modules.some((m) => m.id === id) ? id : null
}

/** Whether a kind's material is an uploaded file (video, PDF, SCORM); text and quiz modules have none. */
export function isFileKind(kind: ModuleKind): kind is FileModuleKind {
  return kind === 'video' || kind === 'pdf' || kind === 'scorm'
}

/** Whether a module can be shown: text and quiz always, the others once their file is uploaded. */
export function hasContent(module: Pick<CourseModule, 'kind' | 'content'>): boolean {
  return !isFileKind(module.kind) || module.content !== null
}

export const VIDEO_REPORT_MS = 15_000
export type VideoEvent = 'timeupdate' | 'pause' | 'ended'

/** What a video reports on an event (timeupdate at most every 15 s; ended at the full length), or null. */
export function videoReport(event: VideoEvent, position: number, duration: number, lastSentAt: number, now: number):
  { position: number; duration: number } | null {
  if (!Number.isFinite(duration) || duration <= 0) return null
  if (event === 'ended') return { position: duration, duration }
  if (event === 'timeupdate' && now - lastSentAt < VIDEO_REPORT_MS) return null
  const clamped = Math.min(Math.max(position, 0), duration)
  return { position: Math.round(clamped * 10) / 10, duration }
}

/** Where a video resumes: the stored location when it is a position inside the video and the video is not done. */
export function resumePosition(progress: Progress | null, duration: number): number | null {
  if (!progress || progress.status === 'selesai' || !/^\d+(\.\d+)?$/.test(progress.location.trim())) return null
  const position = Number(progress.location)
  return position > 0 && position < duration - 3 ? position : null
}

/** "1 j 5 mnt" style parts of a learning time: hours and minutes (a minute at least once started). */
export function timeParts(seconds: number): { hours: number; minutes: number } {
  const minutes = Math.max(0, Math.round(seconds / 60))
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 }
}

/** The file types each kind accepts (the server checks the bytes again). */
export const CONTENT_TYPES: Record<FileModuleKind, { extensions: string[]; mime: string[] }> = {
  video: { extensions: ['.mp4', '.webm'], mime: ['video/mp4', 'video/webm'] },
  pdf: { extensions: ['.pdf'], mime: ['application/pdf'] },
  scorm: { extensions: ['.zip'], mime: ['application/zip', 'application/x-zip-compressed'] },
}

/** The file input's `accept` for a kind. */
export function acceptFor(kind: ModuleKind): string {
  if (!isFileKind(kind)) return ''
  const types = CONTENT_TYPES[kind]
  return [...types.extensions, ...types.mime].join(',')
}

export type ContentProblem =
  | { key: 'elearning.editor.wrongType'; values: { name: string; types: string } }
  | { key: 'elearning.editor.emptyFile'; values: { name: string } }

/** Why a chosen file cannot be uploaded for this kind (null: send it). */
export function contentProblem(kind: ModuleKind, file: { name: string; size: number }): ContentProblem | null {
  if (!isFileKind(kind)) return null
  const { extensions } = CONTENT_TYPES[kind]
  const name = file.name.toLowerCase()
  if (!extensions.some((ext) => name.endsWith(ext))) return { key: 'elearning.editor.wrongType', values: { name: file.name, types: extensions.join(', ') } }
  if (file.size === 0) return { key: 'elearning.editor.emptyFile', values: { name: file.name } }
  return null
}

/** The fields an edit changed (title trimmed; body only for text modules and a quiz's instructions). */
export function moduleChange(original: CourseModule, edited: { title: string; body: string; required: boolean }): ModuleChange {
  const change: ModuleChange = {}
  const title = edited.title.trim()
  if (title !== original.title) change.title = title
  if ((original.kind === 'text' || original.kind === 'quiz') && edited.body !== (original.body ?? '')) change.body = edited.body
  if (edited.required !== original.required) change.required = edited.required
  return change
}

/** The position a module moves to, or null when it is already at that end. */
export function movedPosition(position: number, direction: -1 | 1, count: number): number | null {
  const target = position + direction
  return target < 1 || target > count ? null : target
}
