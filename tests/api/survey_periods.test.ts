// SKM survey periods per unit (issue 8, docs/survey-periods-api.md): who reads and changes a unit's periods, every
// bad input named by its field, overlaps refused naming the other period, the public page closed outside every period
// (saying when the next opens) and open inside one, an answer refused on a closed day storing nothing, each period's
// IKM from the answers dated in it with the Krejcie–Morgan check, changes and deletions audited, answers kept.
//
// PKM01 (DINKES) starts without periods and with one fixture answer dated 2026-05-02; SD01 belongs to DISDIK.
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { day, fails, get, ok, send } from './calls'
import { backend, Client, psql, startServer, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
const anonymous = () => new Client(server.base)
const all = (v: number) => Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, v]))
const ids: Record<string, number> = {}

function answer(unit: string, body: unknown) {
  return fetch(`${server.base}/api/v1/public/survey/${unit}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  })
}

function sql(text: string): string[] {
  if (backend === 'postgresql') return psql(text, server.db).split('\n').filter(Boolean)
  const r = spawnSync('sqlite3', [server.db, text], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(r.stderr)
  return r.stdout.split('\n').filter(Boolean)
}
const answers = (unit: string) => Number(sql(`SELECT COUNT(*) FROM skm WHERE kode_unit = '${unit}'`)[0])
const publicPage = async (unit: string) => (await anonymous().get(`/api/v1/public/survey/${unit}`)).json()
const periods = async (who = 'admin', unit = 'PKM01') => ok(await get(c[who], `/ikm/units/${unit}/periods`))

beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'auditor', 'pengelola', 'pengelola_dik', 'asn', 'mitra']) c[u] = await server.login(u)
})
afterAll(async () => {
  await server?.stop()
})

describe('a unit without periods', () => {
  it('takes answers every day, and its (empty) periods are read by the staff of its agency', async () => {
    const body = await periods()
    expect(body).toMatchObject({ unit: 'PKM01', name: 'Puskesmas Kota', agency: 'DINKES', open: true, can_edit: true,
      periods: [] })
    expect(body.today).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect((await periods('pengelola')).can_edit).toBe(true)
    expect((await periods('auditor')).can_edit).toBe(false)
    await fails(await get(c.pengelola_dik, '/ikm/units/PKM01/periods'), 403, 'forbidden')
    for (const u of ['asn', 'mitra']) await fails(await get(c[u], '/ikm/units/PKM01/periods'), 403, 'forbidden')
    await fails(await get(c.admin, '/ikm/units/NOPE/periods'), 404, 'not_found')
    expect(await publicPage('PKM01')).toMatchObject({ open: true, period: null, next: null })
  })
})

describe('POST /ikm/units/{kode}/periods', () => {
  const past = { nama: 'Tahun lalu', dari: day(-400), sampai: day(-300) }

  it('refuses other roles and another agency, naming the field of every bad input, storing nothing', async () => {
    for (const u of ['auditor', 'asn', 'mitra', 'pengelola_dik']) {
      await fails(await send(c[u], 'POST', '/ikm/units/PKM01/periods', past), 403, 'forbidden')
    }
    await fails(await send(c.admin, 'POST', '/ikm/units/NOPE/periods', past), 404, 'not_found')
    const cases: [Record<string, unknown>, string][] = [
      [{ ...past, nama: '   ' }, 'nama'],
      [{ ...past, nama: 'x'.repeat(101) }, 'nama'],
      [{ ...past, dari: '2027-02-30' }, 'dari'],
      [{ ...past, sampai: undefined }, 'sampai'],
      [{ ...past, sampai: day(-401) }, 'sampai'],
      [{ nama: 'Terlalu panjang', dari: '2025-01-01', sampai: '2026-01-02' }, 'sampai'],
      [{ ...past, served: 0 }, 'served'],
      [{ ...past, served: 100_000_001 }, 'served'],
      [{ ...past, target: 5 }, 'target'],
    ]
    for (const [body, column] of cases) {
      const error = await fails(await send(c.admin, 'POST', '/ikm/units/PKM01/periods', body), 400, 'invalid_argument')
      expect(error.details[0].column, JSON.stringify(body)).toBe(column)
    }
    expect((await periods()).periods).toEqual([])
  })
  it('closes the public page outside every period and refuses an answer there, storing nothing', async () => {
    const made = await ok(await send(c.pengelola, 'POST', '/ikm/units/PKM01/periods', past), 201)
    ids.past = made.period.id
    expect(made.period).toEqual({ id: ids.past, unit: 'PKM01', nama: 'Tahun lalu', dari: past.dari,
      sampai: past.sampai, served: null, state: 'selesai' })
    expect(await publicPage('PKM01')).toMatchObject({ open: false, period: null, next: null })
    const before = answers('PKM01')
    const r = await answer('PKM01', all(4))
    expect(r.status).toBe(412)
    const error = (await r.json()).error
    expect(error.code).toBe('failed_precondition')
    expect(error.message).toMatch(/ditutup.*Belum ada periode berikutnya/)
    expect(answers('PKM01')).toBe(before)
    // another unit is not concerned
    expect((await publicPage('SD01')).open).toBe(true)
  })
  it('names the next period when one is planned, in the asked language', async () => {
    const made = await ok(await send(c.admin, 'POST', '/ikm/units/PKM01/periods',
      { nama: 'Periode mendatang', dari: day(30), sampai: day(120) }), 201)
    ids.next = made.period.id
    expect(made.period.state).toBe('akan_datang')
    expect(await publicPage('PKM01')).toMatchObject({ open: false, period: null,
      next: { nama: 'Periode mendatang', dari: day(30), sampai: day(120) } })
    const r = await fetch(`${server.base}/api/v1/public/survey/PKM01?lang=en`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(all(4)) })
    expect(r.status).toBe(412)
    expect((await r.json()).error.message).toMatch(/closed\. Next period: Periode mendatang, /)
  })
  it('refuses a period sharing a day with another, naming it', async () => {
    const error = await fails(await send(c.admin, 'POST', '/ikm/units/PKM01/periods',
      { nama: 'Tumpang', dari: day(120), sampai: day(130) }), 409, 'conflict')
    expect(error.message).toContain("'Periode mendatang'")
    expect((await periods()).periods).toHaveLength(2)
  })
  it('opens the page inside a running period, counts its answers and checks the sample', async () => {
    const made = await ok(await send(c.admin, 'POST', '/ikm/units/PKM01/periods',
      { nama: 'Periode berjalan', dari: day(-10), sampai: day(10), served: 100 }), 201)
    ids.now = made.period.id
    expect(made.period).toMatchObject({ state: 'berjalan', served: 100 })
    expect(await publicPage('PKM01')).toMatchObject({ open: true, next: null,
      period: { nama: 'Periode berjalan', dari: day(-10), sampai: day(10) } })
    expect((await answer('PKM01', all(4))).status).toBe(201)
    const body = await periods()
    expect(body.open).toBe(true)
    expect(body.periods.map((p: { nama: string }) => p.nama)).toEqual(['Tahun lalu', 'Periode berjalan',
      'Periode mendatang'])
    const running = body.periods[1]
    expect(running).toMatchObject({ respondents: 1, ikm: 4, index: 100, grade: 'A', complete: true,
      sample: { served: 100, required: 80, adequate: false } })
    expect(body.periods[0]).toMatchObject({ respondents: 0, ikm: null, sample: null })
  })
})

describe('PUT and DELETE /ikm/units/{kode}/periods/{id}', () => {
  it('changes a period in place, never into another, and audits before and after', async () => {
    const changed = await ok(await send(c.admin, 'PUT', `/ikm/units/PKM01/periods/${ids.next}`,
      { nama: 'Semester depan', dari: day(31), sampai: day(150), served: 5000 }))
    expect(changed.period).toMatchObject({ id: ids.next, nama: 'Semester depan', served: 5000, state: 'akan_datang' })
    await fails(await send(c.admin, 'PUT', `/ikm/units/PKM01/periods/${ids.next}`,
      { nama: 'Semester depan', dari: day(5), sampai: day(150) }), 409, 'conflict')
    await fails(await send(c.admin, 'PUT', `/ikm/units/SD01/periods/${ids.next}`,
      { nama: 'x', dari: day(31), sampai: day(150) }), 404, 'not_found')
    await fails(await send(c.admin, 'PUT', '/ikm/units/PKM01/periods/999999',
      { nama: 'x', dari: day(300), sampai: day(310) }), 404, 'not_found')
    await fails(await send(c.pengelola_dik, 'PUT', `/ikm/units/PKM01/periods/${ids.next}`,
      { nama: 'x', dari: day(31), sampai: day(150) }), 403, 'forbidden')
    const entry = (await ok(await get(c.auditor, '/audit?limit=50'))).entries
      .find((e: { action: string, entity_key: string }) => e.action === 'skm.period' && e.entity_key === `PKM01/${ids.next}`
        && e.before)
    expect(entry.before).toMatchObject({ nama: 'Periode mendatang' })
    expect(entry.after).toMatchObject({ nama: 'Semester depan' })
  })
  it('deletes a period and keeps every answer', async () => {
    const before = answers('PKM01')
    await fails(await send(c.admin, 'DELETE', `/ikm/units/SD01/periods/${ids.now}`), 404, 'not_found')
    expect(await ok(await send(c.pengelola, 'DELETE', `/ikm/units/PKM01/periods/${ids.now}`))).toEqual({ ok: true })
    await fails(await send(c.admin, 'DELETE', `/ikm/units/PKM01/periods/${ids.now}`), 404, 'not_found')
    expect(answers('PKM01')).toBe(before)
    expect(await publicPage('PKM01')).toMatchObject({ open: false, next: { nama: 'Semester depan' } })
    for (const id of [ids.past, ids.next]) await ok(await send(c.admin, 'DELETE', `/ikm/units/PKM01/periods/${id}`))
    expect(await publicPage('PKM01')).toMatchObject({ open: true, period: null, next: null })
    const ikm = await ok(await get(c.admin, '/ikm/units/PKM01'))
    expect(ikm.respondents).toBe(before)
  })
})
