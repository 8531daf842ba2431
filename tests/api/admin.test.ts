// Users (admin_bkd) and the audit log (admin_bkd, auditor).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client, startServer, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
beforeAll(async () => {
  server = await startServer({ data: false })
  for (const u of ['admin', 'auditor', 'pengelola']) c[u] = await server.login(u)
})
afterAll(async () => {
  await server?.stop()
})

const newUser = {
  username: 'kasubag.dinkes', password: 'kata-sandi-baru-1', role: 'pengelola_opd', agency_code: 'DINKES',
  nip: '', institution: '', display_name: 'Kasubag Dinkes',
}

describe('GET /users', () => {
  it('lists users without password hashes', async () => {
    const r = await c.admin.get('/api/v1/users')
    expect(r.status).toBe(200)
    const body = await r.json()
    expect(body.users.map((u: { username: string }) => u.username)).toContain('asn')
    expect(JSON.stringify(body)).not.toContain('argon2')
  })
  it('is 403 for other roles and 401 anonymously', async () => {
    expect((await c.auditor.get('/api/v1/users')).status).toBe(403)
    expect((await c.pengelola.get('/api/v1/users')).status).toBe(403)
    expect((await new Client(server.base).get('/api/v1/users')).status).toBe(401)
  })
})

describe('POST /users', () => {
  it('creates a user who can then sign in', async () => {
    const r = await c.admin.post('/api/v1/users', newUser)
    expect(r.status).toBe(201)
    const { user } = await r.json()
    expect(user).toMatchObject({ username: 'kasubag.dinkes', role: 'pengelola_opd', agency_code: 'DINKES',
      display_name: 'Kasubag Dinkes' })
    expect(typeof user.id).toBe('number')
    const login = await new Client(server.base).post('/api/v1/auth/login',
      { username: 'kasubag.dinkes', password: 'kata-sandi-baru-1' })
    expect(login.status).toBe(200)
  })
  it('is 409 for a taken username', async () => {
    const r = await c.admin.post('/api/v1/users', { ...newUser, username: 'admin' })
    expect(r.status).toBe(409)
    expect((await r.json()).error.code).toBe('conflict')
  })
  it('validates fields with details', async () => {
    const r = await c.admin.post('/api/v1/users', { ...newUser, username: 'A B', password: 'short', agency_code: '' })
    expect(r.status).toBe(400)
    const columns = (await r.json()).error.details.map((d: { column: string }) => d.column)
    expect(columns).toEqual(expect.arrayContaining(['username', 'password', 'agency_code']))
    const role = await c.admin.post('/api/v1/users', { ...newUser, username: 'x.role', role: 'superuser' })
    expect(role.status).toBe(400)
    const asn = await c.admin.post('/api/v1/users', { ...newUser, username: 'x.asn', role: 'asn', nip: '123' })
    expect((await asn.json()).error.details.map((d: { column: string }) => d.column)).toContain('nip')
  })
  it('rejects malformed JSON with 400', async () => {
    const r = await c.admin.request('POST', '/api/v1/users', { body: '[1,2', headers: { 'content-type': 'application/json' } })
    expect(r.status).toBe(400)
  })
  it('is 403 for other roles or without CSRF, 401 anonymously', async () => {
    expect((await c.pengelola.post('/api/v1/users', { ...newUser, username: 'x1' })).status).toBe(403)
    expect((await c.admin.post('/api/v1/users', { ...newUser, username: 'x2' }, { csrf: false })).status).toBe(403)
    expect((await new Client(server.base).post('/api/v1/users', { ...newUser, username: 'x3' })).status).toBe(401)
    const users = await (await c.admin.get('/api/v1/users')).json()
    expect(users.users.map((u: { username: string }) => u.username)).not.toContain('x2')
  })
})

describe('GET /audit', () => {
  it('records logins and user creation, newest first', async () => {
    const r = await c.auditor.get('/api/v1/audit?limit=500')
    expect(r.status).toBe(200)
    const { entries } = await r.json()
    const actions = entries.map((e: { action: string }) => e.action)
    expect(actions).toContain('login')
    const created = entries.find((e: { action: string; entity_key: string }) =>
      e.action === 'user.create' && e.entity_key === 'kasubag.dinkes')
    expect(created).toBeDefined()
    expect(created.username).toBe('admin')
    expect(created.after.role).toBe('pengelola_opd')
    expect(created.at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(Object.keys(created).sort()).toEqual(['action', 'after', 'at', 'before', 'entity', 'entity_key', 'id', 'username'])
  })
  it('pages and validates paging', async () => {
    const one = await (await c.admin.get('/api/v1/audit?limit=1')).json()
    expect(one.entries).toHaveLength(1)
    expect((await c.admin.get('/api/v1/audit?limit=0')).status).toBe(400)
    expect((await c.admin.get('/api/v1/audit?offset=x')).status).toBe(400)
  })
  it('is 403 for other roles and 401 anonymously', async () => {
    expect((await c.pengelola.get('/api/v1/audit')).status).toBe(403)
    expect((await new Client(server.base).get('/api/v1/audit')).status).toBe(401)
  })
})
