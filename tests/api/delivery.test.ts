// Delivery API (issue 7, docs/delivery-api.md): offerings by role, enrolment (seats, scope, clashes, inbox), the
// plan's participants once a plan is approved, withdrawals, the roll of a day, decisions (all or nothing, reasons,
// certificate, JP credited to riwayat_jp), the certificate as JSON and PDF by who may read it, the employee's own
// classes, and the public check of a number with its typo detection and rate limit.
//
// Fixtures (tests/api/fixtures) plus, imported here: PRG-KELAS (Lembaga Mitra Nusantara, classroom, 24 JP) with
// ANG-LALU (ended a week ago, 2 seats) and ANG-NANTI (in three weeks); ANG-SAMA of PRG-KES (BPSDM Provinsi) at the
// same time as ANG-LALU; ANG-EL-LALU of PRG-EL (e-learning, ended).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { day, fails, get, importRows, ok, send, waitJob } from './calls'
import { pdfText } from './files'
import { Client, nips, startServer, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
let certificate = ''

/** The check symbol of a certificate number (docs/delivery-api.md), computed independently of the server. */
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
function withCheck(year: string, seven: string): string {
  let sum = 0
  let weight = 1
  for (const ch of year + seven) {
    sum = (sum + weight * crockford.indexOf(ch)) % 32 // digits are their own value in the alphabet
    weight = (weight + 2) % 32
  }
  const symbols = seven + crockford[sum]
  return `BKM-${year}-${symbols.slice(0, 4)}-${symbols.slice(4)}`
}

beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'auditor', 'pengelola', 'pengelola_dik', 'atasan', 'asn', 'mitra']) {
    c[u] = await server.login(u)
  }
  await importRows(c.admin, 'program', 'kode_program,nama,lembaga,bentuk,jp,biaya_per_peserta,kompetensi\n'
    + 'PRG-KELAS,Pelatihan Komunikasi Pelayanan,Lembaga Mitra Nusantara,pelatihan_klasikal,24,1000000,M.03:1\n')
  await importRows(c.admin, 'angkatan', 'kode_angkatan,kode_program,tanggal_mulai,tanggal_selesai,kapasitas,lokasi\n'
    + `ANG-LALU,PRG-KELAS,${day(-10)},${day(-6)},2,Kota Jambi\n`
    + `ANG-SAMA,PRG-KES,${day(-8)},${day(-7)},30,Kupang\n`
    + `ANG-NANTI,PRG-KELAS,${day(20)},${day(22)},30,Kota Jambi\n`
    + `ANG-EL-LALU,PRG-EL,${day(-30)},${day(-2)},0,\n`)
})
afterAll(async () => {
  await server?.stop()
})

