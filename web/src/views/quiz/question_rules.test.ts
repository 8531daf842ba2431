import { describe, expect, it } from 'vitest'
import {
  addOption, canEditQuestion, canWriteBank, draftFromQuestion, draftProblems, emptyDraft, markCorrect, moveOption,
  parseDecimal, plainSnippet, questionChange, questionPayload, removeOption, withKind, type QuestionDraft,
} from './question_rules'
import { question } from './test_data'

const draft = (overrides: Partial<QuestionDraft> = {}): QuestionDraft =>
  ({ ...emptyDraft('M.05'), text: 'Soal', options: ['A', 'B', 'C'], correct: [1], ...overrides })

describe('who changes the bank', () => {
  it('lets admin_bkd change every question and the partner its institution\'s only', () => {
    const partner = { role: 'lembaga_mitra' as const, institution: 'BPSDM Provinsi Jambi' }
    expect(canEditQuestion({ role: 'admin_bkd', institution: null }, question({ owner: 'Universitas Jambi' }))).toBe(true)
    expect(canEditQuestion(partner, question({ owner: 'BPSDM Provinsi Jambi' }))).toBe(true)
    expect(canEditQuestion(partner, question({ owner: '' }))).toBe(false)
    expect(canEditQuestion(partner, question({ owner: 'Universitas Jambi' }))).toBe(false)
  })

  it('leaves a partner without an institution in the session to the server, and the auditor reads only', () => {
    expect(canEditQuestion({ role: 'lembaga_mitra', institution: null }, question({ owner: 'X' }))).toBe(true)
    expect(canEditQuestion({ role: 'auditor', institution: null }, question())).toBe(false)
    expect([canWriteBank({ role: 'admin_bkd' }), canWriteBank({ role: 'lembaga_mitra' }), canWriteBank({ role: 'auditor' }), canWriteBank(null)])
      .toEqual([true, true, false, false])
  })
})

describe('the question form', () => {
  it('reads decimals typed with a comma or a point, and nothing else', () => {
    expect([parseDecimal('12,5'), parseDecimal(' 12.5 '), parseDecimal('-3'), parseDecimal('0,'), parseDecimal('')]).toEqual([12.5, 12.5, -3, 0, null])
    expect([parseDecimal('1.234,5'), parseDecimal('12a'), parseDecimal(',')]).toEqual([null, null, null])
  })

  it('names every problem of an empty draft by field', () => {
    expect(draftProblems({ ...emptyDraft(), points: '0' })).toEqual({
      competency: 'competency', text: 'text', options: 'optionsEmpty', answer: 'answerSingle', points: 'points',
    })
    expect(draftProblems(draft())).toEqual({})
  })

  it('checks each kind\'s answer as the server does', () => {
    expect(draftProblems(draft({ correct: [0, 1] })).answer).toBe('answerSingle')
    expect(draftProblems(draft({ kind: 'multiple', correct: [] })).answer).toBe('answerMultiple')
    expect(draftProblems(draft({ kind: 'multiple', correct: [0, 2] }))).toEqual({})
    expect(draftProblems(draft({ options: ['A'], correct: [0] })).options).toBe('optionsCount')
    expect(draftProblems(draft({ kind: 'true_false', correct: [] })).answer).toBe('answerTrueFalse')
    expect(draftProblems(draft({ kind: 'numeric', numeric: 'dua' })).answer).toBe('answerNumeric')
    expect(draftProblems(draft({ kind: 'numeric', numeric: '2', tolerance: '-1' })).tolerance).toBe('tolerance')
    expect(draftProblems(draft({ kind: 'numeric', numeric: '2,5', tolerance: '' }))).toEqual({})
  })

  it('sends each kind with only its own fields', () => {
    expect(questionPayload(draft({ kind: 'multiple', options: [' A ', 'B', 'C'], correct: [2, 0], points: '2' }))).toEqual({
      competency: 'M.05', kind: 'multiple', text: 'Soal', explanation: '', points: 2, options: ['A', 'B', 'C'], answer: [0, 2],
    })
    expect(questionPayload(draft({ kind: 'true_false', correct: [1] }))).toEqual({
      competency: 'M.05', kind: 'true_false', text: 'Soal', explanation: '', points: 1, answer: [1],
    })
    expect(questionPayload(draft({ kind: 'numeric', numeric: '12,5', tolerance: '0,5' }))).toEqual({
      competency: 'M.05', kind: 'numeric', text: 'Soal', explanation: '', points: 1, answer: 12.5, tolerance: 0.5,
    })
  })

  it('changes only what differs, and sends kind, options and answer together', () => {
    const original = question()
    const same = draftFromQuestion(original)
    expect(questionChange(original, same)).toEqual({})
    expect(questionChange(original, { ...same, text: 'Baru', points: '2' })).toEqual({ text: 'Baru', points: 2 })
    expect(questionChange(original, markCorrect(same, 2))).toEqual({ kind: 'single', answer: [2], options: original.options })
    const numeric = question({ kind: 'numeric', options: [], answer: 12, tolerance: 0 })
    expect(questionChange(numeric, { ...draftFromQuestion(numeric), tolerance: '0,5' })).toEqual({ tolerance: 0.5 })
  })

  it('fills the form from a stored question, numbers with a comma', () => {
    expect(draftFromQuestion(question({ kind: 'numeric', options: [], answer: 12.5, tolerance: 0.25, points: 1.5 })))
      .toMatchObject({ kind: 'numeric', numeric: '12,5', tolerance: '0,25', points: '1,5', options: ['', ''], correct: [] })
    expect(draftFromQuestion(question({ kind: 'true_false', options: ['Benar', 'Salah'], answer: [1] })))
      .toMatchObject({ correct: [1], options: ['', ''] })
  })

  it('keeps what fits when the kind changes', () => {
    expect(withKind(draft({ correct: [1] }), 'multiple').correct).toEqual([1])
    expect(withKind(draft({ kind: 'multiple', correct: [0, 2] }), 'single').correct).toEqual([0])
    expect(withKind(draft({ correct: [1] }), 'true_false')).toMatchObject({ kind: 'true_false', correct: [], text: 'Soal' })
  })
})

describe('the options editor', () => {
  it('adds up to ten and removes down to two, the marks following their options', () => {
    let d = draft({ kind: 'multiple', correct: [0, 2] })
    d = removeOption(d, 1)
    expect([d.options, d.correct]).toEqual([['A', 'C'], [0, 1]])
    expect(removeOption(d, 0)).toBe(d)
    for (let i = 0; i < 12; i++) d = addOption(d)
    expect(d.options).toHaveLength(10)
  })

  it('moves an option with its mark', () => {
    const moved = moveOption(draft({ correct: [0] }), 0, 1)
    expect([moved.options, moved.correct]).toEqual([['B', 'A', 'C'], [1]])
    expect(moveOption(draft(), 0, -1).options).toEqual(['A', 'B', 'C'])
  })

  it('marks one answer for a single choice and toggles for several', () => {
    expect(markCorrect(draft({ correct: [1] }), 2).correct).toEqual([2])
    const many = markCorrect(draft({ kind: 'multiple', correct: [2] }), 0)
    expect(many.correct).toEqual([0, 2])
    expect(markCorrect(many, 2, false).correct).toEqual([0])
  })
})

describe('plainSnippet', () => {
  it('reduces Markdown to one line of text', () => {
    expect(plainSnippet('# Judul\n\nApa arti **pelayanan** [prima](https://x.id)?\n- satu')).toBe('Judul Apa arti pelayanan prima? satu')
    expect(plainSnippet('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`)
  })
})
