// Imports: preview, jobs (all or nothing), job visibility, body limits, roles and scopes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client, errorCode, nips, startServer, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'pengelola', 'pengelola_dik', 'auditor', 'asn']) c[u] = await server.login(u)
})
afterAll(async () => {
  await server?.stop()
})

const goodUnits = 'kode_unit,nama_unit,kode_opd\nPKM02,Puskesmas Desa,DINKES\nPKM01,Puskesmas Kota Baru,DINKES\n'
const badUnits = 'kode_unit,nama_unit,kode_opd\nPKM03,Puskesmas Tiga,DINKES\nPKM04,,NOPE\n'

async function waitJob(client: Client, id: string) {
  for (let i = 0; i < 200; i++) {
    const r = await client.get(`/api/v1/jobs/${id}`)
    const body = await r.json()
    if (body.job.state === 'succeeded' || body.job.state === 'failed') return body.job
    await new Promise((ok) => setTimeout(ok, 25))
  }
  throw new Error('job did not finish')
}

describe('POST /imports/{kind}/preview', () => {
  it('shows header, first rows and no errors for a good file, writing nothing', async () => {
    const r = await c.pengelola.upload('/api/v1/imports/unit_layanan/preview', goodUnits)
    expect(r.status).toBe(200)
    const body = await r.json()
    expect(body).toMatchObject({ kind: 'unit_layanan', total_rows: 2, ok: true, errors: [] })
    expect(body.header).toEqual(['kode_unit', 'nama_unit', 'kode_opd'])
    expect(body.rows[0]).toEqual(['PKM02', 'Puskesmas Desa', 'DINKES'])
    expect((await c.admin.get('/api/v1/data/unit_layanan/PKM02')).status).toBe(404)
  })
  it('lists every row error with Excel row numbers', async () => {
    const body = await (await c.admin.upload('/api/v1/imports/unit_layanan/preview', badUnits)).json()
    expect(body.ok).toBe(false)
    expect(body.errors.length).toBeGreaterThanOrEqual(2)
    expect(body.errors.every((e: { row: number }) => e.row === 3)).toBe(true)
    expect(body.errors.map((e: { column: string }) => e.column)).toContain('nama_unit')
  })
  it('rejects an empty file with 400', async () => {
    const r = await c.admin.upload('/api/v1/imports/opd/preview', '')
    expect(r.status).toBe(400)
  })
  it('is 403 for kinds the role may not import, 404 for unknown kinds', async () => {
    expect((await c.pengelola.upload('/api/v1/imports/opd/preview', 'kode_opd,nama_opd\nX,Y\n')).status).toBe(403)
    expect((await c.auditor.upload('/api/v1/imports/unit_layanan/preview', goodUnits)).status).toBe(403)
    expect((await c.asn.upload('/api/v1/imports/pegawai/preview', goodUnits)).status).toBe(403)
    expect((await c.admin.upload('/api/v1/imports/nothing/preview', goodUnits)).status).toBe(404)
  })
  it('needs CSRF and a session', async () => {
    const r = await c.admin.upload('/api/v1/imports/opd/preview', 'kode_opd,nama_opd\nX,Y\n', { csrf: false })
    expect(r.status).toBe(403)
    expect(await errorCode(r)).toBe('forbidden')
    expect((await new Client(server.base).upload('/api/v1/imports/opd/preview', 'a')).status).toBe(401)
  })
})

describe('POST /imports/{kind} and GET /jobs/{id}', () => {
  it('runs a job that imports all rows and reports counts', async () => {
    const r = await c.pengelola.upload('/api/v1/imports/unit_layanan', goodUnits)
    expect(r.status).toBe(202)
    const { job } = await r.json()
    expect(job).toMatchObject({ kind: 'unit_layanan' })
    expect(['queued', 'running', 'succeeded']).toContain(job.state)
    const done = await waitJob(c.pengelola, job.id)
    expect(done).toMatchObject({ state: 'succeeded', percent: 100, result: { rows: 2, inserted: 1, updated: 1 } })
    const unit = await (await c.admin.get('/api/v1/data/unit_layanan/PKM01')).json()
    expect(unit.item.nama_unit).toBe('Puskesmas Kota Baru')
  })
  it('fails the whole job on one bad row and writes nothing', async () => {
    const { job } = await (await c.admin.upload('/api/v1/imports/unit_layanan', badUnits)).json()
    const done = await waitJob(c.admin, job.id)
    expect(done.state).toBe('failed')
    expect(done.result.error.code).toBe('invalid_argument')
    expect(done.result.error.details.length).toBeGreaterThanOrEqual(2)
    expect((await c.admin.get('/api/v1/data/unit_layanan/PKM03')).status).toBe(404)
  })
  it('rejects rows of another agency for a pengelola (scope)', async () => {
    const other = `nip,nama,kode_jabatan,kode_opd\n${nips.dewi},Dewi Lestari Baru,DIK-GURU,DISDIK\n`
    const r = await c.pengelola.upload('/api/v1/imports/pegawai', other)
    if (r.status === 202) {
      const done = await waitJob(c.pengelola, (await r.json()).job.id)
      expect(done.state).toBe('failed')
    } else {
      expect([400, 403]).toContain(r.status)
    }
    const dewi = await (await c.admin.get(`/api/v1/data/pegawai/${nips.dewi}`)).json()
    expect(dewi.item.nama).toBe('Dewi Lestari')
  })
  it('shows a job only to its owner and admin_bkd', async () => {
    const { job } = await (await c.pengelola.upload('/api/v1/imports/unit_layanan', goodUnits)).json()
    await waitJob(c.pengelola, job.id)
    expect((await c.admin.get(`/api/v1/jobs/${job.id}`)).status).toBe(200)
    expect((await c.pengelola_dik.get(`/api/v1/jobs/${job.id}`)).status).toBe(403)
    expect((await c.admin.get('/api/v1/jobs/doesnotexist')).status).toBe(404)
    expect((await new Client(server.base).get(`/api/v1/jobs/${job.id}`)).status).toBe(401)
  })
  it('is 403 for other roles and without CSRF, 401 without a session', async () => {
    expect((await c.auditor.upload('/api/v1/imports/unit_layanan', goodUnits)).status).toBe(403)
    expect((await c.pengelola.upload('/api/v1/imports/program', 'x')).status).toBe(403)
    expect((await c.admin.upload('/api/v1/imports/unit_layanan', goodUnits, { csrf: false })).status).toBe(403)
    expect((await new Client(server.base).upload('/api/v1/imports/unit_layanan', goodUnits)).status).toBe(401)
  })
})

describe('body limits', () => {
  it('answers 413 for an upload over 50 MiB', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41)
    const r = await c.admin.upload('/api/v1/imports/opd/preview', big)
    expect(r.status).toBe(413)
    const body = await r.json()
    expect(body.error.message).toMatch(/50 MiB/)
    expect((await fetch(`${server.base}/api/v1/health`)).status).toBe(200)
  })
  it('answers 413 for a JSON body over 1 MiB', async () => {
    const r = await c.admin.post('/api/v1/users', { username: 'big', password: 'x'.repeat(1024 * 1024 + 10) })
    expect(r.status).toBe(413)
  })
})
