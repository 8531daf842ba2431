// A small mark a kind may put beside a cell of the data browser (a flagged program's code, …), kept generic so
// the browser knows nothing about what the mark means.
export interface CellBadge {
  label: string
  /** The longer sentence on hover and for screen readers. */
  title: string
  tone: 'warn' | 'danger'
  /** Where the mark leads, when it leads somewhere. */
  to?: string
}

/** The badge beside `value` in `column`, or null. */
export type CellBadgeLookup = (column: string, value: unknown) => CellBadge | null
