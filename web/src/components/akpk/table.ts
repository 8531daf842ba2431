// The column of an AkpkTable: how to read, sort and show one value of a row.
import type { SortValue } from '@/views/akpk/rules'

export interface AkpkColumn<R> {
  name: string
  label: string
  type: 'integer' | 'decimal' | 'percent' | 'text' | 'code'
  value: (row: R) => SortValue
}
