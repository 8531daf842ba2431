import { describe, expect, it } from 'vitest'
import { charCount, liftsFlag, localToday, revisionBody, revisionProblems } from './revision_rules'

const ok = { tanggal: '2026-11-02', aspek: 'materi' as const, ringkasan: 'Materi diperbarui.' }

describe('revision rules', () => {
  it('takes today from the browser\'s calendar, not UTC', () => {
    expect(localToday(new Date(2027, 0, 5, 0, 30))).toBe('2027-01-05')
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31')
  })

  it('counts characters as the server does', () => {
    expect(charCount('abc')).toBe(3)
    expect(charCount('👍🏽')).toBe(2)
  })

  it('accepts a complete draft dated today or earlier', () => {
    expect(revisionProblems(ok, '2026-11-30')).toEqual({})
    expect(revisionProblems({ ...ok, tanggal: '2026-11-30' }, '2026-11-30')).toEqual({})
  })

  it('names each problem by field', () => {
    expect(revisionProblems({ tanggal: '', aspek: '', ringkasan: '' }, '2026-11-30'))
      .toEqual({ tanggal: 'dateRequired', aspek: 'aspectRequired', ringkasan: 'summaryShort' })
    expect(revisionProblems({ ...ok, tanggal: '2026-12-01' }, '2026-11-30')).toEqual({ tanggal: 'dateFuture' })
    expect(revisionProblems({ ...ok, tanggal: '2026-02-30' }, '2026-11-30')).toEqual({ tanggal: 'dateInvalid' })
    expect(revisionProblems({ ...ok, tanggal: '2/11/2026' }, '2026-11-30')).toEqual({ tanggal: 'dateInvalid' })
  })

  it('measures the summary without the spaces around it, 10 to 2000 characters', () => {
    expect(revisionProblems({ ...ok, ringkasan: '  123456789  ' }, '2026-11-30')).toEqual({ ringkasan: 'summaryShort' })
    expect(revisionProblems({ ...ok, ringkasan: '1234567890' }, '2026-11-30')).toEqual({})
    expect(revisionProblems({ ...ok, ringkasan: 'x'.repeat(2000) }, '2026-11-30')).toEqual({})
    expect(revisionProblems({ ...ok, ringkasan: 'x'.repeat(2001) }, '2026-11-30')).toEqual({ ringkasan: 'summaryLong' })
  })

  it('sends the summary trimmed', () => {
    expect(revisionBody({ ...ok, ringkasan: '  Materi diperbarui.\n' })).toEqual(ok)
  })

  it('lifts a flag from the offering\'s last day on', () => {
    expect(liftsFlag('2026-03-06', '2026-03-06')).toBe(true)
    expect(liftsFlag('2026-04-01', '2026-03-06')).toBe(true)
    expect(liftsFlag('2026-03-05', '2026-03-06')).toBe(false)
  })
})
