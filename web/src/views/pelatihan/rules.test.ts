import { describe, expect, it } from 'vitest'
import {
  attendanceParts, formatDateRange, formatGain, inRange, nipDigits, nipProblem, offeringState, parseScore, presentOn,
  rollRange, scoreInput, seatsText, sortOfferings, testGain, testsText, todayIso,
} from './rules'
import { NIP_A, NIP_B, offering, participants } from './test_data'

describe('NIP as typed', () => {
  it('accepts 18 digits with or without the usual spaces, and nothing typed yet', () => {
    expect(nipProblem('19860926 201505 1 001')).toBeNull()
    expect(nipDigits(' 19860926 201505 1 001 ')).toBe(NIP_A)
    expect(nipProblem('')).toBeNull()
  })

  it('says how many digits were typed, and refuses letters', () => {
    expect(nipProblem('1986 0926')).toEqual({ key: 'pelatihan.enrol.nipLength', n: 8 })
    expect(nipProblem('1986092620150510011')).toEqual({ key: 'pelatihan.enrol.nipLength', n: 19 })
    expect(nipProblem('19860926201505100O')).toEqual({ key: 'pelatihan.enrol.nipDigits' })
  })
})

describe('the days a roll may be taken', () => {
  it('runs from the start to the end, or to today while the class runs', () => {
    expect(rollRange('2025-03-03', '2025-03-07', '2026-01-01')).toEqual({ min: '2025-03-03', max: '2025-03-07' })
    expect(rollRange('2025-03-03', '2025-03-07', '2025-03-05')).toEqual({ min: '2025-03-03', max: '2025-03-05' })
    expect(rollRange('2025-03-03', '2025-03-07', '2025-03-03')).toEqual({ min: '2025-03-03', max: '2025-03-03' })
    expect(rollRange('2025-03-03', '2025-03-07', '2025-03-02')).toBeNull()
  })

  it('checks a date against that range', () => {
    const range = { min: '2025-03-03', max: '2025-03-05' }
    expect(inRange('2025-03-04', range)).toBe(true)
    expect(inRange('2025-03-06', range)).toBe(false)
    expect(inRange('2025-03-02', range)).toBe(false)
    expect(inRange('', range)).toBe(false)
    expect(inRange('2025-03-04', null)).toBe(false)
  })

  it('writes today in the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05')
  })

  it('ticks the undecided participants saved present that day, never a decided one', () => {
    expect(presentOn(participants(), '2025-03-03')).toEqual([NIP_A, NIP_B])
    expect(presentOn(participants(), '2025-03-07')).toEqual([NIP_B])
    expect(presentOn(participants(), '2025-03-08')).toEqual([])
  })
})

describe('scores as typed', () => {
  it('reads a comma or a point, and an empty box as no score', () => {
    expect(parseScore('78,5')).toEqual({ ok: true, value: 78.5 })
    expect(parseScore(' 78.5 ')).toEqual({ ok: true, value: 78.5 })
    expect(parseScore('0')).toEqual({ ok: true, value: 0 })
    expect(parseScore('100')).toEqual({ ok: true, value: 100 })
    expect(parseScore('')).toEqual({ ok: true, value: undefined })
  })

  it('refuses anything outside 0–100 or not a number', () => {
    for (const text of ['100,5', '120', '-1', 'abc', '7 8', '1.234']) expect(parseScore(text), text).toEqual({ ok: false })
  })
})

describe('figures in words', () => {
  it('gives attendance parts with an id-ID percentage, or nothing before the first day', () => {
    expect(attendanceParts({ present: 4, days: 5, rate: 0.8, dates: [] })).toEqual({ present: '4', days: '5', percent: '80%' })
    expect(attendanceParts({ present: 2, days: 3, rate: 2 / 3, dates: [] })?.percent).toBe('66,7%')
    expect(attendanceParts({ present: 0, days: 0, rate: null, dates: [] })).toBeNull()
  })

  it('writes seats with a dash for a class without a limit', () => {
    expect(seatsText(12, 30)).toBe('12/30')
    expect(seatsText(1200, 0)).toBe('1.200/–')
  })

  it('shortens a date range that shares its month or year', () => {
    expect(formatDateRange('2026-11-02', '2026-11-06')).toBe('2–6 November 2026')
    expect(formatDateRange('2026-10-28', '2026-11-06')).toBe('28 Oktober – 6 November 2026')
    expect(formatDateRange('2026-12-28', '2027-01-08')).toBe('28 Desember 2026 – 8 Januari 2027')
    expect(formatDateRange('2026-11-02', '2026-11-02')).toBe('2 November 2026')
    expect(formatDateRange('2026-11-02', '2026-11-06', 'en')).toBe('2–6 November 2026')
  })

  it('tells where a class stands, ended on its last day', () => {
    const o = offering()
    expect(offeringState(o, '2025-03-02')).toBe('upcoming')
    expect(offeringState(o, '2025-03-03')).toBe('running')
    expect(offeringState(o, '2025-03-07')).toBe('ended')
  })
})

describe('sortOfferings', () => {
  const list = [
    offering({ offering: 'B', program_name: 'Zakat', enrolled: 5 }),
    offering({ offering: 'A', program_name: 'Arsip', enrolled: 20 }),
    offering({ offering: 'C', program_name: 'Etika', enrolled: 5 }),
  ]

  it('keeps the server order without a column, and ties in that order', () => {
    expect(sortOfferings(list, null, false).map((o) => o.offering)).toEqual(['B', 'A', 'C'])
    expect(sortOfferings(list, 'enrolled', false).map((o) => o.offering)).toEqual(['B', 'C', 'A'])
    expect(sortOfferings(list, 'enrolled', true).map((o) => o.offering)).toEqual(['A', 'B', 'C'])
  })

  it('sorts programs by their names', () => {
    expect(sortOfferings(list, 'program', false).map((o) => o.program_name)).toEqual(['Arsip', 'Etika', 'Zakat'])
  })
})

describe('pre-test and post-test', () => {
  it('shows a stored score ready to edit, with a decimal comma', () => {
    expect(scoreInput(78.5)).toBe('78,5')
    expect(scoreInput(100)).toBe('100')
    expect(scoreInput(66.667)).toBe('66,67')
    expect(scoreInput(null)).toBe('')
    expect(parseScore(scoreInput(78.5))).toEqual({ ok: true, value: 78.5 })
  })

  it('gains only when both tests have a score, without floating-point noise', () => {
    expect(testGain({ pre: 62, post: 81 })).toBe(19)
    expect(testGain({ pre: 62.3, post: 81 })).toBe(18.7)
    expect(testGain({ pre: 90, post: 85.5 })).toBe(-4.5)
    expect(testGain({ pre: 62, post: null })).toBeNull()
    expect(testGain({ pre: null, post: 81 })).toBeNull()
  })

  it('writes "pre → post" with a dash for the missing one, and the gain with its sign', () => {
    expect(testsText({ pre: 62, post: 81 })).toBe('62 → 81')
    expect(testsText({ pre: 70.5, post: null })).toBe('70,5 → —')
    expect(testsText({ pre: null, post: 81 })).toBe('— → 81')
    expect(testsText({ pre: null, post: null })).toBeNull()
    expect(formatGain(19)).toBe('+19')
    expect(formatGain(-4.5)).toBe('\u22124,5')
    expect(formatGain(0)).toBe('±0')
  })
})