describe('GET /offerings and /offerings/{kode}', () => {
  it('is for the staff and the partners, not for employees or strangers', async () => {
    for (const u of ['asn', 'atasan']) await fails(await get(c[u], '/offerings'), 403, 'forbidden')
    expect((await new Client(server.base).get('/api/v1/offerings')).status).toBe(401)
  })
  it('shows a partner its own institution only', async () => {
    const all = await ok(await get(c.admin, '/offerings'))
    const codes = all.items.map((o: { offering: string }) => o.offering)
    expect(codes).toEqual(expect.arrayContaining(['ANG-KES-1', 'ANG-EL-1', 'ANG-LALU', 'ANG-SAMA', 'ANG-NANTI']))
    const mine = await ok(await get(c.mitra, '/offerings'))
    expect(mine.items.map((o: { offering: string }) => o.offering).sort())
      .toEqual(['ANG-EL-1', 'ANG-EL-LALU', 'ANG-LALU', 'ANG-NANTI'])
    await fails(await get(c.mitra, '/offerings/ANG-KES-1'), 403, 'forbidden')
    await fails(await get(c.admin, '/offerings/NOPE'), 404, 'not_found')
  })
  it('filters by year and text and sorts by start date', async () => {
    const y2027 = await ok(await get(c.admin, '/offerings?year=2027'))
    expect(y2027.items.map((o: { offering: string }) => o.offering)).toEqual(['ANG-KES-1', 'ANG-EL-1'])
    const q = await ok(await get(c.auditor, '/offerings?q=komunikasi'))
    expect(q.items.map((o: { offering: string }) => o.offering)).toEqual(['ANG-LALU', 'ANG-NANTI'])
    expect(q.items[0]).toMatchObject({ program: 'PRG-KELAS', institution: 'Lembaga Mitra Nusantara', jp: 24,
      form: 'pelatihan_klasikal', attendance_required: true, capacity: 2, enrolled: 0 })
    await fails(await get(c.admin, '/offerings?year=dua'), 400, 'invalid_argument')
  })
  it('says what the caller may do', async () => {
    const admin = (await ok(await get(c.admin, '/offerings/ANG-LALU'))).offering
    expect(admin).toMatchObject({ ended: true, min_attendance_percent: 80, min_score: 60,
      can: { enroll: true, attend: true, decide: true, tests: true } })
    expect((await ok(await get(c.mitra, '/offerings/ANG-LALU'))).offering.can)
      .toEqual({ enroll: false, attend: true, decide: true, tests: true })
    expect((await ok(await get(c.pengelola, '/offerings/ANG-LALU'))).offering.can)
      .toEqual({ enroll: true, attend: false, decide: false, tests: false })
    expect((await ok(await get(c.mitra, '/offerings/ANG-EL-LALU'))).offering.can.attend).toBe(false)
    expect((await ok(await get(c.admin, '/offerings/ANG-NANTI'))).offering.ended).toBe(false)
  })
})

describe('enrolment', () => {
  it('enrols within the agency, the seats and the calendar, and tells the employee', async () => {
    const added = await ok(await send(c.pengelola, 'POST', '/offerings/ANG-LALU/participants', { nip: nips.siti }), 201)
    expect(added.participant).toMatchObject({ nip: nips.siti, name: 'Siti Aminah', agency: 'DINKES', source: 'manual',
      status: 'terdaftar', certificate: null })
    await fails(await send(c.pengelola, 'POST', '/offerings/ANG-LALU/participants', { nip: nips.dewi }), 403, 'forbidden')
    await ok(await send(c.admin, 'POST', '/offerings/ANG-LALU/participants', { nip: nips.dewi }), 201)
    const full = await fails(await send(c.admin, 'POST', '/offerings/ANG-LALU/participants', { nip: nips.andi }), 409, 'conflict')
    expect(full.message).toContain('sisa 0 dari 2 kursi')
    await ok(await send(c.admin, 'POST', '/offerings/ANG-NANTI/participants', { nip: nips.siti }), 201) // another time
    await fails(await send(c.admin, 'POST', '/offerings/ANG-NANTI/participants', { nip: nips.siti }), 409, 'conflict')
    const clash = await fails(await send(c.admin, 'POST', '/offerings/ANG-SAMA/participants', { nip: nips.siti }), 409, 'conflict')
    expect(clash.message).toContain('ANG-LALU')
    const unknown = await fails(await send(c.admin, 'POST', '/offerings/ANG-LALU/participants', { nip: '199912312022011009' }), 404, 'not_found')
    expect(unknown.details[0].column).toBe('nip')
    await fails(await send(c.admin, 'POST', '/offerings/ANG-LALU/participants', {}), 400, 'invalid_argument')
    await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/participants', { nip: nips.andi }), 403, 'forbidden')
    await fails(await send(c.admin, 'POST', '/offerings/ANG-LALU/participants', { nip: nips.andi }, false), 403, 'forbidden')
    const inbox = await ok(await get(c.asn, '/inbox'))
    const note = inbox.items.find((n: { type: string }) => n.type === 'course_enrolled')
    expect(note?.title).toContain('Pelatihan Komunikasi Pelayanan')
  })
  it('lists each agency its own participants', async () => {
    const admin = await ok(await get(c.admin, '/offerings/ANG-LALU/participants'))
    expect(admin.items.map((p: { nip: string }) => p.nip)).toEqual([nips.siti, nips.dewi]) // DINKES before DISDIK
    const kes = await ok(await get(c.pengelola, '/offerings/ANG-LALU/participants'))
    expect(kes.items.map((p: { nip: string }) => p.nip)).toEqual([nips.siti])
    const dik = await ok(await get(c.pengelola_dik, '/offerings/ANG-LALU/participants'))
    expect(dik.items.map((p: { nip: string }) => p.nip)).toEqual([nips.dewi])
    expect((await ok(await get(c.admin, '/offerings?q=ANG-LALU'))).items[0].enrolled).toBe(2)
  })
  it('withdraws an undecided participant, in scope', async () => {
    await fails(await send(c.pengelola, 'DELETE', `/offerings/ANG-LALU/participants/${nips.dewi}`), 403, 'forbidden')
    expect((await send(c.pengelola_dik, 'DELETE', `/offerings/ANG-LALU/participants/${nips.dewi}`)).status).toBe(204)
    await fails(await send(c.admin, 'DELETE', `/offerings/ANG-LALU/participants/${nips.dewi}`), 404, 'not_found')
    await ok(await send(c.admin, 'POST', '/offerings/ANG-LALU/participants', { nip: nips.andi }), 201)
  })
})

