// The public satisfaction survey (issue 8, docs/api.md "Survei publik"): the questionnaire of a unit without a
// session, one anonymous answer stored as an `skm` row that the IKM then counts, 400 naming the field, 404 for an
// unknown unit, 403 from another site, 429 after 20 answers per source and unit in an hour, no address kept, and the
// counters of earlier hours expiring.
//
// By hand: PKM01 starts with one fixture response 4,3,3,4,4,3,3,4,4; one more answering 4 everywhere gives NRR
// 4,3.5,3.5,4,4,3.5,3.5,4,4 → IKM 34/9, two respondents.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backend, Client, errorCode, psql, startServer, type Server } from './harness'

let server: Server
let admin: Client
const anonymous = () => new Client(server.base)
const all = (v: number | null) => Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, v]))

beforeAll(async () => {
  server = await startServer()
  admin = await server.login('admin')
})
afterAll(async () => {
  await server?.stop()
})

function post(unit: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.base}/api/v1/public/survey/${unit}`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

/** Runs SQL straight on the server's database; the rows as lines. */
function sql(text: string): string[] {
  if (backend === 'postgresql') return psql(text, server.db).split('\n').filter(Boolean)
  const r = spawnSync('sqlite3', [server.db, text], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(r.stderr)
  return r.stdout.split('\n').filter(Boolean)
}
const limitKeys = () => sql('SELECT hit_key FROM rate_limit_hits')

describe('GET /public/survey/{kode_unit}', () => {
  it('gives the unit and the nine elements in Indonesian without a session', async () => {
    const r = await anonymous().get('/api/v1/public/survey/PKM01')
    expect(r.status).toBe(200)
    const body = await r.json()
    expect(body.unit).toEqual({ kode_unit: 'PKM01', nama_unit: 'Puskesmas Kota' })
    expect(body.agency.kode_opd).toBe('DINKES')
    expect(body.agency.nama_opd).toBeTruthy()
    expect(body.lang).toBe('id')
    expect(body.elements.map((e: { code: string }) => e.code)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'])
    expect(body.elements[0].name).toBe('Persyaratan')
    expect(body.elements[0].question).toMatch(/^Bagaimana pendapat Saudara tentang kesesuaian persyaratan/)
    expect(body.elements[3].answers).toEqual([{ value: 1, label: 'Sangat mahal' }, { value: 2, label: 'Cukup mahal' },
      { value: 3, label: 'Murah' }, { value: 4, label: 'Gratis' }])
    expect(body.elements[7].answers[3].label).toBe('Dikelola dengan baik')
    expect(body.demographics.pendidikan.map((c: { value: string }) => c.value))
      .toEqual(['SD', 'SMP', 'SMA', 'D1-D3', 'D4/S1', 'S2', 'S3'])
    expect(body.demographics.pekerjaan.map((c: { value: string }) => c.value))
      .toEqual(['PNS', 'TNI', 'Polri', 'Swasta', 'Wirausaha', 'Lainnya'])
    expect(body.demographics.umur).toEqual({ min: 10, max: 120 })
    expect(body.saran_max_chars).toBe(2000)
  })
  it('speaks English when asked', async () => {
    const body = await (await anonymous().get('/api/v1/public/survey/PKM01?lang=en')).json()
    expect(body.lang).toBe('en')
    expect(body.elements[8].answers.map((a: { label: string }) => a.label)).toEqual(['Poor', 'Fair', 'Good', 'Very good'])
    const viaHeader = await (await anonymous().get('/api/v1/public/survey/PKM01', { 'accept-language': 'en-US' })).json()
    expect(viaHeader.elements[0].name).toBe('Requirements')
  })
  it('is 404 for an unknown unit', async () => {
    const r = await anonymous().get('/api/v1/public/survey/NOPE')
    expect(r.status).toBe(404)
    expect(await errorCode(r)).toBe('not_found')
  })
})

describe('POST /public/survey/{kode_unit}', () => {
  it('stores an answer that the IKM of the unit then counts', async () => {
    const r = await post('PKM01', { ...all(4), jenis_kelamin: 'L', umur: 41, pendidikan: 'SMA', pekerjaan: 'Wirausaha',
      saran: 'Pelayanan sudah baik, terima kasih' })
    expect(r.status).toBe(201)
    const body = await r.json()
    expect(body).toMatchObject({ ok: true, kode_unit: 'PKM01' })
    expect(body.tanggal).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(body.message).toContain('Terima kasih')

    const ikm = await (await admin.get('/api/v1/ikm/units/PKM01')).json()
    expect(ikm.respondents).toBe(2)
    expect(ikm.nrr).toEqual([4, 3.5, 3.5, 4, 4, 3.5, 3.5, 4, 4])
    expect(ikm.ikm).toBeCloseTo(34 / 9, 10)
  })
  it('accepts unanswered elements when at least one is answered', async () => {
    const r = await post('PKM01', { ...all(null), u4: 2 })
    expect(r.status).toBe(201)
    const ikm = await (await admin.get('/api/v1/ikm/units/PKM01')).json()
    expect(ikm.respondents).toBe(3)
    expect(ikm.nrr[3]).toBeCloseTo(10 / 3, 10)
    expect(ikm.nrr[0]).toBe(4)
  })
  it('keeps no identity and no address in the stored row or the rate-limit table', async () => {
    const r = await admin.get('/api/v1/data/skm?limit=500')
    expect(r.status).toBe(200)
    const { items } = await r.json()
    const mine = items.filter((row: { saran: string }) => row.saran === 'Pelayanan sudah baik, terima kasih')
    expect(mine).toHaveLength(1)
    const columns = ['id', 'kode_unit', 'tanggal', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'jenis_kelamin',
      'umur', 'pendidikan', 'pekerjaan', 'saran']
    for (const key of Object.keys(mine[0])) expect(columns, key).toContain(key)
    expect(JSON.stringify(items)).not.toContain('127.0.0.1')
    const keys = limitKeys()
    expect(keys.some((k) => k.startsWith('skm:'))).toBe(true)
    for (const key of keys.filter((k) => k.startsWith('skm:'))) {
      expect(key).toMatch(/^skm:[0-9a-f]{64}$/)
    }
    expect(keys.join('\n')).not.toMatch(/127\.0\.0\.1.*PKM01|PKM01.*127\.0\.0\.1/)
  })
  it('lets the counters of earlier hours expire, whichever source they count', async () => {
    sql("INSERT INTO rate_limit_hits (hit_key, window_start, hits) VALUES ('skm:old-source', 3600, 5)")
    sql("INSERT INTO rate_limit_hits (hit_key, window_start, hits) VALUES ('login:ip:old', 3600, 2)")
    expect((await post('PKM01', all(4))).status).toBe(201)
    const keys = limitKeys()
    expect(keys).not.toContain('skm:old-source')
    expect(keys).toContain('login:ip:old') // other counters keep their own rules
  })
  it('writes an audit entry without personal data', async () => {
    const { entries } = await (await admin.get('/api/v1/audit?limit=500')).json()
    const submitted = entries.filter((e: { action: string }) => e.action === 'skm.submit')
    expect(submitted.length).toBeGreaterThanOrEqual(2)
    expect(submitted[0]).toMatchObject({ entity: 'skm', entity_key: 'PKM01', username: '' })
    expect(JSON.stringify(submitted)).not.toMatch(/127\.0\.0\.1|Pelayanan sudah baik|Wirausaha/)
  })
  it.each([
    ['an answer out of range', { ...all(3), u3: 5 }, 'u3'],
    ['an answer that is not a number', { ...all(3), u1: 'empat' }, 'u1'],
    ['nothing answered', all(null), 'u1'],
    ['an unknown sex', { ...all(3), jenis_kelamin: 'X' }, 'jenis_kelamin'],
    ['an age out of range', { ...all(3), umur: 7 }, 'umur'],
    ['an education not in the list', { ...all(3), pendidikan: 'SLTA' }, 'pendidikan'],
    ['an occupation not in the list', { ...all(3), pekerjaan: 'Petani' }, 'pekerjaan'],
    ['a suggestion over 2000 characters', { ...all(3), saran: 'é'.repeat(2001) }, 'saran'],
    ['an unknown field', { ...all(3), nama: 'Budi' }, 'nama'],
  ])('is 400 naming the field for %s', async (_, body, field) => {
    const r = await post('PKM01', body)
    expect(r.status).toBe(400)
    const { error } = await r.json()
    expect(error.code).toBe('invalid_argument')
    expect(error.message).toContain(field)
    expect(error.details.map((d: { column: string }) => d.column)).toContain(field)
  })
  it('is 400 for a body that is not JSON or not sent as JSON', async () => {
    expect((await post('PKM01', '{"u1": ')).status).toBe(400)
    const r = await fetch(`${server.base}/api/v1/public/survey/PKM01`, {
      method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(all(3)) })
    expect(r.status).toBe(400)
  })
  it('is 404 for an unknown unit', async () => {
    const r = await post('NOPE', all(3))
    expect(r.status).toBe(404)
    expect(await errorCode(r)).toBe('not_found')
  })
  it('refuses a browser request from another site and accepts one from its own page', async () => {
    const cross = await post('PKM01', all(3), { origin: 'https://evil.example' })
    expect(cross.status).toBe(403)
    expect(await errorCode(cross)).toBe('forbidden')
    expect((await post('PKM01', all(3), { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await post('PKM01', all(3), { origin: server.base, 'sec-fetch-site': 'same-origin' })).status).toBe(201)
  })
  it('is 429 in Indonesian after 20 answers from one source to one unit within the hour', async () => {
    const hour = new Date().getUTCHours()
    let accepted = 0
    let refused: Response | undefined
    for (let i = 0; i < 45 && !refused; i++) {
      const r = await post('SD01', all(3))
      if (r.status === 201) accepted++
      else refused = r
    }
    expect(refused?.status).toBe(429)
    const { error } = await refused!.json()
    expect(error.code).toBe('resource_exhausted')
    expect(error.message).toContain('Terlalu banyak jawaban survei')
    if (new Date().getUTCHours() === hour) expect(accepted).toBe(20)
    // Another unit has its own limit.
    expect((await post('PKM01', all(2))).status).toBe(201)
    const ikm = await (await admin.get('/api/v1/ikm/units/SD01')).json()
    expect(ikm.respondents).toBe(1 + accepted)
  })
})

/** The poster read back: its text (pdftotext) and what its QR code says (pdftoppm + zbarimg), as a phone would. */
async function poster(client: Client, unit: string) {
  const r = await client.get(`/api/v1/survey/${unit}/poster`)
  const bytes = Buffer.from(await r.arrayBuffer())
  expect(r.status, bytes.toString()).toBe(200)
  expect(r.headers.get('content-type')).toBe('application/pdf')
  expect(r.headers.get('content-disposition')).toBe(`attachment; filename="poster_skm_${unit}.pdf"`)
  const dir = mkdtempSync(join(tmpdir(), 'bangkom-poster-'))
  try {
    writeFileSync(join(dir, 'p.pdf'), bytes)
    const text = execFileSync('pdftotext', ['-q', join(dir, 'p.pdf'), '-']).toString().replace(/\s+/g, ' ')
    execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', join(dir, 'p.pdf'), join(dir, 'p')])
    const qr = execFileSync('zbarimg', ['-q', '--raw', join(dir, 'p.png')], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString().trim()
    return { text, qr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('GET /survey/{kode_unit}/poster', () => {
  it('prints the unit with a QR code of its public page, at the server\'s address until one is set', async () => {
    const { text, qr } = await poster(admin, 'PKM01')
    for (const words of ['PEMERINTAH PROVINSI JAMBI', 'SURVEI KEPUASAN MASYARAKAT', 'Puskesmas Kota',
      'Tanpa nama', 'Halaman 1 dari 1']) {
      expect(text, words).toContain(words)
    }
    expect(qr).toBe(`${server.base}/survei/PKM01`)
    expect(text).toContain(qr)
    // The page the code opens is the unit's survey.
    const form = await anonymous().get(`/api/v1/public/survey/${qr.split('/').pop()}`)
    expect(form.status).toBe(200)
  })
  it('uses the configured public address and government', async () => {
    const setting = JSON.stringify({ public_url: 'https://bangkom.jambiprov.go.id/', government: 'Pemerintah Provinsi Jambi' })
    sql(`INSERT INTO settings (setting_key, value) VALUES ('document', '${setting}')`)
    try {
      const { qr } = await poster(admin, 'SD01')
      expect(qr).toBe('https://bangkom.jambiprov.go.id/survei/SD01')
      const dik = await server.login('pengelola_dik')
      expect((await poster(dik, 'SD01')).qr).toBe('https://bangkom.jambiprov.go.id/survei/SD01')
    } finally {
      sql("DELETE FROM settings WHERE setting_key = 'document'")
    }
  })
  it('is refused outside the agency, to other roles, signed out, and 404 for an unknown unit', async () => {
    const dik = await server.login('pengelola_dik')
    const other = await dik.get('/api/v1/survey/PKM01/poster')
    expect(other.status).toBe(403)
    expect(await errorCode(other)).toBe('forbidden')
    for (const u of ['asn', 'auditor', 'mitra']) {
      const client = await server.login(u)
      expect((await client.get('/api/v1/survey/PKM01/poster')).status, u).toBe(403)
    }
    expect((await anonymous().get('/api/v1/survey/PKM01/poster')).status).toBe(401)
    expect((await admin.get('/api/v1/survey/NOPE/poster')).status).toBe(404)
  })
})
