import { describe, expect, it } from 'vitest'
import {
  bodyOf, changedFields, draftDiffers, draftOf, draftProblems, fieldOfColumn, fieldsOf, isWhole, keyboardOf, kindOf, memberKinds,
  moveItem, numberText, parseNumber, sameValue, valueText,
} from './rules'
import { setting } from './test_data'

const words = { empty: '(kosong)', yes: 'Ya', no: 'Tidak', code: (code: string) => code.toUpperCase() }

describe('the input of a field', () => {
  it('is read from its default, a number being whole only when the server says so', () => {
    expect(['teks', 0.05, 5, 80, true, ['a'], { baik: 80 }].map((v) => kindOf(v)))
      .toEqual(['text', 'decimal', 'decimal', 'decimal', 'boolean', 'order', 'scores'])
    expect(['teks', 5, true].map((v) => kindOf(v, true))).toEqual(['text', 'integer', 'boolean'])
  })

  it('keeps a number whole iff its name is in whole_numbers, never guessing from the default', () => {
    const analysis = setting('analysis')
    const kinds = Object.fromEntries(fieldsOf(analysis).map((f) => [f.name, f.kind]))
    // potential_high defaults to 80 and takes 77.5; proposal_multiplier's 0.5 is a decimal anyway.
    expect(kinds).toMatchObject({ window_years: 'integer', jp_target: 'integer', performance_target: 'integer',
      potential_high: 'decimal', potential_middle: 'decimal', proposal_multiplier: 'decimal' })
    expect([isWhole(analysis, 'predikat_score.baik'), isWhole(analysis, 'potential_high'), isWhole(analysis, 'predikat_score')])
      .toEqual([true, false, false])
    // delivery keeps nothing whole: 80 % and a score of 60 both take decimals.
    expect(fieldsOf(setting('delivery'))).toEqual([{ name: 'min_attendance_percent', kind: 'decimal' }, { name: 'min_score', kind: 'decimal' }])
    // The list alone decides, whatever the default looks like.
    const listed = setting('evaluation', { whole_numbers: ['alpha'] })
    expect(fieldsOf(listed).filter((f) => f.kind === 'integer').map((f) => f.name)).toEqual(['alpha'])
    // A server that does not send the list keeps nothing whole.
    const { whole_numbers: _, ...older } = setting('plan')
    expect(fieldsOf(older as typeof analysis).map((f) => f.kind)).toEqual(['decimal', 'decimal'])
  })

  it('gives each number of a group its own input, by field.member', () => {
    expect(memberKinds(setting('analysis'), 'predikat_score')).toEqual({ sangat_baik: 'integer', baik: 'integer',
      butuh_perbaikan: 'integer', kurang: 'integer', sangat_kurang: 'integer' })
    const some = setting('analysis', { whole_numbers: ['predikat_score.sangat_baik'] })
    expect(memberKinds(some, 'predikat_score')).toEqual({ sangat_baik: 'integer', baik: 'decimal',
      butuh_perbaikan: 'decimal', kurang: 'decimal', sangat_kurang: 'decimal' })
    expect(memberKinds(some, 'window_years')).toEqual({})
  })

  it('follows the server\'s order of the defaults, with fields only in the values last', () => {
    const analysis = setting('analysis')
    expect(fieldsOf(analysis).map((f) => f.name)).toEqual(Object.keys(analysis.defaults))
    expect(fieldsOf(analysis).find((f) => f.name === 'source_order')?.kind).toBe('order')
    expect(fieldsOf(analysis).find((f) => f.name === 'predikat_score')?.kind).toBe('scores')
    const extra = setting('plan', { values: { jp_cap: 160, shortfall_penalty: 0.2, baru: 'x' } })
    expect(fieldsOf(extra)).toEqual([{ name: 'jp_cap', kind: 'integer' }, { name: 'shortfall_penalty', kind: 'decimal' },
      { name: 'baru', kind: 'text' }])
  })
})