describe('POST /offerings/{kode}/attendance', () => {
  it('takes the roll of a day in the period and not after today', async () => {
    await fails(await send(c.pengelola, 'POST', '/offerings/ANG-LALU/attendance', { date: day(-10), present: [] }), 403, 'forbidden')
    for (const date of [day(-11), day(-5), 'kemarin']) {
      const e = await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/attendance', { date, present: [] }), 400, 'invalid_argument')
      expect(e.details[0].column).toBe('date')
    }
    const future = await fails(await send(c.admin, 'POST', '/offerings/ANG-NANTI/attendance', { date: day(20), present: [] }), 400, 'invalid_argument')
    expect(future.message).toContain('Tanggal harus di antara')
    const stranger = await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/attendance', { date: day(-10), present: [nips.dewi] }), 400, 'invalid_argument')
    expect(stranger.details[0].column).toBe('present')
    await fails(await send(c.mitra, 'POST', '/offerings/ANG-EL-LALU/attendance', { date: day(-10), present: [] }), 412, 'failed_precondition')
    await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/attendance', { date: day(-10) }), 400, 'invalid_argument')

    expect(await ok(await send(c.mitra, 'POST', '/offerings/ANG-LALU/attendance', { date: day(-10), present: [nips.siti, nips.andi] })))
      .toEqual({ date: day(-10), present: 2, absent: 0 })
    expect(await ok(await send(c.mitra, 'POST', '/offerings/ANG-LALU/attendance', { date: day(-9), present: [nips.siti] })))
      .toEqual({ date: day(-9), present: 1, absent: 1 })
    const rows = await ok(await get(c.admin, '/offerings/ANG-LALU/participants'))
    const siti = rows.items.find((p: { nip: string }) => p.nip === nips.siti)
    expect(siti.attendance).toEqual({ present: 2, days: 2, rate: 1, dates: [day(-10), day(-9)] })
    const andi = rows.items.find((p: { nip: string }) => p.nip === nips.andi)
    expect(andi.attendance).toMatchObject({ present: 1, days: 2, rate: 0.5 })
    expect((await ok(await get(c.admin, '/offerings/ANG-LALU'))).offering.days).toEqual([day(-10), day(-9)])
  })
})

