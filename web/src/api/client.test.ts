import { describe, expect, it, vi } from 'vitest'
import { ApiClient, ApiError, buildUrl, codeForStatus } from './client'

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function clientWith(response: Response | Error, extra: Partial<ConstructorParameters<typeof ApiClient>[0]> = {}) {
  const fetchFn = vi.fn(async (_url: string, _init?: RequestInit) => {
    if (response instanceof Error) throw response
    return response
  })
  const client = new ApiClient({ fetchFn: fetchFn as unknown as typeof fetch, ...extra })
  return { client, fetchFn }
}

function sentInit(fetchFn: ReturnType<typeof vi.fn>): RequestInit & { headers: Record<string, string> } {
  return fetchFn.mock.calls[0]?.[1] as RequestInit & { headers: Record<string, string> }
}

describe('ApiClient requests', () => {
  it('sends the language, same-origin credentials and JSON', async () => {
    const { client, fetchFn } = clientWith(jsonResponse(200, { ok: true }), { language: () => 'en' })
    await expect(client.get('/health')).resolves.toEqual({ ok: true })
    expect(fetchFn.mock.calls[0]?.[0]).toBe('/api/v1/health')
    const init = sentInit(fetchFn)
    expect(init.credentials).toBe('same-origin')
    expect(init.headers['Accept-Language']).toBe('en')
    expect(init.headers['X-CSRF-Token']).toBeUndefined()
  })

  it('adds the CSRF token to state-changing calls only', async () => {
    const { client, fetchFn } = clientWith(jsonResponse(200, {}), { csrfToken: () => 'tok123' })
    await client.post('/auth/logout')
    const init = sentInit(fetchFn)
    expect(init.method).toBe('POST')
    expect(init.headers['X-CSRF-Token']).toBe('tok123')
    expect(init.headers['Content-Type']).toBe('application/json')
  })

  it('uploads raw bytes as application/octet-stream', async () => {
    const { client, fetchFn } = clientWith(jsonResponse(202, { job: { id: 1 } }), { csrfToken: () => 't' })
    const file = new Blob(['nip,nama\n'])
    await client.upload('/imports/pegawai', file)
    const init = sentInit(fetchFn)
    expect(init.body).toBe(file)
    expect(init.headers['Content-Type']).toBe('application/octet-stream')
    expect(init.headers['X-CSRF-Token']).toBe('t')
  })

  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/v1', '/data/pegawai', { q: 'siti nur', sort: '', desc: undefined, offset: 0 }))
      .toBe('/api/v1/data/pegawai?q=siti+nur&offset=0')
    expect(buildUrl('/api/v1', '/kinds')).toBe('/api/v1/kinds')
  })
})

describe('ApiClient errors', () => {
  it('throws an ApiError with code, message and every detail', async () => {
    const body = { error: { code: 'invalid_argument', message: 'File tidak valid', details: [
      { row: 57, column: 'nip', message: 'NIP harus 18 angka' },
      { row: 60, column: 'nama', message: 'wajib diisi' },
    ] } }
    const { client } = clientWith(jsonResponse(400, body))
    const error = await client.post('/imports/pegawai/preview').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.code).toBe('invalid_argument')
    expect(apiError.message).toBe('File tidak valid')
    expect(apiError.details).toHaveLength(2)
    expect(apiError.details[0]).toEqual({ row: 57, column: 'nip', message: 'NIP harus 18 angka' })
  })

  it('keeps the 429 code so the login page can explain the wait', async () => {
    const body = { error: { code: 'resource_exhausted', message: 'Terlalu banyak percobaan' } }
    const { client } = clientWith(jsonResponse(429, body))
    const error = (await client.post('/auth/login', {}).catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(429)
    expect(error.code).toBe('resource_exhausted')
    expect(error.details).toEqual([])
  })

  it('maps a body that is not our error shape to the status code', async () => {
    const { client } = clientWith(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
    const error = (await client.get('/summary').catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(502)
    expect(error.code).toBe('internal')
    expect(error.message).toBe('Bad Gateway')
  })

  it('reports a network failure as status 0', async () => {
    const { client } = clientWith(new TypeError('Failed to fetch'))
    const error = (await client.get('/summary').catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.isNetwork).toBe(true)
  })

  it('tells the app when a session ends (401 outside login)', async () => {
    const onUnauthenticated = vi.fn()
    const body = { error: { code: 'unauthenticated', message: 'Sesi berakhir' } }
    const { client } = clientWith(jsonResponse(401, body), { onUnauthenticated })
    await expect(client.get('/summary')).rejects.toBeInstanceOf(ApiError)
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
  })

  it('does not treat a failed login as an ended session', async () => {
    const onUnauthenticated = vi.fn()
    const body = { error: { code: 'unauthenticated', message: 'Nama pengguna atau kata sandi salah' } }
    const { client } = clientWith(jsonResponse(401, body), { onUnauthenticated })
    await expect(client.post('/auth/login', {})).rejects.toMatchObject({ status: 401 })
    expect(onUnauthenticated).not.toHaveBeenCalled()
  })

  it('knows the canonical code of each status', () => {
    expect(codeForStatus(413)).toBe('payload_too_large')
    expect(codeForStatus(403)).toBe('forbidden')
    expect(codeForStatus(503)).toBe('internal')
    expect(codeForStatus(418)).toBe('unknown')
  })
})
