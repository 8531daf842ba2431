// Settings (docs/settings-api.md): every key with its effective values and defaults, read by admin_bkd and auditor
// only, changed by admin_bkd only; a change merged over the current values and checked by the area's own parser
// (unknown field, wrong type, out-of-range value named by its field, nothing stored), then used by the area (the
// evaluation report's settings, the SKM poster's public address), reset to defaults, and audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fails, get, ok, send } from './calls'
import { pdfText } from './files'
import { startServer, type Client, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}

beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'auditor', 'pengelola', 'asn', 'mitra']) c[u] = await server.login(u)
})
afterAll(async () => {
  await server?.stop()
})

describe('GET /settings', () => {
  it('lists every key with its defaults, nothing stored yet, for admin and auditor only', async () => {
    const body = await ok(await get(c.admin, '/settings'))
    expect(body.settings.map((s: { key: string }) => s.key)).toEqual(['document', 'evaluation', 'delivery',
      'analysis', 'plan'])
    for (const s of body.settings) {
      expect(s.stored, s.key).toBe(false)
      expect(s.values, s.key).toEqual(s.defaults)
      expect(s.updated_by).toBeNull()
      expect(s.title).toBeTruthy()
    }
    const byKey = Object.fromEntries(body.settings.map((s: { key: string }) => [s.key, s]))
    expect(byKey.document.values).toMatchObject({ government: 'Pemerintah Provinsi Jambi', ppk_name: '', public_url: '' })
    expect(byKey.evaluation.values).toMatchObject({ alpha: 0.05, min_pairs: 5, flagged_raise_factor: 0.5 })
    expect(byKey.delivery.values).toEqual({ min_attendance_percent: 80, min_score: 60 })
    expect(byKey.analysis.values).toMatchObject({ jp_target: 20, source_order: ['asesmen', 'atasan', 'rekan', 'mandiri'] })
    expect(byKey.plan.values).toEqual({ jp_cap: 160, shortfall_penalty: 0.2 })
    // the fields the area keeps whole, found from the area itself (a decimal default stays out, so does one whose
    // default happens to be whole but takes fractions)
    expect(byKey.evaluation.whole_numbers).toEqual(expect.arrayContaining(['min_pairs', 'min_responses']))
    expect(byKey.evaluation.whole_numbers).not.toContain('alpha')
    expect(byKey.analysis.whole_numbers).toEqual(expect.arrayContaining(['window_years', 'jp_target',
      'predikat_score.baik']))
    expect(byKey.analysis.whole_numbers).not.toContain('potential_high')
    expect(byKey.plan.whole_numbers).toEqual(['jp_cap'])
    expect((await ok(await get(c.auditor, '/settings'))).settings).toHaveLength(5)
    for (const u of ['pengelola', 'asn', 'mitra']) await fails(await get(c[u], '/settings'), 403, 'forbidden')
    const en = await ok(await get(c.admin, '/settings/delivery?lang=en'))
    expect(en.setting.title).toBe('Passing a class')
    await fails(await get(c.admin, '/settings/nope'), 404, 'not_found')
  })
})

