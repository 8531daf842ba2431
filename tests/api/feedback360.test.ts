// 360 campaigns run in the app (issue 8, docs/feedback-api.md): starting one inside the L3 window with its
// refusals, who is asked (self, supervisor, peers, subordinates from nip_atasan) and told in the inbox, the rater's
// list, form and answer with every refusal naming its field and storing nothing, the answer stored as ordinary
// umpan_balik_360 rows with only a keyed hash of the rater, and the results once closed: peers hidden below three
// raters, "others" without them, the staff's view per participant by role.
//
// Imported here: three more of Budi's staff (Rina, Joko, Maya) and PRG-FB (Lembaga Mitra Nusantara, M.03 and
// T.KES.02) with ANG-FB-NANTI (in twenty days), ANG-FB-LALU (ended 120 days ago) and ANG-FB-JAUH (ended 400 days ago).
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { day, fails, get, importRows, ok, send } from './calls'
import { backend, nips, password, psql, startServer, type Client, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
const staff = { rina: '199101012020012004', joko: '199202022020011005', maya: '199303032021012006' }
const start = day(20)
let before = 0 // the sebelum campaign of ANG-FB-NANTI

/** Runs SQL straight on the server's database (to let time pass); the rows as lines. */
function sql(text: string): string[] {
  if (backend === 'postgresql') return psql(text, server.db).split('\n').filter(Boolean)
  const r = spawnSync('sqlite3', [server.db, text], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(r.stderr)
  return r.stdout.split('\n').filter(Boolean)
}

const scores = (m03: number | null, tkes: number | null) => ({ scores: { 'M.03': m03, 'T.KES.02': tkes } })

beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'auditor', 'pengelola', 'pengelola_dik', 'atasan', 'asn', 'mitra']) {
    c[u] = await server.login(u)
  }
  await importRows(c.admin, 'pegawai', 'nip,nama,kode_jabatan,kode_opd,kode_unit,nip_atasan,status\n'
    + `${staff.rina},Rina Marlina,KES-PERAWAT,DINKES,PKM01,${nips.budi},pns\n`
    + `${staff.joko},Joko Susilo,KES-PERAWAT,DINKES,PKM01,${nips.budi},pns\n`
    + `${staff.maya},Maya Sari,KES-PERAWAT,DINKES,PKM01,${nips.budi},pns\n`)
  for (const [username, nip] of [['andi', nips.andi], ['rina', staff.rina]]) {
    await ok(await send(c.admin, 'POST', '/users', { username, password, role: 'asn', agency_code: 'DINKES', nip,
      display_name: username }), 201)
    c[username] = await server.login(username)
  }
  await importRows(c.admin, 'program', 'kode_program,nama,lembaga,bentuk,jp,biaya_per_peserta,kompetensi\n'
    + 'PRG-FB,Pelatihan Kerja Sama Layanan,Lembaga Mitra Nusantara,pelatihan_klasikal,24,1000000,M.03:1;T.KES.02:1\n')
  await importRows(c.admin, 'angkatan', 'kode_angkatan,kode_program,tanggal_mulai,tanggal_selesai,kapasitas,lokasi\n'
    + `ANG-FB-NANTI,PRG-FB,${start},${day(22)},30,Kota Jambi\n`
    + `ANG-FB-LALU,PRG-FB,${day(-125)},${day(-120)},30,Kota Jambi\n`
    + `ANG-FB-JAUH,PRG-FB,${day(-405)},${day(-400)},30,Kota Jambi\n`)
  for (const nip of [nips.siti, nips.budi]) {
    await ok(await send(c.admin, 'POST', '/offerings/ANG-FB-NANTI/participants', { nip }), 201)
  }
  await ok(await send(c.admin, 'POST', '/offerings/ANG-FB-JAUH/participants', { nip: nips.siti }), 201)
})
afterAll(async () => {
  await server?.stop()
})

