// The xAPI State API of the learning record store (issue 7, docs/xapi-api.md): documents per activity, agent and
// registration — the parameters checked, PUT storing any content type as received, GET with its ETag, POST merging
// JSON objects (and refusing to merge anything else), the id list with `since`, DELETE of one or all, and the
// concurrency headers If-Match / If-None-Match answered with 412 when they fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type Server } from './harness'

let server: Server
let auth = ''

const activity = 'https://bangkom.jambiprov.go.id/api/v1/modules/7'
const agent = { objectType: 'Agent', account: { homePage: 'https://bangkom.jambiprov.go.id', name: '199001012019032002' } }
const registration = '6fa459ea-ee8a-3ca4-894e-db77e160355e'

function url(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v)
  return `${server.base}/xapi/activities/state?${q}`
}
const key = (stateId?: string, extra: Record<string, string> = {}) =>
  url({ activityId: activity, agent: JSON.stringify(agent), stateId, ...extra })
function state(method: string, target: string, body?: string, headers: Record<string, string> = {}) {
  return fetch(target, {
    method, body,
    headers: { 'x-experience-api-version': '1.0.3', authorization: auth, ...headers },
  })
}
async function status(r: Response, expected: number) {
  const text = await r.text()
  expect(r.status, text).toBe(expected)
  expect(r.headers.get('x-experience-api-version')).toBe('1.0.3')
  return text
}
const json = { 'content-type': 'application/json' }

beforeAll(async () => {
  server = await startServer({ data: false })
  const admin = await server.login('admin')
  const r = await admin.post('/api/v1/xapi-clients', { name: 'Konten dengan State API' })
  const { client, secret } = await r.json()
  auth = 'Basic ' + Buffer.from(`${client.key}:${secret}`).toString('base64')
})
afterAll(async () => server?.stop())

