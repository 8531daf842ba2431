// Reading data: kinds, lists, single records, exports, templates, summary and the employee profile, per role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client, errorCode, nips, startServer, thisYear, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'auditor', 'pengelola', 'pengelola_dik', 'atasan', 'asn', 'asn_unlinked', 'mitra']) {
    c[u] = await server.login(u)
  }
})
afterAll(async () => {
  await server?.stop()
})

async function list(who: string, path: string) {
  const r = await c[who].get(path)
  return { status: r.status, body: await r.json() }
}

describe('GET /kinds', () => {
  it('lists every kind with columns and the caller\'s rights', async () => {
    const { status, body } = await list('pengelola', '/api/v1/kinds')
    expect(status).toBe(200)
    expect(body.kinds).toHaveLength(16)
    const pegawai = body.kinds.find((k: { kind: string }) => k.kind === 'pegawai')
    expect(pegawai.key).toEqual(['nip'])
    expect(pegawai.title).toBeTruthy()
    expect(pegawai.columns[0]).toMatchObject({ name: 'nip', required: true, type: 'nip' })
    expect(pegawai.can_import).toBe(true)
    expect(pegawai.can_read).toBe(true)
    const opd = body.kinds.find((k: { kind: string }) => k.kind === 'opd')
    expect(opd.can_import).toBe(false)
  })
  it('gives asn no import rights and English titles on request', async () => {
    const r = await c.asn.get('/api/v1/kinds?lang=en')
    const body = await r.json()
    expect(body.kinds.every((k: { can_import: boolean }) => !k.can_import)).toBe(true)
    expect(body.kinds.find((k: { kind: string }) => k.kind === 'skm').can_read).toBe(false)
  })
  it('is 401 without a session', async () => {
    expect((await new Client(server.base).get('/api/v1/kinds')).status).toBe(401)
  })
})

