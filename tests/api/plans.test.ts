// The yearly plan's API (issue 6, docs/plan-api.md): generate as a job → list → read → assignments → submit →
// approve, return with a comment, every forbidden action (wrong role, other agency, bad transition, missing
// CSRF) and the XLSX of PP 11/2017 Pasal 207.
//
// Fixtures: DINKES (budi, siti, andi; Rp 150.000.000) and DISDIK (dewi; Rp 100.000.000); offerings of 2027:
// ANG-KES-1 (PRG-KES, classroom, Rp 1.500.000, 30 seats) and ANG-EL-1 (PRG-EL, free e-learning). Nobody has JP in
// 2027 yet, so the 20 JP rule alone gives everyone the free offering at least.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fails, get, ok, send, waitJob } from './calls'
import { cell, pdfText, unzip } from './files'
import { Client, nips, startServer, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
const year = 2027
let allPlan = 0 // every agency, by admin (fast)
let kesPlan = 0 // DINKES, by its pengelola (exact)
let kesPlan2 = 0 // DINKES version 2, returned

async function generate(client: Client, body: Record<string, unknown>) {
  const started = await ok(await send(client, 'POST', '/plans/generate', body), 202)
  expect(started.job).toMatchObject({ type: 'plan', kind: 'generate' })
  return waitJob(client, started.job.id)
}

async function xlsx(client: Client, id: number) {
  const r = await get(client, `/plans/${id}/export?format=xlsx`)
  expect(r.status).toBe(200)
  expect(r.headers.get('content-type')).toContain('spreadsheetml')
  const bytes = Buffer.from(await r.arrayBuffer())
  expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  return { files: unzip(bytes), disposition: r.headers.get('content-disposition') }
}

beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'auditor', 'pengelola', 'pengelola_dik', 'atasan', 'asn', 'mitra']) {
    c[u] = await server.login(u)
  }
})
afterAll(async () => {
  await server?.stop()
})

describe('POST /plans/generate', () => {
  it('is refused to the wrong role, another agency and without CSRF', async () => {
    for (const u of ['auditor', 'atasan', 'asn', 'mitra']) {
      await fails(await send(c[u], 'POST', '/plans/generate', { year }), 403, 'forbidden')
    }
    await fails(await send(c.pengelola, 'POST', '/plans/generate', { year, agency: 'DISDIK' }), 403, 'forbidden')
    await fails(await send(c.pengelola_dik, 'POST', '/plans/generate', { year, agency: 'DINKES' }), 403, 'forbidden')
    await fails(await send(c.admin, 'POST', '/plans/generate', { year }, false), 403, 'forbidden')
    expect((await new Client(server.base).post('/api/v1/plans/generate', { year })).status).toBe(401)
  })
  it('checks its fields', async () => {
    const bad = await fails(await send(c.admin, 'POST', '/plans/generate', { year: 'x' }), 400, 'invalid_argument')
    expect(bad.details[0].column).toBe('year')
    const solver = await fails(await send(c.admin, 'POST', '/plans/generate', { year, solver: 'slow' }), 400, 'invalid_argument')
    expect(solver.details[0].column).toBe('solver')
    const limit = await fails(await send(c.admin, 'POST', '/plans/generate', { year, time_limit: -1 }), 400, 'invalid_argument')
    expect(limit.details[0].column).toBe('time_limit')
    await fails(await send(c.admin, 'POST', '/plans/generate', { year, agency: 'NOPE' }), 404, 'not_found')
  })
  it('saves a new draft of every agency for admin_bkd, reporting through the job', async () => {
    const job = await generate(c.admin, { year, solver: 'fast' })
    expect(job.state, JSON.stringify(job)).toBe('succeeded')
    expect(job.percent).toBe(100)
    const result = typeof job.result === 'string' ? JSON.parse(job.result) : job.result
    expect(result).toMatchObject({ year, agency: null, version: 1, status: 'draft' })
    expect(result.assignments).toBeGreaterThan(0)
    allPlan = result.plan_id
    // the job is the caller's
    await fails(await get(c.pengelola_dik, `/jobs/${job.id}`), 403, 'forbidden')
  })
  it('saves its own agency for pengelola_opd (no agency given)', async () => {
    const job = await generate(c.pengelola, { year, solver: 'exact', time_limit: 30 })
    expect(job.state, JSON.stringify(job)).toBe('succeeded')
    const result = typeof job.result === 'string' ? JSON.parse(job.result) : job.result
    expect(result).toMatchObject({ year, agency: 'DINKES', version: 1, status: 'draft' })
    kesPlan = result.plan_id
    const again = await generate(c.pengelola, { year, agency: 'DINKES' })
    const second = typeof again.result === 'string' ? JSON.parse(again.result) : again.result
    expect(second).toMatchObject({ agency: 'DINKES', version: 2 })
    kesPlan2 = second.plan_id
  })
  it('ends the job failed when no offering starts in the year', async () => {
    const job = await generate(c.admin, { year: 2031 })
    expect(job.state).toBe('failed')
    const result = typeof job.result === 'string' ? JSON.parse(job.result) : job.result
    expect(result.error.code).toBe('failed_precondition')
  })
})

