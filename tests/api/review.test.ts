// Programs to review and their revisions (issue 8, docs/review-api.md): the programs whose offering of the year
// before a plan year was evaluated tidak_signifikan or menurun, flagged until a revision dated on or after that
// offering's end is recorded; who may read the list (lembaga_mitra only its own programs) and record a revision
// (admin_bkd; lembaga_mitra its own programs), every refusal naming its field and storing nothing, the order of the
// list and of the history, and the audit.
//
// Imported here, all run in March of last year (Y0) with pre/post tests of six employees:
//   PRG-RV-A (BPSDM Provinsi): differences +2 −2 +1 −1 +1 +1 → not significant → tidak_signifikan
//   PRG-RV-B (Lembaga Mitra Nusantara): 15 points higher before, every score about 30 lower after → menurun
//   PRG-RV-C (BPSDM Provinsi): every score about 20 higher → efektif, never listed
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { day, fails, get, importRows, ok, send } from './calls'
import { cell, pdfText, sheetNames, unzip } from './files'
import { nips, startServer, type Client, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
const staff = ['199101012020012004', '199202022020011005', '199303032021012006']
const people = [nips.budi, nips.siti, nips.andi, ...staff]
const thisYear = Number(day(0).slice(0, 4))
const y0 = thisYear - 1 // the evaluated year
const planYear = thisYear // the plan the flags feed
const end = `${y0}-03-06`

interface Row { program: string, verdict: string, state: string, offering: string, revision: { id: number } | null }

beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'auditor', 'pengelola', 'atasan', 'asn', 'mitra']) c[u] = await server.login(u)
  await importRows(c.admin, 'pegawai', 'nip,nama,kode_jabatan,kode_opd,kode_unit,nip_atasan,status\n'
    + staff.map((nip, i) => `${nip},Staf ${i + 1},KES-PERAWAT,DINKES,PKM01,${nips.budi},pns\n`).join(''))
  await importRows(c.admin, 'program', 'kode_program,nama,lembaga,bentuk,jp,biaya_per_peserta,kompetensi\n'
    + 'PRG-RV-A,Pelatihan Pelayanan Prima,BPSDM Provinsi,pelatihan_klasikal,24,1000000,M.03:1\n'
    + 'PRG-RV-B,Pelatihan Administrasi Kesehatan,Lembaga Mitra Nusantara,pelatihan_klasikal,24,1000000,M.03:1\n'
    + 'PRG-RV-C,Pelatihan Komunikasi Publik,BPSDM Provinsi,pelatihan_klasikal,24,1000000,M.03:1\n')
  await importRows(c.admin, 'angkatan', 'kode_angkatan,kode_program,tanggal_mulai,tanggal_selesai,kapasitas,lokasi\n'
    + ['A', 'B', 'C'].map((p) => `ANG-RV-${p},PRG-RV-${p},${y0}-03-02,${end},30,Kota Jambi\n`).join(''))
  const pre = [50, 60, 55, 65, 70, 45]
  const change: Record<string, number[]> = { A: [2, -2, 1, -1, 1, 1], B: [-30, -28, -32, -29, -31, -30],
    C: [20, 18, 22, 19, 21, 20] }
  let tes = 'kode_angkatan,nip,jenis,skor\n'
  for (const [p, d] of Object.entries(change)) {
    people.forEach((nip, i) => {
      const before = p === 'B' ? pre[i] + 15 : pre[i]
      tes += `ANG-RV-${p},${nip},pre,${before}\nANG-RV-${p},${nip},post,${before + d[i]}\n`
    })
  }
  await importRows(c.admin, 'tes', tes)
})
afterAll(async () => {
  await server?.stop()
})

const review = async (who: string, year = planYear) =>
  (await ok(await get(c[who], `/programs/review?year=${year}`))) as { year: number, evaluated_year: number,
    factor: number, programs: Row[] }