describe('GET /offerings/{kode}/attendance-sheet', () => {
  it('prints the roll where it was taken and boxes to sign on the other days', async () => {
    const r = await get(c.mitra, '/offerings/ANG-LALU/attendance-sheet')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('application/pdf')
    expect(r.headers.get('content-disposition')).toContain('daftar_hadir_ANG-LALU.pdf')
    const { text } = pdfText(Buffer.from(await r.arrayBuffer()))
    for (const words of ['DAFTAR HADIR PESERTA', 'ANG-LALU', 'Siti Aminah', 'Andi Wijaya', nips.siti, 'Tidak hadir',
      'Panitia penyelenggara']) {
      expect(text, words).toContain(words)
    }
    const en = pdfText(Buffer.from(await (await get(c.admin, '/offerings/ANG-LALU/attendance-sheet?lang=en')).arrayBuffer()))
    expect(en.text).toContain("PARTICIPANTS' ATTENDANCE SHEET")
    expect(en.text).toContain('Absent')
  })
  it('shows an agency\'s manager its own participants only, and refuses where there is no roll', async () => {
    const dik = pdfText(Buffer.from(await (await get(c.pengelola_dik, '/offerings/ANG-LALU/attendance-sheet')).arrayBuffer()))
    expect(dik.text).toContain('DISDIK')
    expect(dik.text).not.toContain('Siti Aminah')
    await fails(await get(c.admin, '/offerings/ANG-EL-LALU/attendance-sheet'), 412, 'failed_precondition')
    await fails(await get(c.mitra, '/offerings/ANG-KES-1/attendance-sheet'), 403, 'forbidden')
    await fails(await get(c.asn, '/offerings/ANG-LALU/attendance-sheet'), 403, 'forbidden')
    await fails(await get(c.admin, '/offerings/TIDAK-ADA/attendance-sheet'), 404, 'not_found')
  })
})

describe('POST /offerings/{kode}/decisions', () => {
  it('refuses before the end, foreign callers and bad entries, storing nothing', async () => {
    await fails(await send(c.admin, 'POST', '/offerings/ANG-NANTI/decisions', { entries: [{ nip: nips.siti }] }), 412, 'failed_precondition')
    await fails(await send(c.pengelola, 'POST', '/offerings/ANG-LALU/decisions', { entries: [{ nip: nips.siti }] }), 403, 'forbidden')
    const score = await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/decisions',
      { entries: [{ nip: nips.siti, score: 90 }, { nip: nips.andi, score: 120 }] }), 400, 'invalid_argument')
    expect(score.details[0]).toMatchObject({ row: 2, column: 'score' })
    const stranger = await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/decisions',
      { entries: [{ nip: nips.siti }, { nip: nips.dewi }] }), 400, 'invalid_argument')
    expect(stranger.details[0]).toMatchObject({ row: 2, column: 'nip' })
    await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/decisions', { entries: [{ nip: nips.siti, score: 'A' }] }), 400, 'invalid_argument')
    const rows = await ok(await get(c.admin, '/offerings/ANG-LALU/participants'))
    expect(rows.items.every((p: { status: string }) => p.status === 'terdaftar')).toBe(true)
  })
  it('decides by attendance and score, issues the certificate and credits the JP', async () => {
    const decided = await ok(await send(c.mitra, 'POST', '/offerings/ANG-LALU/decisions',
      { entries: [{ nip: nips.siti, score: 90 }, { nip: nips.andi }] }))
    const [siti, andi] = decided.items
    expect(siti).toMatchObject({ nip: nips.siti, status: 'lulus',
      reason: 'Kehadiran 2 dari 2 hari (100%) memenuhi batas 80%; nilai 90 memenuhi batas 60.' })
    expect(siti.certificate).toMatch(/^BKM-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(andi).toMatchObject({ nip: nips.andi, status: 'tidak_lulus', certificate: null,
      reason: 'Kehadiran 1 dari 2 hari (50%) di bawah batas 80%.' })
    certificate = siti.certificate
    const inbox = await ok(await get(c.asn, '/inbox'))
    const told = inbox.items.find((n: { type: string }) => n.type === 'course_decided')
    expect(told?.title).toContain(`dinyatakan LULUS; sertifikat ${certificate}`)
    await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/decisions', { entries: [{ nip: nips.siti }] }), 409, 'conflict')
    await fails(await send(c.admin, 'DELETE', `/offerings/ANG-LALU/participants/${nips.siti}`), 409, 'conflict')
    await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/attendance', { date: day(-8), present: [nips.siti] }), 400, 'invalid_argument')

    const history = await ok(await get(c.admin, `/data/riwayat_jp?q=${nips.siti}&limit=500`))
    const credited = history.items.find((r: { nomor_sertifikat: string }) => r.nomor_sertifikat === certificate)
    expect(credited).toMatchObject({ nip: nips.siti, nama_kegiatan: 'Pelatihan Komunikasi Pelayanan', jp: 24,
      tanggal_mulai: day(-10), tanggal_selesai: day(-6), penyelenggara: 'Lembaga Mitra Nusantara' })
    const en = await ok(await get(c.admin, '/offerings/ANG-LALU/participants?lang=en'))
    expect(en.items.find((p: { nip: string }) => p.nip === nips.andi).reason).toBe('Attendance 1 of 2 days (50%) is below the minimum of 80%.')
    expect((await ok(await get(c.admin, '/offerings?q=ANG-LALU'))).items[0]).toMatchObject({ enrolled: 2, passed: 1, failed: 1 })
  })
  it('decides e-learning on the score alone', async () => {
    await ok(await send(c.admin, 'POST', '/offerings/ANG-EL-LALU/participants', { nip: nips.budi }), 201)
    const d = await ok(await send(c.mitra, 'POST', '/offerings/ANG-EL-LALU/decisions', { entries: [{ nip: nips.budi, score: 55 }] }))
    expect(d.items[0]).toMatchObject({ status: 'tidak_lulus', reason: 'Nilai 55 di bawah batas 60.', certificate: null })
  })
})

