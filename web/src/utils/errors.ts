// Turning API errors into sentences people can act on (UI.md: never a raw error code alone).
import { ApiError } from '@/api/client'
import type { RowError } from '@/api/types'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** One sentence for an error from the API (or anything thrown). */
export function errorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('errors.generic', { message: String(error) })
  if (error.isNetwork) return t('errors.network')
  if (error.status === 403 && error.code === 'forbidden' && !error.message) return t('errors.forbidden')
  if (error.status === 404 && !error.message) return t('errors.notFound')
  if (error.status >= 500) return t('errors.internal')
  return error.message || t('errors.generic', { message: error.code })
}

/** "baris 57, kolom nip: …" for one detail (row numbers as Excel shows them). */
export function rowErrorLine(detail: RowError, t: Translate): string {
  if (detail.row !== undefined && detail.row !== null && detail.column) {
    return t('importer.errorLine', { row: detail.row, column: detail.column, message: detail.message })
  }
  if (detail.row !== undefined && detail.row !== null) {
    return t('importer.errorRow', { row: detail.row, message: detail.message })
  }
  return detail.column ? `${detail.column}: ${detail.message}` : detail.message
}

/** How many errors each column has, most first, errors without a column last (a summary above a long list). */
export function countByColumn(details: readonly RowError[]): Array<{ column: string; count: number }> {
  const counts = new Map<string, number>()
  for (const detail of details) {
    const column = detail.column || '—'
    counts.set(column, (counts.get(column) ?? 0) + 1)
  }
  return [...counts.entries()]
    .map(([column, count]) => ({ column, count }))
    .sort((a, b) => b.count - a.count || Number(a.column === '—') - Number(b.column === '—') ||
      a.column.localeCompare(b.column))
}