describe('PUT /settings/{key}', () => {
  it('refuses other roles, and names the field of an unknown, mistyped or refused value, storing nothing', async () => {
    for (const u of ['auditor', 'pengelola', 'asn']) {
      await fails(await send(c[u], 'PUT', '/settings/delivery', { min_score: 70 }), 403, 'forbidden')
    }
    await fails(await send(c.admin, 'PUT', '/settings/nope', { x: 1 }), 404, 'not_found')
    const cases: [string, Record<string, unknown>, string][] = [
      ['delivery', { min_skor: 70 }, 'min_skor'],
      ['delivery', { min_score: '70' }, 'min_score'],
      ['evaluation', { alpha: 1.5 }, 'alpha'],
      ['evaluation', { min_pairs: 5.5 }, 'min_pairs'],
      ['analysis', { predikat_score: { baik: 80.5 } }, 'predikat_score.baik'],
      ['evaluation', { skm_after_to_months: 2 }, 'skm_after_to_months'],
      ['document', { ppk_name: 7 }, 'ppk_name'],
      ['analysis', { source_order: ['asesmen', 'asesmen', 'rekan', 'mandiri'] }, 'source_order'],
      ['analysis', { jp_applies_to_pppk: 'ya' }, 'jp_applies_to_pppk'],
      ['plan', { target_jp: 30 }, 'target_jp'],
    ]
    for (const [key, body, column] of cases) {
      const error = await fails(await send(c.admin, 'PUT', `/settings/${key}`, body), 400, 'invalid_argument')
      expect(error.details?.[0]?.column, `${key} ${JSON.stringify(body)}: ${error.message}`).toBe(column)
    }
    const body = await ok(await get(c.admin, '/settings'))
    for (const s of body.settings) expect(s.stored, s.key).toBe(false)
  })
  it('merges a change over the current values, keeps it, and the area uses it', async () => {
    const first = await ok(await send(c.admin, 'PUT', '/settings/delivery', { min_score: 70 }))
    expect(first.setting).toMatchObject({ key: 'delivery', stored: true, updated_by: 'admin',
      values: { min_attendance_percent: 80, min_score: 70 }, defaults: { min_score: 60 } })
    expect(first.setting.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const second = await ok(await send(c.admin, 'PUT', '/settings/delivery', { min_attendance_percent: 75 }))
    expect(second.setting.values).toEqual({ min_attendance_percent: 75, min_score: 70 })

    await ok(await send(c.admin, 'PUT', '/settings/evaluation', { alpha: 0.1, flagged_raise_factor: 0.25 }))
    const report = await ok(await get(c.admin, '/evaluations/offerings/ANG-KES-1'))
    expect(report.settings).toMatchObject({ alpha: 0.1, flagged_raise_factor: 0.25 })

    const alpha = await fails(await send(c.admin, 'PUT', '/settings/evaluation?lang=en', { alpha: 2 }), 400,
      'invalid_argument')
    expect(alpha.message).toContain('between 0 and 1')
    await ok(await send(c.admin, 'PUT', '/settings/analysis',
      { source_order: ['atasan', 'asesmen', 'rekan', 'mandiri'], predikat_score: { baik: 85 }, potential_high: 77.5 }))
    const analysis = (await ok(await get(c.auditor, '/settings/analysis'))).setting.values
    expect(analysis.source_order).toEqual(['atasan', 'asesmen', 'rekan', 'mandiri'])
    expect(analysis.predikat_score).toMatchObject({ sangat_baik: 100, baik: 85 })
    expect(analysis.potential_high).toBe(77.5)

    const audit = (await ok(await get(c.auditor, '/audit?limit=50'))).entries
      .filter((e: { action: string }) => e.action === 'settings.update')
    const delivery = audit.find((e: { entity_key: string, after: string }) => e.entity_key === 'delivery'
      && e.after.min_attendance_percent === 75)
    expect(delivery).toMatchObject({ username: 'admin', entity: 'settings' })
    expect(delivery.before).toEqual({ min_attendance_percent: 80, min_score: 70 })
  })
  it('prints the document setting on the documents (the SKM poster\'s address)', async () => {
    await ok(await send(c.admin, 'PUT', '/settings/document',
      { ppk_name: 'Dr. H. Contoh Gubernur, M.Si.', public_url: 'https://bangkom.jambiprov.go.id' }))
    const doc = (await ok(await get(c.admin, '/settings/document'))).setting
    expect(doc.values).toMatchObject({ place: 'Jambi', ppk_name: 'Dr. H. Contoh Gubernur, M.Si.',
      public_url: 'https://bangkom.jambiprov.go.id' })
    const poster = await get(c.admin, '/survey/PKM01/poster')
    expect(poster.status).toBe(200)
    const { text } = pdfText(Buffer.from(await poster.arrayBuffer()))
    expect(text.replace(/\s+/g, '')).toContain('https://bangkom.jambiprov.go.id/survei/PKM01')
  })
})

describe('DELETE /settings/{key}', () => {
  it('goes back to the defaults, for admin only, and is audited', async () => {
    await fails(await send(c.auditor, 'DELETE', '/settings/delivery'), 403, 'forbidden')
    const reset = await ok(await send(c.admin, 'DELETE', '/settings/delivery'))
    expect(reset.setting).toMatchObject({ stored: false, values: { min_attendance_percent: 80, min_score: 60 },
      updated_by: 'admin' })
    const audit = (await ok(await get(c.auditor, '/audit?limit=50'))).entries
      .find((e: { action: string }) => e.action === 'settings.reset')
    expect(audit).toMatchObject({ entity: 'settings', entity_key: 'delivery' })
    expect(audit.after).toEqual({ min_attendance_percent: 80, min_score: 60 })
    await fails(await send(c.admin, 'DELETE', '/settings/nope'), 404, 'not_found')
  })
})
