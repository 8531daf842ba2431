// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import VideoPlayer from './VideoPlayer.vue'
import ScormPlayer from './ScormPlayer.vue'
import { setCsrfToken } from '@/api'
import type { LearnerModule } from '@/api/elearning'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { KODE, course, learnerModules, module, progress } from '@/views/elearning/test_data'

const VIDEO: LearnerModule = {
  ...module({ id: 14, kind: 'video', title: 'Video sambutan', body: null,
    content: { name: 'sambutan.mp4', size: 1000, content_type: 'video/mp4', sha256: 'ef'.repeat(32) } }),
  progress: progress({ location: '42' }),
}
const VIDEO_PROGRESS = `/offerings/${KODE}/modules/14/progress`

/** Sets what the browser would know about the video, then fires the event. */
function fire(video: HTMLVideoElement, event: string, state: { currentTime?: number; duration?: number; paused?: boolean; ended?: boolean } = {}) {
  for (const [key, value] of Object.entries(state)) Object.defineProperty(video, key, { value, configurable: true, writable: true })
  video.dispatchEvent(new Event(event))
}

describe('VideoPlayer', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    document.body.innerHTML = ''
  })

  const answer = { body: { progress: progress(), course: course() } }

  it('plays the content URL, resumes from the stored position, and reports at most every 15 s, on pause and at the end', async () => {
    let now = 1_000_000
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    const fake = fakeServer({ [`POST ${VIDEO_PROGRESS}`]: answer })
    const { wrapper } = await mountPage(VideoPlayer, { props: { kode: KODE, module: VIDEO, learner: true } })
    const video = wrapper.find('video').element as HTMLVideoElement
    expect(video.getAttribute('src')).toBe('/api/v1/modules/14/content')
    expect([video.getAttribute('preload'), video.hasAttribute('controls')]).toEqual(['metadata', true])
    fire(video, 'loadedmetadata', { duration: 300 })
    expect(video.currentTime).toBe(42)

    fire(video, 'play')
    now += 5_000
    fire(video, 'timeupdate', { currentTime: 47 })
    now += 9_999
    fire(video, 'timeupdate', { currentTime: 56.99 })
    await flushPromises()
    expect(fake.sent('POST', VIDEO_PROGRESS)).toHaveLength(0)
    now += 1
    fire(video, 'timeupdate', { currentTime: 57 })
    await flushPromises()
    now += 1_000
    fire(video, 'pause', { currentTime: 58.04 })
    await flushPromises()
    now += 100
    // Reaching the end fires pause (with ended already true), then ended: one report.
    fire(video, 'pause', { currentTime: 300, ended: true })
    fire(video, 'ended', { currentTime: 299.8 })
    await flushPromises()
    expect(fake.sent('POST', VIDEO_PROGRESS).map((c) => c.body)).toEqual([
      { position: 57, duration: 300 }, { position: 58, duration: 300 }, { position: 300, duration: 300 },
    ])
    expect(wrapper.emitted('progress')).toHaveLength(3)
  })

  it('reports nothing for someone who is not a participant', async () => {
    const fake = fakeServer({ [`POST ${VIDEO_PROGRESS}`]: answer })
    const { wrapper } = await mountPage(VideoPlayer, { props: { kode: KODE, module: { ...VIDEO, progress: null }, learner: false } })
    const video = wrapper.find('video').element as HTMLVideoElement
    fire(video, 'pause', { currentTime: 10, duration: 300 })
    fire(video, 'ended', { currentTime: 300, duration: 300 })
    await flushPromises()
    expect(fake.calls).toHaveLength(0)
  })
})

interface XhrCall { url: string; async: boolean; headers: Record<string, string>; body: Record<string, string> }

