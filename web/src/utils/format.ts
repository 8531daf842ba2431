// id-ID formatting for the interface (UI.md "Numbers and dates"). Pure functions, no Intl locale data:
// the output must be the same in every browser and in Node.
export type Lang = 'id' | 'en'

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
    'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'],
}

/** Groups the digits of a non-negative integer string by thousands with dots: "1500000" → "1.500.000". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

/** Whole numbers with dot grouping: 12000 → "12.000". */
export function formatInteger(value: number): string {
  if (!Number.isFinite(value)) return ''
  const rounded = Math.round(value)
  const sign = rounded < 0 ? '-' : ''
  return sign + groupThousands(String(Math.abs(rounded)))
}

/** Rupiah, whole: 1500000 → "Rp 1.500.000". */
export function formatMoney(value: number): string {
  if (!Number.isFinite(value)) return ''
  const rounded = Math.round(value)
  const sign = rounded < 0 ? '-' : ''
  return `${sign}Rp ${groupThousands(String(Math.abs(rounded)))}`
}

/** Decimals with a comma and no trailing zeros: 3.25 → "3,25", 1234.5 → "1.234,5". */
export function formatDecimal(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return ''
  const fixed = Math.abs(value).toFixed(maxFractionDigits)
  const [whole = '0', fraction = ''] = fixed.split('.')
  const trimmed = fraction.replace(/0+$/, '')
  const isZero = /^0*$/.test(whole + trimmed)
  const sign = value < 0 && !isZero ? '-' : ''
  return sign + groupThousands(whole) + (trimmed ? `,${trimmed}` : '')
}

/** Percentages: 87.5 → "87,5%". */
export function formatPercent(value: number, maxFractionDigits = 1): string {
  if (!Number.isFinite(value)) return ''
  return `${formatDecimal(value, maxFractionDigits)}%`
}

/** ISO dates "2027-03-15" → "15 Maret 2027" (or "15 March 2027"); anything else is returned unchanged. */
export function formatDate(iso: string, lang: Lang = 'id'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return iso
  const [, year, month, day] = match
  const name = MONTHS[lang][Number(month) - 1]
  if (!name || Number(day) < 1 || Number(day) > 31) return iso
  return `${Number(day)} ${name} ${year}`
}

/** NIP in its four groups: "198609262015051001" → "19860926 201505 1 001"; other text unchanged. */
export function formatNip(nip: string): string {
  const digits = nip.trim()
  if (!/^\d{18}$/.test(digits)) return nip
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`
}

/** Column types sent by GET /kinds (formats::ColumnType). */
export type ColumnType = 'code' | 'text' | 'integer' | 'decimal' | 'money' | 'date' | 'enum' | 'nip' | 'raises'

/** One cell of a record as the interface shows it; null and undefined become an empty string. */
export function formatCell(value: unknown, type: string, lang: Lang = 'id'): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') {
    if (type === 'money') return formatMoney(value)
    if (type === 'decimal') return formatDecimal(value)
    if (type === 'integer') return formatInteger(value)
    return String(value)
  }
  if (typeof value === 'boolean') return value ? '✓' : '–'
  const text = String(value)
  if (type === 'date') return formatDate(text, lang)
  if (type === 'nip') return formatNip(text)
  return text
}

/** Whether a column's values read better right-aligned (numbers). */
export function isNumericType(type: string): boolean {
  return type === 'integer' || type === 'decimal' || type === 'money'
}

/** File sizes for messages: 52428800 → "50 MiB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatDecimal(bytes / (1024 * 1024), 1)} MiB`
  if (bytes >= 1024) return `${formatDecimal(bytes / 1024, 1)} KiB`
  return `${formatInteger(bytes)} B`
}