describe('GET /plans, /plans/{id}, /plans/{id}/assignments', () => {
  it('lists every plan for admin_bkd and auditor, newest first', async () => {
    for (const u of ['admin', 'auditor']) {
      const body = await ok(await get(c[u], `/plans?year=${year}`))
      expect(body.items.map((p: { id: number }) => p.id).sort()).toEqual([allPlan, kesPlan, kesPlan2].sort())
    }
    const drafts = await ok(await get(c.admin, '/plans?status=draft&agency=DINKES'))
    expect(drafts.items.map((p: { version: number }) => p.version)).toEqual([2, 1])
    await fails(await get(c.admin, '/plans?status=nope'), 400, 'invalid_argument')
    await fails(await get(c.admin, '/plans?year=abc'), 400, 'invalid_argument')
  })
  it('scopes pengelola_opd to its agency and the all-agency plans', async () => {
    const kes = await ok(await get(c.pengelola, '/plans'))
    expect(kes.items.map((p: { id: number }) => p.id).sort()).toEqual([allPlan, kesPlan, kesPlan2].sort())
    const dik = await ok(await get(c.pengelola_dik, '/plans'))
    expect(dik.items.map((p: { id: number }) => p.id)).toEqual([allPlan])
    await fails(await get(c.pengelola_dik, '/plans?agency=DINKES'), 403, 'forbidden')
    for (const u of ['asn', 'atasan', 'mitra']) await fails(await get(c[u], '/plans'), 403, 'forbidden')
  })
  it('reads one plan with its settings and summary', async () => {
    const body = await ok(await get(c.pengelola, `/plans/${kesPlan}`))
    expect(body.plan).toMatchObject({ id: kesPlan, year, agency: 'DINKES', version: 1, status: 'draft',
      status_label: 'draf', solver: 'exact', comment: null, can: { submit: true, approve: false, return: false } })
    expect(body.plan.settings).toMatchObject({ target_jp: 20 })
    expect(body.plan.summary.agencies).toEqual([expect.objectContaining({ agency: 'DINKES', budget: 150000000 })])
    await fails(await get(c.pengelola_dik, `/plans/${kesPlan}`), 403, 'forbidden')
    await fails(await get(c.asn, `/plans/${kesPlan}`), 403, 'forbidden')
    // In the all-agency plan an agency's pengelola sees its own budget line only; the admin sees every agency's.
    const dik = await ok(await get(c.pengelola_dik, `/plans/${allPlan}`))
    expect(dik.plan.summary.agencies.map((a: { agency: string }) => a.agency)).toEqual(['DISDIK'])
    const admin = await ok(await get(c.admin, `/plans/${allPlan}`))
    expect(admin.plan.summary.agencies.map((a: { agency: string }) => a.agency)).toEqual(['DINKES', 'DISDIK'])
    await fails(await get(c.admin, '/plans/999999'), 404, 'not_found')
    await fails(await get(c.admin, '/plans/abc'), 404, 'not_found')
  })
  it('pages the assignments with employee names, within the scope', async () => {
    const all = await ok(await get(c.admin, `/plans/${allPlan}/assignments?limit=500`))
    expect(all.total).toBeGreaterThan(0)
    const agencies = new Set(all.items.map((a: { agency: string }) => a.agency))
    expect([...agencies].sort()).toEqual(['DINKES', 'DISDIK'])
    const siti = all.items.find((a: { nip: string }) => a.nip === nips.siti)
    expect(siti).toMatchObject({ name: 'Siti Aminah', agency: 'DINKES' })
    expect(Array.isArray(siti.reasons)).toBe(true)
    const one = await ok(await get(c.admin, `/plans/${allPlan}/assignments?nip=${nips.dewi}`))
    expect(one.items.every((a: { nip: string }) => a.nip === nips.dewi)).toBe(true)
    expect(one.total).toBeGreaterThan(0)
    const paged = await ok(await get(c.admin, `/plans/${allPlan}/assignments?offset=1&limit=1`))
    expect(paged).toMatchObject({ total: all.total, offset: 1, limit: 1 })
    expect(paged.items).toEqual([all.items[1]])
    const free = await ok(await get(c.admin, `/plans/${allPlan}/assignments?offering=ANG-EL-1&program=PRG-EL`))
    expect(free.items.every((a: { offering: string }) => a.offering === 'ANG-EL-1')).toBe(true)
    // pengelola_dik sees only DISDIK's rows of the all-agency plan
    const dik = await ok(await get(c.pengelola_dik, `/plans/${allPlan}/assignments`))
    expect(dik.total).toBe(all.items.filter((a: { agency: string }) => a.agency === 'DISDIK').length)
    expect(dik.items.every((a: { agency: string }) => a.agency === 'DISDIK')).toBe(true)
    await fails(await get(c.pengelola_dik, `/plans/${allPlan}/assignments?agency=DINKES`), 403, 'forbidden')
    await fails(await get(c.pengelola_dik, `/plans/${kesPlan}/assignments`), 403, 'forbidden')
    await fails(await get(c.admin, `/plans/${allPlan}/assignments?limit=501`), 400, 'invalid_argument')
  })
})

