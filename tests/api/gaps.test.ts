// Needs analysis (AKPK): every /gaps route, every role's scope, and the figures computed by hand from the
// fixtures plus the rows imported below (docs/api.md "Needs analysis").
//
// Hand computation (analysis date = today; every assessment below is dated 2026, inside the 3-year window):
// - budi (DINKES, KES-KASI): M.03 required 3 (bobot 1); atasan 2 on 2026-03-01 beats mandiri 4 (later source)
//   and the stale asesmen 5 of 2022 (outside the window) → held 2, gap 1; SKP di_bawah/di_bawah → sangat_kurang
//   (weak) → m 1.5, weight 1.5; both gaps → training; JP 0.
// - siti (DINKES, KES-PERAWAT → target KES-KASI): T.KES.02 required 3 (bobot 2), asesmen 2.5 → gap 0.5, weight 2;
//   M.03 only in the target standard (3, bobot 1), never assessed → not assessed (no gap, no weight);
//   SKP baik → future_development; JP 12 + 3 = 15 this year.
// - andi (DINKES, KES-PERAWAT): T.KES.02 atasan 3 → gap 0; SKP di_bawah/sesuai → butuh_perbaikan (weak) →
//   weight 2·1.5 = 3; performance gap only → non_training; JP 24 (imported below) → meets 20.
// - dewi (DISDIK, DIK-GURU): M.03 required 2, asesmen 2 → gap 0; SKP baik → maintain; JP 16.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cell, unzip } from './files'
import { Client, errorCode, nips, startServer, thisYear, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
const roles = ['admin', 'auditor', 'pengelola', 'pengelola_dik', 'atasan', 'asn', 'asn_unlinked', 'mitra']

async function waitJob(client: Client, id: string) {
  for (let i = 0; i < 400; i++) {
    const body = await (await client.get(`/api/v1/jobs/${id}`)).json()
    if (body.job.state === 'succeeded' || body.job.state === 'failed') return body.job
    await new Promise((ok) => setTimeout(ok, 25))
  }
  throw new Error('job did not finish')
}

async function importRows(kind: string, csv: string) {
  const r = await c.admin.upload(`/api/v1/imports/${kind}`, csv)
  expect(r.status).toBe(202)
  const job = await waitJob(c.admin, (await r.json()).job.id)
  expect(job.state, JSON.stringify(job.result)).toBe('succeeded')
}

beforeAll(async () => {
  server = await startServer()
  for (const u of roles) c[u] = await server.login(u)
  await importRows('penilaian', [
    'nip,kode_kompetensi,level,sumber,tanggal',
    `${nips.budi},M.03,2,atasan,2026-03-01`,
    `${nips.budi},M.03,4,mandiri,2026-05-01`,
    `${nips.budi},M.03,5,asesmen,2022-01-10`,
  ].join('\n') + '\n')
  await importRows('kinerja', [
    'nip,tahun,hasil_kerja,perilaku_kerja,predikat',
    `${nips.budi},2025,di_bawah,di_bawah,`,
    `${nips.andi},2025,di_bawah,sesuai,`,
  ].join('\n') + '\n')
  await importRows('riwayat_jp', [
    'nip,nama_kegiatan,tanggal_mulai,tanggal_selesai,jp,penyelenggara,nomor_sertifikat',
    `${nips.andi},Pelatihan Gawat Darurat,${thisYear}-04-07,${thisYear}-04-10,24,BPSDM,`,
  ].join('\n') + '\n')
})
afterAll(async () => {
  await server?.stop()
})

async function get(who: string, path: string) {
  const r = await c[who].get(path)
  return { status: r.status, body: await r.json() }
}

type Row = { nip: string; [k: string]: unknown }
const nipsOf = (items: Row[]) => items.map((i) => i.nip).sort()

const unknownNip = '199912312022011001'
const everyRoute = ['/api/v1/gaps/summary', '/api/v1/gaps/employees', `/api/v1/gaps/employees/${nips.siti}`,
  '/api/v1/gaps/ninebox', '/api/v1/gaps/not-assessed', '/api/v1/gaps/export?table=employees']

/** The text of cell `ref` (e.g. "A2") of the first sheet: shared strings resolved, numbers as written. */
function xlsxCell(files: Map<string, string>, ref: string): string | undefined {
  return cell(files, 1, ref)?.text
}

describe('who may read the analysis', () => {
  it('is 403 for lembaga_mitra and 401 without a session, on every route', async () => {
    for (const path of everyRoute) {
      const r = await c.mitra.get(path)
      expect(r.status, path).toBe(403)
      expect(await errorCode(r)).toBe('forbidden')
      expect((await new Client(server.base).get(path)).status, path).toBe(401)
    }
  })
  it('lists every route in the OpenAPI document with its roles', async () => {
    const doc = await (await new Client(server.base).get('/api/v1/openapi.json')).json()
    for (const path of ['/gaps/summary', '/gaps/employees', '/gaps/employees/{nip}', '/gaps/ninebox',
      '/gaps/not-assessed', '/gaps/export']) {
      expect(doc.paths[path]?.get?.['x-roles'], path).toEqual(['admin_bkd', 'auditor', 'pengelola_opd', 'atasan', 'asn'])
    }
  })
})

describe('GET /gaps/summary', () => {
  it('gives JP compliance, AKPK, not assessed and the aggregates for everyone (admin)', async () => {
    const { status, body } = await get('admin', '/api/v1/gaps/summary')
    expect(status).toBe(200)
    expect(body).toMatchObject({ agency: null, year: thisYear, employees: 4,
      jp: { target: 20, subject: 4, meeting: 1, short: 3, rate: 0.25 },
      akpk: { training: 1, non_training: 1, future_development: 1, maintain: 1 },
      not_assessed: { pairs: 1 } })
    expect(body.date).toMatch(new RegExp(`^${thisYear}-\\d\\d-\\d\\d$`))
    expect(body.ninebox).toHaveLength(9)
    const dinkes = body.by_agency.find((g: { key: string }) => g.key === 'DINKES')
    // pairs assessed: budi M.03 (gap 1), siti T.KES.02 (0.5), andi T.KES.02 (0) → mean 0.5; need 1.5 + 2·0.5
    expect(dinkes).toMatchObject({ name: 'Dinas Kesehatan', employees: 3, with_gap: 2, assessed_pairs: 3,
      mean_gap: 0.5, weighted_need: 2.5, not_assessed: 1, jp_subject: 3, jp_meeting: 1, jp_short: 2,
      akpk: { training: 1, non_training: 1, future_development: 1, maintain: 0 } })
    expect(body.by_agency.find((g: { key: string }) => g.key === 'DISDIK')).toMatchObject({ employees: 1,
      with_gap: 0, mean_gap: 0, weighted_need: 0, not_assessed: 0, jp_meeting: 0, jp_short: 1 })
    const kinds = Object.fromEntries(body.by_position_kind.map((g: { key: string; employees: number }) =>
      [g.key, g.employees]))
    expect(kinds).toEqual({ pengawas: 1, ahli_pertama: 3 })
    const sectors = Object.fromEntries(body.by_sector.map((g: { key: string; employees: number }) =>
      [g.key, g.employees]))
    expect(sectors).toEqual({ kesehatan: 3, pendidikan: 1 })
    const t = body.by_competency.find((g: { key: string }) => g.key === 'T.KES.02')
    expect(t).toMatchObject({ name: 'Pelayanan Kesehatan Dasar', employees: 2, with_gap: 1, mean_gap: 0.25,
      weighted_need: 1 })
  })
  it('gives the agency × competency heatmap with empty cells as null', async () => {
    const { body } = await get('auditor', '/api/v1/gaps/summary')
    const h = body.heatmap
    expect(h.agencies).toEqual([{ code: 'DINKES', name: 'Dinas Kesehatan' }, { code: 'DISDIK', name: 'Dinas Pendidikan' }])
    expect(h.competencies.map((x: { code: string }) => x.code)).toEqual(['M.03', 'T.KES.02'])
    // DINKES × M.03: budi (current, gap 1, weight 1.5) and siti (target only, not assessed)
    expect(h.cells[0][0]).toEqual({ employees: 2, with_gap: 1, mean_gap: 1, weighted_need: 1.5, not_assessed: 1 })
    expect(h.cells[0][1]).toEqual({ employees: 2, with_gap: 1, mean_gap: 0.25, weighted_need: 1, not_assessed: 0 })
    expect(h.cells[1][0]).toEqual({ employees: 1, with_gap: 0, mean_gap: 0, weighted_need: 0, not_assessed: 0 })
    expect(h.cells[1][1]).toBeNull()
  })
  it('keeps an agency manager to its agency; ?agency narrows, another agency is 403, an unknown one 404', async () => {
    const own = await get('pengelola', '/api/v1/gaps/summary')
    expect(own.body).toMatchObject({ employees: 3, akpk: { maintain: 0 } })
    expect(own.body.heatmap.agencies.map((a: { code: string }) => a.code)).toEqual(['DINKES'])
    expect((await get('pengelola', '/api/v1/gaps/summary?agency=DINKES')).body.employees).toBe(3)
    const other = await get('pengelola', '/api/v1/gaps/summary?agency=DISDIK')
    expect(other.status).toBe(403)
    expect(other.body.error.code).toBe('forbidden')
    const disdik = await get('admin', '/api/v1/gaps/summary?agency=DISDIK')
    expect(disdik.body).toMatchObject({ agency: 'DISDIK', employees: 1, jp: { meeting: 0, short: 1 } })
    const unknown = await get('admin', '/api/v1/gaps/summary?agency=NOPE')
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe('not_found')
  })
  it('counts a supervisor\'s team and an employee\'s own figures only', async () => {
    const team = await get('atasan', '/api/v1/gaps/summary')
    expect(team.body).toMatchObject({ employees: 3, jp: { subject: 3, meeting: 1 } })
    const own = await get('asn', '/api/v1/gaps/summary')
    expect(own.body).toMatchObject({ employees: 1, akpk: { future_development: 1, training: 0 },
      jp: { meeting: 0, short: 1 }, not_assessed: { pairs: 1 } })
    expect((await get('asn_unlinked', '/api/v1/gaps/summary')).status).toBe(404)
  })
})

describe('GET /gaps/employees', () => {
  it('pages the employees in scope with their counts, by NIP', async () => {
    const { status, body } = await get('admin', '/api/v1/gaps/employees')
    expect(status).toBe(200)
    expect(body).toMatchObject({ total: 4, offset: 0, limit: 50 })
    expect(body.items.map((i: Row) => i.nip)).toEqual([nips.budi, nips.dewi, nips.siti, nips.andi])
    expect(body.items[0]).toMatchObject({ nip: nips.budi, name: 'Budi Santoso', agency: 'DINKES',
      agency_name: 'Dinas Kesehatan', position: 'KES-KASI', position_name: 'Kepala Seksi Pelayanan',
      target_position: null, jp_earned: 0, jp_short: 20, akpk: 'training', gap_count: 1, target_gap_count: 0,
      not_assessed_count: 0, weighted_need: 1.5 })
    expect(body.items[2]).toMatchObject({ nip: nips.siti, target_position: 'KES-KASI', jp_earned: 15, jp_short: 5,
      gap_count: 1, not_assessed_count: 1, weighted_need: 1 })
    expect(body.items[3]).toMatchObject({ nip: nips.andi, jp_earned: 24, jp_short: 0, akpk: 'non_training' })
    const page = await get('admin', '/api/v1/gaps/employees?offset=1&limit=2')
    expect(page.body).toMatchObject({ total: 4, offset: 1, limit: 2 })
    expect(page.body.items.map((i: Row) => i.nip)).toEqual([nips.dewi, nips.siti])
  })
  it('sorts by weighted need, filters by AKPK, box and search', async () => {
    const need = await get('admin', '/api/v1/gaps/employees?sort=need')
    expect(need.body.items.map((i: Row) => i.nip)).toEqual([nips.budi, nips.siti, nips.dewi, nips.andi])
    const training = await get('admin', '/api/v1/gaps/employees?akpk=training')
    expect(training.body.items.map((i: Row) => i.nip)).toEqual([nips.budi])
    expect((await get('admin', '/api/v1/gaps/employees?search=aminah')).body.items.map((i: Row) => i.nip))
      .toEqual([nips.siti])
    expect((await get('admin', '/api/v1/gaps/employees?search=19920515')).body.items.map((i: Row) => i.nip))
      .toEqual([nips.andi])
    const all = (await get('admin', '/api/v1/gaps/employees')).body.items as Array<Row & { box: number | null }>
    const boxed = all.find((i) => i.box !== null)
    expect(boxed).toBeDefined()
    const inBox = await get('admin', `/api/v1/gaps/employees?box=${boxed!.box}`)
    expect(inBox.body.items.length).toBeGreaterThan(0)
    expect(inBox.body.items.every((i: { box: number }) => i.box === boxed!.box)).toBe(true)
  })
  it('refuses bad parameters with 400 naming the parameter', async () => {
    for (const [query, column] of [['limit=0', 'limit'], ['limit=501', 'limit'], ['offset=-1', 'offset'],
      ['offset=x', 'offset'], ['box=10', 'box'], ['box=0', 'box'], ['akpk=latihan', 'akpk'], ['sort=name', 'sort']]) {
      const r = await get('admin', `/api/v1/gaps/employees?${query}`)
      expect(r.status, query).toBe(400)
      expect(r.body.error.code).toBe('invalid_argument')
      expect(r.body.error.details[0].column, query).toBe(column)
    }
  })
  it('lists only what each role may see', async () => {
    expect(nipsOf((await get('pengelola', '/api/v1/gaps/employees')).body.items))
      .toEqual([nips.budi, nips.siti, nips.andi].sort())
    expect(nipsOf((await get('pengelola_dik', '/api/v1/gaps/employees')).body.items)).toEqual([nips.dewi])
    expect(nipsOf((await get('atasan', '/api/v1/gaps/employees')).body.items))
      .toEqual([nips.budi, nips.siti, nips.andi].sort())
    expect(nipsOf((await get('asn', '/api/v1/gaps/employees')).body.items)).toEqual([nips.siti])
    expect(nipsOf((await get('auditor', '/api/v1/gaps/employees?agency=DISDIK')).body.items)).toEqual([nips.dewi])
    expect((await get('pengelola', '/api/v1/gaps/employees?agency=DISDIK')).status).toBe(403)
  })
})

describe('GET /gaps/employees/{nip}', () => {
  it('gives the profile with the numbers of the rule (held level, gap, weight, AKPK, JP)', async () => {
    const { status, body } = await get('admin', `/api/v1/gaps/employees/${nips.budi}`)
    expect(status).toBe(200)
    const e = body.employee
    expect(e).toMatchObject({ nip: nips.budi, name: 'Budi Santoso', agency: 'DINKES', agency_name: 'Dinas Kesehatan',
      position: 'KES-KASI', position_name: 'Kepala Seksi Pelayanan', position_kind: 'pengawas', sector: 'kesehatan',
      target_position: null, target_position_name: null, status: 'pns', jp_earned: 0, jp_short: 20, jp_target: 20,
      jp_year: thisYear, akpk: 'training', performance_gap: true, gap_count: 1, target_gap_count: 0,
      not_assessed_count: 0, weighted_need: 1.5, box: 3 })
    expect(e.performance).toEqual({ year: 2025, predikat: 'sangat_kurang' })
    // potential = 100·1·min(2, 3) / (1·3)
    expect(e.potential).toBeCloseTo(200 / 3, 9)
    // atasan 2 (2026-03-01) wins over the later mandiri 4 (later source) and the asesmen 5 of 2022 (stale)
    expect(e.gaps).toEqual([{ competency: 'M.03', competency_name: 'Kerja Sama', competency_kind: 'manajerial',
      required: 3, target_required: 0, held: 2, source: 'atasan', gap: 1, target_gap: 0, multiplier: 1.5,
      weight: 1.5, target_weight: 0 }])
  })
  it('lists the competencies of the target position too; not assessed → held and source null, no gap', async () => {
    const { status, body } = await get('asn', `/api/v1/gaps/employees/${nips.siti}`)
    expect(status).toBe(200)
    const e = body.employee
    expect(e).toMatchObject({ akpk: 'future_development', performance_gap: false, jp_earned: 15, jp_short: 5,
      target_position: 'KES-KASI', target_position_name: 'Kepala Seksi Pelayanan', performance: { year: 2025,
        predikat: 'baik' } })
    expect(e.gaps).toEqual([
      { competency: 'M.03', competency_name: 'Kerja Sama', competency_kind: 'manajerial', required: 0,
        target_required: 3, held: null, source: null, gap: 0, target_gap: 0, multiplier: 1, weight: 0,
        target_weight: 0 },
      { competency: 'T.KES.02', competency_name: 'Pelayanan Kesehatan Dasar', competency_kind: 'teknis', required: 3,
        target_required: 0, held: 2.5, source: 'asesmen', gap: 0.5, target_gap: 0, multiplier: 1, weight: 2,
        target_weight: 0 },
    ])
  })
  it('answers an employee outside the scope exactly like an unknown NIP (404, nothing leaked)', async () => {
    const unknown = await get('asn', `/api/v1/gaps/employees/${unknownNip}`)
    expect(unknown.status).toBe(404)
    for (const [who, nip] of [['asn', nips.budi], ['atasan', nips.dewi], ['pengelola', nips.dewi],
      ['pengelola_dik', nips.siti], ['asn_unlinked', nips.siti]]) {
      const r = await get(who, `/api/v1/gaps/employees/${nip}`)
      expect(r.status, `${who} → ${nip}`).toBe(404)
      expect(r.body).toEqual(unknown.body)
    }
    expect((await get('admin', `/api/v1/gaps/employees/${unknownNip}`)).status).toBe(404)
    expect((await get('atasan', `/api/v1/gaps/employees/${nips.andi}`)).status).toBe(200)
    expect((await get('pengelola_dik', `/api/v1/gaps/employees/${nips.dewi}`)).status).toBe(200)
    expect((await get('auditor', `/api/v1/gaps/employees/${nips.dewi}`)).status).toBe(200)
  })
})

describe('GET /gaps/ninebox', () => {
  it('counts the nine boxes and pages the employees of one', async () => {
    const { status, body } = await get('admin', '/api/v1/gaps/ninebox')
    expect(status).toBe(200)
    expect(body.boxes.map((b: { box: number }) => b.box)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(body.boxes[2]).toMatchObject({ box: 3, performance: 'di_bawah', potential: 'menengah' })
    expect(body.boxes[6]).toMatchObject({ box: 7, performance: 'di_atas', potential: 'menengah' })
    // performance row from the latest SKP predikat, potential = the job-person match of the current standard:
    // budi sangat_kurang, 66.7 → box 3; andi butuh_perbaikan, 100 → 6; siti baik, 83.3 and dewi baik, 100 → 8
    expect(body.boxes.map((b: { count: number }) => b.count)).toEqual([0, 0, 1, 0, 0, 1, 0, 2, 0])
    expect(body.unplaced).toBe(0)
    expect(body.items.map((i: Row) => i.nip)).toEqual([nips.budi, nips.dewi, nips.siti, nips.andi])
    const placed = body.boxes.reduce((n: number, b: { count: number }) => n + b.count, 0)
    expect(body.total).toBe(placed)
    expect(body.box).toBeNull()
    const employees = (await get('admin', '/api/v1/gaps/employees')).body.items as Array<Row & { box: number | null }>
    for (const b of body.boxes) {
      expect(b.count, `box ${b.box}`).toBe(employees.filter((e) => e.box === b.box).length)
    }
    const eight = await get('admin', '/api/v1/gaps/ninebox?box=8&offset=1&limit=1')
    expect(eight.body).toMatchObject({ box: 8, total: 2, offset: 1, limit: 1 })
    expect(eight.body.items.map((i: Row) => i.nip)).toEqual([nips.siti])
    expect(eight.body.items[0].box).toBe(8)
    expect((await get('admin', '/api/v1/gaps/ninebox?box=12')).status).toBe(400)
  })
  it('keeps the grid within the scope', async () => {
    const mine = await get('asn', '/api/v1/gaps/ninebox')
    expect(mine.body.boxes.map((b: { count: number }) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0])
    expect(mine.body.items.map((i: Row) => i.nip)).toEqual([nips.siti])
    expect((await get('pengelola', '/api/v1/gaps/ninebox?agency=DISDIK')).status).toBe(403)
  })
})

describe('GET /gaps/not-assessed', () => {
  it('lists the pairs without a held level', async () => {
    const { status, body } = await get('admin', '/api/v1/gaps/not-assessed')
    expect(status).toBe(200)
    expect(body).toMatchObject({ employees: 1, total: 1, offset: 0, limit: 50 })
    expect(body.items).toEqual([{ nip: nips.siti, name: 'Siti Aminah', agency: 'DINKES', position: 'KES-PERAWAT',
      competency: 'M.03', competency_name: 'Kerja Sama', required: null, target_required: 3 }])
  })
  it('is scoped and paged', async () => {
    expect((await get('pengelola_dik', '/api/v1/gaps/not-assessed')).body.total).toBe(0)
    expect((await get('asn', '/api/v1/gaps/not-assessed')).body.total).toBe(1)
    expect((await get('atasan', '/api/v1/gaps/not-assessed?offset=1')).body.items).toEqual([])
    expect((await get('admin', '/api/v1/gaps/not-assessed?limit=1000')).status).toBe(400)
  })
})

describe('GET /gaps/export', () => {
  it('downloads the employees as an XLSX that opens, numbers as numbers', async () => {
    const r = await c.admin.get('/api/v1/gaps/export?table=employees')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('spreadsheetml')
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="kebutuhan_employees.xlsx"')
    const bytes = Buffer.from(await r.arrayBuffer())
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
    const files = unzip(bytes)
    expect(xlsxCell(files, 'A1')).toBe('NIP')
    expect(xlsxCell(files, 'A2')).toBe(nips.budi)
    expect(xlsxCell(files, 'J2')).toBe('training')
    expect(xlsxCell(files, 'O2')).toBe('1.5')
    expect(xlsxCell(files, 'A4')).toBe(nips.andi) // ordered by agency, then NIP
    expect(xlsxCell(files, 'A5')).toBe(nips.dewi)
    expect(xlsxCell(files, 'A6')).toBeUndefined()
  })
  it('downloads the heatmap and the aggregates as CSV with Indonesian headers', async () => {
    const r = await c.admin.get('/api/v1/gaps/export?table=heatmap&format=csv')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="kebutuhan_heatmap.csv"')
    const lines = (await r.text()).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('Kode OPD,Nama OPD,Kode Kompetensi,Nama Kompetensi,Pegawai,Pegawai Berkesenjangan,' +
      'Rata-rata Kesenjangan,Kebutuhan Berbobot,Belum Dinilai')
    expect(lines).toContain('DINKES,Dinas Kesehatan,T.KES.02,Pelayanan Kesehatan Dasar,2,1,0.25,1,0')
    expect(lines).toHaveLength(4)
    const agencies = await (await c.admin.get('/api/v1/gaps/export?table=agencies&format=csv')).text()
    expect(agencies).toContain('DINKES,Dinas Kesehatan,3,2,0.5,2.5,1,0,1,2')
    const notAssessed = await (await c.admin.get('/api/v1/gaps/export?table=not_assessed&format=csv')).text()
    expect(notAssessed).toContain(`${nips.siti},Siti Aminah,DINKES,KES-PERAWAT,M.03,Kerja Sama,,3`)
    for (const table of ['ninebox', 'competencies']) {
      expect((await c.admin.get(`/api/v1/gaps/export?table=${table}&format=csv`)).status, table).toBe(200)
    }
  })
  it('exports only the rows in scope', async () => {
    const own = await (await c.asn.get('/api/v1/gaps/export?table=employees&format=csv')).text()
    expect(own.trim().split('\r\n')).toHaveLength(2)
    expect(own).toContain(nips.siti)
    const agency = await (await c.pengelola_dik.get('/api/v1/gaps/export?table=employees&format=csv')).text()
    expect(agency).toContain(nips.dewi)
    expect(agency).not.toContain(nips.siti)
    expect((await c.pengelola.get('/api/v1/gaps/export?table=employees&agency=DISDIK')).status).toBe(403)
  })
  it('refuses an unknown table or format', async () => {
    for (const query of ['', 'table=pegawai', 'table=employees&format=pdf']) {
      const r = await get('admin', `/api/v1/gaps/export?${query}`)
      expect(r.status, query).toBe(400)
      expect(r.body.error.details[0].column).toBe(query.includes('format') ? 'format' : 'table')
    }
  })
})