describe('GET /programs/review', () => {
  it('lists the flagged programs of the year before, menurun first, with the verdict\'s reason', async () => {
    const body = await review('admin')
    expect(body).toMatchObject({ year: planYear, evaluated_year: y0, factor: 0.5 })
    const ours = body.programs.filter((p) => p.program.startsWith('PRG-RV-'))
    expect(ours.map((p) => [p.program, p.verdict, p.state])).toEqual([
      ['PRG-RV-B', 'menurun', 'flagged'], ['PRG-RV-A', 'tidak_signifikan', 'flagged']])
    expect(ours[1]).toMatchObject({ nama: 'Pelatihan Pelayanan Prima', lembaga: 'BPSDM Provinsi',
      offering: 'ANG-RV-A', start: `${y0}-03-02`, end, revision: null })
    expect((ours[1] as unknown as { reason: string }).reason).toMatch(/tidak/i)
    const en = (await ok(await get(c.admin, `/programs/review?year=${planYear}&lang=en`))).programs
      .find((p: Row) => p.program === 'PRG-RV-A')
    expect(en.reason).not.toBe((ours[1] as unknown as { reason: string }).reason)
  })
  it('is read by staff roles, a partner sees its own programs only, and the year is checked', async () => {
    for (const u of ['auditor', 'pengelola']) {
      expect((await review(u)).programs.map((p) => p.program)).toContain('PRG-RV-A')
    }
    expect((await review('mitra')).programs.map((p) => p.program)).toEqual(['PRG-RV-B'])
    for (const u of ['asn', 'atasan']) await fails(await get(c[u], `/programs/review?year=${planYear}`), 403, 'forbidden')
    const bad = await fails(await get(c.admin, '/programs/review?year=20x7'), 400, 'invalid_argument')
    expect(bad.details[0].column).toBe('year')
    // by default the plan being prepared: next year, from this year's offerings (none of ours)
    const next = await ok(await get(c.admin, '/programs/review'))
    expect(next).toMatchObject({ year: thisYear + 1, evaluated_year: thisYear })
    expect(next.programs.map((p: Row) => p.program)).not.toContain('PRG-RV-A')
  })
})

describe('POST /programs/{kode}/revisions', () => {
  const valid = { aspek: 'materi_metode', ringkasan: 'Studi kasus daerah ditambah, ceramah diganti praktik.' }

  it('refuses other roles, another institution\'s program and an unknown program', async () => {
    for (const u of ['auditor', 'pengelola', 'atasan', 'asn']) {
      await fails(await send(c[u], 'POST', '/programs/PRG-RV-A/revisions', valid), 403, 'forbidden')
    }
    await fails(await send(c.mitra, 'POST', '/programs/PRG-RV-A/revisions', valid), 403, 'forbidden')
    await fails(await send(c.admin, 'POST', '/programs/NOPE/revisions', valid), 404, 'not_found')
  })
  it('names the field of every bad input and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, ringkasan: 'terlalu' }, 'ringkasan'],
      [{ ...valid, ringkasan: '          sembilan          ' }, 'ringkasan'],
      [{ ...valid, ringkasan: 'x'.repeat(2001) }, 'ringkasan'],
      [{ ...valid, aspek: 'semua' }, 'aspek'],
      [{ ringkasan: valid.ringkasan }, 'aspek'],
      [{ ...valid, tanggal: day(10) }, 'tanggal'],
      [{ ...valid, tanggal: '31/02/2026' }, 'tanggal'],
      [{ ...valid, ringkasan: 42 }, 'ringkasan'],
      [{ ...valid, oleh: 'saya' }, 'oleh'],
    ]
    for (const [body, column] of cases) {
      const error = await fails(await send(c.admin, 'POST', '/programs/PRG-RV-A/revisions', body), 400,
        'invalid_argument')
      expect(error.details[0].column, JSON.stringify(body)).toBe(column)
    }
    expect((await ok(await get(c.admin, '/programs/PRG-RV-A/revisions'))).revisions).toEqual([])
  })
  it('lifts the flag only with a revision dated on or after the offering\'s end', async () => {
    const early = await ok(await send(c.admin, 'POST', '/programs/PRG-RV-A/revisions',
      { ...valid, tanggal: `${y0}-03-05` }), 201)
    expect(early.revision).toMatchObject({ program: 'PRG-RV-A', tanggal: `${y0}-03-05`, aspek: 'materi_metode',
      ringkasan: valid.ringkasan })
    expect((await review('admin')).programs.find((p) => p.program === 'PRG-RV-A')).toMatchObject(
      { state: 'flagged', revision: null })

    const made = await ok(await send(c.admin, 'POST', '/programs/PRG-RV-A/revisions',
      { aspek: 'materi', ringkasan: '  Modul diperbarui dengan data pelayanan terbaru.  ' }), 201)
    expect(made.revision).toMatchObject({ tanggal: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), aspek: 'materi',
      ringkasan: 'Modul diperbarui dengan data pelayanan terbaru.' })
    expect(made.revision.id).toBeGreaterThan(early.revision.id)
    expect(made.revision.dibuat_pada).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    const ours = (await review('admin')).programs.filter((p) => p.program.startsWith('PRG-RV-'))
    expect(ours.map((p) => [p.program, p.state])).toEqual([['PRG-RV-B', 'flagged'], ['PRG-RV-A', 'revised']])
    expect(ours[1].revision).toMatchObject({ id: made.revision.id })

    const audit = (await ok(await get(c.auditor, '/audit?limit=50'))).entries
      .find((e: { action: string }) => e.action === 'program.revision')
    expect(audit).toMatchObject({ username: 'admin', entity: 'revisi_program', entity_key: 'PRG-RV-A' })
    expect(audit.after).toMatchObject({ id: made.revision.id, aspek: 'materi' })
  })
  it('lets a partner revise its own program', async () => {
    const made = await ok(await send(c.mitra, 'POST', '/programs/PRG-RV-B/revisions',
      { tanggal: end, aspek: 'metode', ringkasan: 'Metode daring diganti tatap muka dengan praktik.' }), 201)
    expect(made.revision).toMatchObject({ program: 'PRG-RV-B', tanggal: end })
    expect((await review('mitra')).programs).toMatchObject([{ program: 'PRG-RV-B', state: 'revised' }])
  })
})