describe('the approval flow', () => {
  it('submits and approves an agency plan', async () => {
    await fails(await send(c.pengelola_dik, 'POST', `/plans/${kesPlan}/submit`, {}), 403, 'forbidden')
    for (const u of ['auditor', 'asn', 'atasan', 'mitra']) {
      await fails(await send(c[u], 'POST', `/plans/${kesPlan}/submit`, {}), 403, 'forbidden')
    }
    const early = await fails(await send(c.admin, 'POST', `/plans/${kesPlan}/approve`, {}), 412, 'failed_precondition')
    expect(early.message).toBe('Rencana berstatus draf tidak dapat disetujui.')
    const en = await fails(await send(c.admin, 'POST', `/plans/${kesPlan}/approve?lang=en`, {}), 412, 'failed_precondition')
    expect(en.message).toBe('A plan that is draft cannot be approved.')
    await fails(await send(c.pengelola, 'POST', `/plans/${kesPlan}/submit`, {}, false), 403, 'forbidden')
    const submitted = await ok(await send(c.pengelola, 'POST', `/plans/${kesPlan}/submit`, {}))
    expect(submitted.plan).toMatchObject({ id: kesPlan, status: 'submitted', can: { submit: false, approve: false } })
    const twice = await fails(await send(c.pengelola, 'POST', `/plans/${kesPlan}/submit`, {}), 412, 'failed_precondition')
    expect(twice.message).toBe('Rencana berstatus diajukan tidak dapat diajukan.')
    await fails(await send(c.pengelola, 'POST', `/plans/${kesPlan}/approve`, {}), 403, 'forbidden')
    await fails(await send(c.auditor, 'POST', `/plans/${kesPlan}/approve`, {}), 403, 'forbidden')
    await fails(await send(c.admin, 'POST', `/plans/${kesPlan}/approve`, {}, false), 403, 'forbidden')
    const approved = await ok(await send(c.admin, 'POST', `/plans/${kesPlan}/approve`, {}))
    expect(approved.plan).toMatchObject({ status: 'approved', status_label: 'disetujui' })
    await fails(await send(c.admin, 'POST', `/plans/${kesPlan}/return`, { comment: 'terlambat' }), 412, 'failed_precondition')
    const list = await ok(await get(c.pengelola, '/plans?status=approved'))
    expect(list.items.map((p: { id: number }) => p.id)).toEqual([kesPlan])
  })
  it('returns a submitted plan only with a comment', async () => {
    await ok(await send(c.pengelola, 'POST', `/plans/${kesPlan2}/submit`))
    await fails(await send(c.pengelola, 'POST', `/plans/${kesPlan2}/return`, { comment: 'x' }), 403, 'forbidden')
    const missing = await fails(await send(c.admin, 'POST', `/plans/${kesPlan2}/return`, {}), 400, 'invalid_argument')
    expect(missing.details[0].column).toBe('comment')
    await fails(await send(c.admin, 'POST', `/plans/${kesPlan2}/return`, { comment: '   ' }), 400, 'invalid_argument')
    const returned = await ok(await send(c.admin, 'POST', `/plans/${kesPlan2}/return`, { comment: 'Kurangi biaya kelas' }))
    expect(returned.plan).toMatchObject({ status: 'returned', comment: 'Kurangi biaya kelas' })
    await fails(await send(c.admin, 'POST', `/plans/${kesPlan2}/approve`, {}), 412, 'failed_precondition')
    await fails(await send(c.pengelola, 'POST', `/plans/${kesPlan2}/submit`, {}), 412, 'failed_precondition')
  })
  it('lets only admin_bkd submit the all-agency plan', async () => {
    await fails(await send(c.pengelola, 'POST', `/plans/${allPlan}/submit`, {}), 403, 'forbidden')
    await fails(await send(c.admin, 'POST', '/plans/999999/submit', {}), 404, 'not_found')
    const body = await ok(await send(c.admin, 'POST', `/plans/${allPlan}/submit`, {}))
    expect(body.plan).toMatchObject({ status: 'submitted', can: { approve: true, return: true } })
  })
  it('audits every change under entity plans', async () => {
    const audit = await ok(await get(c.admin, '/audit?limit=200'))
    const plans = audit.entries.filter((e: { entity: string }) => e.entity === 'plans')
    const actions = plans.map((e: { action: string }) => e.action)
    expect(actions.filter((a: string) => a === 'plan.save').length).toBe(3)
    expect(actions).toEqual(expect.arrayContaining(['plan.submit', 'plan.approve', 'plan.return']))
    const ret = plans.find((e: { action: string }) => e.action === 'plan.return')
    expect(ret).toMatchObject({ entity_key: String(kesPlan2), username: 'admin' })
    const after = typeof ret.after === 'string' ? JSON.parse(ret.after) : ret.after ?? JSON.parse(ret.after_json)
    expect(after).toMatchObject({ status: 'returned', comment: 'Kurangi biaya kelas' })
  })
})

