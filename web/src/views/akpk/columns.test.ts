import { describe, expect, it } from 'vitest'
import { groupColumns, groupName } from './columns'
import { aggregate } from './test_data'

const t = (key: string) => key

describe('aggregate columns', () => {
  it('names agencies and competencies by name, position kinds and sectors as words, an empty sector as a dash', () => {
    expect(groupName({ key: 'DINKES', name: 'Dinas Kesehatan' })).toBe('Dinas Kesehatan')
    expect(groupName({ key: 'ahli_muda', name: 'ahli_muda' })).toBe('ahli muda')
    expect(groupName({ key: '', name: '' })).toBe('—')
  })

  it('gives 20 JP compliance as a share of the employees the rule applies to, none when nobody is subject', () => {
    const jp = groupColumns(t, 'OPD').find((column) => column.name === 'jp')!
    expect(jp.value(aggregate('A', 'A', { jp_subject: 8, jp_meeting: 2 }))).toBe(25)
    expect(jp.value(aggregate('A', 'A', { jp_subject: 0, jp_meeting: 0 }))).toBeNull()
  })

  it('keeps a mean gap without assessed pairs empty rather than zero', () => {
    const mean = groupColumns(t, 'OPD').find((column) => column.name === 'mean_gap')!
    expect(mean.value(aggregate('A', 'A', { mean_gap: null }))).toBeNull()
  })
})
