// Pure rules of the settings page (docs/settings-api.md): which input a field gets, the form's draft and what is
// wrong with it, the body of PUT /settings/{key}, and where a refusal of the server belongs.
import type { Setting, SettingValue, SettingValues } from '@/api/settings'
import type { Lang } from '@/utils/format'

/** What the rules read of a setting: its values, its defaults and the number fields its area keeps whole. */
export type SettingShape = Pick<Setting, 'values' | 'defaults' | 'whole_numbers'>

/**
 * The input of a field, read from its default: text, a whole number (a field the server lists in `whole_numbers`),
 * a number with decimals (any other number), a yes/no, an ordered list of codes (`analysis.source_order`), or one
 * number per code (`analysis.predikat_score`).
 */
export type FieldKind = 'text' | 'integer' | 'decimal' | 'boolean' | 'order' | 'scores'

export interface FieldSpec {
  name: string
  kind: FieldKind
}

/** What the form holds: numbers as typed text, so that "0," half-typed stays on the screen. */
export type DraftValue = string | boolean | string[] | Record<string, string>
export type Draft = Record<string, DraftValue>

/** The i18n key (under pengaturan.problem) of what is wrong with a typed number. */
export type Problem = 'number' | 'whole'

/**
 * Whether the server keeps a number whole: `name` is a field ("jp_cap") or a number of a group
 * ("predikat_score.baik"). Never guessed from the default: `analysis.potential_high` is 80 and takes 77.5.
 */
export function isWhole(setting: Pick<Setting, 'whole_numbers'>, name: string): boolean {
  // Absent only from a server older than the list: every number then takes decimals.
  return (setting.whole_numbers ?? []).includes(name)
}

/** The input of a value; a number is whole only when `whole` (the server says so, see isWhole). */
export function kindOf(value: SettingValue | undefined, whole = false): FieldKind {
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'number') return whole ? 'integer' : 'decimal'
  if (Array.isArray(value)) return 'order'
  if (value !== null && typeof value === 'object') return 'scores'
  return 'text'
}

/** The phone keyboard of the text fields that are not prose: an address, a NIP. */
const TEXT_KEYBOARDS: Record<string, 'url' | 'numeric'> = { public_url: 'url', ppk_nip: 'numeric' }

/** The `inputmode` of a field: digits for whole numbers, digits and a comma for decimals, or a text field's own. */
export function keyboardOf(spec: FieldSpec): 'numeric' | 'decimal' | 'url' | undefined {
  if (spec.kind === 'integer') return 'numeric'
  if (spec.kind === 'decimal') return 'decimal'
  return spec.kind === 'text' ? TEXT_KEYBOARDS[spec.name] : undefined
}

/** The fields of a setting in the server's order (that of its defaults; a field only in the values comes last). */
export function fieldsOf(setting: SettingShape): FieldSpec[] {
  const names = [...Object.keys(setting.defaults)]
  for (const name of Object.keys(setting.values)) if (!names.includes(name)) names.push(name)
  return names.map((name) => ({ name, kind: kindOf(setting.defaults[name] ?? setting.values[name], isWhole(setting, name)) }))
}

/** The input of each number of a group (`predikat_score`) by code: whole when the server lists `field.code`. */
export function memberKinds(setting: SettingShape, name: string): Record<string, 'integer' | 'decimal'> {
  const codes = new Set([...Object.keys(groupOf(setting.defaults[name])), ...Object.keys(groupOf(setting.values[name]))])
  return Object.fromEntries([...codes].map((code) => [code, isWhole(setting, `${name}.${code}`) ? 'integer' : 'decimal']))
}

function groupOf(value: SettingValue | undefined): Record<string, number> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}
}

/** A number as the interface writes it: 0.05 → "0,05" in Indonesian, "0.05" in English; no grouping. */
export function numberText(value: number, lang: Lang): string {
  const text = String(value)
  return lang === 'id' ? text.replace('.', ',') : text
}

/** A typed number with a comma or a point for decimals ("0,05", "0.05", "-3"); null when it is not one. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim()
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return null
  const value = Number(trimmed.replace(',', '.'))
  return Number.isFinite(value) ? value : null
}

function draftValue(value: SettingValue | undefined, lang: Lang): DraftValue {
  if (typeof value === 'number') return numberText(value, lang)
  if (typeof value === 'boolean') return value
  if (Array.isArray(value)) return [...value]
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([code, n]) => [code, numberText(n, lang)]))
  }
  return value ?? ''
}

/** The form of a setting, filled with its effective values. */
export function draftOf(setting: SettingShape, lang: Lang): Draft {
  return Object.fromEntries(fieldsOf(setting).map(({ name }) => [name, draftValue(setting.values[name], lang)]))
}