describe('GET /plans/{id}/export', () => {
  it('writes the Pasal 207 lines and the totals per agency', async () => {
    const all = await ok(await get(c.admin, `/plans/${allPlan}/assignments?limit=500`))
    const { files, disposition } = await xlsx(c.admin, allPlan)
    expect(disposition).toBe(`attachment; filename="rencana_${year}_semua_v1.xlsx"`)
    expect(files.has('xl/worksheets/sheet1.xml')).toBe(true)
    expect(files.has('xl/worksheets/sheet2.xml')).toBe(true)
    expect(files.get('xl/workbook.xml')).toContain('Total per OPD')
    const headers = 'ABCDEFGHIJKLMNO'.split('').map((col) => cell(files, 1, `${col}1`)?.text)
    expect(headers).toEqual(['No', 'Kode OPD', 'Nama OPD', 'NIP', 'Nama Pegawai', 'Kompetensi yang Dikembangkan',
      'Bentuk Pengembangan', 'Jalur Pengembangan', 'Program / Angkatan', 'Penyelenggara', 'Jadwal Pelaksanaan',
      'Kesesuaian dengan Standar Kurikulum', 'JP', 'Anggaran (Rp)', 'Alasan'])
    expect(cell(files, 1, 'D2')).toMatchObject({ type: 'text', text: all.items[0].nip })
    expect(cell(files, 1, 'M2')).toEqual({ type: 'n', text: String(all.items[0].jp) })
    expect(cell(files, 1, 'N2')).toEqual({ type: 'n', text: String(all.items[0].cost) })
    expect(cell(files, 1, `D${all.total + 1}`)).toBeDefined()
    expect(cell(files, 1, `D${all.total + 2}`)).toBeUndefined()
    expect(cell(files, 2, 'A1')?.text).toBe('Kode OPD')
    expect(cell(files, 2, 'A2')?.text).toBe('DINKES')
    expect(cell(files, 2, 'G2')).toEqual({ type: 'n', text: '150000000' })
    expect(cell(files, 2, 'A3')?.text).toBe('DISDIK')
    expect(cell(files, 2, 'A4')?.text).toBe('Jumlah')
    const used = all.items.reduce((s: number, a: { cost: number }) => s + a.cost, 0)
    expect(cell(files, 2, 'F4')).toEqual({ type: 'n', text: String(used) })
  })
  it('keeps to the reader scope and refuses others', async () => {
    const { files } = await xlsx(c.pengelola_dik, allPlan)
    const sheet = files.get('xl/worksheets/sheet1.xml') ?? ''
    const rows = [...sheet.matchAll(/<c r="B(\d+)"/g)].length - 1
    const dik = await ok(await get(c.pengelola_dik, `/plans/${allPlan}/assignments`))
    expect(rows).toBe(dik.total)
    expect(cell(files, 2, 'A2')?.text).toBe('DISDIK')
    expect(cell(files, 2, 'A3')?.text).toBe('Jumlah')
    await fails(await get(c.pengelola_dik, `/plans/${kesPlan}/export?format=xlsx`), 403, 'forbidden')
    await fails(await get(c.asn, `/plans/${allPlan}/export?format=xlsx`), 403, 'forbidden')
    await fails(await get(c.admin, `/plans/${allPlan}/export?format=docx`), 400, 'invalid_argument')
  })
})

