// Autosave of a quiz attempt's answers (PUT /quiz-attempts/{id}/answers): changes are gathered and sent together a
// moment after the last one, at once when the learner moves to another question or leaves, one request at a time.
// A failed save keeps its answers (a newer change wins) and is tried again; a refusal because the attempt is closed
// (409 submitted, 412 past the deadline) is handed to the page, which then grades or reloads.
import { ApiError } from '@/api/client'
import type { AnswerUpdate } from '@/api/quiz'
import type { AnswerValue } from './attempt_rules'

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed'

export interface SaverOptions {
  /** Sends a save; `changed` holds the answers changed since the last one that succeeded (the quiz page sends the
   * whole state instead: the server keeps the map it last received). */
  send: (changed: AnswerUpdate, keepalive: boolean) => Promise<string>
  /** Quiet time after the last change before saving, in ms. */
  delay?: number
  /** Wait before trying a failed save again, in ms. */
  retryDelay?: number
  onState?: (state: SaveState, savedAt: string | null) => void
  /** The attempt no longer takes answers. */
  onClosed?: (error: ApiError) => void
}

export function isClosedError(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 409 || error.status === 412)
}

export class AnswerSaver {
  private pending: AnswerUpdate = {}
  private timer: ReturnType<typeof setTimeout> | undefined
  private inFlight: Promise<void> | null = null
  private closed = false
  private paused = false
  private savedAt: string | null = null
  private readonly options: Required<Omit<SaverOptions, 'onState' | 'onClosed'>> & SaverOptions

  constructor(options: SaverOptions) {
    this.options = { delay: 1500, retryDelay: 10_000, ...options }
  }

  get hasPending(): boolean {
    return Object.keys(this.pending).length > 0
  }

  /** Records an answer and saves it after the quiet time. */
  change(questionId: string, value: AnswerValue): void {
    if (this.closed) return
    this.pending[questionId] = Array.isArray(value) ? [...value] : value
    this.report('pending')
    if (!this.paused) this.schedule(this.options.delay)
  }

  /** Holds the saves (while the attempt is being submitted) and waits for one on its way. */
  async pause(): Promise<void> {
    this.paused = true
    clearTimeout(this.timer)
    this.timer = undefined
    while (this.inFlight) await this.inFlight
  }

  /** Saves again after a pause, starting with what was held. */
  resume(): void {
    this.paused = false
    if (this.hasPending) this.schedule(this.options.delay)
  }

  /** Sends what is pending now (after a save already on its way); resolves when the server answered. */
  async flush(keepalive = false): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    if (keepalive) {
      // The page is going away: nobody waits for the answer, so no queueing behind a request in flight.
      if (this.hasPending && !this.closed) void this.options.send(this.take(), true).catch(() => undefined)
      return
    }
    while (this.inFlight) await this.inFlight
    if (!this.hasPending || this.closed || this.paused) return
    this.inFlight = this.sendPending()
    try {
      await this.inFlight
    } finally {
      this.inFlight = null
    }
  }

  /** Stops the timers; nothing more is sent. */
  dispose(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.closed = true
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => { void this.flush() }, ms)
  }

  private take(): AnswerUpdate {
    const batch = this.pending
    this.pending = {}
    return batch
  }

  private async sendPending(): Promise<void> {
    const batch = this.take()
    this.report('saving')
    try {
      this.savedAt = await this.options.send(batch, false)
      this.report(this.hasPending ? 'pending' : 'saved')
    } catch (error) {
      if (isClosedError(error)) {
        this.closed = true
        this.options.onClosed?.(error)
        return
      }
      this.pending = { ...batch, ...this.pending }
      this.report('failed')
      if (!this.paused) this.schedule(this.options.retryDelay)
    }
  }

  private report(state: SaveState): void {
    this.options.onState?.(state, this.savedAt)
  }
}