describe('POST /offerings/{kode}/feedback-campaigns', () => {
  it('refuses other roles, bad fields naming them, and dates outside the window', async () => {
    for (const u of ['auditor', 'pengelola', 'mitra', 'asn', 'atasan']) {
      await fails(await send(c[u], 'POST', '/offerings/ANG-FB-NANTI/feedback-campaigns', { phase: 'sebelum' }), 403,
        'forbidden')
    }
    const cases: [unknown, string][] = [
      [{ phase: 'selama' }, 'phase'],
      [{}, 'phase'],
      [{ phase: 'sebelum', opens: '20-01-2026' }, 'opens'],
      [{ phase: 'sebelum', closes: 5 }, 'closes'],
      [{ phase: 'sebelum', closes: day(21) }, 'closes'], // after the start
      [{ phase: 'sebelum', opens: day(-200) }, 'opens'], // before the 180 days
      [{ phase: 'sebelum', opens: day(10), closes: day(5) }, 'closes'],
      [{ phase: 'sebelum', opens: day(-10), closes: day(-2) }, 'closes'], // already over
      [{ phase: 'sebelum', nip: nips.siti }, 'nip'],
    ]
    for (const [body, column] of cases) {
      const error = await fails(await send(c.admin, 'POST', '/offerings/ANG-FB-NANTI/feedback-campaigns', body), 400,
        'invalid_argument')
      expect(error.details[0].column, JSON.stringify(body)).toBe(column)
    }
    const past = await fails(await send(c.admin, 'POST', '/offerings/ANG-FB-JAUH/feedback-campaigns',
      { phase: 'sesudah' }), 412, 'failed_precondition')
    expect(past.message).toContain('sudah lewat')
    await fails(await send(c.admin, 'POST', '/offerings/ANG-FB-LALU/feedback-campaigns', { phase: 'sesudah' }), 412,
      'failed_precondition') // nobody to ask yet
    await fails(await send(c.admin, 'POST', '/offerings/TIDAK-ADA/feedback-campaigns', { phase: 'sebelum' }), 404,
      'not_found')
    expect((await ok(await get(c.admin, '/offerings/ANG-FB-NANTI/feedback-campaigns'))).items).toEqual([])
  })

  it('asks self, supervisor, peers and subordinates from nip_atasan, and tells each rater once', async () => {
    const list = await ok(await get(c.admin, '/offerings/ANG-FB-NANTI/feedback-campaigns'))
    expect(list.window.sebelum).toEqual({ from: day(20 - 180), to: day(19) })
    const made = await ok(await send(c.admin, 'POST', '/offerings/ANG-FB-NANTI/feedback-campaigns',
      { phase: 'sebelum' }), 201)
    before = made.id
    // Siti: herself, Budi, four peers; Budi: himself and his five staff (no supervisor recorded, so no peers)
    expect(made).toMatchObject({ offering: 'ANG-FB-NANTI', program_name: 'Pelatihan Kerja Sama Layanan',
      phase: 'sebelum', opens: day(0), closes: day(19), state: 'terbuka', invited: 12, answered: 0 })
    expect(made.groups).toEqual([
      { relationship: 'atasan', invited: 1, answered: 0 },
      { relationship: 'rekan', invited: 4, answered: 0 },
      { relationship: 'bawahan', invited: 5, answered: 0 },
      { relationship: 'mandiri', invited: 2, answered: 0 },
    ])
    await fails(await send(c.admin, 'POST', '/offerings/ANG-FB-NANTI/feedback-campaigns', { phase: 'sebelum' }), 409,
      'conflict')
    const audit = (await ok(await get(c.auditor, '/audit?limit=50'))).entries
      .find((e: { action: string }) => e.action === 'feedback.campaign')
    expect(audit).toMatchObject({ entity: 'kampanye_360', entity_key: 'ANG-FB-NANTI/sebelum' })
    const inbox = (await ok(await get(c.asn, '/inbox'))).items
      .filter((n: { type: string }) => n.type === 'feedback_requested')
    expect(inbox).toHaveLength(1) // one message although Siti rates two people
    expect(inbox[0].title).toContain('2 orang')
    for (const u of ['auditor', 'pengelola', 'mitra']) {
      expect((await ok(await get(c[u], '/offerings/ANG-FB-NANTI/feedback-campaigns'))).items).toHaveLength(1)
    }
  })

  it('takes the dates given inside the window', async () => {
    await fails(await send(c.admin, 'POST', '/offerings/ANG-FB-JAUH/feedback-campaigns', { phase: 'sebelum' }), 412,
      'failed_precondition') // the window of ANG-FB-JAUH is long over
    await ok(await send(c.admin, 'POST', '/offerings/ANG-FB-LALU/participants', { nip: nips.andi }), 201)
    const made = await ok(await send(c.admin, 'POST', '/offerings/ANG-FB-LALU/feedback-campaigns',
      { phase: 'sesudah', opens: day(5), closes: day(40) }), 201)
    expect(made).toMatchObject({ opens: day(5), closes: day(40), state: 'belum_dibuka' })
  })
})

