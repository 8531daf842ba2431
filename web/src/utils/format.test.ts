import { describe, expect, it } from 'vitest'
import {
  formatBytes, formatCell, formatDate, formatDecimal, formatInteger, formatMoney, formatNip, formatPercent,
  isNumericType,
} from './format'

describe('formatMoney', () => {
  it('groups Rupiah with dots and the Rp prefix', () => {
    expect(formatMoney(1500000)).toBe('Rp 1.500.000')
    expect(formatMoney(0)).toBe('Rp 0')
    expect(formatMoney(999)).toBe('Rp 999')
    expect(formatMoney(1000)).toBe('Rp 1.000')
  })
  it('rounds to whole Rupiah and keeps the sign', () => {
    expect(formatMoney(1234.6)).toBe('Rp 1.235')
    expect(formatMoney(-2500000)).toBe('-Rp 2.500.000')
  })
  it('returns an empty string for non-finite values', () => {
    expect(formatMoney(Number.NaN)).toBe('')
  })
})

describe('formatDecimal', () => {
  it('uses a decimal comma and trims trailing zeros', () => {
    expect(formatDecimal(3.25)).toBe('3,25')
    expect(formatDecimal(3.5)).toBe('3,5')
    expect(formatDecimal(3)).toBe('3')
    expect(formatDecimal(1234.5)).toBe('1.234,5')
  })
  it('rounds to the requested digits', () => {
    expect(formatDecimal(2.456)).toBe('2,46')
    expect(formatDecimal(2.456, 1)).toBe('2,5')
  })
  it('handles negatives and negative zero', () => {
    expect(formatDecimal(-0.75)).toBe('-0,75')
    expect(formatDecimal(-0.001)).toBe('0')
  })
  it('returns an empty string for infinity', () => {
    expect(formatDecimal(Infinity)).toBe('')
  })
})

describe('formatInteger and formatPercent', () => {
  it('groups thousands', () => {
    expect(formatInteger(12000)).toBe('12.000')
    expect(formatInteger(1234567)).toBe('1.234.567')
    expect(formatInteger(-45)).toBe('-45')
    expect(formatInteger(Number.NaN)).toBe('')
  })
  it('writes percentages with a comma', () => {
    expect(formatPercent(87.5)).toBe('87,5%')
    expect(formatPercent(100)).toBe('100%')
    expect(formatPercent(Number.NaN)).toBe('')
  })
})

describe('formatDate', () => {
  it('writes the Indonesian month name', () => {
    expect(formatDate('2027-03-15')).toBe('15 Maret 2027')
    expect(formatDate('2027-01-01')).toBe('1 Januari 2027')
    expect(formatDate('2026-12-31')).toBe('31 Desember 2026')
  })
  it('writes English month names when asked', () => {
    expect(formatDate('2027-03-15', 'en')).toBe('15 March 2027')
  })
  it('leaves text that is not an ISO date unchanged', () => {
    expect(formatDate('15/03/2027')).toBe('15/03/2027')
    expect(formatDate('2027-13-01')).toBe('2027-13-01')
    expect(formatDate('')).toBe('')
  })
})

describe('formatNip', () => {
  it('groups an 18-digit NIP as 8 6 1 3', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001')
  })
  it('leaves anything else unchanged', () => {
    expect(formatNip('12345')).toBe('12345')
    expect(formatNip('19860926201505100X')).toBe('19860926201505100X')
  })
})

describe('formatCell', () => {
  it('formats by column type', () => {
    expect(formatCell(1500000, 'money')).toBe('Rp 1.500.000')
    expect(formatCell(3.25, 'decimal')).toBe('3,25')
    expect(formatCell(12000, 'integer')).toBe('12.000')
    expect(formatCell('2027-03-15', 'date')).toBe('15 Maret 2027')
    expect(formatCell('2027-03-15', 'date', 'en')).toBe('15 March 2027')
    expect(formatCell('198609262015051001', 'nip')).toBe('19860926 201505 1 001')
    expect(formatCell('M.03:1;T.KES.02:2', 'raises')).toBe('M.03:1;T.KES.02:2')
  })
  it('shows null as empty and keeps codes as written', () => {
    expect(formatCell(null, 'text')).toBe('')
    expect(formatCell(undefined, 'money')).toBe('')
    expect(formatCell(2027, 'code')).toBe('2027')
  })
  it('knows which types are numeric', () => {
    expect(isNumericType('money')).toBe(true)
    expect(isNumericType('nip')).toBe(false)
  })
})

describe('formatBytes', () => {
  it('uses binary units', () => {
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MiB')
    expect(formatBytes(1536)).toBe('1,5 KiB')
    expect(formatBytes(12)).toBe('12 B')
  })
})