describe('POST /offerings/{kode}/tests', () => {
  it('saves pre and post scores of participants, all or nothing, and the evaluation reads them', async () => {
    await fails(await send(c.pengelola, 'POST', '/offerings/ANG-LALU/tests', { kind: 'pre', scores: [] }), 403, 'forbidden')
    await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/tests', { kind: 'mid', scores: [] }), 400, 'invalid_argument')
    const range = await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/tests',
      { kind: 'pre', scores: [{ nip: nips.siti, score: 60 }, { nip: nips.andi, score: 101 }] }), 400, 'invalid_argument')
    expect(range.details[0]).toMatchObject({ row: 2, column: 'score' })
    const stranger = await fails(await send(c.mitra, 'POST', '/offerings/ANG-LALU/tests',
      { kind: 'pre', scores: [{ nip: nips.dewi, score: 50 }] }), 400, 'invalid_argument')
    expect(stranger.details[0]).toMatchObject({ row: 1, column: 'nip' })
    let rows = await ok(await get(c.admin, '/offerings/ANG-LALU/participants'))
    expect(rows.items.every((p: { tests: { pre: number | null } }) => p.tests.pre === null)).toBe(true)

    expect(await ok(await send(c.mitra, 'POST', '/offerings/ANG-LALU/tests',
      { kind: 'pre', scores: [{ nip: nips.siti, score: 60 }, { nip: nips.andi, score: 55.5 }] })))
      .toEqual({ kind: 'pre', saved: 2 })
    await ok(await send(c.admin, 'POST', '/offerings/ANG-LALU/tests', { kind: 'post', scores: [{ nip: nips.siti, score: 85 }] }))
    await ok(await send(c.admin, 'POST', '/offerings/ANG-LALU/tests', { kind: 'post', scores: [{ nip: nips.siti, score: 88 }] }))
    rows = await ok(await get(c.admin, '/offerings/ANG-LALU/participants'))
    const by = (nip: string) => rows.items.find((p: { nip: string }) => p.nip === nip).tests
    expect(by(nips.siti)).toEqual({ pre: 60, post: 88 })
    expect(by(nips.andi)).toEqual({ pre: 55.5, post: null })
    expect((await ok(await get(c.admin, '/offerings/ANG-LALU'))).offering.can.tests).toBe(true)
    expect((await ok(await get(c.pengelola, '/offerings/ANG-LALU'))).offering.can.tests).toBe(false)
    const evaluation = await ok(await get(c.admin, '/evaluations/offerings/ANG-LALU'))
    expect(evaluation.levels.L2).toMatchObject({ n: 1, mean_pre: 60, mean_post: 88 })
  })
})

