import { describe, expect, it } from 'vitest'
import { formatIkm } from './ikm'

describe('formatIkm', () => {
  it('writes the converted index with two decimals and a comma, trailing zeros kept', () => {
    expect(formatIkm(70.7345)).toBe('70,73')
    expect(formatIkm(71.09578270601884)).toBe('71,10')
    expect(formatIkm(80)).toBe('80,00')
    expect(formatIkm(87.5)).toBe('87,50')
    expect(formatIkm(100)).toBe('100,00')
    expect(formatIkm(90.125)).toBe('90,13')
  })

  it('writes the raw IKM (1–4) the same way', () => {
    expect(formatIkm(2.8438313082407536)).toBe('2,84')
    expect(formatIkm(3.5)).toBe('3,50')
    expect(formatIkm(4)).toBe('4,00')
  })

  it('groups thousands, keeps a real minus sign and gives nothing for what is not a number', () => {
    expect(formatIkm(1234.5)).toBe('1.234,50')
    expect(formatIkm(-0.001)).toBe('0,00')
    expect(formatIkm(-1.5)).toBe('-1,50')
    expect(formatIkm(Number.NaN)).toBe('')
    expect(formatIkm(Number.POSITIVE_INFINITY)).toBe('')
  })
})
