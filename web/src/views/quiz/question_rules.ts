// Pure rules of the question bank page (docs/quiz-api.md "Question bank"): who may change a question, the form's
// draft and its checks (the same as the server's, so a refusal is rare), what a save sends, and the options
// editor's moves that keep the marked answers on their options.
import type { NewQuestion, Question, QuestionChange, QuestionKind } from '@/api/quiz'
import type { Role, User } from '@/api/types'

export const MIN_OPTIONS = 2
export const MAX_OPTIONS = 10

/** The roles that read the bank (with the answers). */
export const BANK_READERS: readonly Role[] = ['admin_bkd', 'lembaga_mitra', 'auditor']

/** Whether the user may add questions at all (the auditor only reads). */
export function canWriteBank(user: Pick<User, 'role'> | null): boolean {
  return user?.role === 'admin_bkd' || user?.role === 'lembaga_mitra'
}

/** admin_bkd changes every question; a partner the questions its institution owns. A partner whose session names no
 * institution gets the buttons and the server's answer (403) decides. */
export function canEditQuestion(user: Pick<User, 'role' | 'institution'> | null, question: Pick<Question, 'owner'>): boolean {
  if (user?.role === 'admin_bkd') return true
  if (user?.role !== 'lembaga_mitra') return false
  return !user.institution || question.owner === user.institution
}

/** What the form holds while it is typed: numbers as typed text (a comma is a decimal point). */
export interface QuestionDraft {
  competency: string
  kind: QuestionKind
  text: string
  /** single and multiple only. */
  options: string[]
  /** The right option indices (single, multiple, true_false: 0 benar, 1 salah). */
  correct: number[]
  numeric: string
  tolerance: string
  explanation: string
  points: string
}

export function emptyDraft(competency = ''): QuestionDraft {
  return { competency, kind: 'single', text: '', options: ['', ''], correct: [], numeric: '', tolerance: '0', explanation: '', points: '1' }
}

/** A decimal typed the Indonesian way ("12,5") or with a point; null when it is not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '')
  if (!trimmed) return null
  const normalised = trimmed.includes(',') && !trimmed.includes('.') ? trimmed.replace(',', '.') : trimmed
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return null
  return Number(normalised)
}

/** A number for a form field, with a comma (12.5 → "12,5"). */
export function decimalText(value: number): string {
  return Number.isFinite(value) ? String(value).replace('.', ',') : ''
}

export function draftFromQuestion(q: Question): QuestionDraft {
  const choice = q.kind !== 'numeric'
  return {
    competency: q.competency,
    kind: q.kind,
    text: q.text,
    options: q.kind === 'single' || q.kind === 'multiple' ? [...q.options] : ['', ''],
    correct: choice && Array.isArray(q.answer) ? [...q.answer] : [],
    numeric: !choice && typeof q.answer === 'number' ? decimalText(q.answer) : '',
    tolerance: decimalText(q.tolerance ?? 0),
    explanation: q.explanation ?? '',
    points: decimalText(q.points ?? 1),
  }
}

/** The draft under another kind: the text, points and explanation stay; the answer fits the new kind. */
export function withKind(draft: QuestionDraft, kind: QuestionKind): QuestionDraft {
  if (kind === draft.kind) return draft
  const options = draft.options.length >= MIN_OPTIONS ? draft.options : ['', '']
  let correct: number[] = []
  if (kind === 'multiple' && draft.kind === 'single') correct = draft.correct
  if (kind === 'single' && draft.kind === 'multiple') correct = draft.correct.slice(0, 1)
  return { ...draft, kind, options, correct }
}

/** A field of the form and the message key of its problem. */
export type DraftField = 'competency' | 'text' | 'options' | 'answer' | 'tolerance' | 'points'
export type DraftProblems = Partial<Record<DraftField, string>>

