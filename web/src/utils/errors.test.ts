import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { countByColumn, errorMessage, rowErrorLine } from './errors'

const t = (key: string, values?: Record<string, unknown>) =>
  values ? `${key}${JSON.stringify(values)}` : key

describe('errorMessage', () => {
  it('uses the server message, already in the user language', () => {
    expect(errorMessage(new ApiError(400, 'invalid_argument', 'Kolom nip wajib'), t)).toBe('Kolom nip wajib')
  })
  it('explains a network failure and a server failure in our own words', () => {
    expect(errorMessage(new ApiError(0, 'network', 'network'), t)).toBe('errors.network')
    expect(errorMessage(new ApiError(500, 'internal', 'boom'), t)).toBe('errors.internal')
  })
  it('falls back on the code when the message is empty', () => {
    expect(errorMessage(new ApiError(409, 'conflict', ''), t)).toBe('errors.generic{"message":"conflict"}')
    expect(errorMessage(new ApiError(403, 'forbidden', ''), t)).toBe('errors.forbidden')
  })
  it('handles things that are not API errors', () => {
    expect(errorMessage(new Error('x'), t)).toContain('errors.generic')
  })
})

describe('rowErrorLine', () => {
  it('names the row and column', () => {
    expect(rowErrorLine({ row: 57, column: 'nip', message: 'salah' }, t))
      .toBe('importer.errorLine{"row":57,"column":"nip","message":"salah"}')
  })
  it('copes with a row without a column and with neither', () => {
    expect(rowErrorLine({ row: 3, message: 'duplikat' }, t)).toBe('importer.errorRow{"row":3,"message":"duplikat"}')
    expect(rowErrorLine({ column: 'nama', message: 'kolom tidak ada' }, t)).toBe('nama: kolom tidak ada')
    expect(rowErrorLine({ message: 'file kosong' }, t)).toBe('file kosong')
  })
})

describe('countByColumn', () => {
  it('counts per column, most first', () => {
    const counts = countByColumn([
      { row: 2, column: 'nip', message: 'a' },
      { row: 3, column: 'nama', message: 'b' },
      { row: 4, column: 'nip', message: 'c' },
      { row: 5, message: 'd' },
    ])
    expect(counts).toEqual([{ column: 'nip', count: 2 }, { column: 'nama', count: 1 }, { column: '—', count: 1 }])
  })
})
