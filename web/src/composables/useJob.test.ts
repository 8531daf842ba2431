// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { useJob } from './useJob'
import type { Job } from '@/api/types'

function job(state: Job['state'], percent: number, result: Job['result'] = null): Job {
  return { id: 'abc', kind: 'pegawai', state, percent, message: '', result }
}

/** Runs the composable inside a component, as the import page does. */
function withJob() {
  let api!: ReturnType<typeof useJob>
  const wrapper = mount(defineComponent({ setup() { api = useJob(500); return () => h('div') } }))
  return { api, wrapper }
}

describe('useJob', () => {
  let answers: Job[]
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    vi.useFakeTimers()
    sessionStorage.clear()
    answers = []
    fetchMock = vi.fn(async () => new Response(JSON.stringify({ job: answers.shift() }), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('polls until the job succeeds, then stops and forgets it', async () => {
    answers = [job('running', 30), job('running', 70), job('succeeded', 100, { rows: 5, inserted: 3, updated: 2 })]
    const { api } = withJob()
    api.follow(job('queued', 0))
    expect(sessionStorage.getItem('bangkom.import.job')).toBe('abc')
    await flushPromises()
    expect(api.job.value?.percent).toBe(30)
    await vi.advanceTimersByTimeAsync(500)
    expect(api.job.value?.percent).toBe(70)
    await vi.advanceTimersByTimeAsync(500)
    expect(api.job.value?.state).toBe('succeeded')
    await vi.advanceTimersByTimeAsync(2000)
    expect(fetchMock).toHaveBeenCalledTimes(3)
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('/api/v1/jobs/abc')
    expect(sessionStorage.getItem('bangkom.import.job')).toBeNull()
  })

  it('finds a running job again after a reload', async () => {
    sessionStorage.setItem('bangkom.import.job', 'abc')
    answers = [job('failed', 100, { error: { code: 'invalid_argument', message: 'gagal' } })]
    const { api } = withJob()
    expect(api.resume()).toBe(true)
    await flushPromises()
    expect(api.job.value?.state).toBe('failed')
  })

  it('has nothing to resume without a stored job', () => {
    const { api } = withJob()
    expect(api.resume()).toBe(false)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('stops polling when the page is left', async () => {
    answers = [job('running', 10), job('running', 20)]
    const { api, wrapper } = withJob()
    api.follow(job('queued', 0))
    await flushPromises()
    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(5000)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('reports an error from the server and stops', async () => {
    fetchMock.mockImplementationOnce(async () =>
      new Response(JSON.stringify({ error: { code: 'not_found', message: 'Pekerjaan tidak ditemukan' } }), { status: 404 }))
    const { api } = withJob()
    api.follow(job('queued', 0))
    await flushPromises()
    expect((api.error.value as Error).message).toBe('Pekerjaan tidak ditemukan')
    await vi.advanceTimersByTimeAsync(2000)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })
})