describe('GET /programs/{kode}/revisions', () => {
  it('gives any signed-in user the history, newest first, and who may record', async () => {
    const asn = await ok(await get(c.asn, '/programs/PRG-RV-A/revisions'))
    expect(asn.program).toEqual({ kode: 'PRG-RV-A', nama: 'Pelatihan Pelayanan Prima', lembaga: 'BPSDM Provinsi' })
    expect(asn.can_record).toBe(false)
    expect(asn.revisions.map((r: { aspek: string }) => r.aspek)).toEqual(['materi', 'materi_metode'])
    expect(asn.revisions[0].dicatat_oleh).not.toBe('')
    expect((await ok(await get(c.admin, '/programs/PRG-RV-A/revisions'))).can_record).toBe(true)
    expect((await ok(await get(c.mitra, '/programs/PRG-RV-A/revisions'))).can_record).toBe(false)
    expect((await ok(await get(c.mitra, '/programs/PRG-RV-B/revisions'))).can_record).toBe(true)
    await fails(await get(c.asn, '/programs/NOPE/revisions'), 404, 'not_found')
  })
})

describe('GET /programs/review/export', () => {
  it('gives the list as a PDF to hand out and an XLSX with codes, within the caller\'s scope', async () => {
    const pdf = await get(c.admin, `/programs/review/export?year=${planYear}`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-disposition')).toContain(`program_perlu_ditinjau_${planYear}.pdf`)
    const { text } = pdfText(Buffer.from(await pdf.arrayBuffer()))
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain('PROGRAM PENGEMBANGAN KOMPETENSI YANG PERLU DITINJAU')
    expect(flat).toContain('PRG-RV-A')
    expect(flat).toContain('Sudah direvisi')
    expect(flat).toContain('Modul diperbarui dengan data pelayanan terbaru.')
    expect(flat).not.toContain('PRG-RV-C')

    const xlsx = await get(c.mitra, `/programs/review/export?year=${planYear}&format=xlsx`)
    expect(xlsx.status).toBe(200)
    const files = unzip(Buffer.from(await xlsx.arrayBuffer()))
    expect(sheetNames(files)).toEqual(['Perlu ditinjau'])
    expect(cell(files, 1, 'A2')?.text).toBe('PRG-RV-B') // a partner's own programs only
    expect(cell(files, 1, 'A3')).toBeUndefined()
    expect(cell(files, 1, 'I2')?.text).toBe('revised')
    expect(cell(files, 1, 'N2')).toEqual({ type: 'n', text: String(planYear) })

    await fails(await get(c.admin, `/programs/review/export?year=${planYear}&format=doc`), 400, 'invalid_argument')
    await fails(await get(c.asn, `/programs/review/export?year=${planYear}`), 403, 'forbidden')
  })
})
