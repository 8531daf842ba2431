// Sign-in, sessions, CSRF and the login rate limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client, errorCode, password, startServer, type Server } from './harness'

let server: Server
beforeAll(async () => {
  server = await startServer({ data: false })
})
afterAll(async () => {
  await server?.stop()
})

describe('POST /auth/login', () => {
  it('signs in, sets a safe session cookie and returns the user and a CSRF token', async () => {
    const c = new Client(server.base)
    const r = await c.post('/api/v1/auth/login', { username: 'pengelola', password })
    expect(r.status).toBe(200)
    const cookie = r.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^bangkom_session=[0-9a-f]{64};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).toContain('Path=/')
    const body = await r.json()
    expect(body.csrf_token).toMatch(/^[0-9a-f]{64}$/)
    expect(body.user).toMatchObject({ username: 'pengelola', role: 'pengelola_opd', agency_code: 'DINKES' })
    expect(body.user.password_hash).toBeUndefined()
    expect(Object.keys(body.user).sort()).toEqual(
      ['agency_code', 'display_name', 'id', 'institution', 'nip', 'role', 'username'])
  })

  it('gives the same 401 for an unknown user and a wrong password', async () => {
    const a = await new Client(server.base).post('/api/v1/auth/login', { username: 'nobody', password: 'x-wrong-pass' })
    const b = await new Client(server.base).post('/api/v1/auth/login', { username: 'auditor', password: 'x-wrong-pass' })
    expect(a.status).toBe(401)
    expect(b.status).toBe(401)
    const ea = await a.json()
    const eb = await b.json()
    expect(ea.error.code).toBe('unauthenticated')
    expect(ea.error.message).toBe(eb.error.message)
    expect(a.headers.get('set-cookie')).toBeNull()
  })

  it('answers in English when asked', async () => {
    const r = await new Client(server.base).post('/api/v1/auth/login?lang=en', { username: 'nobody', password: 'zzzzzzzz' })
    expect((await r.json()).error.message).toMatch(/wrong username or password/i)
  })

  it('rejects missing fields with 400', async () => {
    const r = await new Client(server.base).post('/api/v1/auth/login', { username: 'admin' })
    expect(r.status).toBe(400)
    expect(await errorCode(r)).toBe('invalid_argument')
  })

  it('rejects malformed JSON with 400', async () => {
    const r = await new Client(server.base).request('POST', '/api/v1/auth/login', {
      body: '{"username": "admin", ', headers: { 'content-type': 'application/json' } })
    expect(r.status).toBe(400)
    expect(await errorCode(r)).toBe('invalid_argument')
  })

  it('limits failures per username: the 11th attempt in 15 minutes gets 429, even with the right password', async () => {
    const c = new Client(server.base)
    for (let i = 0; i < 10; i++) {
      const r = await c.post('/api/v1/auth/login', { username: 'mitra', password: `wrong-${i}-xxxx` })
      expect(r.status).toBe(401)
    }
    const blocked = await c.post('/api/v1/auth/login', { username: 'mitra', password })
    expect(blocked.status).toBe(429)
    expect(await errorCode(blocked)).toBe('resource_exhausted')
    // other users are not affected by mitra's lock
    expect((await c.post('/api/v1/auth/login', { username: 'asn', password })).status).toBe(200)
  })
})

describe('GET /auth/me', () => {
  it('returns the user and the same CSRF token with a session', async () => {
    const c = await server.login('atasan')
    const csrf = c.csrf
    const r = await c.get('/api/v1/auth/me')
    expect(r.status).toBe(200)
    const body = await r.json()
    expect(body.user.username).toBe('atasan')
    expect(body.user.nip).toBe('198609262015051001')
    expect(body.csrf_token).toBe(csrf)
  })

  it('is 401 without a session or with a forged cookie', async () => {
    const anon = new Client(server.base)
    expect((await anon.get('/api/v1/auth/me')).status).toBe(401)
    anon.cookie = 'bangkom_session=' + 'ab'.repeat(32)
    const r = await anon.get('/api/v1/auth/me')
    expect(r.status).toBe(401)
    expect(await errorCode(r)).toBe('unauthenticated')
  })
})

describe('POST /auth/logout', () => {
  it('needs the CSRF token', async () => {
    const c = await server.login('auditor')
    const r = await c.post('/api/v1/auth/logout', {}, { csrf: false })
    expect(r.status).toBe(403)
    const body = await r.json()
    expect(body.error.code).toBe('forbidden')
    expect(body.error.message).toMatch(/CSRF/)
    const wrong = await c.request('POST', '/api/v1/auth/logout', { headers: { 'x-csrf-token': 'f'.repeat(64) }, csrf: false })
    expect(wrong.status).toBe(403)
    expect((await c.get('/api/v1/auth/me')).status).toBe(200) // still signed in
  })

  it('is 401 without a session', async () => {
    expect((await new Client(server.base).post('/api/v1/auth/logout', {})).status).toBe(401)
  })

  it('ends the session and clears the cookie', async () => {
    const c = await server.login('auditor')
    const cookie = c.cookie
    const r = await c.post('/api/v1/auth/logout', {})
    expect(r.status).toBe(200)
    expect(await r.json()).toEqual({ ok: true })
    expect(r.headers.get('set-cookie')).toContain('Max-Age=0')
    const stale = new Client(server.base)
    stale.cookie = cookie
    expect((await stale.get('/api/v1/auth/me')).status).toBe(401)
  })
})