describe('xAPI State API', () => {
  it('checks its parameters and authentication', async () => {
    const noAuth = await fetch(key('resume'), { headers: { 'x-experience-api-version': '1.0.3' } })
    expect(noAuth.status).toBe(401)
    await status(await state('GET', url({ agent: JSON.stringify(agent), stateId: 'x' })), 400)
    await status(await state('GET', url({ activityId: 'bukan iri', agent: JSON.stringify(agent), stateId: 'x' })), 400)
    await status(await state('GET', url({ activityId: activity, stateId: 'x' })), 400)
    await status(await state('GET', url({ activityId: activity, agent: '{"name":"tanpa identitas"}', stateId: 'x' })), 400)
    await status(await state('GET', key('x', { registration: 'bukan-uuid' })), 400)
    await status(await state('PUT', key(undefined), '{}', json), 400)  // stateId is needed to write
    await status(await state('GET', key('belum-ada')), 404)
  })

  it('stores a document as received, returns it with its ETag and merges JSON objects on POST', async () => {
    await status(await state('PUT', key('resume'), '{"halaman":3,"skor":40}', json), 204)
    const got = await state('GET', key('resume'))
    expect(await status(got, 200)).toBe('{"halaman":3,"skor":40}')
    expect(got.headers.get('content-type')).toMatch(/^application\/json/)
    const etag = got.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/)

    await status(await state('POST', key('resume'), '{"skor":75,"selesai":true}', json), 204)
    const merged = JSON.parse(await status(await state('GET', key('resume')), 200))
    expect(merged).toEqual({ halaman: 3, skor: 75, selesai: true })

    await status(await state('PUT', key('catatan'), 'teks bebas, bukan JSON', { 'content-type': 'text/plain' }), 204)
    const text = await state('GET', key('catatan'))
    expect(await status(text, 200)).toBe('teks bebas, bukan JSON')
    expect(text.headers.get('content-type')).toMatch(/^text\/plain/)
    // merging needs JSON objects on both sides; nothing changes otherwise
    await status(await state('POST', key('catatan'), '{"a":1}', json), 400)
    await status(await state('POST', key('resume'), '[1,2]', json), 400)
    expect(await status(await state('GET', key('catatan')), 200)).toBe('teks bebas, bukan JSON')
    // POST of a JSON object where there is none stores it
    await status(await state('POST', key('baru'), '{"x":1}', json), 204)
    expect(await status(await state('GET', key('baru')), 200)).toBe('{"x":1}')
  })

  it('lists the ids (since a time), keeps registrations apart and deletes one or all', async () => {
    const before = new Date(Date.now() - 60_000).toISOString()
    await status(await state('PUT', key('resume', { registration }), '{"r":1}', json), 204)
    const ids = JSON.parse(await status(await state('GET', key(undefined)), 200))
    expect(ids.sort()).toEqual(['baru', 'catatan', 'resume'])
    expect(JSON.parse(await status(await state('GET', key(undefined, { registration })), 200))).toEqual(['resume'])
    expect(JSON.parse(await status(await state('GET', key(undefined, { since: before })), 200))).toHaveLength(3)
    const future = new Date(Date.now() + 3_600_000).toISOString()
    expect(JSON.parse(await status(await state('GET', key(undefined, { since: future })), 200))).toEqual([])
    await status(await state('GET', key(undefined, { since: 'kemarin' })), 400)

    await status(await state('DELETE', key('baru')), 204)
    await status(await state('GET', key('baru')), 404)
    await status(await state('DELETE', key(undefined)), 204)
    expect(JSON.parse(await status(await state('GET', key(undefined)), 200))).toEqual([])
    expect(await status(await state('GET', key('resume', { registration })), 200)).toBe('{"r":1}')
  })

  it('answers 412 when If-Match or If-None-Match fail, and writes when they hold', async () => {
    await status(await state('PUT', key('kunci'), '{"v":1}', { ...json, 'if-none-match': '*' }), 204)
    await status(await state('PUT', key('kunci'), '{"v":2}', { ...json, 'if-none-match': '*' }), 412)
    const etag = (await state('GET', key('kunci'))).headers.get('etag')!
    await status(await state('PUT', key('kunci'), '{"v":3}', { ...json, 'if-match': '"bukan-etag"' }), 412)
    await status(await state('POST', key('kunci'), '{"w":1}', { ...json, 'if-match': '"bukan-etag"' }), 412)
    expect(await status(await state('GET', key('kunci')), 200)).toBe('{"v":1}')
    await status(await state('PUT', key('kunci'), '{"v":4}', { ...json, 'if-match': etag }), 204)
    expect(await status(await state('GET', key('kunci')), 200)).toBe('{"v":4}')
    await status(await state('PUT', key('lain'), '{}', { ...json, 'if-match': '*' }), 412)  // none exists
    await status(await state('DELETE', key('kunci'), undefined, { 'if-match': etag }), 412)  // the old ETag
    await status(await state('GET', key('kunci')), 200)
  })

  it('loses no key when many merges of one document arrive at once', async () => {
    await status(await state('PUT', key('serentak'), '{"awal":true}', json), 204)
    const writers = Array.from({ length: 16 }, (_, i) =>
      state('POST', key('serentak'), JSON.stringify({ [`k${i}`]: i }), json).then((r) => status(r, 204)))
    await Promise.all(writers)
    const merged = JSON.parse(await status(await state('GET', key('serentak')), 200))
    expect(Object.keys(merged).sort()).toEqual(['awal', ...Array.from({ length: 16 }, (_, i) => `k${i}`)].sort())
    // of two writers holding the same ETag, one wins and the other gets 412
    const etag = (await state('GET', key('serentak'))).headers.get('etag')!
    const both = await Promise.all([1, 2].map((v) =>
      state('PUT', key('serentak'), `{"v":${v}}`, { ...json, 'if-match': etag }).then((r) => r.status)))
    expect(both.sort()).toEqual([204, 412])
  })
})