describe('the phone keyboard', () => {
  it('has digits for numbers and NIPs, a comma for decimals, an address keyboard for the public address', () => {
    expect([keyboardOf({ name: 'min_pairs', kind: 'integer' }), keyboardOf({ name: 'alpha', kind: 'decimal' }),
      keyboardOf({ name: 'public_url', kind: 'text' }), keyboardOf({ name: 'ppk_nip', kind: 'text' }),
      keyboardOf({ name: 'ppk_name', kind: 'text' }), keyboardOf({ name: 'jp_applies_to_pppk', kind: 'boolean' })])
      .toEqual(['numeric', 'decimal', 'url', 'numeric', undefined, undefined])
  })
})

describe('numbers as typed', () => {
  it('writes decimals with a comma in Indonesian and a point in English, without grouping', () => {
    expect([numberText(0.05, 'id'), numberText(0.05, 'en'), numberText(160, 'id'), numberText(1500, 'id')])
      .toEqual(['0,05', '0.05', '160', '1500'])
  })

  it('reads a comma or a point, and nothing that is not a number', () => {
    expect(['0,05', '0.05', ' 3 ', '-1', ',5', '5,', '1.5'].map(parseNumber)).toEqual([0.05, 0.05, 3, -1, 0.5, 5, 1.5])
    expect(['', 'abc', '1,2,3', '1.000,5', '1e3', '5 %'].map(parseNumber)).toEqual([null, null, null, null, null, null])
  })
})

describe('the draft', () => {
  it('holds numbers as text in the language, lists and groups as copies', () => {
    const analysis = setting('analysis')
    const draft = draftOf(analysis, 'id')
    expect(draft.proposal_multiplier).toBe('0,5')
    expect(draft.jp_applies_to_pppk).toBe(true)
    expect(draft.predikat_score).toEqual({ sangat_baik: '100', baik: '80', butuh_perbaikan: '60', kurang: '40', sangat_kurang: '20' })
    ;(draft.source_order as string[]).reverse()
    expect(analysis.values.source_order).toEqual(['asesmen', 'atasan', 'rekan', 'mandiri'])
  })

  it('finds numbers that are not numbers, and decimals where the server keeps the number whole', () => {
    const evaluation = setting('evaluation')
    const draft = { ...draftOf(evaluation, 'id'), alpha: '0,o5', min_pairs: '5,5', reaction_flag_below: '3,75' }
    expect(draftProblems(evaluation, draft)).toEqual({ alpha: 'number', min_pairs: 'whole' })
    const analysis = setting('analysis')
    const scores = { ...draftOf(analysis, 'id'), predikat_score: { sangat_baik: '100', baik: '', butuh_perbaikan: '60,5', kurang: '40', sangat_kurang: '20' } }
    expect(draftProblems(analysis, scores)).toEqual({ 'predikat_score.baik': 'number', 'predikat_score.butuh_perbaikan': 'whole' })
    // A whole default is no reason to refuse a fraction: potential_high takes 77,5 (or 77.5), window_years does not.
    const potential = { ...draftOf(analysis, 'id'), potential_high: '77,5', potential_middle: '60.25', window_years: '3,5' }
    expect(draftProblems(analysis, potential)).toEqual({ window_years: 'whole' })
    expect(bodyOf(analysis, { ...potential, window_years: '3' })).toMatchObject({ potential_high: 77.5, potential_middle: 60.25, window_years: 3 })
    // A member the server does not list takes decimals too.
    const some = setting('analysis', { whole_numbers: ['predikat_score.sangat_baik'] })
    const half = { ...draftOf(some, 'id'), predikat_score: { sangat_baik: '99,5', baik: '80,5', butuh_perbaikan: '60', kurang: '40', sangat_kurang: '20' } }
    expect(draftProblems(some, half)).toEqual({ 'predikat_score.sangat_baik': 'whole' })
  })

  it('leaves ranges to the server: 1,5 for alpha is a number to send', () => {
    const evaluation = setting('evaluation')
    expect(draftProblems(evaluation, { ...draftOf(evaluation, 'id'), alpha: '1,5' })).toEqual({})
  })

  it('sends every field of the section with numbers as numbers', () => {
    const analysis = setting('analysis')
    const draft = { ...draftOf(analysis, 'id'), proposal_multiplier: '0,75', jp_applies_to_pppk: false,
      source_order: ['atasan', 'asesmen', 'rekan', 'mandiri'] }
    const body = bodyOf(analysis, draft)
    expect(Object.keys(body)).toEqual(Object.keys(analysis.defaults))
    expect(body).toMatchObject({ proposal_multiplier: 0.75, jp_target: 20, jp_applies_to_pppk: false,
      source_order: ['atasan', 'asesmen', 'rekan', 'mandiri'], predikat_score: { baik: 80, sangat_kurang: 20 } })
    const doc = setting('document')
    expect(bodyOf(doc, { ...draftOf(doc, 'id'), ppk_name: 'Dr. H. Al Haris' }).ppk_name).toBe('Dr. H. Al Haris')
  })

  it('knows which fields a save would change, a half-typed number counting as a change', () => {
    const evaluation = setting('evaluation')
    const draft = draftOf(evaluation, 'id')
    expect(changedFields(evaluation, draft)).toEqual([])
    expect(changedFields(evaluation, { ...draft, alpha: '0.05' })).toEqual([])
    expect(changedFields(evaluation, { ...draft, alpha: '0,1', min_pairs: '' })).toEqual(['alpha', 'min_pairs'])
    const analysis = setting('analysis')
    const moved = { ...draftOf(analysis, 'id'), source_order: ['atasan', 'asesmen', 'rekan', 'mandiri'] }
    expect(changedFields(analysis, moved)).toEqual(['source_order'])
    expect(draftDiffers({ name: 'predikat_score', kind: 'scores' },
      { predikat_score: { sangat_baik: '100', baik: '85', butuh_perbaikan: '60', kurang: '40', sangat_kurang: '20' } },
      analysis.defaults.predikat_score)).toBe(true)
  })
})

