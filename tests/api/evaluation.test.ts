// Evaluation: the IKM of a service unit and the evaluation of offerings (docs/evaluation.md), every role's access,
// 404 on unknown codes, 400 on bad parameters, and the JSON shape of issue 8.
//
// By hand from the fixtures: PKM01 (DINKES) has one SKM response 4,3,3,4,4,3,3,4,4 → IKM 32/9 = 3.5556, index
// 88.89 → A Sangat Baik. SD01 (DISDIK) has one response with U9 unanswered → IKM not computable (null).
// ANG-KES-1 (PRG-KES, 2027-03-15 … 03-19) has one participant (siti: one test pair 55 → 80.5, one reaction) and no
// SKM in its windows → data_kurang, listing "Pasangan pre-test dan post-test: 1 dari 5 yang diperlukan".
// ANG-EL-1 belongs to PRG-EL of Lembaga Mitra Nusantara (the mitra user's institution).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cell, pdfText, sheetNames, unzip } from './files'
import { Client, errorCode, startServer, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
const roles = ['admin', 'auditor', 'pengelola', 'pengelola_dik', 'atasan', 'asn', 'mitra']

beforeAll(async () => {
  server = await startServer()
  for (const u of roles) c[u] = await server.login(u)
})
afterAll(async () => {
  await server?.stop()
})

async function get(who: string, path: string) {
  const r = await c[who].get(path)
  return { status: r.status, body: await r.json() }
}

describe('GET /ikm/units/{kode}', () => {
  it('gives the IKM of the unit with the keys of the issue', async () => {
    const { status, body } = await get('admin', '/api/v1/ikm/units/PKM01')
    expect(status).toBe(200)
    expect(body).toMatchObject({ unit: 'PKM01', name: 'Puskesmas Kota', agency: 'DINKES', from: null, to: null,
      respondents: 1, grade: 'A', label: 'Sangat Baik', complete: true })
    expect(body.nrr).toEqual([4, 3, 3, 4, 4, 3, 3, 4, 4])
    expect(body.ikm).toBeCloseTo(32 / 9, 10)
    expect(body.index).toBeCloseTo((32 / 9) * 25, 10)
  })
  it('keeps only the responses within from and to', async () => {
    const { status, body } = await get('auditor', '/api/v1/ikm/units/PKM01?from=2026-06-01&to=2026-12-31')
    expect(status).toBe(200)
    expect(body).toMatchObject({ from: '2026-06-01', to: '2026-12-31', respondents: 0, ikm: null, index: null,
      grade: null, complete: false })
  })
  it('says null when an element has no answer', async () => {
    const { status, body } = await get('pengelola_dik', '/api/v1/ikm/units/SD01')
    expect(status).toBe(200)
    expect(body).toMatchObject({ respondents: 1, ikm: null, complete: false })
    expect(body.nrr[8]).toBeNull()
  })
  it('lets pengelola_opd read only its own agency\'s units', async () => {
    expect((await get('pengelola', '/api/v1/ikm/units/PKM01')).status).toBe(200)
    const r = await c.pengelola.get('/api/v1/ikm/units/SD01')
    expect(r.status).toBe(403)
    expect(await errorCode(r)).toBe('forbidden')
  })
  it('is 403 for atasan, asn and lembaga_mitra, 401 without a session', async () => {
    for (const who of ['atasan', 'asn', 'mitra']) {
      expect((await c[who].get('/api/v1/ikm/units/PKM01')).status, who).toBe(403)
    }
    expect((await new Client(server.base).get('/api/v1/ikm/units/PKM01')).status).toBe(401)
  })
  it('is 404 for an unknown unit and 400 for a bad date', async () => {
    const r = await c.admin.get('/api/v1/ikm/units/NOPE')
    expect(r.status).toBe(404)
    expect(await errorCode(r)).toBe('not_found')
    const bad = await c.admin.get('/api/v1/ikm/units/PKM01?from=2026-13-01')
    expect(bad.status).toBe(400)
    expect(await errorCode(bad)).toBe('invalid_argument')
    expect((await c.admin.get('/api/v1/ikm/units/PKM01?from=2026-06-01&to=2026-01-01')).status).toBe(400)
  })
})

describe('GET /ikm/units/{kode}/quarters', () => {
  it('gives the unit\'s IKM per calendar quarter beside the whole period', async () => {
    const { status, body } = await get('pengelola', '/api/v1/ikm/units/PKM01/quarters')
    expect(status).toBe(200)
    expect(body).toMatchObject({ unit: 'PKM01', agency: 'DINKES', respondents: 1, grade: 'A' })
    expect(body.quarters).toHaveLength(1)
    expect(body.quarters[0]).toMatchObject({ quarter: '2026-Q2', year: 2026, q: 2, from: '2026-04-01',
      to: '2026-06-30', respondents: 1, grade: 'A', label: 'Sangat Baik', complete: true })
    expect(body.quarters[0].index).toBeCloseTo((32 / 9) * 25, 10)
    const later = await get('admin', '/api/v1/ikm/units/PKM01/quarters?from=2026-06-01')
    expect(later.body.quarters).toEqual([])
    expect(later.body.respondents).toBe(0)
  })
  it('keeps the access of the unit\'s IKM and says what is wrong', async () => {
    expect((await c.pengelola_dik.get('/api/v1/ikm/units/PKM01/quarters')).status).toBe(403)
    for (const who of ['atasan', 'asn', 'mitra']) {
      expect((await c[who].get('/api/v1/ikm/units/PKM01/quarters')).status, who).toBe(403)
    }
    expect((await c.admin.get('/api/v1/ikm/units/NOPE/quarters')).status).toBe(404)
    const r = await c.admin.get('/api/v1/ikm/units/PKM01/quarters?from=2026-06-01&to=2026-01-01')
    expect(r.status).toBe(400)
    expect((await r.json()).error.details[0].column).toBe('to')
  })
})

describe('GET /ikm/units/{kode}/groups', () => {
  it('gives the IKM of each respondent group beside the whole period', async () => {
    const { status, body } = await get('pengelola', '/api/v1/ikm/units/PKM01/groups')
    expect(status).toBe(200)
    expect(body).toMatchObject({ unit: 'PKM01', respondents: 1, grade: 'A' })
    expect(body.dimensions.map((d: { dimension: string }) => d.dimension))
      .toEqual(['jenis_kelamin', 'umur', 'pendidikan', 'pekerjaan'])
    const [sex, age, education, work] = body.dimensions
    expect(sex.name).toBe('Jenis kelamin')
    expect(sex.groups).toEqual([expect.objectContaining({ value: 'P', name: 'Perempuan', respondents: 1, grade: 'A',
      label: 'Sangat Baik', complete: true })])
    expect(sex.groups[0].index).toBeCloseTo((32 / 9) * 25, 10)
    expect(age.groups.map((g: { value: string }) => g.value)).toEqual(['25-34'])
    expect(education.groups.map((g: { value: string }) => g.value)).toEqual(['D4/S1'])
    expect(work.groups[0]).toMatchObject({ value: 'Swasta', name: 'Pegawai swasta' })
    const sd = await get('admin', '/api/v1/ikm/units/SD01/groups?lang=en')
    expect(sd.body.dimensions[0].name).toBe('Sex')
    expect(sd.body.dimensions[0].groups[0]).toMatchObject({ value: 'L', name: 'Male', complete: false, ikm: null })
    expect(sd.body.dimensions[1].groups[0].value).toBe('45-54')
    const later = await get('admin', '/api/v1/ikm/units/PKM01/groups?from=2026-06-01')
    expect(later.body.dimensions.every((d: { groups: unknown[] }) => d.groups.length === 0)).toBe(true)
  })
  it('keeps the access of the unit\'s IKM', async () => {
    expect((await c.pengelola_dik.get('/api/v1/ikm/units/PKM01/groups')).status).toBe(403)
    for (const who of ['atasan', 'asn', 'mitra']) {
      expect((await c[who].get('/api/v1/ikm/units/PKM01/groups')).status, who).toBe(403)
    }
    expect((await c.admin.get('/api/v1/ikm/units/NOPE/groups')).status).toBe(404)
    expect((await c.admin.get('/api/v1/ikm/units/PKM01/groups?from=2026-13-01')).status).toBe(400)
  })
})

describe('GET /ikm/units', () => {
  it('lists every unit and agency with its IKM', async () => {
    const { status, body } = await get('admin', '/api/v1/ikm/units')
    expect(status).toBe(200)
    expect(body.units.map((u: { unit: string }) => u.unit)).toEqual(['PKM01', 'SD01'])
    expect(body.units[0]).toMatchObject({ unit: 'PKM01', name: 'Puskesmas Kota', agency: 'DINKES', respondents: 1,
      grade: 'A', label: 'Sangat Baik', complete: true })
    expect(body.units[0].index).toBeCloseTo((32 / 9) * 25, 10)
    expect(body.units[1]).toMatchObject({ unit: 'SD01', respondents: 1, ikm: null, grade: null, complete: false })
    expect(body.agencies.map((a: { agency: string }) => a.agency)).toEqual(['DINKES', 'DISDIK'])
    expect(body.agencies[0]).toMatchObject({ agency: 'DINKES', name: 'Dinas Kesehatan', units: 1, respondents: 1, grade: 'A' })
  })
  it('narrows to a period and keeps pengelola_opd to its agency', async () => {
    const later = await get('auditor', '/api/v1/ikm/units?from=2026-06-01&to=2026-12-31')
    expect(later.body).toMatchObject({ from: '2026-06-01', to: '2026-12-31' })
    expect(later.body.units.every((u: { respondents: number }) => u.respondents === 0)).toBe(true)
    const own = await get('pengelola_dik', '/api/v1/ikm/units')
    expect(own.body.units.map((u: { unit: string }) => u.unit)).toEqual(['SD01'])
    expect(own.body.agencies.map((a: { agency: string }) => a.agency)).toEqual(['DISDIK'])
    const other = await c.pengelola_dik.get('/api/v1/ikm/units?agency=DINKES')
    expect(other.status).toBe(403)
    expect(await errorCode(other)).toBe('forbidden')
    expect((await get('admin', '/api/v1/ikm/units?agency=DISDIK')).body.units).toHaveLength(1)
    expect((await c.admin.get('/api/v1/ikm/units?agency=NOPE')).status).toBe(404)
    expect((await c.admin.get('/api/v1/ikm/units?from=2026-06-01&to=2026-01-01')).status).toBe(400)
    for (const who of ['atasan', 'asn', 'mitra']) expect((await c[who].get('/api/v1/ikm/units')).status, who).toBe(403)
  })
})

describe('GET /evaluations/offerings/{kode}', () => {
  it('gives every level, the verdict and what is missing', async () => {
    const { status, body } = await get('admin', '/api/v1/evaluations/offerings/ANG-KES-1')
    expect(status).toBe(200)
    expect(body).toMatchObject({ offering: 'ANG-KES-1', program: 'PRG-KES', program_name: 'Pelatihan Pelayanan Kesehatan',
      start: '2027-03-15', end: '2027-03-19', participants: 1, primary: null, verdict: 'data_kurang' })
    expect(Object.keys(body.levels).sort()).toEqual(['L1', 'L2', 'L3', 'L4'])
    for (const k of ['n', 'mean_pre', 'mean_post', 'mean_diff', 'ci_low', 'ci_high', 't', 'df', 'p', 'wilcoxon_v',
      'wilcoxon_p', 'd_z', 'gain']) expect(body.levels.L2, k).toHaveProperty(k)
    for (const k of ['before', 'after', 't', 'df', 'p', 'did', 'did_se', 'did_p']) {
      expect(body.levels.L4, k).toHaveProperty(k)
    }
    expect(body.levels.L2).toMatchObject({ n: 1, mean_pre: 55, mean_post: 80.5, mean_diff: 25.5, t: null })
    expect(body.levels.L1).toMatchObject({ respondents: 1, flagged: ['sarana'] })
    expect(body.missing.map((m: { text: string }) => m.text))
      .toContain('Pasangan pre-test dan post-test: 1 dari 5 yang diperlukan')
    expect(body.reason).toMatch(/^Data belum cukup untuk menilai program: /)
    expect(body.settings).toMatchObject({ alpha: 0.05, min_pairs: 5, min_responses: 30 })
    expect(body.windows.skm_before).toEqual(['2026-09-15', '2027-03-14'])
  })
  it('is read by auditor and pengelola_opd; lembaga_mitra only for its own programs', async () => {
    for (const who of ['auditor', 'pengelola', 'pengelola_dik']) {
      expect((await c[who].get('/api/v1/evaluations/offerings/ANG-KES-1')).status, who).toBe(200)
    }
    expect((await c.mitra.get('/api/v1/evaluations/offerings/ANG-EL-1')).status).toBe(200)
    expect((await c.mitra.get('/api/v1/evaluations/offerings/ANG-KES-1')).status).toBe(403)
    for (const who of ['atasan', 'asn']) {
      expect((await c[who].get('/api/v1/evaluations/offerings/ANG-KES-1')).status, who).toBe(403)
    }
  })
  it('is 404 for an unknown offering', async () => {
    const r = await c.admin.get('/api/v1/evaluations/offerings/NOPE')
    expect(r.status).toBe(404)
    expect(await errorCode(r)).toBe('not_found')
  })
})

describe('GET /evaluations?year=', () => {
  it('gives every offering starting in the year with counts', async () => {
    const { status, body } = await get('pengelola', '/api/v1/evaluations?year=2027')
    expect(status).toBe(200)
    expect(body.year).toBe(2027)
    expect(body.offerings.map((o: { offering: string }) => o.offering)).toEqual(['ANG-EL-1', 'ANG-KES-1'])
    expect(body.counts).toEqual({ efektif: 0, tidak_signifikan: 0, menurun: 0, data_kurang: 2 })
    expect(body.offerings[0].q).toBeNull()
  })
  it('is 400 without a valid year and 403 for roles outside the staff', async () => {
    for (const q of ['', '?year=abc', '?year=99999']) {
      const r = await c.admin.get(`/api/v1/evaluations${q}`)
      expect(r.status, q).toBe(400)
    }
    for (const who of ['atasan', 'asn', 'mitra']) {
      expect((await c[who].get('/api/v1/evaluations?year=2027')).status, who).toBe(403)
    }
  })
  it('lists the routes in the OpenAPI document with their roles', async () => {
    const doc = await (await new Client(server.base).get('/api/v1/openapi.json')).json()
    expect(doc.paths['/ikm/units/{kode}']?.get?.['x-roles']).toEqual(['admin_bkd', 'auditor', 'pengelola_opd'])
    expect(doc.paths['/evaluations/offerings/{kode}']?.get?.['x-roles'])
      .toEqual(['admin_bkd', 'auditor', 'pengelola_opd', 'lembaga_mitra'])
    expect(doc.paths['/evaluations']?.get?.['x-roles']).toEqual(['admin_bkd', 'auditor', 'pengelola_opd'])
    expect(doc.paths['/evaluations/export']?.get?.['x-roles']).toEqual(['admin_bkd', 'auditor', 'pengelola_opd'])
    expect(doc.paths['/evaluations/offerings/{kode}/export']?.get?.['x-roles'])
      .toEqual(['admin_bkd', 'auditor', 'pengelola_opd', 'lembaga_mitra'])
  })
})

/** A report download: status 200, its type and file name, the bytes. */
async function download(who: string, path: string, type: string) {
  const r = await c[who].get(path)
  const bytes = Buffer.from(await r.arrayBuffer())
  expect(r.status, bytes.toString().slice(0, 300)).toBe(200)
  expect(r.headers.get('content-type')).toContain(type)
  return { bytes, disposition: r.headers.get('content-disposition') }
}

describe('GET /evaluations/offerings/{kode}/export', () => {
  it('prints the offering report as a PDF in Indonesian with every level and what is missing', async () => {
    const { bytes, disposition } = await download('admin', '/api/v1/evaluations/offerings/ANG-KES-1/export',
      'application/pdf')
    expect(disposition).toBe('attachment; filename="evaluasi_ANG-KES-1.pdf"')
    const { text } = pdfText(bytes)
    for (const words of ['PEMERINTAH PROVINSI JAMBI', 'LAPORAN EVALUASI PROGRAM PENGEMBANGAN KOMPETENSI',
      'Pelatihan Pelayanan Kesehatan', 'ANG-KES-1', '15 Maret 2027 s.d. 19 Maret 2027', 'Putusan', 'Data kurang',
      'Data belum cukup untuk menilai program', 'Ringkasan per Level', '1 pasangan', '55,00', '80,50',
      'Pasangan pre-test dan post-test: 1 dari 5 yang diperlukan', 'perlu perhatian', 'α = 0,05',
      'Halaman 1 dari']) {
      expect(text, words).toContain(words)
    }
  })
  it('speaks English with ?lang=en', async () => {
    const { bytes } = await download('admin', '/api/v1/evaluations/offerings/ANG-KES-1/export?lang=en',
      'application/pdf')
    const { text } = pdfText(bytes)
    for (const words of ['COMPETENCY PROGRAM EVALUATION REPORT', 'Not enough data', '55.00', 'Page 1 of']) {
      expect(text, words).toContain(words)
    }
  })
  it('gives the same figures as XLSX with numbers as numbers', async () => {
    const { bytes, disposition } = await download('pengelola',
      '/api/v1/evaluations/offerings/ANG-KES-1/export?format=xlsx', 'spreadsheetml')
    expect(disposition).toBe('attachment; filename="evaluasi_ANG-KES-1.xlsx"')
    const files = unzip(bytes)
    expect(sheetNames(files)).toEqual(['Level', 'Reaksi', 'Unit layanan'])
    expect(cell(files, 1, 'A1')?.text).toBe('level')
    expect(cell(files, 1, 'A3')?.text).toBe('L2')
    expect(cell(files, 1, 'C3')).toEqual({ type: 'n', text: '55' })
    expect(cell(files, 1, 'D3')).toEqual({ type: 'n', text: '80.5' })
    expect(cell(files, 1, 'G3')).toBeUndefined() // one pair: no t-test, no p
    expect(cell(files, 1, 'B7')?.text).toBe('Data kurang')
    expect(cell(files, 2, 'A6')?.text).toBe('Sarana')
    expect(cell(files, 2, 'E6')?.text).toBe('ya')
  })
  it('follows the access of the evaluation: mitra only its own programs, employees never', async () => {
    await download('mitra', '/api/v1/evaluations/offerings/ANG-EL-1/export', 'application/pdf')
    expect((await c.mitra.get('/api/v1/evaluations/offerings/ANG-KES-1/export')).status).toBe(403)
    for (const who of ['atasan', 'asn']) {
      expect((await c[who].get('/api/v1/evaluations/offerings/ANG-KES-1/export')).status, who).toBe(403)
    }
    expect((await c.admin.get('/api/v1/evaluations/offerings/NOPE/export')).status).toBe(404)
    const r = await c.admin.get('/api/v1/evaluations/offerings/ANG-KES-1/export?format=docx')
    expect(r.status).toBe(400)
    expect((await r.json()).error.details[0].column).toBe('format')
  })
})

describe('GET /evaluations/export?year=', () => {
  it('lists every offering of the year in XLSX with its verdict and a summary sheet', async () => {
    const { bytes, disposition } = await download('auditor', '/api/v1/evaluations/export?year=2027', 'spreadsheetml')
    expect(disposition).toBe('attachment; filename="evaluasi_2027.xlsx"')
    const files = unzip(bytes)
    expect(sheetNames(files)).toEqual(['Evaluasi 2027', 'Ringkasan'])
    expect(cell(files, 1, 'A1')?.text).toBe('kode_angkatan')
    expect(cell(files, 1, 'A2')?.text).toBe('ANG-EL-1')
    expect(cell(files, 1, 'A3')?.text).toBe('ANG-KES-1')
    expect(cell(files, 1, 'A4')).toBeUndefined()
    expect(cell(files, 1, 'J3')).toEqual({ type: 'n', text: '55' }) // l2_tes_awal
    expect(cell(files, 1, 'Z3')?.text).toBe('data_kurang')
    expect(cell(files, 2, 'A5')?.text).toBe('data_kurang')
    expect(cell(files, 2, 'C5')).toEqual({ type: 'n', text: '2' })
  })
  it('prints the year as a PDF; ?review=1 keeps only the programs to review', async () => {
    const all = pdfText((await download('admin', '/api/v1/evaluations/export?year=2027&format=pdf',
      'application/pdf')).bytes).text
    for (const words of ['EVALUASI PROGRAM PENGEMBANGAN KOMPETENSI', 'ANGKATAN YANG DIMULAI TAHUN 2027',
      'Semua angkatan', 'ANG-EL-1', 'ANG-KES-1', 'q (BH)']) {
      expect(all, words).toContain(words)
    }
    const review = await download('admin', '/api/v1/evaluations/export?year=2027&format=pdf&review=1',
      'application/pdf')
    expect(review.disposition).toBe('attachment; filename="evaluasi_2027_perlu_ditinjau.pdf"')
    const text = pdfText(review.bytes).text
    expect(text).toContain('Tidak ada program yang perlu ditinjau.')
    expect(text).not.toContain('ANG-KES-1')
  })
  it('is 400 for a bad year, format or review and 403 outside the staff', async () => {
    for (const q of ['', '?year=abc', '?year=2027&format=csv', '?year=2027&review=maybe']) {
      expect((await c.admin.get(`/api/v1/evaluations/export${q}`)).status, q).toBe(400)
    }
    for (const who of ['atasan', 'asn', 'mitra']) {
      expect((await c[who].get('/api/v1/evaluations/export?year=2027')).status, who).toBe(403)
    }
  })
})

describe('GET /ikm/units/{kode}?served and /ikm/units/{kode}/export', () => {
  it('checks the sample against Krejcie–Morgan when the number served is given', async () => {
    const { body } = await get('admin', '/api/v1/ikm/units/PKM01?served=5000')
    expect(body.sample).toEqual({ served: 5000, required: 357, adequate: false })
    expect((await get('admin', '/api/v1/ikm/units/PKM01')).body.sample).toBeNull()
    for (const bad of ['0', '-3', 'banyak', '100000001']) {
      const r = await get('admin', `/api/v1/ikm/units/PKM01?served=${bad}`)
      expect(r.status, bad).toBe(400)
      expect(r.body.error.details[0].column).toBe('served')
    }
  })
  it('prints the unit\'s survey report as a PDF with every element, the grade and the sample check', async () => {
    const { bytes, disposition } = await download('admin', '/api/v1/ikm/units/PKM01/export?served=5000',
      'application/pdf')
    expect(disposition).toBe('attachment; filename="laporan_skm_PKM01.pdf"')
    const { text } = pdfText(bytes)
    for (const words of ['PEMERINTAH PROVINSI JAMBI', 'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT', 'Puskesmas Kota',
      'Jumlah responden', 'Persyaratan', 'Sarana dan Prasarana', '3,556', '88,89', 'A (Sangat Baik)',
      'minimal 357 responden untuk 5.000 orang dilayani', 'belum memadai', '2026-Q2', 'Permenpan RB Nomor 14',
      'Halaman 1 dari']) {
      expect(text, words).toContain(words)
    }
    const en = pdfText((await download('admin', '/api/v1/ikm/units/PKM01/export?lang=en', 'application/pdf')).bytes)
    for (const words of ['PUBLIC SATISFACTION SURVEY REPORT', 'Requirements', '88.89', 'Page 1 of']) {
      expect(en.text, words).toContain(words)
    }
  })
  it('gives the same figures as XLSX, numbers as numbers, for the period asked', async () => {
    const { bytes, disposition } = await download('pengelola',
      '/api/v1/ikm/units/PKM01/export?format=xlsx&from=2026-01-01&to=2026-12-31', 'spreadsheetml')
    expect(disposition).toBe('attachment; filename="laporan_skm_PKM01.xlsx"')
    const files = unzip(bytes)
    expect(sheetNames(files)).toEqual(['Ringkasan', 'Unsur', 'Triwulan'])
    expect(cell(files, 1, 'B4')?.text).toBe('Dinas Kesehatan')
    expect(cell(files, 1, 'B5')?.text).toBe('2026-01-01')
    expect(cell(files, 1, 'B7')).toEqual({ type: 'n', text: '1' })
    expect(Number(cell(files, 1, 'B9')?.text)).toBeCloseTo((32 / 9) * 25, 10)
    expect(cell(files, 1, 'B10')?.text).toBe('A')
    expect(cell(files, 2, 'A2')?.text).toBe('U1')
    expect(cell(files, 2, 'D2')).toEqual({ type: 'n', text: '4' })
    expect(Number(cell(files, 2, 'E3')?.text)).toBeCloseTo(3 / 9, 10)
    expect(cell(files, 3, 'A2')?.text).toBe('2026-Q2')
  })
  it('shows a unit without full answers as not computed', async () => {
    const { bytes } = await download('pengelola_dik', '/api/v1/ikm/units/SD01/export', 'application/pdf')
    expect(pdfText(bytes).text).toContain('Belum setiap unsur mendapat jawaban')
  })
  it('follows the access of the unit\'s IKM', async () => {
    expect((await c.pengelola.get('/api/v1/ikm/units/SD01/export')).status).toBe(403)
    for (const who of ['atasan', 'asn', 'mitra']) {
      expect((await c[who].get('/api/v1/ikm/units/PKM01/export')).status, who).toBe(403)
    }
    expect((await c.admin.get('/api/v1/ikm/units/NOPE/export')).status).toBe(404)
    expect((await c.admin.get('/api/v1/ikm/units/PKM01/export?format=doc')).status).toBe(400)
  })
})
