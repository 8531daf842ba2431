// Reaction survey in the app (issue 8, docs/delivery-api.md): the participant's form and its state, who may answer
// and when, every refusal naming its field and storing nothing, one answer per participant, anonymous by default
// (the `reaksi` row without NIP, the audit without the answer), the staff's summary with L1 figures and the
// suggestions, the evaluation reading the same rows, and the decision's inbox message inviting the answer.
//
// Imported here: PRG-RX (Lembaga Mitra Nusantara, classroom) with ANG-RX-LALU (ended) and ANG-RX-NANTI (in ten days).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { day, fails, get, importRows, ok, send } from './calls'
import { nips, startServer, type Client, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
const ended = day(-6)

const answer = (value: number | null, extra: Record<string, unknown> = {}) => ({
  relevansi: value, materi: value, pengajar: value, metode: value, sarana: value, manfaat: value, ...extra,
})

beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'auditor', 'pengelola', 'atasan', 'asn', 'asn_unlinked', 'mitra']) c[u] = await server.login(u)
  await importRows(c.admin, 'program', 'kode_program,nama,lembaga,bentuk,jp,biaya_per_peserta,kompetensi\n'
    + 'PRG-RX,Pelatihan Pelayanan Prima,Lembaga Mitra Nusantara,pelatihan_klasikal,24,1000000,M.03:1\n')
  await importRows(c.admin, 'angkatan', 'kode_angkatan,kode_program,tanggal_mulai,tanggal_selesai,kapasitas,lokasi\n'
    + `ANG-RX-LALU,PRG-RX,${day(-10)},${ended},30,Kota Jambi\n`
    + `ANG-RX-NANTI,PRG-RX,${day(10)},${day(12)},30,Kota Jambi\n`)
  for (const nip of [nips.siti, nips.budi, nips.andi]) {
    await ok(await send(c.admin, 'POST', '/offerings/ANG-RX-LALU/participants', { nip }), 201)
  }
  await ok(await send(c.admin, 'POST', '/offerings/ANG-RX-NANTI/participants', { nip: nips.siti }), 201)
})
afterAll(async () => {
  await server?.stop()
})

describe('GET /me/reactions/{kode}', () => {
  it('gives a participant the six statements on the 1–5 scale, open once the offering has ended', async () => {
    const form = await ok(await get(c.asn, '/me/reactions/ANG-RX-LALU'))
    expect(form).toMatchObject({ offering: 'ANG-RX-LALU', program_name: 'Pelatihan Pelayanan Prima',
      institution: 'Lembaga Mitra Nusantara', end: ended, opens: ended, state: 'terbuka', saran_max_chars: 2000 })
    expect(form.items.map((i: { code: string }) => i.code))
      .toEqual(['relevansi', 'materi', 'pengajar', 'metode', 'sarana', 'manfaat'])
    expect(form.items[0].answers).toHaveLength(5)
    expect(form.items[0].answers[0]).toEqual({ value: 1, label: 'Sangat tidak setuju' })
    expect(form.items[0].answers[4]).toEqual({ value: 5, label: 'Sangat setuju' })
    const en = await ok(await get(c.asn, '/me/reactions/ANG-RX-LALU?lang=en'))
    expect(en.items[0].answers[4].label).toBe('Strongly agree')
    expect(en.items[0].question).not.toBe(form.items[0].question)
    expect((await ok(await get(c.asn, '/me/reactions/ANG-RX-NANTI'))).state).toBe('belum_dibuka')
  })
  it('is refused to anyone who is not a participant', async () => {
    await fails(await get(c.asn, '/me/reactions/ANG-KES-1'), 403, 'forbidden') // has reaksi rows, not a participant
    await fails(await get(c.asn_unlinked, '/me/reactions/ANG-RX-LALU'), 403, 'forbidden')
    for (const u of ['admin', 'auditor', 'pengelola', 'mitra']) {
      await fails(await get(c[u], '/me/reactions/ANG-RX-LALU'), 403, 'forbidden')
    }
    await fails(await get(c.asn, '/me/reactions/TIDAK-ADA'), 404, 'not_found')
  })
})