describe('GET /data/{kind}', () => {
  it('gives typed records: numbers as numbers, dates ISO, empty as null', async () => {
    const { status, body } = await list('admin', '/api/v1/data/opd?sort=kode_opd')
    expect(status).toBe(200)
    expect(body).toMatchObject({ kind: 'opd', total: 2, offset: 0, limit: 50 })
    expect(body.items[0]).toEqual({ kode_opd: 'DINKES', nama_opd: 'Dinas Kesehatan', singkatan: 'Dinkes',
      anggaran_bangkom: 150000000 })
    const program = await list('admin', '/api/v1/data/program?sort=kode_program')
    expect(program.body.items[0]).toMatchObject({ kode_program: 'PRG-EL', jp: 10, biaya_per_peserta: 0 })
    expect(program.body.items[1].biaya_per_peserta).toBe(1500000)
    expect(program.body.items[1].kompetensi).toMatch(/T\.KES\.02:1/)
    const pegawai = await list('admin', `/api/v1/data/pegawai?q=${nips.budi}`)
    expect(pegawai.body.items[0].nip_atasan).toBeNull()
    const angkatan = await list('admin', '/api/v1/data/angkatan?sort=kode_angkatan')
    expect(angkatan.body.items[1]).toMatchObject({ kode_angkatan: 'ANG-KES-1', tanggal_mulai: '2027-03-15', kapasitas: 30 })
    const tes = await list('admin', '/api/v1/data/tes')
    expect(tes.body.items.map((t: { skor: number }) => t.skor).sort()).toEqual([55, 80.5])
  })

  it('adds "id" to appended kinds and hides the 360 rater\'s NIP', async () => {
    const skm = await list('admin', '/api/v1/data/skm')
    expect(skm.body.total).toBe(2)
    expect(typeof skm.body.items[0].id).toBe('number')
    const fb = await list('admin', '/api/v1/data/umpan_balik_360')
    const item = fb.body.items[0]
    expect(typeof item.id).toBe('number')
    expect(item.nip_penilai).toBeUndefined()
    expect(item.penilai_hash).toMatch(/^[0-9a-f]+$/)
    expect(JSON.stringify(fb.body)).not.toContain(nips.budi)
  })

  it('pages, searches and sorts', async () => {
    const page = await list('admin', '/api/v1/data/pegawai?sort=nama&desc=1&limit=2&offset=1')
    expect(page.body).toMatchObject({ total: 4, offset: 1, limit: 2 })
    expect(page.body.items.map((p: { nama: string }) => p.nama)).toEqual(['Dewi Lestari', 'Budi Santoso'])
    const q = await list('admin', '/api/v1/data/pegawai?q=siti')
    expect(q.body.total).toBe(1)
  })

  it('rejects a bad limit, offset or sort column with 400', async () => {
    expect((await list('admin', '/api/v1/data/opd?limit=501')).status).toBe(400)
    expect((await list('admin', '/api/v1/data/opd?limit=abc')).status).toBe(400)
    expect((await list('admin', '/api/v1/data/opd?offset=-1')).status).toBe(400)
    const bad = await list('admin', '/api/v1/data/opd?sort=password')
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0].column).toBe('sort')
  })

  it('is 404 for an unknown kind', async () => {
    const r = await list('admin', '/api/v1/data/nothing')
    expect(r.status).toBe(404)
    expect(r.body.error.code).toBe('not_found')
  })

  it('filters lists to the caller\'s scope', async () => {
    const nipsOf = (b: { items: { nip: string }[] }) => b.items.map((p) => p.nip).sort()
    expect((await list('pengelola', '/api/v1/data/pegawai')).body.total).toBe(3)
    expect(nipsOf((await list('pengelola_dik', '/api/v1/data/pegawai')).body)).toEqual([nips.dewi])
    expect(nipsOf((await list('atasan', '/api/v1/data/pegawai')).body)).toEqual([nips.budi, nips.siti, nips.andi].sort())
    expect(nipsOf((await list('asn', '/api/v1/data/pegawai')).body)).toEqual([nips.siti])
    expect(nipsOf((await list('asn', '/api/v1/data/riwayat_jp')).body)).toEqual([nips.siti, nips.siti, nips.siti])
    expect((await list('pengelola', '/api/v1/data/skm')).body.items.map((s: { kode_unit: string }) => s.kode_unit))
      .toEqual(['PKM01'])
    expect((await list('auditor', '/api/v1/data/pegawai')).body.total).toBe(4)
    expect((await list('mitra', '/api/v1/data/program')).body.total).toBe(2)
    expect((await list('asn', '/api/v1/data/opd')).body.total).toBe(2)
  })

  it('is 403 for kinds outside the role', async () => {
    for (const [who, kind] of [['asn', 'skm'], ['atasan', 'reaksi'], ['mitra', 'pegawai'], ['asn', 'jabatan']]) {
      const r = await list(who, `/api/v1/data/${kind}`)
      expect(r.status, `${who} ${kind}`).toBe(403)
      expect(r.body.error.code).toBe('forbidden')
    }
  })

  it('is 401 without a session', async () => {
    expect((await new Client(server.base).get('/api/v1/data/opd')).status).toBe(401)
  })
})

describe('GET /data/{kind}/{key}', () => {
  it('returns one record', async () => {
    const { status, body } = await list('pengelola', `/api/v1/data/pegawai/${nips.siti}`)
    expect(status).toBe(200)
    expect(body.item).toMatchObject({ nip: nips.siti, nama: 'Siti Aminah', kode_opd: 'DINKES', nip_atasan: nips.budi })
    expect((await list('mitra', '/api/v1/data/program/PRG-KES')).body.item.jp).toBe(40)
  })
  it('is 403 outside the scope (wrong agency, not in the team, someone else)', async () => {
    expect((await list('pengelola', `/api/v1/data/pegawai/${nips.dewi}`)).status).toBe(403)
    expect((await list('pengelola_dik', '/api/v1/data/jabatan/KES-KASI')).status).toBe(403)
    expect((await list('atasan', `/api/v1/data/pegawai/${nips.dewi}`)).status).toBe(403)
    expect((await list('asn', `/api/v1/data/pegawai/${nips.andi}`)).status).toBe(403)
    expect((await list('atasan', `/api/v1/data/pegawai/${nips.andi}`)).status).toBe(200)
  })
  it('is 404 for a missing key or a kind without single keys', async () => {
    expect((await list('admin', '/api/v1/data/opd/NOPE')).status).toBe(404)
    expect((await list('admin', '/api/v1/data/penilaian/x')).status).toBe(404)
  })
  it('is 401 without a session', async () => {
    expect((await new Client(server.base).get('/api/v1/data/opd/DINKES')).status).toBe(401)
  })
})

