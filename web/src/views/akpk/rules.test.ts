import { describe, expect, it } from 'vitest'
import type { GapLine, Heatmap } from '@/api/gaps'
import {
  agencyNames, boxActions, boxCounts, gapCount, heatMatrix, levelAxisMax, NINE_BOX_ROWS, percent, sortGaps, sortRows,
} from './rules'

function line(competency: string, over: Partial<GapLine> = {}): GapLine {
  return {
    competency, required: 3, target_required: 0, held: 3, source: 'atasan', gap: 0, target_gap: 0, weight: 1,
    target_weight: 0, ...over,
  }
}

const cell = (mean: number | null, need: number) => ({ employees: 4, with_gap: 1, mean_gap: mean, weighted_need: need, not_assessed: 0 })

describe('9-box', () => {
  it('lays out performance rows from the top and potential columns from the left as DOMAIN.md', () => {
    expect(NINE_BOX_ROWS).toEqual([[4, 7, 9], [2, 5, 8], [1, 3, 6]])
  })

  it('recommends the actions of DOMAIN.md, two for boxes 3 and 7', () => {
    expect(boxActions(9)).toEqual(['succession'])
    expect(boxActions(7)).toEqual(['succession', 'development'])
    expect(boxActions(3)).toEqual(['development', 'guidance'])
    expect(boxActions(6)).toEqual(['guidance'])
    expect(boxActions(1)).toEqual(['discipline'])
    expect(boxActions(5)).toEqual(['development'])
    expect(boxActions(0)).toEqual([])
  })

  it('indexes the contract counts by box number and fills a short array with zeros', () => {
    expect(boxCounts([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(boxCounts([5])).toEqual([0, 5, 0, 0, 0, 0, 0, 0, 0, 0])
  })
})

describe('heatMatrix', () => {
  const heatmap: Heatmap = {
    agencies: [{ code: 'BKD', name: 'Badan Kepegawaian' }, { code: 'DINKES', name: 'Dinas Kesehatan' }],
    competencies: [{ code: 'M.01', name: 'Integritas' }, { code: 'M.02', name: 'Kerja Sama' }, { code: 'T.01', name: 'Teknis' }],
    cells: [
      [cell(0.5, 1), null, cell(null, 0)],
      [cell(1.5, 9), cell(0.25, 2), cell(2, 4)],
    ],
  }

  it('puts the agency with the largest need on top and keeps competencies in code order', () => {
    const m = heatMatrix(heatmap)
    expect(m.agencies).toEqual(['DINKES', 'BKD'])
    expect(m.competencies).toEqual(['M.01', 'M.02', 'T.01'])
    expect(m.data).toEqual([[0, 0, 1.5], [1, 0, 0.25], [2, 0, 2], [0, 1, 0.5]])
    expect(m.max).toBe(2)
  })

  it('leaves out cells without a standard or without an assessed pair', () => {
    const m = heatMatrix(heatmap)
    expect(m.data.filter(([, y]) => y === 1)).toHaveLength(1)
  })

  it('keeps the competencies and agencies with the largest need when asked for fewer', () => {
    const m = heatMatrix(heatmap, 2, 1)
    expect(m.agencies).toEqual(['DINKES'])
    expect(m.competencies).toEqual(['M.01', 'T.01'])
    expect(m.data).toEqual([[0, 0, 1.5], [1, 0, 2]])
  })

  it('is empty without a heatmap', () => {
    expect(heatMatrix(null)).toEqual({ agencies: [], competencies: [], data: [], max: 0 })
  })

  it('names agencies by code, the code when the name is empty', () => {
    expect(agencyNames({ ...heatmap, agencies: [{ code: 'X', name: '' }, { code: 'BKD', name: 'Badan' }] }))
      .toEqual({ X: 'X', BKD: 'Badan' })
  })
})

describe('sortRows', () => {
  const rows = [{ k: 'b', n: 2 }, { k: 'a', n: null }, { k: 'c', n: 10 }, { k: 'd', n: 2 }]

  it('sorts numbers as numbers, keeps ties in order and empty values last in both directions', () => {
    expect(sortRows(rows, (r) => r.n).map((r) => r.k)).toEqual(['b', 'd', 'c', 'a'])
    expect(sortRows(rows, (r) => r.n, true).map((r) => r.k)).toEqual(['c', 'b', 'd', 'a'])
  })

  it('sorts text with numbers inside naturally', () => {
    const names = [{ k: 'Puskesmas 10' }, { k: 'Puskesmas 9' }]
    expect(sortRows(names, (r) => r.k).map((r) => r.k)).toEqual(['Puskesmas 9', 'Puskesmas 10'])
  })

  it('does not change the rows it was given', () => {
    const copy = [...rows]
    sortRows(rows, (r) => r.k, true)
    expect(rows).toEqual(copy)
  })
})

describe('gap lines', () => {
  it('puts the largest weighted gap first, then the weighted target gap, then the code', () => {
    const lines = [
      line('M.03'),
      line('M.01', { gap: 1, weight: 1 }),
      line('M.02', { gap: 0.5, weight: 3 }),
      line('T.01', { target_gap: 1, target_weight: 0.5 }),
    ]
    expect(sortGaps(lines).map((l) => l.competency)).toEqual(['M.02', 'M.01', 'T.01', 'M.03'])
  })

  it('counts only positive gaps (not assessed pairs have gap 0)', () => {
    expect(gapCount([line('a', { gap: 1 }), line('b', { held: null, source: null }), line('c', { gap: 0.5 })])).toBe(2)
  })

  it('draws levels up to 5, or higher when a standard or a held level asks for it', () => {
    expect(levelAxisMax([])).toBe(5)
    expect(levelAxisMax([line('a', { held: 5.5 })])).toBe(6)
    expect(levelAxisMax([line('a', { target_required: 6 })])).toBe(6)
  })

  it('gives a share of 0 when the whole is 0', () => {
    expect(percent(1, 0)).toBe(0)
    expect(percent(1, 4)).toBe(25)
  })
})