describe('POST /me/reactions/{kode}', () => {
  it('refuses bad answers naming the field, before it opens, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [answer(6), 'relevansi'],
      [answer(4, { sarana: 0 }), 'sarana'],
      [answer(null), 'relevansi'],
      [answer(4, { saran: 'x'.repeat(2001) }), 'saran'],
      [answer(4, { saran: 7 }), 'saran'],
      [answer(4, { materi: 'lima' }), 'materi'],
      [answer(4, { anonim: 'ya' }), 'anonim'],
      [answer(4, { nip: nips.budi }), 'nip'],
    ]
    for (const [body, column] of cases) {
      const error = await fails(await send(c.asn, 'POST', '/me/reactions/ANG-RX-LALU', body), 400, 'invalid_argument')
      expect(error.details[0].column, JSON.stringify(body)).toBe(column)
    }
    const early = await fails(await send(c.asn, 'POST', '/me/reactions/ANG-RX-NANTI', answer(5)), 412, 'failed_precondition')
    expect(early.message).toContain('Survei reaksi dibuka pada hari terakhir pelatihan')
    await fails(await send(c.asn, 'POST', '/me/reactions/ANG-RX-LALU', answer(5), false), 403, 'forbidden')
    await fails(await send(c.admin, 'POST', '/me/reactions/ANG-RX-LALU', answer(5)), 403, 'forbidden')
    const summary = await ok(await get(c.admin, '/offerings/ANG-RX-LALU/reactions'))
    expect(summary).toMatchObject({ participants: 3, answered: 0, named: 0, anonymous: 0, suggestions: [] })
    expect(summary.reaction.mean).toBeNull()
  })
  it('stores an anonymous answer once, without the NIP and without the answer in the audit', async () => {
    const saved = await ok(await send(c.asn, 'POST', '/me/reactions/ANG-RX-LALU',
      answer(5, { pengajar: null, sarana: 2, saran: 'Tambah sesi praktik' })), 201)
    expect(saved).toMatchObject({ ok: true, anonymous: true })
    expect(saved.message).toContain('Terima kasih')
    await fails(await send(c.asn, 'POST', '/me/reactions/ANG-RX-LALU', answer(1)), 409, 'conflict')
    expect((await ok(await get(c.asn, '/me/reactions/ANG-RX-LALU'))).state).toBe('terkirim')
    const rows = (await ok(await get(c.admin, '/data/reaksi?q=ANG-RX-LALU'))).items
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ kode_angkatan: 'ANG-RX-LALU', relevansi: 5, pengajar: null, sarana: 2,
      saran: 'Tambah sesi praktik' })
    expect(rows[0].nip ?? '').toBe('')
    const audit = (await ok(await get(c.auditor, '/audit?limit=50'))).entries
      .find((e: { action: string }) => e.action === 'reaction.submit')
    expect(audit).toMatchObject({ username: 'asn', entity: 'reaksi', entity_key: 'ANG-RX-LALU' })
    expect(JSON.stringify(audit)).not.toContain(nips.siti)
    expect(JSON.stringify(audit)).not.toContain('praktik')
  })
  it('stores the NIP when the participant chooses to answer by name', async () => {
    await ok(await send(c.atasan, 'POST', '/me/reactions/ANG-RX-LALU',
      answer(3, { anonim: false, saran: 'Materi terlalu padat' })), 201)
    const rows = (await ok(await get(c.admin, `/data/reaksi?q=${nips.budi}`))).items
      .filter((r: { kode_angkatan: string }) => r.kode_angkatan === 'ANG-RX-LALU')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ nip: nips.budi, relevansi: 3, saran: 'Materi terlalu padat' })
  })
  it('shows the state of every class in /me/courses', async () => {
    const items = (await ok(await get(c.asn, '/me/courses'))).items
    const state = Object.fromEntries(items.map((i: { offering: string, reaction: string }) => [i.offering, i.reaction]))
    expect(state).toMatchObject({ 'ANG-RX-LALU': 'terkirim', 'ANG-RX-NANTI': 'belum_dibuka' })
  })
})