describe('GET /data/{kind}/export', () => {
  it('downloads CSV with the FORMATS.md header, scoped', async () => {
    const r = await c.pengelola.get('/api/v1/data/pegawai/export?format=csv')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="pegawai.csv"')
    const text = await r.text()
    expect(text).toContain('nip,nama,kode_jabatan')
    expect(text).toContain(nips.siti)
    expect(text).not.toContain(nips.dewi)
  })
  it('downloads XLSX by default', async () => {
    const r = await c.admin.get('/api/v1/data/opd/export')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('spreadsheetml')
    expect(r.headers.get('content-disposition')).toContain('opd.xlsx')
    const bytes = new Uint8Array(await r.arrayBuffer())
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK')
  })
  it('rejects an unknown format, a kind outside the role, and anonymous callers', async () => {
    expect((await c.admin.get('/api/v1/data/opd/export?format=pdf')).status).toBe(400)
    expect((await c.mitra.get('/api/v1/data/pegawai/export')).status).toBe(403)
    expect((await new Client(server.base).get('/api/v1/data/opd/export')).status).toBe(401)
  })
})

describe('GET /templates/{kind}', () => {
  it('downloads the XLSX template', async () => {
    const r = await c.asn.get('/api/v1/templates/pegawai?lang=en')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('spreadsheetml')
    expect(r.headers.get('content-disposition')).toContain('pegawai')
    expect(new Uint8Array(await r.arrayBuffer())[0]).toBe(0x50)
  })
  it('is 404 for an unknown kind and 401 anonymously', async () => {
    expect((await c.asn.get('/api/v1/templates/nothing')).status).toBe(404)
    expect((await new Client(server.base).get('/api/v1/templates/opd')).status).toBe(401)
  })
})

describe('GET /summary', () => {
  it('counts what the caller may read, scoped', async () => {
    const admin = (await list('admin', '/api/v1/summary')).body.counts
    expect(admin).toMatchObject({ opd: 2, pegawai: 4, skm: 2, program: 2 })
    const pengelola = (await list('pengelola', '/api/v1/summary')).body.counts
    expect(pengelola).toMatchObject({ opd: 2, pegawai: 3, skm: 1 })
    const asn = (await list('asn', '/api/v1/summary')).body.counts
    expect(asn.pegawai).toBe(1)
    expect(asn.skm).toBeUndefined()
    const mitra = (await list('mitra', '/api/v1/summary')).body.counts
    expect(Object.keys(mitra).sort()).toEqual(['angkatan', 'kompetensi', 'opd', 'program'])
  })
  it('is 401 without a session', async () => {
    expect((await new Client(server.base).get('/api/v1/summary')).status).toBe(401)
  })
})

describe('GET /me/profile', () => {
  it('composes the employee, names, JP of this year and the records', async () => {
    const { status, body } = await list('asn', '/api/v1/me/profile')
    expect(status).toBe(200)
    expect(body.employee).toMatchObject({ nip: nips.siti, nama_opd: 'Dinas Kesehatan', nama_jabatan: 'Perawat Ahli Pertama',
      nama_unit: 'Puskesmas Kota', nama_atasan: 'Budi Santoso' })
    expect(body.jp).toEqual({ year: thisYear, earned: 15, target: 20 })
    expect(body.jp_history).toHaveLength(3)
    expect(body.assessments[0]).toMatchObject({ kode_kompetensi: 'T.KES.02', level: 2.5 })
    expect(body.performance).toHaveLength(1)
    expect(body.team_size).toBe(0)
  })
  it('counts the team of a supervisor', async () => {
    const { body } = await list('atasan', '/api/v1/me/profile')
    expect(body.team_size).toBe(2)
    expect(body.employee.nama_atasan).toBeNull()
  })
  it('is 404 for a user not linked to an employee, 403 for other roles, 401 anonymously', async () => {
    const unlinked = await list('asn_unlinked', '/api/v1/me/profile')
    expect(unlinked.status).toBe(404)
    expect(unlinked.body.error.code).toBe('not_found')
    expect((await list('pengelola', '/api/v1/me/profile')).status).toBe(403)
    expect((await new Client(server.base).get('/api/v1/me/profile')).status).toBe(401)
  })
})