describe('GET /offerings/{kode}/siasn', () => {
  it('gives the passed participants in the fields SIASN takes, as CSV and JSON, within scope', async () => {
    const csv = await get(c.mitra, '/offerings/ANG-LALU/siasn')
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toContain('siasn_kursus_ANG-LALU.csv')
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    expect(lines[0]).toBe('nip,nama,nama_kursus,institusi_penyelenggara,jumlah_jam,tanggal_mulai,tanggal_selesai,tahun,nomor_sertifikat')
    expect(lines).toHaveLength(2) // Andi did not pass
    expect(lines[1]).toContain(`${nips.siti},Siti Aminah,Pelatihan Komunikasi Pelayanan,Lembaga Mitra Nusantara,24,${day(-10)},${day(-6)}`)
    expect(lines[1]).toContain(certificate)
    const json = await ok(await get(c.admin, '/offerings/ANG-LALU/siasn?format=json'))
    expect(json.items).toEqual([{ nip: nips.siti, nama: 'Siti Aminah', namaKursus: 'Pelatihan Komunikasi Pelayanan',
      institusiPenyelenggara: 'Lembaga Mitra Nusantara', jumlahJam: 24, tanggalKursus: day(-10),
      tanggalSelesaiKursus: day(-6), tahunKursus: Number(day(-6).slice(0, 4)), nomorSertipikat: certificate }])
    const dik = await ok(await get(c.pengelola_dik, '/offerings/ANG-LALU/siasn?format=json'))
    expect(dik.items).toEqual([])
    await fails(await get(c.asn, '/offerings/ANG-LALU/siasn'), 403, 'forbidden')
    await fails(await get(c.admin, '/offerings/ANG-LALU/siasn?format=xml'), 400, 'invalid_argument')
  })
})

describe('certificates', () => {
  it('is read by the holder and those entitled only', async () => {
    const mine = await ok(await get(c.asn, `/certificates/${certificate}`))
    expect(mine.certificate).toMatchObject({ number: certificate, nip: nips.siti, name: 'Siti Aminah', agency: 'DINKES',
      agency_name: 'Dinas Kesehatan', program_name: 'Pelatihan Komunikasi Pelayanan', institution: 'Lembaga Mitra Nusantara', jp: 24 })
    for (const u of ['admin', 'auditor', 'pengelola', 'mitra']) expect((await get(c[u], `/certificates/${certificate}`)).status, u).toBe(200)
    for (const u of ['atasan', 'pengelola_dik']) await fails(await get(c[u], `/certificates/${certificate}`), 403, 'forbidden')
    await fails(await get(c.admin, '/certificates/BKM-2026-0000-0000'), 404, 'not_found')
  })
  it('downloads as a one-page PDF that says what was completed and where to check it', async () => {
    const r = await get(c.asn, `/certificates/${certificate}/pdf`)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('application/pdf')
    expect(r.headers.get('content-disposition')).toContain(`sertifikat_${certificate}.pdf`)
    const bytes = Buffer.from(await r.arrayBuffer())
    const { text: raw, pages } = pdfText(bytes)
    expect(pages).toBe(1)
    const text = raw.replace(/\s+/g, ' ')
    for (const expected of ['SERTIFIKAT', `Nomor: ${certificate}`, 'Siti Aminah', 'NIP 19900101 201903 2 002',
      'Dinas Kesehatan', 'dinyatakan LULUS', 'Pelatihan Komunikasi Pelayanan', 'Lembaga Mitra Nusantara',
      'selama 24 jam pelajaran (JP)', `/verifikasi/${certificate}`, 'Halaman 1 dari 1']) {
      expect(text).toContain(expected)
    }
    await fails(await get(c.atasan, `/certificates/${certificate}/pdf`), 403, 'forbidden')
  })
  it('lists the employee her classes and certificates', async () => {
    const mine = await ok(await get(c.asn, '/me/courses'))
    const lalu = mine.items.find((i: { offering: string }) => i.offering === 'ANG-LALU')
    expect(lalu).toMatchObject({ program_name: 'Pelatihan Komunikasi Pelayanan', status: 'lulus', score: 90, certificate,
      attendance: { present: 2, days: 2 } })
    expect(mine.items.map((i: { offering: string }) => i.offering)).toEqual(['ANG-NANTI', 'ANG-LALU']) // newest first
    expect((await ok(await get(c.admin, '/me/courses'))).items).toEqual([])
  })
})