describe('values compared and written', () => {
  it('compares lists by order and groups by code', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true)
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false)
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameValue(0.05, 0.05)).toBe(true)
    expect(sameValue('', undefined)).toBe(false)
  })

  it('writes a default for a sentence', () => {
    expect(valueText(0.05, 'id', words)).toBe('0,05')
    expect(valueText('', 'id', words)).toBe('(kosong)')
    expect(valueText('Jambi', 'id', words)).toBe('Jambi')
    expect(valueText(true, 'id', words)).toBe('Ya')
    expect(valueText(['asesmen', 'atasan'], 'id', words)).toBe('ASESMEN → ATASAN')
    expect(valueText({ baik: 80, kurang: 40.5 }, 'id', words)).toBe('BAIK 80, KURANG 40,5')
  })
})

describe('where a refusal belongs', () => {
  it('is the field the detail names, the group of a part, or the section', () => {
    const analysis = setting('analysis')
    expect(fieldOfColumn(analysis, 'window_years')).toBe('window_years')
    expect(fieldOfColumn(analysis, 'predikat_score.baik')).toBe('predikat_score')
    expect(fieldOfColumn(analysis, 'source_order[2]')).toBe('source_order')
    expect(fieldOfColumn(analysis, 'feedback_after_months')).toBeNull()
    expect(fieldOfColumn(analysis, undefined)).toBeNull()
    expect(fieldOfColumn(analysis, '')).toBeNull()
  })
})

describe('moving an item', () => {
  it('moves up and down, and leaves the ends alone', () => {
    const list = ['asesmen', 'atasan', 'rekan', 'mandiri']
    expect(moveItem(list, 1, -1)).toEqual(['atasan', 'asesmen', 'rekan', 'mandiri'])
    expect(moveItem(list, 1, 1)).toEqual(['asesmen', 'rekan', 'atasan', 'mandiri'])
    expect(moveItem(list, 0, -1)).toEqual(list)
    expect(moveItem(list, 3, 1)).toEqual(list)
    expect(list).toEqual(['asesmen', 'atasan', 'rekan', 'mandiri'])
  })
})
