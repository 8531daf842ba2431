import { onBeforeUnmount, ref } from 'vue'
import { api } from '@/api'
import type { Job } from '@/api/types'

const STORAGE_KEY = 'bangkom.import.job'

/** Follows a job (GET /jobs/{id}) until it succeeds or fails. The id is kept in sessionStorage so that a
 *  reload or a return to the page finds the job again. */
export function useJob(intervalMs = 500) {
  const job = ref<Job | null>(null)
  const error = ref<unknown>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  function remember(id: string | number | null): void {
    try {
      if (id === null) sessionStorage.removeItem(STORAGE_KEY)
      else sessionStorage.setItem(STORAGE_KEY, String(id))
    } catch {
      // No storage: the job cannot be found again after a reload, nothing else changes.
    }
  }

  async function poll(id: string | number): Promise<void> {
    try {
      const answer = await api.get<{ job: Job }>(`/jobs/${encodeURIComponent(String(id))}`)
      job.value = answer.job
      error.value = null
      if (answer.job.state === 'succeeded' || answer.job.state === 'failed') {
        remember(null)
        return
      }
    } catch (caught) {
      error.value = caught
      remember(null)
      return
    }
    if (!stopped) timer = setTimeout(() => void poll(id), intervalMs)
  }

  function follow(started: Job): void {
    clearTimeout(timer)
    job.value = started
    remember(started.id)
    void poll(started.id)
  }

  /** The job left running by an earlier visit, if any. */
  function resume(): boolean {
    let id: string | null = null
    try {
      id = sessionStorage.getItem(STORAGE_KEY)
    } catch {
      id = null
    }
    if (!id) return false
    void poll(id)
    return true
  }

  function reset(): void {
    clearTimeout(timer)
    job.value = null
    error.value = null
    remember(null)
  }

  onBeforeUnmount(() => {
    stopped = true
    clearTimeout(timer)
  })
  return { job, error, follow, resume, reset }
}