describe('GET /verify/{nomor} (public)', () => {
  const anonymous = () => new Client(server.base)
  it('says a genuine number is genuine, with only part of the NIP', async () => {
    const body = await ok(await get(anonymous(), `/verify/${certificate}`))
    expect(body).toMatchObject({ valid: true, number: certificate, name: 'Siti Aminah', nip: '1990**** ****** * 002',
      program_name: 'Pelatihan Komunikasi Pelayanan', institution: 'Lembaga Mitra Nusantara', jp: 24 })
    const typed = certificate.toLowerCase().replace(/-/g, ' ')
    expect((await ok(await get(anonymous(), `/verify/${encodeURIComponent(typed)}`))).number).toBe(certificate)
  })
  it('tells a typo from a number nobody issued', async () => {
    const year = certificate.slice(4, 8)
    const seven = certificate.slice(9, 13) + certificate.slice(14, 17)
    const other = seven[0] === 'Z' ? 'Y' + seven.slice(1) : 'Z' + seven.slice(1)
    await fails(await get(anonymous(), `/verify/${withCheck(year, other)}`), 404, 'not_found')
    const last = certificate.at(-1) === '0' ? '1' : '0'
    const typo = await fails(await get(anonymous(), `/verify/${certificate.slice(0, -1)}${last}`), 400, 'invalid_argument')
    expect(typo.message).toContain('periksa kembali')
    await fails(await get(anonymous(), '/verify/bukan-nomor'), 400, 'invalid_argument')
  })
  it('limits checks per source', async () => {
    let last = 0
    for (let i = 0; i < 70 && last !== 429; i++) last = (await get(anonymous(), `/verify/${certificate}`)).status
    expect(last).toBe(429)
  })
})

describe('POST /offerings/{kode}/participants/from-plan', () => {
  it('enrols the approved plan of the offering year, in scope', async () => {
    await fails(await send(c.admin, 'POST', '/offerings/ANG-KES-1/participants/from-plan', {}), 412, 'failed_precondition')
    const started = await ok(await send(c.admin, 'POST', '/plans/generate', { year: 2027 }), 202)
    const job = await waitJob(c.admin, started.job.id)
    expect(job.state, JSON.stringify(job)).toBe('succeeded')
    const plan = (typeof job.result === 'string' ? JSON.parse(job.result) : job.result).plan_id
    const rows = await ok(await get(c.admin, `/plans/${plan}/assignments?offering=ANG-KES-1&limit=500`))
    await ok(await send(c.admin, 'POST', `/plans/${plan}/submit`, {}))
    await fails(await send(c.admin, 'POST', '/offerings/ANG-KES-1/participants/from-plan', {}), 412, 'failed_precondition')
    await ok(await send(c.admin, 'POST', `/plans/${plan}/approve`, {}))
    const planned = rows.items.map((r: { nip: string }) => r.nip).sort()
    const kesPlanned = rows.items.filter((r: { agency: string }) => r.agency === 'DINKES').length
    expect(kesPlanned).toBeGreaterThan(0)
    // DISDIK has no row of this offering in the plan: nothing to take for its pengelola
    await fails(await send(c.pengelola_dik, 'POST', '/offerings/ANG-KES-1/participants/from-plan', {}), 412, 'failed_precondition')
    const kes = await ok(await send(c.pengelola, 'POST', '/offerings/ANG-KES-1/participants/from-plan', {}))
    expect(kes).toEqual({ added: kesPlanned, already: 0, plans: [plan] })
    const all = await ok(await send(c.admin, 'POST', '/offerings/ANG-KES-1/participants/from-plan', {}))
    expect(all).toEqual({ added: planned.length - kesPlanned, already: kesPlanned, plans: [plan] })
    const enrolled = await ok(await get(c.admin, '/offerings/ANG-KES-1/participants'))
    expect(enrolled.items.map((p: { nip: string }) => p.nip).sort()).toEqual(planned)
    expect(enrolled.items.every((p: { source: string }) => p.source === 'rencana')).toBe(true)
  })
})
