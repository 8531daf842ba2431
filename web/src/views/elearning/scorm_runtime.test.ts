// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ScormCommitAnswer, ScormSession } from '@/api/elearning'
import { COMMIT_FAILURE, CsrfCommitService, cmiStrings, createScormRuntime, readCommitAnswer } from './scorm_runtime'
import { course, progress } from './test_data'

interface Sent {
  method: string
  url: string
  async: boolean
  headers: Record<string, string>
  body: Record<string, unknown>
}

/** A synchronous XMLHttpRequest stand-in that answers every request with `reply`. */
function fakeXhr(reply: (sent: Sent) => { status: number; body: unknown }) {
  const sent: Sent[] = []
  const make = () => {
    const request = {
      status: 0,
      responseText: '',
      withCredentials: false,
      current: { method: '', url: '', async: true, headers: {} as Record<string, string>, body: {} },
      open(method: string, url: string, async: boolean) {
        request.current = { method, url, async, headers: {}, body: {} }
      },
      setRequestHeader(name: string, value: string) {
        request.current.headers[name] = value
      },
      send(body: string) {
        const call = { ...request.current, body: JSON.parse(body) as Record<string, unknown> }
        sent.push(call)
        const answer = reply(call)
        request.status = answer.status
        request.responseText = JSON.stringify(answer.body)
      },
    }
    return request as unknown as XMLHttpRequest
  }
  return { sent, make }
}

const SESSION: ScormSession = {
  standard: 'scorm_1.2',
  launch_url: '/api/v1/modules/3/scorm/index.html',
  commit_url: '/api/v1/offerings/EL-1/modules/3/scorm/commit',
  cmi: {
    'cmi.core.student_id': '198609262015051001',
    'cmi.core.student_name': 'Aminah, Siti',
    'cmi.core.lesson_location': 'soal-1',
    'cmi.core.lesson_status': 'incomplete',
    'cmi.core.entry': 'resume',
    'cmi.suspend_data': 'halaman=2',
    'cmi.core.total_time': '00:05:00',
    'cmi.student_data.mastery_score': 70,
    'cmi.core.score.raw': 50,
  },
}

const passed = (): ScormCommitAnswer => ({
  result: true, errorCode: 0, progress: progress({ status: 'selesai', score: 100 }),
  course: course({ participant: { status: 'lulus', score: 100, certificate: 'BKM-2026-AB12-CD34' } }),
})

describe('readCommitAnswer', () => {
  it('reads a successful answer as scorm-again\'s "true"', () => {
    const { result, answer } = readCommitAnswer(200, JSON.stringify(passed()))
    expect(result).toEqual({ result: 'true', errorCode: 0 })
    expect(answer?.progress?.status).toBe('selesai')
  })

  it('keeps the error code of a refused commit and the server\'s sentence', () => {
    const refused = readCommitAnswer(400, JSON.stringify({ result: false, errorCode: 405, error: { code: 'invalid_argument', message: 'Nilai cmi.core.score.raw tidak sah.' } }))
    expect(refused.result).toEqual({ result: 'false', errorCode: 405, errorMessage: 'Nilai cmi.core.score.raw tidak sah.' })
  })

  it('turns an answer that is not a commit answer (412, an HTML error page) into a general commit failure', () => {
    expect(readCommitAnswer(412, JSON.stringify({ error: { code: 'failed_precondition', message: 'Tidak ada sesi.' } })).result)
      .toEqual({ result: 'false', errorCode: COMMIT_FAILURE, errorMessage: 'Tidak ada sesi.' })
    expect(readCommitAnswer(502, '<html>').result).toEqual({ result: 'false', errorCode: COMMIT_FAILURE, errorMessage: 'HTTP 502' })
    // 200 with result false is still a refusal.
    expect(readCommitAnswer(200, JSON.stringify({ result: false, errorCode: 0 })).result.result).toBe('false')
  })
})

describe('cmiStrings', () => {
  it('turns numbers and booleans into text and leaves out missing values', () => {
    const cmi = { 'cmi.core.score.raw': 50, 'cmi.scaled_passing_score': 0.7, 'cmi.x': true, 'cmi.core.lesson_location': 'p2', 'cmi.none': null }
    expect(cmiStrings(cmi)).toEqual({ 'cmi.core.score.raw': '50', 'cmi.scaled_passing_score': '0.7', 'cmi.x': 'true', 'cmi.core.lesson_location': 'p2' })
  })
})