describe('the rater: /me/feedback', () => {
  it('lists what the caller is asked to rate, open ones first', async () => {
    const mine = (await ok(await get(c.asn, '/me/feedback'))).items
    expect(mine.map((t: { rated: { nip: string }, relationship: string, state: string }) =>
      [t.rated.nip, t.relationship, t.state])).toEqual([
      [nips.budi, 'bawahan', 'terbuka'],
      [nips.siti, 'mandiri', 'terbuka'],
      [nips.andi, 'rekan', 'belum_dibuka'], // ANG-FB-LALU's sesudah campaign: Andi is her peer
    ])
    expect(mine[0]).toMatchObject({ campaign: before, offering: 'ANG-FB-NANTI', phase: 'sebelum', answered: false,
      rated: { nip: nips.budi, name: 'Budi Santoso' } })
    const andi = (await ok(await get(c.andi, '/me/feedback'))).items
    expect(andi.map((t: { state: string }) => t.state)).toEqual(['terbuka', 'terbuka', 'belum_dibuka'])
  })

  it('gives the form with the program competencies and the 1–5 scale in both languages', async () => {
    const form = await ok(await get(c.asn, `/me/feedback/${before}/${nips.budi}`))
    expect(form).toMatchObject({ campaign: before, relationship: 'bawahan', answered: false, state: 'terbuka',
      rated: { nip: nips.budi, name: 'Budi Santoso' } })
    expect(form.question).toContain('Budi Santoso')
    expect(form.competencies).toEqual([{ code: 'M.03', name: 'Kerja Sama' },
      { code: 'T.KES.02', name: 'Pelayanan Kesehatan Dasar' }])
    expect(form.scale[0]).toEqual({ value: 1, label: 'Sangat kurang' })
    expect(form.scale[4]).toEqual({ value: 5, label: 'Sangat baik' })
    const en = await ok(await get(c.asn, `/me/feedback/${before}/${nips.budi}?lang=en`))
    expect(en.scale[4].label).toBe('Very good')
    expect(en.question).toContain('How well does Budi Santoso')
    await fails(await get(c.asn, `/me/feedback/${before}/${nips.andi}`), 403, 'forbidden')
    await fails(await get(c.asn, `/me/feedback/999999/${nips.budi}`), 404, 'not_found')
    await fails(await get(c.asn, `/me/feedback/abc/${nips.budi}`), 404, 'not_found')
    await fails(await get(c.admin, `/me/feedback/${before}/${nips.budi}`), 403, 'forbidden')
  })

  it('refuses bad answers naming the field, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [{}, 'scores'],
      [{ scores: [4] }, 'scores'],
      [scores(null, null), 'scores'],
      [scores(6, 4), 'M.03'],
      [scores(4, 0), 'T.KES.02'],
      [{ scores: { 'M.03': 'baik' } }, 'M.03'],
      [{ scores: { 'M.03': 3.5 } }, 'M.03'],
      [{ scores: { 'M.03': 4, 'X.99': 3 } }, 'X.99'],
      [{ ...scores(4, 4), saran: 'x' }, 'saran'],
    ]
    for (const [body, column] of cases) {
      const error = await fails(await send(c.asn, 'POST', `/me/feedback/${before}/${nips.budi}`, body), 400,
        'invalid_argument')
      expect(error.details[0].column, JSON.stringify(body)).toBe(column)
    }
    await fails(await send(c.asn, 'POST', `/me/feedback/${before}/${nips.andi}`, scores(4, 4)), 403, 'forbidden')
    const late = (await ok(await get(c.andi, '/me/feedback'))).items
      .find((t: { state: string }) => t.state === 'belum_dibuka')
    const early = await fails(await send(c.andi, 'POST', `/me/feedback/${late.campaign}/${nips.andi}`, scores(4, 4)),
      412, 'failed_precondition')
    expect(early.message).toContain('dibuka pada')
    expect((await ok(await get(c.admin, `/data/umpan_balik_360?q=${nips.budi}`))).items
      .filter((r: { tanggal: string }) => r.tanggal === day(0))).toEqual([])
  })

  it('stores the answer once as umpan_balik_360 rows with only a keyed hash of the rater', async () => {
    const saved = await ok(await send(c.asn, 'POST', `/me/feedback/${before}/${nips.budi}`, scores(4, null)), 201)
    expect(saved.ok).toBe(true)
    expect(saved.message).toContain('Terima kasih')
    await fails(await send(c.asn, 'POST', `/me/feedback/${before}/${nips.budi}`, scores(1, 1)), 409, 'conflict')
    const rows = (await ok(await get(c.admin, `/data/umpan_balik_360?q=${nips.budi}`))).items
      .filter((r: { tanggal: string }) => r.tanggal === day(0))
    expect(rows).toHaveLength(1) // T.KES.02 left out: "tidak dapat menilai"
    expect(rows[0]).toMatchObject({ nip_dinilai: nips.budi, hubungan: 'bawahan', kode_kompetensi: 'M.03', skor: 4 })
    expect(rows[0].penilai_hash).toMatch(/^[0-9a-f]{16,}$/)
    expect(JSON.stringify(rows)).not.toContain(nips.siti)
    const audit = (await ok(await get(c.auditor, '/audit?limit=50'))).entries
      .find((e: { action: string }) => e.action === 'feedback.submit')
    expect(audit).toMatchObject({ username: 'asn', entity: 'undangan_360', entity_key: `${before}/${nips.budi}` })
    expect(JSON.stringify(audit)).not.toContain('"4"')
    const mine = (await ok(await get(c.asn, '/me/feedback'))).items
    expect(mine.map((t: { answered: boolean }) => t.answered)).toEqual([false, true, false]) // open and unanswered first
    const campaign = await ok(await get(c.admin, `/feedback-campaigns/${before}`))
    expect(campaign.answered).toBe(1)
    expect(campaign.groups[2]).toEqual({ relationship: 'bawahan', invited: 5, answered: 1 })
    expect(campaign.results).toBeNull() // not closed yet
  })
})

