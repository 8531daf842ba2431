import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { answeredCount, buildSubmission, charCount, submitProblem } from './reaction_rules'
import { reactionForm } from './test_data'

const items = reactionForm().items

describe('reaction form rules', () => {
  it('counts characters as code points, as the server does', () => {
    expect(charCount('')).toBe(0)
    expect(charCount('Baik 👍')).toBe(6)
    expect(charCount('é')).toBe(1)
  })

  it('counts the answered statements only', () => {
    expect(answeredCount({ relevansi: 5, materi: null, lain: 3 }, items)).toBe(1)
  })

  it('sends every statement of the form, null when skipped, the suggestion trimmed and the anonymity choice', () => {
    expect(buildSubmission(items, { materi: 2, manfaat: 5 }, '  Lebih banyak praktik \n', true)).toEqual({
      relevansi: null, materi: 2, pengajar: null, metode: null, sarana: null, manfaat: 5, saran: 'Lebih banyak praktik', anonim: true,
    })
    expect(buildSubmission(items, {}, '', false)).toMatchObject({ saran: '', anonim: false, relevansi: null })
  })

  it('reads what a refusal means for the form', () => {
    expect(submitProblem(new ApiError(409, 'conflict', 'x'))).toEqual({ kind: 'answered' })
    expect(submitProblem(new ApiError(412, 'failed_precondition', 'x'))).toEqual({ kind: 'not_open' })
    expect(submitProblem(new ApiError(400, 'invalid_argument', 'Mohon periksa sarana: x', [{ row: 0, column: 'sarana', message: 'x' }])))
      .toEqual({ kind: 'field', column: 'sarana', message: 'x' })
    expect(submitProblem(new ApiError(400, 'invalid_argument', 'Tanpa kolom'))).toEqual({ kind: 'other' })
    expect(submitProblem(new ApiError(500, 'internal', 'x'))).toEqual({ kind: 'other' })
    expect(submitProblem(new Error('x'))).toEqual({ kind: 'other' })
  })
})
