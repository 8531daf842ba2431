// Pure rules of the delivery pages (docs/delivery-api.md): NIP input, the days a roll may be taken, who was present
// on a day, scores as typed, attendance and seats in words, date ranges, sorting the year's classes.
import type { Attendance, Offering, Participant, TestScores } from '@/api/delivery'
import { formatDate, formatDecimal, formatInteger, formatPercent, type Lang } from '@/utils/format'

/** The digits of a typed NIP: spaces (as in "19860926 201505 1 001") left out. */
export function nipDigits(text: string): string {
  return text.replace(/\s+/g, '')
}

export type NipProblem = { key: 'pelatihan.enrol.nipDigits' } | { key: 'pelatihan.enrol.nipLength'; n: number } | null

/** Why a typed NIP cannot be sent yet (null: 18 digits, or nothing typed). */
export function nipProblem(text: string): NipProblem {
  const digits = nipDigits(text)
  if (!digits) return null
  if (!/^\d+$/.test(digits)) return { key: 'pelatihan.enrol.nipDigits' }
  if (digits.length !== 18) return { key: 'pelatihan.enrol.nipLength', n: digits.length }
  return null
}

/** Today as "YYYY-MM-DD" in the browser's time zone (the offices' WIB/WITA/WIT). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The days a roll may be saved for: the offering's period up to today; null before it starts. */
export function rollRange(start: string, end: string, today: string): { min: string; max: string } | null {
  const max = end < today ? end : today
  return max < start ? null : { min: start, max }
}

export function inRange(date: string, range: { min: string; max: string } | null): boolean {
  return range !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= range.min && date <= range.max
}

/** The NIPs of the undecided participants saved present on `date` (a new day: nobody). */
export function presentOn(participants: readonly Participant[], date: string): string[] {
  return participants.filter((p) => p.status === 'terdaftar' && p.attendance.dates.includes(date)).map((p) => p.nip)
}

export type ParsedScore = { ok: true; value: number | undefined } | { ok: false }

/** A typed score: empty → no score; "78,5" or "78.5" → 78.5; anything outside 0–100 is refused. */
export function parseScore(text: string): ParsedScore {
  const trimmed = text.trim()
  if (!trimmed) return { ok: true, value: undefined }
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(trimmed)) return { ok: false }
  const value = Number(trimmed.replace(',', '.'))
  return value >= 0 && value <= 100 ? { ok: true, value } : { ok: false }
}

/** A stored score as the inputs show it, ready to edit: 78.5 → "78,5", null → "". */
export function scoreInput(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatDecimal(value)
}

/** post − pre when both exist, to hundredths (81 − 62,3 is 18,7 and not 18,700000000000003); null otherwise. */
export function testGain(tests: TestScores): number | null {
  if (tests.pre === null || tests.post === null) return null
  return Math.round((tests.post - tests.pre) * 100) / 100
}

/** "62 → 81", "62 → —", "— → 81", or null when neither test has a score. */
export function testsText(tests: TestScores): string | null {
  if (tests.pre === null && tests.post === null) return null
  const one = (value: number | null) => (value === null ? '—' : formatDecimal(value))
  return `${one(tests.pre)} → ${one(tests.post)}`
}

/** A gain with its sign: "+19", "−4,5" (a true minus sign), "±0". */
export function formatGain(gain: number): string {
  if (gain > 0) return `+${formatDecimal(gain)}`
  if (gain < 0) return `\u2212${formatDecimal(-gain)}`
  return '±0'
}

/** "4/5 hari (80%)" parts, or null when no day is recorded yet. */
export function attendanceParts(attendance: Attendance): { present: string; days: string; percent: string } | null {
  if (!attendance.days) return null
  const rate = attendance.rate ?? attendance.present / attendance.days
  return { present: formatInteger(attendance.present), days: formatInteger(attendance.days), percent: formatPercent(rate * 100, 1) }
}

/** "12/30" seats, or "12/–" when the class has no seat limit (capacity 0). */
export function seatsText(enrolled: number, capacity: number): string {
  return `${formatInteger(enrolled)}/${capacity > 0 ? formatInteger(capacity) : '–'}`
}

/** "2–6 November 2026", "28 Oktober – 6 November 2026", or one date when both are the same day. */
export function formatDateRange(start: string, end: string, lang: Lang = 'id'): string {
  if (!end || start === end) return formatDate(start, lang)
  const a = formatDate(start, lang).split(' ')
  const b = formatDate(end, lang).split(' ')
  if (a.length !== 3 || b.length !== 3) return `${formatDate(start, lang)} – ${formatDate(end, lang)}`
  if (a[2] !== b[2]) return `${a.join(' ')} – ${b.join(' ')}`
  if (a[1] !== b[1]) return `${a[0]} ${a[1]} – ${b.join(' ')}`
  return `${a[0]}–${b.join(' ')}`
}

/** Where the class stands today. */
export function offeringState(offering: Pick<Offering, 'start' | 'end'>, today: string): 'upcoming' | 'running' | 'ended' {
  if (today < offering.start) return 'upcoming'
  return today >= offering.end ? 'ended' : 'running'
}

export type OfferingSort = 'offering' | 'program' | 'institution' | 'form' | 'start' | 'end' | 'jp' | 'enrolled' | 'passed' | 'failed'

/** The year's classes sorted by one column; ties keep the server's order (start date, code). */
export function sortOfferings(items: readonly Offering[], sort: OfferingSort | null, desc: boolean): Offering[] {
  if (!sort) return [...items]
  const key = (o: Offering): string | number => (sort === 'program' ? o.program_name || o.program : o[sort])
  const sign = desc ? -1 : 1
  return items
    .map((o, i) => ({ o, i }))
    .sort((x, y) => {
      const a = key(x.o)
      const b = key(y.o)
      const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'id')
      return order * sign || x.i - y.i
    })
    .map(({ o }) => o)
}