describe('POST /feedback-campaigns/{id}/remind', () => {
  it('reminds each rater who still has someone to rate, once a day, while the campaign is open', async () => {
    await fails(await send(c.auditor, 'POST', `/feedback-campaigns/${before}/remind`), 403, 'forbidden')
    // Siti (herself), Budi (Siti, himself) and the four staff (Siti as peers, Budi as subordinates); Siti's answer
    // for Budi is in, her self-rating is not
    expect(await ok(await send(c.admin, 'POST', `/feedback-campaigns/${before}/remind`))).toEqual({ reminded: 6 })
    const again = await fails(await send(c.admin, 'POST', `/feedback-campaigns/${before}/remind`), 409, 'conflict')
    expect(again.message).toContain('kurang dari sehari')
    const note = (await ok(await get(c.asn, '/inbox'))).items
      .find((n: { type: string }) => n.type === 'feedback_reminder')
    expect(note.title).toContain('Pengingat')
    expect(note.title).toContain('1 orang')
    const lalu = (await ok(await get(c.admin, '/offerings/ANG-FB-LALU/feedback-campaigns'))).items[0]
    await fails(await send(c.admin, 'POST', `/feedback-campaigns/${lalu.id}/remind`), 412, 'failed_precondition')
    await fails(await send(c.admin, 'POST', '/feedback-campaigns/999999/remind'), 404, 'not_found')
  })
})

