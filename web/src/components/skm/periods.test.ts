import { describe, expect, it } from 'vitest'
import { dateRange, draftProblems, overlaps, periodBody, quickFill, servedValue } from './periods'

const draft = (over: Partial<{ nama: string; dari: string; sampai: string; served: string }> = {}) =>
  ({ nama: 'Semester I 2027', dari: '2027-01-01', sampai: '2027-06-30', served: '', ...over })

describe('quickFill', () => {
  it('names the quarter, semester or year holding today when the unit has no period', () => {
    expect(quickFill('triwulan', '2027-05-14', [])).toEqual({ nama: 'Triwulan II 2027', dari: '2027-04-01', sampai: '2027-06-30' })
    expect(quickFill('semester', '2027-08-02', [])).toEqual({ nama: 'Semester II 2027', dari: '2027-07-01', sampai: '2027-12-31' })
    expect(quickFill('tahun', '2028-02-29', [])).toEqual({ nama: 'Tahun 2028', dari: '2028-01-01', sampai: '2028-12-31' })
    expect(quickFill('triwulan', '2028-01-10', [])).toEqual({ nama: 'Triwulan I 2028', dari: '2028-01-01', sampai: '2028-03-31' })
  })

  it('skips the periods the unit already has, into the next year', () => {
    const taken = [{ dari: '2027-10-01', sampai: '2027-12-31' }, { dari: '2028-01-01', sampai: '2028-01-31' }]
    expect(quickFill('triwulan', '2027-11-01', taken)).toEqual({ nama: 'Triwulan II 2028', dari: '2028-04-01', sampai: '2028-06-30' })
    expect(quickFill('semester', '2027-11-01', taken)).toEqual({ nama: 'Semester II 2028', dari: '2028-07-01', sampai: '2028-12-31' })
    expect(quickFill('tahun', '2027-03-01', [{ dari: '2027-12-31', sampai: '2027-12-31' }]).nama).toBe('Tahun 2028')
  })
})

describe('draftProblems', () => {
  it('accepts a good draft, with or without people served', () => {
    expect(draftProblems(draft())).toEqual({})
    expect(draftProblems(draft({ served: '1.200' }))).toEqual({})
    expect(draftProblems(draft({ dari: '2028-01-01', sampai: '2028-12-31' }))).toEqual({})  // 366 days, a leap year
  })

  it('names each field\'s problem', () => {
    expect(draftProblems(draft({ nama: '  ' }))).toEqual({ nama: 'namaEmpty' })
    expect(draftProblems(draft({ nama: 'x'.repeat(101) }))).toEqual({ nama: 'namaLong' })
    expect(draftProblems(draft({ nama: 'é'.repeat(100) }))).toEqual({})
    expect(draftProblems(draft({ dari: '', sampai: '' }))).toEqual({ dari: 'dariEmpty', sampai: 'sampaiEmpty' })
    expect(draftProblems(draft({ dari: '2027-02-30' }))).toEqual({ dari: 'dateInvalid' })
    expect(draftProblems(draft({ sampai: '2026-12-31' }))).toEqual({ sampai: 'sampaiBefore' })
    expect(draftProblems(draft({ sampai: '2027-01-01' }))).toEqual({})  // one day
    expect(draftProblems(draft({ sampai: '2028-01-01' }))).toEqual({})  // 366 days
    expect(draftProblems(draft({ sampai: '2028-01-02' }))).toEqual({ sampai: 'tooLong' })
    expect(draftProblems(draft({ served: '0' }))).toEqual({ served: 'served' })
    expect(draftProblems(draft({ served: 'banyak' }))).toEqual({ served: 'served' })
    expect(draftProblems(draft({ served: '100000001' }))).toEqual({ served: 'served' })
  })
})

describe('period body and words', () => {
  it('sends the trimmed name and the people served as a number or null', () => {
    expect(periodBody(draft({ nama: ' Tahun 2027 ', served: '5.000' })))
      .toEqual({ nama: 'Tahun 2027', dari: '2027-01-01', sampai: '2027-06-30', served: 5000 })
    expect(periodBody(draft()).served).toBeNull()
    expect([servedValue(''), servedValue(' 12 000 '), servedValue('1,5')]).toEqual([null, 12000, undefined])
  })

  it('tells overlapping spans, both ends included, and writes a span in long dates', () => {
    expect(overlaps({ dari: '2027-01-01', sampai: '2027-06-30' }, { dari: '2027-06-30', sampai: '2027-12-31' })).toBe(true)
    expect(overlaps({ dari: '2027-01-01', sampai: '2027-06-30' }, { dari: '2027-07-01', sampai: '2027-12-31' })).toBe(false)
    expect(dateRange('2027-01-01', '2027-06-30', 'id')).toBe('1 Januari 2027 – 30 Juni 2027')
    expect(dateRange('2027-01-01', '2027-06-30', 'en')).toBe('1 January 2027 – 30 June 2027')
  })
})
