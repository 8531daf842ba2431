import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import type { AnswerUpdate } from '@/api/quiz'
import { AnswerSaver, type SaveState } from './answer_saver'

describe('AnswerSaver', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  function setup(send: (a: AnswerUpdate, k: boolean) => Promise<string> = async () => 'now') {
    const sent: Array<[AnswerUpdate, boolean]> = []
    const states: SaveState[] = []
    const closed: number[] = []
    const saver = new AnswerSaver({
      delay: 1000, retryDelay: 5000,
      send: (answers, keepalive) => { sent.push([answers, keepalive]); return send(answers, keepalive) },
      onState: (state) => states.push(state),
      onClosed: (error) => closed.push(error.status),
    })
    return { saver, sent, states, closed }
  }

  it('gathers changes and saves them together after the quiet time', async () => {
    const { saver, sent, states } = setup()
    saver.change('101', [0])
    await vi.advanceTimersByTimeAsync(500)
    saver.change('102', [1, 2])
    saver.change('101', [2])
    expect(sent).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent).toEqual([[{ 101: [2], 102: [1, 2] }, false]])
    expect(states.at(-1)).toBe('saved')
    expect(saver.hasPending).toBe(false)
  })

  it('saves at once on flush, one request at a time', async () => {
    let release: (v: string) => void = () => undefined
    const { saver, sent } = setup(() => new Promise((r) => { release = r }))
    saver.change('101', [0])
    const first = saver.flush()
    saver.change('104', 3)
    const second = saver.flush()
    expect(sent).toHaveLength(1)
    release('t1')
    await first
    await vi.advanceTimersByTimeAsync(0)
    expect(sent.map(([a]) => a)).toEqual([{ 101: [0] }, { 104: 3 }])
    release('t2')
    await second
  })

  it('keeps a failed save, lets a newer answer win, and tries again', async () => {
    let fail = true
    const { saver, sent, states } = setup(async () => {
      if (fail) throw new ApiError(0, 'network', 'network')
      return 'ok'
    })
    saver.change('101', [0])
    saver.change('102', [1])
    await saver.flush()
    expect(states.at(-1)).toBe('failed')
    saver.change('101', [2])
    fail = false
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent.at(-1)![0]).toEqual({ 101: [2], 102: [1] })
    expect(states.at(-1)).toBe('saved')
  })

  it('hands a closed attempt (409, 412) to the page and sends nothing more', async () => {
    const { saver, sent, closed } = setup(async () => { throw new ApiError(412, 'failed_precondition', 'Waktu habis.') })
    saver.change('101', [0])
    await saver.flush()
    expect(closed).toEqual([412])
    saver.change('101', [1])
    await vi.advanceTimersByTimeAsync(20_000)
    expect(sent).toHaveLength(1)
  })

  it('holds saves while paused and sends them after resume', async () => {
    const { saver, sent } = setup()
    await saver.pause()
    saver.change('101', [0])
    await saver.flush()
    await vi.advanceTimersByTimeAsync(5000)
    expect(sent).toHaveLength(0)
    saver.resume()
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent).toEqual([[{ 101: [0] }, false]])
  })

  it('sends with keepalive while the page goes away, without waiting', () => {
    const { saver, sent } = setup(() => new Promise(() => undefined))
    saver.change('103', [1])
    void saver.flush(true)
    expect(sent).toEqual([[{ 103: [1] }, true]])
    expect(saver.hasPending).toBe(false)
  })
})