describe('results once closed', () => {
  it('hide a group of fewer than three peers from the person rated and leave it out of "others"', async () => {
    // Siti: herself 3/2, Budi 4/4, peers Andi and Rina (two: hidden); Budi: subordinates Siti (above), Andi, Rina
    await ok(await send(c.asn, 'POST', `/me/feedback/${before}/${nips.siti}`, scores(3, 2)), 201)
    await ok(await send(c.atasan, 'POST', `/me/feedback/${before}/${nips.siti}`, scores(4, 4)), 201)
    await ok(await send(c.andi, 'POST', `/me/feedback/${before}/${nips.siti}`, scores(1, 1)), 201)
    await ok(await send(c.rina, 'POST', `/me/feedback/${before}/${nips.siti}`, scores(2, 2)), 201)
    await ok(await send(c.andi, 'POST', `/me/feedback/${before}/${nips.budi}`, scores(5, 5)), 201)
    await ok(await send(c.rina, 'POST', `/me/feedback/${before}/${nips.budi}`, scores(3, 3)), 201)
    expect((await ok(await get(c.asn, '/me/feedback-results'))).items[0].results).toBeNull()
    // let the campaign end: it closed yesterday, the answers were given the day before
    sql(`UPDATE kampanye_360 SET dibuka = '${day(-5)}', ditutup = '${day(-1)}' WHERE id = ${before}`)
    sql(`UPDATE umpan_balik_360 SET tanggal = '${day(-2)}' WHERE tanggal = '${day(0)}'`)

    const mine = (await ok(await get(c.asn, '/me/feedback-results'))).items
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ id: before, state: 'ditutup', phase: 'sebelum' })
    const m03 = mine[0].results.competencies[0]
    expect(m03.code).toBe('M.03')
    expect(m03.groups).toEqual({
      atasan: { raters: 1, mean: 4, hidden: false },
      rekan: { raters: 2, mean: null, hidden: true },
      bawahan: { raters: 0, mean: null, hidden: false },
      mandiri: { raters: 1, mean: 3, hidden: false },
    })
    expect(m03.others).toBe(4) // Budi only: the peers' 1 and 2 stay hidden
    const budi = (await ok(await get(c.atasan, '/me/feedback-results'))).items[0].results.competencies
    expect(budi[0].groups.bawahan).toEqual({ raters: 3, mean: 4, hidden: false }) // (4 + 5 + 3) / 3
    expect(budi[1].groups.bawahan).toEqual({ raters: 2, mean: null, hidden: true }) // Siti left T.KES.02 out
    expect(budi[1].others).toBeNull()
  })

  it('show the staff the pooled results, and names only to those entitled', async () => {
    const admin = await ok(await get(c.admin, `/feedback-campaigns/${before}`))
    expect(admin.state).toBe('ditutup')
    expect(admin.answered).toBe(7)
    const m03 = admin.results.competencies[0]
    expect(m03.groups.rekan).toEqual({ raters: 0, mean: null, hidden: false }) // Siti's hidden peers stay out
    expect(m03.groups.bawahan).toEqual({ raters: 3, mean: 4, hidden: false })
    expect(m03.groups.atasan).toEqual({ raters: 1, mean: 4, hidden: false })
    expect(admin.participants.map((p: { name: string, invited: number, answered: number }) =>
      [p.name, p.invited, p.answered])).toEqual([['Budi Santoso', 6, 3], ['Siti Aminah', 6, 4]])
    expect(admin.participants[1].competencies[0].groups.rekan.hidden).toBe(true)
    expect((await ok(await get(c.auditor, `/feedback-campaigns/${before}`))).participants).toHaveLength(2)
    expect((await ok(await get(c.pengelola, `/feedback-campaigns/${before}`))).participants).toHaveLength(2)
    const partner = await ok(await get(c.mitra, `/feedback-campaigns/${before}`))
    expect(partner.participants).toEqual([])
    expect(partner.results.competencies[0].groups.bawahan.mean).toBe(4)
    expect((await ok(await get(c.pengelola_dik, `/feedback-campaigns/${before}`))).participants).toEqual([])
    await fails(await get(c.asn, `/feedback-campaigns/${before}`), 403, 'forbidden')
    await fails(await get(c.admin, '/feedback-campaigns/999999'), 404, 'not_found')
    await fails(await send(c.rina, 'POST', `/me/feedback/${before}/${nips.budi}`, scores(4, 4)), 409, 'conflict')
    await fails(await send(c.atasan, 'POST', `/me/feedback/${before}/${nips.budi}`, scores(4, 4)), 412,
      'failed_precondition') // Budi's own rating, never given: closed
  })

  it('feed the evaluation: the answers are the offering participants\' umpan_balik_360 rows', async () => {
    const rows = (await ok(await get(c.admin, `/data/umpan_balik_360?q=${nips.siti}`))).items
      .filter((r: { tanggal: string }) => r.tanggal === day(-2))
    expect(rows.map((r: { hubungan: string }) => r.hubungan).sort())
      .toEqual(['atasan', 'atasan', 'mandiri', 'mandiri', 'rekan', 'rekan', 'rekan', 'rekan'])
    // the class's participants count for the evaluation although neither has a test, a reaction or a JP credit yet
    const evaluation = await ok(await get(c.admin, '/evaluations/offerings/ANG-FB-NANTI'))
    expect(evaluation.participants).toBe(2)
  })
})

