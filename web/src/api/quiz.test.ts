// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  archiveQuestion, createQuestion, fetchAttempt, fetchQuiz, listCompetencyDictionary, listQuestions, restoreQuestion,
  saveAnswers, startAttempt, submitAttempt, updateQuestion,
} from './quiz'
import { ApiError, setCsrfToken } from './index'
import { fakeServer } from '@/views/usulan/test_mount'
import { KODE, QUIZ_MODULE, attempt, course, overview, progress, question, reviewed } from '@/views/quiz/test_data'

const headersOf = (init: RequestInit | undefined) => new Headers(init?.headers)
const QUIZ = `/offerings/${KODE}/modules/${QUIZ_MODULE}/quiz`

describe('quiz API: the question bank', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
  })

  it('lists the bank with its filters, leaving out the empty ones', async () => {
    const fake = fakeServer({ 'GET /questions': { body: { items: [question()], counts: [{ competency: 'M.05', questions: 1 }] } } })
    const answer = await listQuestions({ competency: 'M.05', q: '  prima ', archived: true })
    expect([answer.items[0]!.id, answer.counts]).toEqual([101, [{ competency: 'M.05', questions: 1 }]])
    await listQuestions()
    await listQuestions({ archived: false, q: '' })
    expect(fake.calls.map((c) => c.query.toString())).toEqual(['competency=M.05&q=prima&archived=1', '', ''])
  })

  it('creates, changes, archives and restores a question with the CSRF token', async () => {
    setCsrfToken('tok')
    const fake = fakeServer({
      'POST /questions': { status: 201, body: { question: question({ id: 120 }) } },
      'PATCH /questions/120': (call) => ({ body: { question: question({ id: 120, ...(call.body as object) }) } }),
    })
    const created = await createQuestion({ competency: 'M.05', kind: 'numeric', text: 'Berapa?', answer: 12, tolerance: 0.5 })
    expect(created.id).toBe(120)
    expect((await updateQuestion(120, { points: 2 })).points).toBe(2)
    expect((await restoreQuestion(120)).archived).toBe(false)
    expect(fake.calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ['POST', '/questions', { competency: 'M.05', kind: 'numeric', text: 'Berapa?', answer: 12, tolerance: 0.5 }],
      ['PATCH', '/questions/120', { points: 2 }],
      ['PATCH', '/questions/120', { archived: false }],
    ])
    for (const [, init] of fake.fetchMock.mock.calls) expect(headersOf(init).get('X-CSRF-Token')).toBe('tok')

    const deleted = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', deleted)
    await expect(archiveQuestion(120)).resolves.toBeUndefined()
    expect([deleted.mock.calls[0]![0], deleted.mock.calls[0]![1]?.method]).toEqual(['/api/v1/questions/120', 'DELETE'])
    expect(headersOf(deleted.mock.calls[0]![1]).get('X-CSRF-Token')).toBe('tok')
  })

  it('keeps the column the server names in a 400, and a partner\'s 403', async () => {
    fakeServer({
      'POST /questions': { status: 400, body: { error: { code: 'invalid_argument', message: 'Pilihan minimal 2.', details: [{ column: 'options', message: 'Pilihan minimal 2.' }] } } },
      'PATCH /questions/7': { status: 403, body: { error: { code: 'forbidden', message: 'Soal ini milik lembaga lain.' } } },
    })
    const refused = await createQuestion({ competency: 'M.05', kind: 'single', text: 'x', options: ['a'], answer: [0] }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect([(refused as ApiError).status, (refused as ApiError).details[0]?.column]).toEqual([400, 'options'])
    const forbidden = await updateQuestion(7, { text: 'y' }).catch((e: unknown) => e)
    expect([(forbidden as ApiError).status, (forbidden as ApiError).message]).toEqual([403, 'Soal ini milik lembaga lain.'])
  })

  it('reads the competency dictionary by code, 500 at a time', async () => {
    const fake = fakeServer({ 'GET /data/kompetensi': { body: { kind: 'kompetensi', total: 1, offset: 0, limit: 500, items: [{ kode: 'M.05', nama: 'Pelayanan Publik' }] } } })
    expect(await listCompetencyDictionary()).toEqual([{ code: 'M.05', name: 'Pelayanan Publik' }])
    expect(fake.calls[0]!.query.toString()).toBe('limit=500&sort=kode')
  })
})

describe('quiz API: taking a quiz', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
  })

  it('reads the overview and starts (or gets back) an attempt with an empty body', async () => {
    setCsrfToken('tok')
    const fake = fakeServer({
      [`GET ${QUIZ}`]: { body: overview({ remaining: null }) },
      [`POST ${QUIZ}/attempts`]: { status: 201, body: { attempt: attempt() } },
      'GET /quiz-attempts/501': { body: { attempt: reviewed() } },
    })
    expect((await fetchQuiz(KODE, QUIZ_MODULE)).remaining).toBeNull()
    expect((await startAttempt(KODE, QUIZ_MODULE)).questions).toHaveLength(4)
    expect((await fetchAttempt(501)).score).toBe(60)
    expect(fake.sent('POST', `${QUIZ}/attempts`)[0]!.body).toEqual({})
    expect(headersOf(fake.fetchMock.mock.calls[1]![1]).get('X-CSRF-Token')).toBe('tok')
  })

  it('saves answers with PUT (null clears one), keepalive when asked', async () => {
    setCsrfToken('tok')
    const fake = fakeServer({ 'PUT /quiz-attempts/501/answers': { body: { saved_at: '2026-03-10T02:01:00Z' } } })
    expect(await saveAnswers(501, { 101: [0], 104: null })).toBe('2026-03-10T02:01:00Z')
    await saveAnswers(501, { 102: [0, 2] }, true)
    expect(fake.calls.map((c) => [c.method, c.body])).toEqual([
      ['PUT', { answers: { 101: [0], 104: null } }], ['PUT', { answers: { 102: [0, 2] } }],
    ])
    const [first, second] = fake.fetchMock.mock.calls
    expect([first![1]?.keepalive, second![1]?.keepalive]).toEqual([undefined, true])
    expect(headersOf(second![1]).get('X-CSRF-Token')).toBe('tok')
  })

  it('turns a closed attempt into an ApiError the page can tell apart', async () => {
    fakeServer({ 'PUT /quiz-attempts/501/answers': { status: 412, body: { error: { code: 'failed_precondition', message: 'Waktu habis.' } } } })
    const refused = await saveAnswers(501, { 101: [1] }).catch((e: unknown) => e)
    expect([(refused as ApiError).status, (refused as ApiError).code]).toEqual([412, 'failed_precondition'])
  })

  it('submits with or without the answers and gets the graded attempt, the progress and the course', async () => {
    const fake = fakeServer({
      'POST /quiz-attempts/501/submit': { body: { attempt: reviewed(), progress: progress({ status: 'sedang', score: 60 }), course: course() } },
    })
    const answer = await submitAttempt(501, { 101: [0], 102: null })
    expect([answer.attempt.passed, answer.progress.score, answer.course.offering]).toEqual([false, 60, KODE])
    await submitAttempt(501)
    expect(fake.calls.map((c) => c.body)).toEqual([{ answers: { 101: [0], 102: null } }, {}])
  })
})
