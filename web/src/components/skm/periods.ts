// The rules of a unit's SKM survey period as the form applies them while typing (docs/survey-periods-api.md):
// the server owns them and answers 400 naming the field, but a wrong date should be said before sending. Also the
// quick fill: the next free quarter, semester or year, named the way Permenpan RB 14/2017 reports are.
import { formatDate, type Lang } from '@/utils/format'
import { servedQuery } from './served'

export type PeriodField = 'nama' | 'dari' | 'sampai' | 'served'
export type QuickKind = 'triwulan' | 'semester' | 'tahun'

/** The form as typed: dates "YYYY-MM-DD" from the date inputs, people served as typed ("5.000" allowed). */
export interface PeriodDraft {
  nama: string
  dari: string
  sampai: string
  served: string
}

export interface PeriodSpan {
  nama: string
  dari: string
  sampai: string
}

const kMaxName = 100
const kMaxDays = 366
const kMaxServed = 100_000_000
const kDay = 86_400_000
const ROMAN = ['I', 'II', 'III', 'IV']
const MONTHS: Record<QuickKind, number> = { triwulan: 3, semester: 6, tahun: 12 }

/** Days since the epoch of a valid "YYYY-MM-DD", else null ("2027-02-30" is not a date). */
function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, day)
  const back = new Date(time)
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null
  return time / kDay
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** The last day of a month (1–12). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Whether two spans share a day (both ends included). */
export function overlaps(a: { dari: string; sampai: string }, b: { dari: string; sampai: string }): boolean {
  return a.dari <= b.sampai && b.dari <= a.sampai
}

/**
 * The first calendar quarter, semester or year from the one holding `today` on that overlaps none of `taken`
 * (the unit's other periods): its official Indonesian name — the name is published with the unit's IKM — and dates.
 */
export function quickFill(kind: QuickKind, today: string, taken: ReadonlyArray<{ dari: string; sampai: string }>): PeriodSpan {
  const step = MONTHS[kind]
  const year = Number(today.slice(0, 4))
  const first = Math.floor((Number(today.slice(5, 7)) - 1) / step)
  let span: PeriodSpan = { nama: '', dari: '', sampai: '' }
  // A unit rarely plans more than a few periods ahead; 40 steps reach ten years of quarters.
  for (let i = first; i < first + 40; i++) {
    const startYear = year + Math.floor((i * step) / 12)
    const startMonth = ((i * step) % 12) + 1
    const endMonth = startMonth + step - 1
    const part = ROMAN[(startMonth - 1) / step] ?? ''
    const nama = kind === 'tahun' ? `Tahun ${startYear}` : `${kind === 'triwulan' ? 'Triwulan' : 'Semester'} ${part} ${startYear}`
    span = { nama, dari: iso(startYear, startMonth, 1), sampai: iso(startYear, endMonth, lastDay(startYear, endMonth)) }
    if (!taken.some((p) => overlaps(p, span))) return span
  }
  return span
}

/** The people served as sent: null when left empty, a number when it is a whole number in range, else undefined. */
export function servedValue(typed: string): number | null | undefined {
  const text = servedQuery(typed)
  if (text === '') return null
  if (!/^\d+$/.test(text)) return undefined
  const value = Number(text)
  return value >= 1 && value <= kMaxServed ? value : undefined
}

/** The problem of each field, as an i18n key under skm.periods.problem; empty when the draft may be sent. */
export function draftProblems(draft: PeriodDraft): Partial<Record<PeriodField, string>> {
  const problems: Partial<Record<PeriodField, string>> = {}
  const name = draft.nama.trim()
  if (name === '') problems.nama = 'namaEmpty'
  else if ([...name].length > kMaxName) problems.nama = 'namaLong'
  const from = dayNumber(draft.dari)
  const to = dayNumber(draft.sampai)
  if (from === null) problems.dari = draft.dari ? 'dateInvalid' : 'dariEmpty'
  if (to === null) problems.sampai = draft.sampai ? 'dateInvalid' : 'sampaiEmpty'
  else if (from !== null && to < from) problems.sampai = 'sampaiBefore'
  else if (from !== null && to - from + 1 > kMaxDays) problems.sampai = 'tooLong'
  if (servedValue(draft.served) === undefined) problems.served = 'served'
  return problems
}

/** The body of POST/PUT for a draft without problems. */
export function periodBody(draft: PeriodDraft): { nama: string; dari: string; sampai: string; served: number | null } {
  return { nama: draft.nama.trim(), dari: draft.dari, sampai: draft.sampai, served: servedValue(draft.served) ?? null }
}

/** "1 Januari 2027 – 30 Juni 2027". */
export function dateRange(dari: string, sampai: string, lang: Lang): string {
  return `${formatDate(dari, lang)} – ${formatDate(sampai, lang)}`
}