describe('GET /offerings/{kode}/reactions', () => {
  it('sums every answer for the staff with L1 figures and the suggestions sorted', async () => {
    const s = await ok(await get(c.admin, '/offerings/ANG-RX-LALU/reactions'))
    expect(s).toMatchObject({ offering: 'ANG-RX-LALU', participants: 3, answered: 2, named: 1, anonymous: 1,
      suggestions: ['Materi terlalu padat', 'Tambah sesi praktik'] })
    expect(s.response_rate).toBeCloseTo(2 / 3, 10)
    const item = Object.fromEntries(s.reaction.items.map((i: { code: string }) => [i.code, i]))
    expect(item.relevansi).toMatchObject({ answered: 2, mean: 4, share_high: 0.5, flagged: false })
    expect(item.pengajar).toMatchObject({ answered: 1, mean: 3, share_high: 0, flagged: true })
    expect(item.sarana).toMatchObject({ answered: 2, mean: 2.5, flagged: true })
    expect(s.reaction.respondents).toBe(2)
    expect(s.reaction.mean).toBeCloseTo((5 * 4 + 2 + 3 * 6) / 11, 10)
    const l1 = (await ok(await get(c.admin, '/evaluations/offerings/ANG-RX-LALU'))).levels.L1
    expect(l1.respondents).toBe(2)
  })
  it('is read by the staff and the offering\'s partner only', async () => {
    for (const u of ['auditor', 'pengelola', 'mitra']) {
      expect((await get(c[u], '/offerings/ANG-RX-LALU/reactions')).status, u).toBe(200)
    }
    await fails(await get(c.mitra, '/offerings/ANG-KES-1/reactions'), 403, 'forbidden')
    for (const u of ['asn', 'atasan']) await fails(await get(c[u], '/offerings/ANG-RX-LALU/reactions'), 403, 'forbidden')
    await fails(await get(c.admin, '/offerings/TIDAK-ADA/reactions'), 404, 'not_found')
  })
})

describe('the decision', () => {
  it('invites the participant to answer in the inbox', async () => {
    await ok(await send(c.mitra, 'POST', '/offerings/ANG-RX-LALU/attendance', { date: day(-8), present: [nips.siti] }))
    await ok(await send(c.mitra, 'POST', '/offerings/ANG-RX-LALU/decisions', { entries: [{ nip: nips.siti }] }))
    const inbox = (await ok(await get(c.asn, '/inbox'))).items
    const note = inbox.find((n: { type: string, title: string }) => n.type === 'course_decided' && n.title.includes('ANG-RX-LALU'))
    expect(note?.title).toContain('Mohon isi survei reaksi')
  })
})

describe('POST /offerings/{kode}/reactions/remind', () => {
  it('reminds only the participants whose survey is open and unanswered, once a day', async () => {
    for (const u of ['pengelola', 'auditor', 'asn']) {
      await fails(await send(c[u], 'POST', '/offerings/ANG-RX-LALU/reactions/remind'), 403, 'forbidden')
    }
    await fails(await send(c.mitra, 'POST', '/offerings/ANG-KES-1/reactions/remind'), 403, 'forbidden')
    // Siti and Budi answered; Andi has not (he has no account, so nobody's inbox gets it, but he is counted)
    expect(await ok(await send(c.mitra, 'POST', '/offerings/ANG-RX-LALU/reactions/remind'))).toEqual({ reminded: 1 })
    const again = await fails(await send(c.admin, 'POST', '/offerings/ANG-RX-LALU/reactions/remind'), 409, 'conflict')
    expect(again.message).toContain('kurang dari sehari')
    for (const u of ['asn', 'atasan']) {
      const inbox = (await ok(await get(c[u], '/inbox'))).items
      expect(inbox.filter((n: { type: string }) => n.type === 'reaction_reminder'), u).toEqual([])
    }
    // ANG-RX-NANTI has not ended: Siti's survey is not open yet, so nobody is reminded
    expect(await ok(await send(c.admin, 'POST', '/offerings/ANG-RX-NANTI/reactions/remind'))).toEqual({ reminded: 0 })
    const audit = (await ok(await get(c.auditor, '/audit?limit=50'))).entries
      .find((e: { action: string }) => e.action === 'reaction.remind')
    expect(audit).toMatchObject({ entity: 'reaksi', entity_key: 'ANG-RX-NANTI' })
  })
})
