// Pure rules of the data table: sorting clicks and paging arithmetic.

export interface TableColumn {
  name: string
  label: string
  type: string
  description?: string
}

export interface SortState {
  sort: string | null
  desc: boolean
}

/** A click on a header: a new column sorts ascending; the same column flips the direction. */
export function nextSort(current: SortState, column: string): SortState {
  if (current.sort !== column) return { sort: column, desc: false }
  return { sort: column, desc: !current.desc }
}

export type AriaSort = 'ascending' | 'descending' | 'none'

export function ariaSort(current: SortState, column: string): AriaSort {
  if (current.sort !== column) return 'none'
  return current.desc ? 'descending' : 'ascending'
}

export interface PageInfo {
  from: number
  to: number
  page: number
  pages: number
  hasPrev: boolean
  hasNext: boolean
}

export function pageInfo(total: number, offset: number, limit: number): PageInfo {
  const safeLimit = Math.max(1, limit)
  const pages = Math.max(1, Math.ceil(total / safeLimit))
  const page = Math.min(pages, Math.floor(offset / safeLimit) + 1)
  return {
    from: total === 0 ? 0 : offset + 1,
    to: Math.min(total, offset + safeLimit),
    page,
    pages,
    hasPrev: offset > 0,
    hasNext: offset + safeLimit < total,
  }
}