/** The PDF export read back with pdftotext (poppler-utils), as a user would read it. */
async function pdf(client: Client, path: string) {
  const r = await get(client, path)
  const bytes = Buffer.from(await r.arrayBuffer())
  expect(r.status, bytes.toString()).toBe(200)
  expect(r.headers.get('content-type')).toBe('application/pdf')
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  return { text: pdfText(bytes).text, disposition: r.headers.get('content-disposition') }
}

describe('GET /plans/{id}/export?format=pdf', () => {
  it('prints the province document with totals per agency and lines per offering', async () => {
    const { text, disposition } = await pdf(c.admin, `/plans/${allPlan}/export?format=pdf`)
    expect(disposition).toBe(`attachment; filename="rencana_${year}_semua_v1.pdf"`)
    for (const words of ['PEMERINTAH PROVINSI JAMBI', 'SELURUH PERANGKAT DAERAH',
      'RENCANA PENGEMBANGAN KOMPETENSI APARATUR SIPIL NEGARA', `TAHUN ${year}`, 'KONSEP', 'Dinas Kesehatan',
      'Dinas Pendidikan', 'ANG-EL-1', 'PEJABAT PEMBINA KEPEGAWAIAN', 'GUBERNUR JAMBI', 'Halaman 1 dari']) {
      expect(text, words).toContain(words)
    }
    expect(text).toMatch(/\d+ pegawai dari \d+ perangkat daerah/)
    for (const nip of Object.values(nips)) expect(text).not.toContain(nip) // names live in the agency documents
  })
  it('prints one agency of an all-agency plan with its employees, and only what the reader may see', async () => {
    const kes = await pdf(c.admin, `/plans/${allPlan}/export?format=pdf&agency=DINKES`)
    expect(kes.disposition).toBe(`attachment; filename="rencana_${year}_semua_DINKES_v1.pdf"`)
    expect(kes.text).toContain('DINAS KESEHATAN')
    expect(kes.text).toContain(nips.siti)
    expect(kes.text).not.toContain(nips.dewi)
    const dik = await pdf(c.pengelola_dik, `/plans/${allPlan}/export?format=pdf`)
    expect(dik.text).toContain('DINAS PENDIDIKAN')
    expect(dik.text).toContain(nips.dewi)
    expect(dik.text).not.toContain(nips.siti)
    await fails(await get(c.pengelola_dik, `/plans/${allPlan}/export?format=pdf&agency=DINKES`), 403, 'forbidden')
    await fails(await get(c.pengelola, `/plans/${kesPlan}/export?format=pdf&agency=DISDIK`), 403, 'forbidden')
    await fails(await get(c.admin, `/plans/${allPlan}/export?format=pdf&agency=NOPE`), 400, 'invalid_argument')
    await fails(await get(c.asn, `/plans/${allPlan}/export?format=pdf`), 403, 'forbidden')
  })
  it('dates an approved plan for signature and drops the draft mark', async () => {
    const { text } = await pdf(c.pengelola, `/plans/${kesPlan}/export?format=pdf`)
    expect(text).not.toContain('KONSEP')
    expect(text).toMatch(/pada tanggal \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/)
    expect(text).toContain('Disetujui')
    expect(text).toContain(nips.andi)
  })
})

describe('OpenAPI', () => {
  it('lists every plan route', async () => {
    const doc = await (await new Client(server.base).get('/api/v1/openapi.json')).json()
    for (const path of ['/plans/generate', '/plans', '/plans/{id}', '/plans/{id}/assignments', '/plans/{id}/export',
      '/plans/{id}/submit', '/plans/{id}/approve', '/plans/{id}/return']) {
      expect(doc.paths[path], path).toBeDefined()
    }
  })
})
