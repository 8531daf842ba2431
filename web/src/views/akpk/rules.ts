// Pure rules of the needs-analysis pages: the 9-box layout, the heatmap matrix, sorting and shares.
import type { GapLine, HeatCell, Heatmap } from '@/api/gaps'

/**
 * The talent 9-box of DOMAIN.md: performance in rows (di atas, sesuai, di bawah from the top), potential in
 * columns (rendah, menengah, tinggi from the left).
 */
export const NINE_BOX_ROWS: readonly (readonly number[])[] = [
  [4, 7, 9],
  [2, 5, 8],
  [1, 3, 6],
]

export type BoxAction = 'succession' | 'development' | 'guidance' | 'discipline'

/** What DOMAIN.md recommends for a box (a box can carry two actions, e.g. 7 and 3). */
export function boxActions(box: number): BoxAction[] {
  const actions: BoxAction[] = []
  if (box >= 7 && box <= 9) actions.push('succession')
  if ([2, 3, 4, 5, 7].includes(box)) actions.push('development')
  if (box === 3 || box === 6) actions.push('guidance')
  if (box === 1) actions.push('discipline')
  return actions
}

/** The 9 counts of the contract (ninebox[i] = box i + 1) indexed by box number 1–9 (index 0 unused). */
export function boxCounts(ninebox: readonly number[]): number[] {
  return [0, ...Array.from({ length: 9 }, (_, i) => ninebox[i] ?? 0)]
}

/** A share in percent, 0 when the whole is 0. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? (part / whole) * 100 : 0
}

export interface HeatMatrix {
  agencies: string[]
  competencies: string[]
  /** [competency index (x), agency index (y), mean gap] for ECharts. */
  data: Array<[number, number, number]>
  max: number
}

/**
 * The agency × competency matrix of the summary's heatmap: agencies in rows with the largest weighted need first
 * (the most urgent on top, at most `maxAgencies`), competencies in columns by code, at most `maxCompetencies`
 * (those with the largest weighted need). Cells without a standard or without an assessed pair stay empty.
 */
export function heatMatrix(heatmap: Heatmap | null | undefined, maxCompetencies = 40, maxAgencies = 1000): HeatMatrix {
  const rows = heatmap?.agencies ?? []
  const columns = heatmap?.competencies ?? []
  const cells = heatmap?.cells ?? []
  const need = (cell: HeatCell | null | undefined) => cell?.weighted_need ?? 0
  const rowNeed = rows.map((_, r) => (cells[r] ?? []).reduce((sum, cell) => sum + need(cell), 0))
  const columnNeed = columns.map((_, c) => cells.reduce((sum, row) => sum + need(row[c]), 0))
  const rowOrder = rows.map((_, r) => r)
    .sort((a, b) => (rowNeed[b] ?? 0) - (rowNeed[a] ?? 0) || (rows[a]?.code ?? '').localeCompare(rows[b]?.code ?? ''))
    .slice(0, maxAgencies)
  const columnOrder = columns.map((_, c) => c)
    .sort((a, b) => (columnNeed[b] ?? 0) - (columnNeed[a] ?? 0) || a - b)
    .slice(0, maxCompetencies)
    .sort((a, b) => (columns[a]?.code ?? '').localeCompare(columns[b]?.code ?? ''))
  const data: Array<[number, number, number]> = []
  let max = 0
  rowOrder.forEach((r, y) => {
    columnOrder.forEach((c, x) => {
      const value = cells[r]?.[c]?.mean_gap
      if (value === null || value === undefined) return
      data.push([x, y, value])
      max = Math.max(max, value)
    })
  })
  return {
    agencies: rowOrder.map((r) => rows[r]?.code ?? ''),
    competencies: columnOrder.map((c) => columns[c]?.code ?? ''),
    data,
    max,
  }
}

/** Agency code → name, for labels. */
export function agencyNames(heatmap: Heatmap | null | undefined): Record<string, string> {
  return Object.fromEntries((heatmap?.agencies ?? []).map((agency) => [agency.code, agency.name || agency.code]))
}

export type SortValue = string | number | null | undefined

/** A copy sorted by one key; empty values last in both directions, ties keep their order. */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, desc = false): T[] {
  const sign = desc ? -1 : 1
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const aEmpty = a.key === null || a.key === undefined || a.key === ''
      const bEmpty = b.key === null || b.key === undefined || b.key === ''
      if (aEmpty || bEmpty) return Number(aEmpty) - Number(bEmpty) || a.index - b.index
      const order = typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : String(a.key).localeCompare(String(b.key), 'id', { numeric: true })
      return order * sign || a.index - b.index
    })
    .map((entry) => entry.row)
}

/** The gaps to show first: the largest weighted gap on top, then the target-position gaps, then by code. */
export function sortGaps(lines: readonly GapLine[]): GapLine[] {
  return [...lines].sort((a, b) => b.gap * b.weight - a.gap * a.weight ||
    b.target_gap * b.target_weight - a.target_gap * a.target_weight || a.competency.localeCompare(b.competency))
}

/** Competencies below the current position's standard. */
export function gapCount(lines: readonly GapLine[]): number {
  return lines.filter((line) => line.gap > 0).length
}

/** The highest level on the level axis of the bar chart: 5, or more when a standard asks for more. */
export function levelAxisMax(lines: readonly GapLine[]): number {
  let max = 5
  for (const line of lines) max = Math.max(max, line.required, line.held ?? 0, line.target_required ?? 0)
  return Math.ceil(max)
}
