import { describe, expect, it } from 'vitest'
import { barPercent, formatOr, formatP, needsReview, pRelation, reviewOrder } from './rules'
import { evaluation } from './test_data'

describe('evaluation rules', () => {
  it('asks for a review when nothing changed or it declined', () => {
    expect(needsReview('tidak_signifikan')).toBe(true)
    expect(needsReview('menurun')).toBe(true)
    expect(needsReview('efektif')).toBe(false)
    expect(needsReview('data_kurang')).toBe(false)
  })
  it('writes p-values the Indonesian way and bounds the tiny ones', () => {
    expect(formatP(0.0234)).toBe('0,023')
    expect(formatP(0.0000004)).toBe('< 0,001')
    expect(formatP(0.001)).toBe('0,001')
    expect(formatP(null)).toBe('—')
    expect(formatP(undefined)).toBe('—')
    expect(formatOr(null)).toBe('—')
    expect(formatOr(86.254)).toBe('86,25')
    // in a sentence: "p = 0,023" but "p < 0,001", never "p = < 0,001"
    expect(pRelation(0.0234)).toBe('= 0,023')
    expect(pRelation(0.0000004)).toBe('< 0,001')
    expect(pRelation(null)).toBe('= —')
  })
  it('puts declines first, then not significant, effective, no data; by code within', () => {
    const list = [
      evaluation({ offering: 'B', verdict: 'efektif' }), evaluation({ offering: 'A', verdict: 'data_kurang' }),
      evaluation({ offering: 'D', verdict: 'tidak_signifikan' }), evaluation({ offering: 'C', verdict: 'tidak_signifikan' }),
      evaluation({ offering: 'E', verdict: 'menurun' }),
    ]
    expect(reviewOrder(list).map((o) => o.offering)).toEqual(['E', 'C', 'D', 'B', 'A'])
  })
  it('scales bars and keeps a sliver for a small positive value', () => {
    expect(barPercent(50, 100)).toBe(50)
    expect(barPercent(0.1, 100)).toBe(1)
    expect(barPercent(0, 100)).toBe(0)
    expect(barPercent(null, 100)).toBe(0)
    expect(barPercent(150, 100)).toBe(100)
    expect(barPercent(-3, 100)).toBe(0)
  })
})