function numberProblem(text: string, whole: boolean): Problem | undefined {
  const value = parseNumber(text)
  if (value === null) return 'number'
  return whole && !Number.isInteger(value) ? 'whole' : undefined
}

/**
 * What is wrong with the draft, by field (`predikat_score.baik` for one number of a group). Only the form of a
 * number is checked here: ranges are the area's, and its loader says so in the server's answer.
 */
export function draftProblems(setting: SettingShape, draft: Draft): Record<string, Problem> {
  const problems: Record<string, Problem> = {}
  for (const { name, kind } of fieldsOf(setting)) {
    const value = draft[name]
    if ((kind === 'integer' || kind === 'decimal') && typeof value === 'string') {
      const problem = numberProblem(value, kind === 'integer')
      if (problem) problems[name] = problem
    }
    if (kind === 'scores' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [code, text] of Object.entries(value)) {
        const problem = numberProblem(text, isWhole(setting, `${name}.${code}`))
        if (problem) problems[`${name}.${code}`] = problem
      }
    }
  }
  return problems
}

function bodyValue(kind: FieldKind, value: DraftValue): SettingValue {
  if (kind === 'integer' || kind === 'decimal') return parseNumber(String(value)) ?? Number.NaN
  if (kind === 'scores' && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([code, text]) => [code, parseNumber(text) ?? Number.NaN]))
  }
  if (kind === 'boolean') return Boolean(value)
  if (kind === 'order') return Array.isArray(value) ? [...value] : []
  return String(value)
}

/** The body of PUT /settings/{key}: every field of the section, numbers as numbers. Call it on a draft without problems. */
export function bodyOf(setting: SettingShape, draft: Draft): SettingValues {
  return Object.fromEntries(fieldsOf(setting).map(({ name, kind }) => [name, bodyValue(kind, draft[name] ?? '')]))
}

/** Whether two values are the same setting (numbers by value, lists by order, groups by code). */
export function sameValue(a: SettingValue | undefined, b: SettingValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i])
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].every((key) => a[key] === b[key])
  }
  return a === b
}

/** Whether the draft's field reads as a different value from `value` (a half-typed number is NaN: different). */
export function draftDiffers(spec: FieldSpec, draft: Draft, value: SettingValue | undefined): boolean {
  const typed = draft[spec.name]
  return typed !== undefined && !sameValue(bodyValue(spec.kind, typed), value)
}

/** The fields whose draft differs from the effective values: what a save would change. */
export function changedFields(setting: SettingShape, draft: Draft): string[] {
  return fieldsOf(setting).filter((spec) => draftDiffers(spec, draft, setting.values[spec.name])).map((spec) => spec.name)
}

/**
 * The field a detail of a 400 names (`column`), when it is one of this setting's: "alpha", or a part of a group
 * such as "predikat_score.baik". null: the message belongs to the section.
 */
export function fieldOfColumn(setting: SettingShape, column: string | undefined): string | null {
  if (!column) return null
  const names = fieldsOf(setting).map((spec) => spec.name)
  if (names.includes(column)) return column
  const head = column.split(/[.[]/)[0] ?? ''
  return names.includes(head) ? head : null
}

/** Moves the item at `index` up (-1) or down (+1); the list is returned unchanged at its ends. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta
  const copy = [...list]
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return copy
  const [item] = copy.splice(index, 1)
  copy.splice(target, 0, item as T)
  return copy
}

/** The words valueText needs from the messages: an empty text, yes/no, and the label of a source or predikat code. */
export interface ValueWords {
  empty: string
  yes: string
  no: string
  code: (code: string) => string
}

/** A value in a sentence ("Bawaan: …"): "0,05", "Ya", "Asesmen → Penilaian atasan → …", "Sangat baik 100, Baik 80, …". */
export function valueText(value: SettingValue | undefined, lang: Lang, words: ValueWords): string {
  if (typeof value === 'number') return numberText(value, lang)
  if (typeof value === 'boolean') return value ? words.yes : words.no
  if (Array.isArray(value)) return value.map(words.code).join(' → ')
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).map(([code, n]) => `${words.code(code)} ${numberText(n, lang)}`).join(', ')
  }
  return value ? value : words.empty
}