describe('CsrfCommitService', () => {
  it('sends a synchronous JSON POST with the CSRF token and hands over the answer', () => {
    const xhr = fakeXhr(() => ({ status: 200, body: passed() }))
    const answers: ScormCommitAnswer[] = []
    const service = new CsrfCommitService({ csrfToken: () => 'tok-1', unloading: () => false, makeXhr: xhr.make, onAnswer: (a) => answers.push(a) })
    const result = service.processHttpRequest('/commit', { 'cmi.core.lesson_status': 'passed' })
    expect(result).toEqual({ result: 'true', errorCode: 0 })
    expect(xhr.sent).toEqual([{
      method: 'POST', url: '/commit', async: false,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': 'tok-1' },
      body: { 'cmi.core.lesson_status': 'passed' },
    }])
    expect(answers.map((a) => a.progress?.status)).toEqual(['selesai'])
  })

  it('uses fetch with keepalive and the same headers while the page unloads', () => {
    const xhr = fakeXhr(() => ({ status: 200, body: passed() }))
    const fetchFn = vi.fn(async () => new Response('{}'))
    const service = new CsrfCommitService({ csrfToken: () => 'tok-2', unloading: () => true, makeXhr: xhr.make, fetchFn })
    expect(service.processHttpRequest('/commit', { 'cmi.core.exit': 'suspend' })).toEqual({ result: 'true', errorCode: 0 })
    expect(xhr.sent).toHaveLength(0)
    expect(fetchFn).toHaveBeenCalledWith('/commit', {
      method: 'POST', keepalive: true, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': 'tok-2' },
      body: JSON.stringify({ 'cmi.core.exit': 'suspend' }),
    })
  })

  it('answers a general commit failure when the request cannot be sent', () => {
    const failing = () => ({ open() { throw new Error('offline') } }) as unknown as XMLHttpRequest
    const service = new CsrfCommitService({ csrfToken: () => null, unloading: () => false, makeXhr: failing })
    expect(service.processHttpRequest('/commit', {})).toEqual({ result: 'false', errorCode: COMMIT_FAILURE, errorMessage: 'offline' })
  })
})

describe('createScormRuntime (SCORM 1.2 with the real scorm-again)', () => {
  afterEach(() => {
    delete window.API
    delete window.API_1484_11
  })

  it('is window.API with the session loaded before LMSInitialize; commit and finish both go through the XHR with the token', async () => {
    const xhr = fakeXhr(() => ({ status: 200, body: passed() }))
    const beacon = vi.fn(() => true)
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true })
    const finished = vi.fn()
    const answers: ScormCommitAnswer[] = []
    const runtime = await createScormRuntime(SESSION, {
      csrfToken: () => 'tok-3', unloading: () => false, makeXhr: xhr.make, onAnswer: (a) => answers.push(a), onFinish: finished,
    })
    const api = window.API!
    expect(api).toBe(runtime.api)
    expect(window.API_1484_11).toBeUndefined()
    expect(runtime.running()).toBe(false)
    expect(api.LMSInitialize('')).toBe('true')
    expect(runtime.running()).toBe(true)
    expect(api.LMSGetValue('cmi.core.student_name')).toBe('Aminah, Siti')
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('soal-1')
    expect(api.LMSGetValue('cmi.core.entry')).toBe('resume')
    expect(api.LMSGetValue('cmi.suspend_data')).toBe('halaman=2')
    // Numbers in the session's CMI load as text (scorm-again drops a numeric score.raw).
    expect(api.LMSGetValue('cmi.student_data.mastery_score')).toBe('70')
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('50')

    api.LMSSetValue('cmi.core.score.raw', '100')
    api.LMSSetValue('cmi.core.lesson_status', 'passed')
    expect(api.LMSCommit('')).toBe('true')
    expect(api.LMSFinish('')).toBe('true')
    expect(runtime.running()).toBe(false)
    expect(beacon).not.toHaveBeenCalled()
    expect(xhr.sent).toHaveLength(2)
    for (const call of xhr.sent) {
      expect([call.url, call.async, call.headers['X-CSRF-Token'], call.headers['Content-Type']])
        .toEqual([SESSION.commit_url, false, 'tok-3', 'application/json'])
    }
    // Flattened, as docs/elearning-api.md asks.
    expect(xhr.sent[1]!.body['cmi.core.lesson_status']).toBe('passed')
    expect(xhr.sent[1]!.body['cmi.core.score.raw']).toBe('100')
    expect(answers).toHaveLength(2)
    expect(finished).toHaveBeenCalledTimes(1)

    runtime.destroy()
    expect(window.API).toBeUndefined()
  })

  it('finishes content that never called LMSFinish, once, and leaves content that never started alone', async () => {
    const xhr = fakeXhr(() => ({ status: 200, body: { result: true, errorCode: 0 } }))
    const runtime = await createScormRuntime(SESSION, { csrfToken: () => 't', unloading: () => false, makeXhr: xhr.make })
    runtime.finish()
    expect(xhr.sent).toHaveLength(0)
    window.API!.LMSInitialize('')
    runtime.finish()
    runtime.finish()
    expect(xhr.sent).toHaveLength(1)
    expect(runtime.running()).toBe(false)
  })

  it('reports a refused finish to the content as "false" with the error code', async () => {
    const xhr = fakeXhr(() => ({ status: 412, body: { result: false, errorCode: 0, error: { code: 'failed_precondition', message: 'x' } } }))
    await createScormRuntime(SESSION, { csrfToken: () => 't', unloading: () => false, makeXhr: xhr.make })
    const api = window.API!
    api.LMSInitialize('')
    expect(api.LMSCommit('')).toBe('false')
    expect(api.LMSGetLastError()).toBe(String(COMMIT_FAILURE))
  })
})