/** What keeps the draft from being saved, by field, as i18n keys under quiz.form.problem. */
export function draftProblems(draft: QuestionDraft): DraftProblems {
  const problems: DraftProblems = {}
  if (!draft.competency.trim()) problems.competency = 'competency'
  if (!draft.text.trim()) problems.text = 'text'
  if (draft.kind === 'single' || draft.kind === 'multiple') {
    if (draft.options.length < MIN_OPTIONS || draft.options.length > MAX_OPTIONS) problems.options = 'optionsCount'
    else if (draft.options.some((o) => !o.trim())) problems.options = 'optionsEmpty'
    const valid = draft.correct.filter((i) => i >= 0 && i < draft.options.length)
    if (draft.kind === 'single' && valid.length !== 1) problems.answer = 'answerSingle'
    if (draft.kind === 'multiple' && valid.length < 1) problems.answer = 'answerMultiple'
  } else if (draft.kind === 'true_false') {
    if (draft.correct.length !== 1 || (draft.correct[0] !== 0 && draft.correct[0] !== 1)) problems.answer = 'answerTrueFalse'
  } else {
    if (parseDecimal(draft.numeric) === null) problems.answer = 'answerNumeric'
    const tolerance = parseDecimal(draft.tolerance || '0')
    if (tolerance === null || tolerance < 0) problems.tolerance = 'tolerance'
  }
  const points = parseDecimal(draft.points)
  if (points === null || points <= 0) problems.points = 'points'
  return problems
}

/** The body of POST /questions for a draft without problems. */
export function questionPayload(draft: QuestionDraft): NewQuestion {
  const base = {
    competency: draft.competency.trim(), kind: draft.kind, text: draft.text,
    explanation: draft.explanation, points: parseDecimal(draft.points) ?? 1,
  }
  switch (draft.kind) {
    case 'single':
    case 'multiple':
      return { ...base, options: draft.options.map((o) => o.trim()), answer: [...draft.correct].sort((a, b) => a - b) }
    case 'true_false':
      return { ...base, answer: [...draft.correct] }
    case 'numeric':
      return { ...base, answer: parseDecimal(draft.numeric) ?? 0, tolerance: parseDecimal(draft.tolerance || '0') ?? 0 }
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The PATCH body: only the fields that differ from the stored question (kind, options and answer go together). */
export function questionChange(original: Question, draft: QuestionDraft): QuestionChange {
  const next = questionPayload(draft)
  const change: QuestionChange = {}
  if (next.competency !== original.competency) change.competency = next.competency
  if (next.text !== original.text) change.text = next.text
  if ((next.explanation ?? '') !== (original.explanation ?? '')) change.explanation = next.explanation
  if (next.points !== original.points) change.points = next.points
  const answerChanged = next.kind !== original.kind || !sameJson(next.answer, original.answer) ||
    (next.options !== undefined && !sameJson(next.options, original.options))
  if (answerChanged) {
    change.kind = next.kind
    change.answer = next.answer
    if (next.options !== undefined) change.options = next.options
  }
  if (next.kind === 'numeric' && (answerChanged || next.tolerance !== original.tolerance)) change.tolerance = next.tolerance
  return change
}

/** The options after adding an empty one at the end (at most ten). */
export function addOption(draft: QuestionDraft): QuestionDraft {
  return draft.options.length >= MAX_OPTIONS ? draft : { ...draft, options: [...draft.options, ''] }
}

/** The options without option `index`; the marked answers after it move up one. */
export function removeOption(draft: QuestionDraft, index: number): QuestionDraft {
  if (draft.options.length <= MIN_OPTIONS) return draft
  return {
    ...draft,
    options: draft.options.filter((_, i) => i !== index),
    correct: draft.correct.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)),
  }
}

/** Option `index` swapped with its neighbour; a marked answer travels with its option. */
export function moveOption(draft: QuestionDraft, index: number, direction: -1 | 1): QuestionDraft {
  const target = index + direction
  if (target < 0 || target >= draft.options.length) return draft
  const options = [...draft.options]
  ;[options[index], options[target]] = [options[target]!, options[index]!]
  const correct = draft.correct.map((i) => (i === index ? target : i === target ? index : i)).sort((a, b) => a - b)
  return { ...draft, options, correct }
}

/** Marks option `index` right (single, true_false: the only one) or toggles it (multiple). */
export function markCorrect(draft: QuestionDraft, index: number, checked = true): QuestionDraft {
  if (draft.kind !== 'multiple') return { ...draft, correct: [index] }
  const set = new Set(draft.correct)
  if (checked) set.add(index)
  else set.delete(index)
  return { ...draft, correct: [...set].sort((a, b) => a - b) }
}

/** One line of a question's Markdown for the table: markup, links and images reduced to their text. */
export function plainSnippet(markdown: string, max = 140): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}