/** XMLHttpRequest as the SCORM runtime uses it (synchronous POST), answering as the server would. */
function stubXhr(answer: () => unknown) {
  const calls: XhrCall[] = []
  class FakeXhr {
    status = 0
    responseText = ''
    withCredentials = false
    private call: XhrCall = { url: '', async: true, headers: {}, body: {} }
    open(_method: string, url: string, async: boolean) { this.call = { url, async, headers: {}, body: {} } }
    setRequestHeader(name: string, value: string) { this.call.headers[name] = value }
    send(body: string) {
      calls.push({ ...this.call, body: JSON.parse(body) as Record<string, string> })
      this.status = 200
      this.responseText = JSON.stringify(answer())
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
  return calls
}

describe('ScormPlayer', () => {
  const SCORM = learnerModules()[2]!
  const SESSION = `/offerings/${KODE}/modules/13/scorm/session`
  const session = {
    standard: 'scorm_1.2', launch_url: '/api/v1/modules/13/scorm/index.html', commit_url: `/api/v1/offerings/${KODE}/modules/13/scorm/commit`,
    cmi: { 'cmi.core.student_id': '198609262015051001', 'cmi.core.student_name': 'Aminah, Siti', 'cmi.core.lesson_location': 'soal-1' },
  }

  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
    delete window.API
    document.body.innerHTML = ''
  })

  it('puts the loaded runtime on window before the iframe gets its source, and commits through it with the CSRF token', async () => {
    setCsrfToken('tok-scorm')
    const fake = fakeServer({ [`POST ${SESSION}`]: { status: 201, body: session } })
    const lulus = course({ participant: { status: 'lulus', score: 100, certificate: 'BKM-2026-AB12-CD34' } })
    const xhr = stubXhr(() => ({ result: true, errorCode: 0, progress: progress({ status: 'selesai', score: 100 }), course: lulus }))
    const { wrapper } = await mountPage(ScormPlayer, { props: { kode: KODE, module: SCORM, learner: true } })
    await flushPromises()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="scorm-frame"]').exists()).toBe(true))
    expect(fake.sent('POST', SESSION).map((c) => c.body)).toEqual([{}])
    expect(wrapper.find('iframe').attributes('src')).toBe(session.launch_url)
    const api = window.API!
    // The content initialises after it loads and finds its learner and location.
    expect(api.LMSInitialize('')).toBe('true')
    expect(api.LMSGetValue('cmi.core.student_name')).toBe('Aminah, Siti')
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('soal-1')
    api.LMSSetValue('cmi.core.score.raw', '100')
    api.LMSSetValue('cmi.core.lesson_status', 'passed')
    expect(api.LMSCommit('')).toBe('true')
    expect(api.LMSFinish('')).toBe('true')
    await flushPromises()
    expect(xhr.map((c) => [c.url, c.async, c.headers['X-CSRF-Token'], c.body['cmi.core.lesson_status']]))
      .toEqual([[session.commit_url, false, 'tok-scorm', 'passed'], [session.commit_url, false, 'tok-scorm', 'passed']])
    const progressEvents = wrapper.emitted('progress') as Array<[{ course: { participant: { status: string } } }]>
    expect(progressEvents.at(-1)![0].course.participant.status).toBe('lulus')
    expect(wrapper.emitted('finished')).toHaveLength(1)
    expect(wrapper.find('[data-testid="scorm-finished"]').exists()).toBe(true)
  })

  it('finishes a session the content left open when the module is left, and takes the runtime off the window', async () => {
    fakeServer({ [`POST ${SESSION}`]: { status: 201, body: session } })
    const xhr = stubXhr(() => ({ result: true, errorCode: 0 }))
    const finished = vi.fn()
    const { wrapper } = await mountPage(ScormPlayer, { props: { kode: KODE, module: SCORM, learner: true, onFinished: finished } })
    await vi.waitFor(() => expect(window.API).toBeDefined())
    window.API!.LMSInitialize('')
    window.API!.LMSSetValue('cmi.core.lesson_location', 'soal-2')
    wrapper.unmount()
    expect(xhr).toHaveLength(1)
    expect(xhr[0]!.body['cmi.core.lesson_location']).toBe('soal-2')
    expect(window.API).toBeUndefined()
    expect(finished).toHaveBeenCalledTimes(1)
  })

  it('shows the server\'s sentence when no session can be opened', async () => {
    fakeServer({ [`POST ${SESSION}`]: { status: 412, body: { error: { code: 'failed_precondition', message: 'Paket SCORM belum diunggah.' } } } })
    const { wrapper } = await mountPage(ScormPlayer, { props: { kode: KODE, module: SCORM, learner: true } })
    expect(wrapper.find('[data-testid="scorm-error"]').text()).toContain('Paket SCORM belum diunggah.')
    expect(wrapper.find('iframe').exists()).toBe(false)
    expect(window.API).toBeUndefined()
  })

  it('shows staff the package\'s launch page without a session or a runtime', async () => {
    const fake = fakeServer({})
    const { wrapper } = await mountPage(ScormPlayer, { props: { kode: KODE, module: SCORM, learner: false } })
    expect(wrapper.find('iframe').attributes('src')).toBe('/api/v1/modules/13/scorm/index.html')
    expect(fake.calls).toHaveLength(0)
    expect(window.API).toBeUndefined()
  })
})
