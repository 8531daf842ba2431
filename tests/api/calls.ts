// The calls every API test makes, in one place: JSON requests under /api/v1 with the CSRF token, answers checked for
// their status (and error code), background jobs waited for, and CSV rows imported as the admin.
import { expect } from 'vitest'
import type { Client } from './harness'

/** A request under /api/v1 with a JSON body (when given) and the CSRF token (unless `csrf` is false). */
export function send(client: Client, method: string, path: string, body?: unknown, csrf = true): Promise<Response> {
  return client.request(method, `/api/v1${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    csrf,
  })
}

export const get = (client: Client, path: string): Promise<Response> => client.get(`/api/v1${path}`)

/** The JSON body of an answer that must have `status` (null for an empty body). */
export async function ok(r: Response, status = 200) {
  const text = await r.text()
  expect(r.status, text).toBe(status)
  return text === '' ? null : JSON.parse(text)
}

/** The `error` object of an answer that must have `status` and the error `code`. */
export async function fails(r: Response, status: number, code: string) {
  const text = await r.text()
  expect(r.status, text).toBe(status)
  const error = JSON.parse(text).error
  expect(error.code).toBe(code)
  return error
}

/** The job once it has succeeded or failed (polled every 25 ms for up to 30 s). */
export async function waitJob(client: Client, id: string) {
  let last: unknown
  for (let i = 0; i < 1200; i++) {
    const body = await ok(await get(client, `/jobs/${id}`))
    last = body.job
    if (body.job.state === 'succeeded' || body.job.state === 'failed') return body.job
    await new Promise((done) => setTimeout(done, 25))
  }
  throw new Error(`job did not finish: ${JSON.stringify(last)}`)
}

/** Imports `csv` of `kind` through the API as `admin` and expects the job to succeed. */
export async function importRows(admin: Client, kind: string, csv: string): Promise<void> {
  const started = await ok(await admin.upload(`/api/v1/imports/${kind}`, csv), 202)
  const job = await waitJob(admin, started.job.id)
  expect(job.state, JSON.stringify(job)).toBe('succeeded')
}

/** A calendar day `offset` days from today (UTC), "YYYY-MM-DD"; offsets of several days keep clear of WIB's midnight. */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
}
