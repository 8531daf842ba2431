// The learning record store (issue 7, docs/xapi-api.md): clients managed by admin_bkd (secret shown once, switched off),
// `about`, the version header and Basic authentication on every other request, statements stored by POST (single
// and batch) and PUT, immutability (same content again is fine, other content is 409), the structural rules
// (actor, verb, object, ids, timestamps, unknown properties), voiding, and GET by id / voided id / query with
// `more` paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client, startServer, type Server } from './harness'

let server: Server
let admin: Client
let auth = ''

const completed = 'http://adlnet.gov/expapi/verbs/completed'
const voided = 'http://adlnet.gov/expapi/verbs/voided'
function statement(n: number, extra: Record<string, unknown> = {}) {
  return {
    actor: { objectType: 'Agent', name: `Pegawai ${n}`, mbox: `mailto:pegawai${n % 2}@jambiprov.go.id` },
    verb: { id: completed, display: { 'id-ID': 'menyelesaikan' } },
    object: { id: `https://bangkom.jambiprov.go.id/kursus/EL-${n % 3}`, definition: { name: { 'id-ID': 'Modul' } } },
    ...extra,
  }
}
function lrs(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.base}/xapi${path}`, {
    method,
    headers: { 'x-experience-api-version': '1.0.3', authorization: auth, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}
async function status(r: Response, expected: number) {
  const text = await r.text()
  expect(r.status, text).toBe(expected)
  expect(r.headers.get('x-experience-api-version')).toBe('1.0.3')
  return text ? JSON.parse(text) : null
}

beforeAll(async () => {
  server = await startServer({ data: false })
  admin = await server.login('admin')
})
afterAll(async () => {
  await server?.stop()
})

describe('clients', () => {
  it('are created by admin_bkd only, with the secret shown once', async () => {
    const other = await server.login('pengelola')
    expect((await other.post('/api/v1/xapi-clients', { name: 'x' })).status).toBe(403)
    expect((await admin.post('/api/v1/xapi-clients', { name: '' })).status).toBe(400)
    const r = await admin.post('/api/v1/xapi-clients', { name: 'Konten SCORM Pelayanan Prima' })
    expect(r.status).toBe(201)
    const { client, secret } = await r.json()
    expect(client).toMatchObject({ name: 'Konten SCORM Pelayanan Prima', active: true })
    expect(secret).toMatch(/^[0-9a-f]{48}$/)
    auth = 'Basic ' + Buffer.from(`${client.key}:${secret}`).toString('base64')
    const list = await (await admin.get('/api/v1/xapi-clients')).json()
    expect(list.items).toHaveLength(1)
    expect(JSON.stringify(list)).not.toContain(secret)
  })
})

describe('/xapi/ headers and authentication', () => {
  it('answers about without credentials', async () => {
    const r = await fetch(`${server.base}/xapi/about`)
    expect(await status(r, 200)).toEqual({ version: ['1.0.3'] })
  })
  it('needs the version header and valid credentials', async () => {
    await status(await lrs('GET', '/statements', undefined, { 'x-experience-api-version': '' }), 400)
    await status(await lrs('GET', '/statements', undefined, { 'x-experience-api-version': '0.95' }), 400)
    const none = await lrs('GET', '/statements', undefined, { authorization: '' })
    expect(none.headers.get('www-authenticate')).toContain('Basic')
    await status(none, 401)
    const wrong = 'Basic ' + Buffer.from('bkm-nobody:nothing').toString('base64')
    await status(await lrs('GET', '/statements', undefined, { authorization: wrong }), 401)
    await status(await lrs('GET', '/elsewhere'), 404)
  })
})

describe('statements', () => {
  let first = ''
  it('stores a single statement and a batch, giving ids', async () => {
    const ids = await status(await lrs('POST', '/statements', statement(1)), 200)
    expect(ids).toHaveLength(1)
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    first = ids[0]
    const batch = await status(await lrs('POST', '/statements', [statement(2), statement(3), statement(4)]), 200)
    expect(batch).toHaveLength(3)
    const got = await status(await lrs('GET', `/statements?statementId=${first}`), 200)
    expect(got).toMatchObject({ id: first, verb: { id: completed }, version: '1.0.3',
      authority: { objectType: 'Agent', name: 'Konten SCORM Pelayanan Prima' } })
    expect(got.stored).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(got.timestamp).toBe(got.stored)
  })
  it('takes PUT with statementId, and is immutable', async () => {
    const id = '8f1e0f9a-5d3b-4c7e-9a2f-1b2c3d4e5f60'
    await status(await lrs('PUT', `/statements?statementId=${id}`, statement(5)), 204)
    await status(await lrs('PUT', `/statements?statementId=${id}`, statement(5)), 204) // the same again: fine
    await status(await lrs('PUT', `/statements?statementId=${id}`, statement(6)), 409)
    await status(await lrs('PUT', '/statements', statement(5)), 400)
    await status(await lrs('PUT', `/statements?statementId=${id}`, { ...statement(5), id: '00000000-0000-4000-8000-000000000000' }), 400)
    // A batch with a conflicting statement stores nothing of itself.
    const fresh = '11111111-2222-4333-8444-555555555555'
    await status(await lrs('POST', '/statements', [{ ...statement(7), id: fresh }, { ...statement(9), id }]), 409)
    await status(await lrs('GET', `/statements?statementId=${fresh}`), 404)
  })
  it('refuses statements that break the rules, naming what is wrong', async () => {
    const cases: Array<[string, unknown]> = [
      ['actor', { ...statement(1), actor: { name: 'tanpa identitas' } }],
      ['more than one identifier', { ...statement(1), actor: { mbox: 'mailto:a@b.c', openid: 'http://x.y' } }],
      ['mailto', { ...statement(1), actor: { mbox: 'a@b.c' } }],
      ['verb.id', { ...statement(1), verb: { id: 'selesai' } }],
      ['object', { ...statement(1), object: undefined }],
      ['object.id', { ...statement(1), object: { id: 'bukan iri' } }],
      ['UUID', { ...statement(1), id: 'abc' }],
      ['timestamp', { ...statement(1), timestamp: '29-11-2026' }],
      ['unknown property', { ...statement(1), catatan: 'x' }],
      ['scaled', { ...statement(1), result: { score: { scaled: 1.5 } } }],
      ['registration', { ...statement(1), context: { registration: 'x' } }],
      ['StatementRef', { ...statement(1), verb: { id: voided } }],
    ]
    for (const [word, body] of cases) {
      const error = await status(await lrs('POST', '/statements', body), 400)
      expect(error.error.message, word).toContain(word)
    }
    await status(await lrs('POST', '/statements', 'bukan json', { 'content-type': 'text/plain' }), 400)
  })
  it('voids: the voided statement is read only by voidedStatementId and leaves queries', async () => {
    const target = (await status(await lrs('POST', '/statements', statement(10)), 200))[0]
    const voiding = { actor: statement(1).actor, verb: { id: voided }, object: { objectType: 'StatementRef', id: target } }
    const [voider] = await status(await lrs('POST', '/statements', voiding), 200)
    await status(await lrs('GET', `/statements?statementId=${target}`), 404)
    expect((await status(await lrs('GET', `/statements?voidedStatementId=${target}`), 200)).id).toBe(target)
    await status(await lrs('GET', `/statements?voidedStatementId=${first}`), 404)
    const all = await status(await lrs('GET', '/statements?limit=500'), 200)
    const ids = all.statements.map((s: { id: string }) => s.id)
    expect(ids).not.toContain(target)
    expect(ids).toContain(voider)
    // A voiding statement cannot be voided.
    await status(await lrs('POST', '/statements', { ...voiding, object: { objectType: 'StatementRef', id: voider } }), 400)
  })
  it('queries by agent, verb and activity, newest first, with more pages', async () => {
    const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:pegawai0@jambiprov.go.id' }))
    const byAgent = await status(await lrs('GET', `/statements?agent=${agent}`), 200)
    expect(byAgent.statements.length).toBeGreaterThan(0)
    expect(byAgent.statements.every((s: { actor: { mbox: string } }) => s.actor.mbox === 'mailto:pegawai0@jambiprov.go.id')).toBe(true)
    const activity = encodeURIComponent('https://bangkom.jambiprov.go.id/kursus/EL-1')
    const all = await status(await lrs('GET', `/statements?activity=${activity}&verb=${encodeURIComponent(completed)}`), 200)
    const seen: string[] = []
    let page = await status(await lrs('GET', `/statements?activity=${activity}&limit=1`), 200)
    for (;;) {
      expect(page.statements.length).toBeLessThanOrEqual(1)
      seen.push(...page.statements.map((s: { id: string }) => s.id))
      if (!page.more) break
      page = await status(await fetch(server.base + page.more, {
        headers: { 'x-experience-api-version': '1.0.3', authorization: auth } }), 200)
    }
    expect(seen).toEqual(all.statements.map((s: { id: string }) => s.id))
    expect(seen.length).toBeGreaterThanOrEqual(2)
    const stored = all.statements.map((s: { stored: string }) => s.stored)
    expect([...stored].sort().reverse()).toEqual(stored)
    const ascending = await status(await lrs('GET', `/statements?activity=${activity}&ascending=true`), 200)
    expect(ascending.statements.map((s: { id: string }) => s.id)).toEqual([...seen].reverse())
    await status(await lrs('GET', `/statements?statementId=${seen[0]}&verb=x`), 400)
    await status(await lrs('GET', '/statements?limit=satu'), 400)
  })
  it('stops accepting a client that is switched off', async () => {
    const { items } = await (await admin.get('/api/v1/xapi-clients')).json()
    expect((await admin.post(`/api/v1/xapi-clients/${items[0].id}/active`, { active: false })).status).toBe(200)
    await status(await lrs('GET', '/statements'), 401)
  })
})
