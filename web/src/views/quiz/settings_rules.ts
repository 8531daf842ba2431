// Pure rules of a quiz module's settings in the module editor (docs/quiz-api.md "Quiz modules"): the defaults, the
// server's ranges checked as the author types, what a save sends, and the warning when the bank holds fewer active
// questions than an attempt draws.
import type { ModuleQuiz, QuizSettings } from '@/api/quiz'

export function defaultSettings(): QuizSettings {
  return { competencies: [], questions: 10, time_limit_minutes: 0, attempts: 0, pass_score: 70, test: null, review: 'jawaban', shuffle: true }
}

/** The editable settings of a module (its `available` left out); the defaults for a module without them. */
export function settingsOf(quiz: ModuleQuiz | null | undefined): QuizSettings {
  if (!quiz) return defaultSettings()
  const { available: _available, ...settings } = quiz
  return { ...defaultSettings(), ...settings, competencies: [...(settings.competencies ?? [])] }
}

export type SettingsField = 'questions' | 'timeLimit' | 'attempts' | 'passScore'

const within = (value: unknown, low: number, high: number, integer = true) =>
  typeof value === 'number' && Number.isFinite(value) && value >= low && value <= high && (!integer || Number.isInteger(value))

/** The fields out of range, as i18n keys under quiz.settings.invalid. */
export function settingsProblems(s: QuizSettings): Partial<Record<SettingsField, string>> {
  const problems: Partial<Record<SettingsField, string>> = {}
  if (!within(s.questions, 1, 100)) problems.questions = 'questions'
  if (!within(s.time_limit_minutes, 0, 600)) problems.timeLimit = 'timeLimit'
  if (!within(s.attempts, 0, 100)) problems.attempts = 'attempts'
  if (!within(s.pass_score, 0, 100, false)) problems.passScore = 'passScore'
  return problems
}

/** Whether the settings differ from the stored ones (the competencies as a set). */
export function settingsChanged(original: QuizSettings, edited: QuizSettings): boolean {
  const norm = (s: QuizSettings) => JSON.stringify({ ...s, competencies: [...s.competencies].sort() })
  return norm(original) !== norm(edited)
}

/** The settings as the server takes them (whole, so a change never depends on how the server merges). */
export function settingsPayload(s: QuizSettings): QuizSettings {
  return { ...s, competencies: [...new Set(s.competencies.map((c) => c.trim()).filter(Boolean))] }
}

/** 'none' when the bank has no question for the quiz, 'low' when it has fewer than an attempt draws; null when fine
 * or when the server did not count (a module just created answers `available: null`). */
export function availability(quiz: Pick<ModuleQuiz, 'available' | 'questions'>): 'none' | 'low' | null {
  if (typeof quiz.available !== 'number' || !Number.isFinite(quiz.available)) return null
  if (quiz.available <= 0) return 'none'
  return quiz.available < quiz.questions ? 'low' : null
}

/** Competencies of the dictionary whose code or name contains the text, not already chosen, at most `limit`. */
export function matchCompetencies<T extends { code: string; name: string }>(
  dictionary: readonly T[], text: string, chosen: readonly string[], limit = 8,
): T[] {
  const needle = text.trim().toLowerCase()
  if (!needle) return []
  const taken = new Set(chosen)
  return dictionary
    .filter((c) => !taken.has(c.code) && (c.code.toLowerCase().includes(needle) || c.name.toLowerCase().includes(needle)))
    .slice(0, limit)
}