describe('PATCH /feedback-campaigns/{id} and POST /feedback-campaigns/{id}/close', () => {
  // ANG-FB-LALU ended 120 days ago: its sesudah window runs from about day −29 to about day 63; its campaign was
  // set to open on day 5 and close on day 40 above.
  let lalu = 0
  it('moves the days of a campaign not yet closed, refusing bad ones by their field', async () => {
    lalu = (await ok(await get(c.admin, '/offerings/ANG-FB-LALU/feedback-campaigns'))).items[0].id
    for (const u of ['auditor', 'pengelola', 'asn', 'mitra']) {
      await fails(await send(c[u], 'PATCH', `/feedback-campaigns/${lalu}`, { closes: day(45) }), 403, 'forbidden')
    }
    await fails(await send(c.admin, 'PATCH', '/feedback-campaigns/999999', { closes: day(45) }), 404, 'not_found')
    const cases: [Record<string, unknown>, string][] = [
      [{ opens: '2026-02-30' }, 'opens'],
      [{ tutup: day(45) }, 'tutup'],
      [{ opens: day(-3) }, 'opens'], // the past
      [{ closes: day(-3) }, 'closes'],
      [{ closes: day(3) }, 'closes'], // before the first day (day 5)
      [{ closes: day(90) }, 'closes'], // after the window
    ]
    for (const [body, column] of cases) {
      const error = await fails(await send(c.admin, 'PATCH', `/feedback-campaigns/${lalu}`, body), 400,
        'invalid_argument')
      expect(error.details[0].column, JSON.stringify(body)).toBe(column)
    }
    const moved = await ok(await send(c.admin, 'PATCH', `/feedback-campaigns/${lalu}`,
      { opens: day(3), closes: day(45) }))
    expect(moved).toMatchObject({ id: lalu, opens: day(3), closes: day(45), state: 'belum_dibuka' })
    const audit = (await ok(await get(c.auditor, '/audit?limit=50'))).entries
      .find((e: { action: string }) => e.action === 'feedback.dates')
    expect(audit).toMatchObject({ entity: 'kampanye_360', entity_key: String(lalu),
      before: { opens: day(5), closes: day(40) }, after: { opens: day(3), closes: day(45) } })
  })
  it('keeps the first day of an open campaign, closes it now on request, and then changes nothing', async () => {
    sql(`UPDATE kampanye_360 SET dibuka = '${day(-3)}' WHERE id = ${lalu}`) // it opened three days ago
    const error = await fails(await send(c.admin, 'PATCH', `/feedback-campaigns/${lalu}`, { opens: day(2) }), 400,
      'invalid_argument')
    expect(error.details[0].column).toBe('opens')
    expect(await ok(await send(c.admin, 'PATCH', `/feedback-campaigns/${lalu}`, { closes: day(30) })))
      .toMatchObject({ opens: day(-3), closes: day(30), state: 'terbuka' })

    // Andi rates himself today, then the campaign is closed: today's answer stays in its results
    await ok(await send(c.andi, 'POST', `/me/feedback/${lalu}/${nips.andi}`, scores(4, 5)), 201)
    await fails(await send(c.auditor, 'POST', `/feedback-campaigns/${lalu}/close`), 403, 'forbidden')
    const closed = await ok(await send(c.admin, 'POST', `/feedback-campaigns/${lalu}/close`))
    expect(closed).toMatchObject({ id: lalu, opens: day(-3), state: 'ditutup' })
    expect([day(-1), day(0)]).toContain(closed.closes) // yesterday in Jambi (WIB)
    const detail = await ok(await get(c.admin, `/feedback-campaigns/${lalu}`))
    expect(detail.results).not.toBeNull() // results show once closed
    const andi = detail.participants.find((p: { nip: string }) => p.nip === nips.andi)
    expect(andi.answered).toBe(1)
    expect(andi.competencies.map((k: { groups: { mandiri: { mean: number } } }) => k.groups.mandiri.mean))
      .toEqual([4, 5])
    await fails(await send(c.admin, 'POST', `/feedback-campaigns/${lalu}/close`), 412, 'failed_precondition')
    await fails(await send(c.admin, 'PATCH', `/feedback-campaigns/${lalu}`, { closes: day(30) }), 412,
      'failed_precondition')
    expect((await ok(await get(c.auditor, '/audit?limit=50'))).entries
      .find((e: { action: string }) => e.action === 'feedback.close')).toMatchObject({ entity_key: String(lalu) })
  })
})
