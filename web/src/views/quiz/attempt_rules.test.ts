import { describe, expect, it } from 'vitest'
import {
  answerState, answerText, attemptsNewestFirst, bestScore, cannotStartReason, choose, countdownLevel, formatCountdown,
  formatDateTime, isAnswered, remainingMs, reviewLevel, rightAnswerText, rightCount, startAction, submission, unanswered,
} from './attempt_rules'
import { attempt, drawn, overview, reviewed } from './test_data'
import type { AttemptSummary } from '@/api/quiz'

const summary = (n: number, overrides: Partial<AttemptSummary> = {}): AttemptSummary => {
  const { questions: _q, answers: _a, ...rest } = attempt({ id: 500 + n, number: n })
  return { ...rest, ...overrides }
}

describe('answer state', () => {
  it('counts a chosen option or a number as answered', () => {
    expect([isAnswered('single', [0]), isAnswered('single', []), isAnswered('multiple', undefined), isAnswered('true_false', null)])
      .toEqual([true, false, false, false])
    expect([isAnswered('numeric', 0), isAnswered('numeric', Number.NaN), isAnswered('numeric', null)]).toEqual([true, false, false])
  })

  it('keeps one choice for single and true/false, toggles for multiple', () => {
    expect(choose('single', [0], 2)).toEqual([2])
    expect(choose('true_false', null, 1)).toEqual([1])
    expect(choose('multiple', [2], 0)).toEqual([0, 2])
    expect(choose('multiple', [0, 2], 2, false)).toEqual([0])
    expect(choose('multiple', undefined, 1)).toEqual([1])
  })

  it('lists the unanswered questions by their number', () => {
    expect(unanswered(drawn(), { 101: [0], 103: [], 104: 3 })).toEqual([2, 3])
    expect(unanswered(drawn(), {})).toEqual([1, 2, 3, 4])
  })

  it('copies the stored answers and submits every question, null where none is given', () => {
    const stored = attempt({ answers: { 101: [1], 104: 2.5 } })
    const state = answerState(stored)
    ;(state['101'] as number[]).push(2)
    expect(stored.answers['101']).toEqual([1])
    expect(submission(drawn(), { 101: [1], 102: [], 104: 2.5 })).toEqual({ 101: [1], 102: null, 103: null, 104: 2.5 })
  })
})

describe('countdown', () => {
  const start = Date.parse('2026-03-10T02:00:00Z')

  it('gives the time left, never below zero, and none without a deadline', () => {
    expect(remainingMs('2026-03-10T02:10:00Z', start)).toBe(600_000)
    expect(remainingMs('2026-03-10T02:10:00Z', start + 700_000)).toBe(0)
    expect(remainingMs(null, start)).toBeNull()
  })

  it('formats minutes and seconds, hours from an hour on, a started second as a whole one', () => {
    expect(formatCountdown(600_000)).toBe('10:00')
    expect(formatCountdown(65_001)).toBe('01:06')
    expect(formatCountdown(999)).toBe('00:01')
    expect(formatCountdown(0)).toBe('00:00')
    expect(formatCountdown(3_723_000)).toBe('1:02:03')
    expect(formatCountdown(-5)).toBe('00:00')
  })

  it('turns amber in the last five minutes and red in the last one', () => {
    expect([countdownLevel(301_000), countdownLevel(300_000), countdownLevel(60_001), countdownLevel(60_000), countdownLevel(0)])
      .toEqual(['calm', 'warning', 'warning', 'danger', 'danger'])
  })

  it('writes a time in the browser\'s zone with the Indonesian dot', () => {
    const at = new Date(2026, 2, 10, 9, 5)
    expect(formatDateTime(at.toISOString())).toBe('10 Maret 2026 09.05')
    expect(formatDateTime(at.toISOString(), 'en')).toBe('10 March 2026 09:05')
    expect(formatDateTime('kemarin')).toBe('kemarin')
  })
})

describe('the overview', () => {
  it('continues an open attempt, starts the first, tries again, or offers nothing', () => {
    expect(startAction(overview({ open: attempt() }))).toBe('continue')
    expect(startAction(overview())).toBe('start')
    expect(startAction(overview({ attempts: [summary(1, { submitted_at: '2026-03-10T02:10:00Z', score: 40, passed: false })] }))).toBe('again')
    expect(startAction(overview({ can_start: false }))).toBeNull()
  })

  it('says why a quiz cannot start, and stays quiet once it is passed', () => {
    expect(cannotStartReason(overview({ can_start: false, remaining: 0 }))).toBe('noneLeft')
    expect(cannotStartReason(overview({ can_start: false, quiz: { ...overview().quiz, available: 0 } }))).toBe('emptyBank')
    expect(cannotStartReason(overview({ can_start: false }))).toBe('cannotStart')
    expect(cannotStartReason(overview({ can_start: false, attempts: [summary(1, { passed: true })] }))).toBeNull()
    expect(cannotStartReason(overview())).toBeNull()
  })

  it('finds the best submitted score and lists the latest attempt first', () => {
    const list = [summary(1, { submitted_at: 'x', score: 40 }), summary(2, { submitted_at: 'y', score: 85.5 }), summary(3)]
    expect(bestScore(list)).toBe(85.5)
    expect(bestScore([summary(1)])).toBeNull()
    expect(attemptsNewestFirst(list).map((a) => a.number)).toEqual([3, 2, 1])
  })
})

describe('the review', () => {
  it('reads how much the server sent: the score, right/wrong, or the answers', () => {
    expect(reviewLevel(reviewed())).toBe('answers')
    const rightWrong = reviewed().questions.map(({ id, kind, text, options, points, right }) => ({ id, kind, text, options, points, right }))
    expect(reviewLevel({ questions: rightWrong })).toBe('right_wrong')
    expect(reviewLevel({ questions: drawn() })).toBe('score')
    expect(rightCount(reviewed())).toBe(3)
  })

  it('writes answers in words: option texts, a number with a comma, a tolerance', () => {
    const [single, multiple, , numeric] = reviewed().questions
    expect(answerText(single!, [0])).toBe('A1')
    expect(answerText(multiple!, [0, 2])).toBe('A2; C2')
    expect(answerText(numeric!, 12.5)).toBe('12,5')
    expect(answerText(single!, null)).toBe('')
    expect(rightAnswerText(multiple!)).toBe('A2; C2')
    expect(rightAnswerText(numeric!)).toBe('12 ± 0,5')
    expect(rightAnswerText(drawn()[0]!)).toBe('')
  })
})
