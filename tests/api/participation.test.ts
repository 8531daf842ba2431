// Participation (issue 5, docs/participation-api.md): the proposal workflow step by step and every forbidden
// action (wrong role, other team, other agency, outside the window, wrong status, missing comment/reason, CSRF
// missing, own +1, double +1), windows, the agency ranking and report, the forum with moderation, and the inbox.
//
// People (fixtures): budi (atasan, DINKES, no supervisor), siti and andi (DINKES, supervised by budi), dewi
// (DISDIK). Accounts: atasan = budi, asn = siti; andi and dewi get asn accounts below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fails, get, ok, send } from './calls'
import { Client, errorCode, nips, password, startServer, thisYear, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
const year = thisYear + 1
const iso = (d: Date) => d.toISOString().slice(0, 10)
const today = new Date()
const yesterday = iso(new Date(today.getTime() - 86_400_000))
const inAMonth = iso(new Date(today.getTime() + 30 * 86_400_000))

const proposal = (competency: string, extra: Record<string, unknown> = {}) => ({
  competency, reason: 'Dibutuhkan untuk tugas pelayanan', form: 'coaching', priority: 1, ...extra,
})

let sitiKes = 0 // siti's T.KES.02 proposal: the full happy path
let sitiM03 = 0 // siti's M.03 proposal: rejected
let budiOwn = 0 // budi's own: no supervisor → pengelola reviews
let andiM03 = 0 // andi's M.03: reassigned to siti

beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'auditor', 'pengelola', 'pengelola_dik', 'atasan', 'asn', 'asn_unlinked', 'mitra']) {
    c[u] = await server.login(u)
  }
  for (const [username, nip, agency] of [['andi', nips.andi, 'DINKES'], ['dewi', nips.dewi, 'DISDIK']]) {
    await ok(await c.admin.post('/api/v1/users', {
      username, password, role: 'asn', agency_code: agency, nip, institution: '', display_name: username,
    }), 201)
    c[username] = await server.login(username)
  }
})
afterAll(async () => {
  await server?.stop()
})

describe('proposal windows', () => {
  it('is closed when none is set', async () => {
    const body = await ok(await get(c.asn, `/proposal-windows/${year}/DINKES`))
    expect(body.window).toEqual({ year, agency: 'DINKES', opens: null, closes: null, open: false })
  })
  it('is set by the agency pengelola and admin only', async () => {
    await fails(await send(c.asn, 'PUT', `/proposal-windows/${year}/DINKES`, { opens: yesterday, closes: inAMonth }), 403, 'forbidden')
    await fails(await send(c.pengelola_dik, 'PUT', `/proposal-windows/${year}/DINKES`, { opens: yesterday, closes: inAMonth }), 403, 'forbidden')
    await fails(await send(c.admin, 'PUT', `/proposal-windows/${year}/NOPE`, { opens: yesterday, closes: inAMonth }), 404, 'not_found')
    const bad = await fails(await send(c.pengelola, 'PUT', `/proposal-windows/${year}/DINKES`, { opens: '1-2-3', closes: inAMonth }), 400, 'invalid_argument')
    expect(bad.details[0].column).toBe('opens')
    await fails(await send(c.pengelola, 'PUT', `/proposal-windows/${year}/DINKES`, { opens: inAMonth, closes: yesterday }), 400, 'invalid_argument')
    await fails(await send(c.pengelola, 'PUT', `/proposal-windows/${year}/DINKES`, { opens: yesterday, closes: inAMonth }, false), 403, 'forbidden')
    const body = await ok(await send(c.pengelola, 'PUT', `/proposal-windows/${year}/DINKES`, { opens: yesterday, closes: inAMonth }))
    expect(body.window).toEqual({ year, agency: 'DINKES', opens: yesterday, closes: inAMonth, open: true })
    await ok(await send(c.admin, 'PUT', `/proposal-windows/${year}/DISDIK`, { opens: yesterday, closes: inAMonth }))
    await ok(await send(c.admin, 'PUT', `/proposal-windows/${year + 1}/DINKES`, { opens: '2020-01-01', closes: '2020-01-31' }))
  })
  it('lists only the own agency for agency staff', async () => {
    const mine = await ok(await get(c.asn, '/proposal-windows'))
    expect(mine.items.map((w: { agency: string }) => w.agency)).toEqual(['DINKES', 'DINKES'])
    const all = await ok(await get(c.admin, `/proposal-windows?year=${year}`))
    expect(all.items.map((w: { agency: string }) => w.agency)).toEqual(['DINKES', 'DISDIK'])
    await fails(await get(c.mitra, '/proposal-windows'), 403, 'forbidden')
  })
})

describe('creating proposals', () => {
  it('refuses other roles, unlinked accounts and a missing CSRF token', async () => {
    for (const u of ['mitra', 'auditor', 'pengelola', 'admin']) {
      await fails(await send(c[u], 'POST', '/proposals', proposal('M.03')), 403, 'forbidden')
    }
    await fails(await send(c.asn_unlinked, 'POST', '/proposals', proposal('M.03')), 404, 'not_found')
    await fails(await send(c.asn, 'POST', '/proposals', proposal('M.03'), false), 403, 'forbidden')
  })
  it('validates every field', async () => {
    for (const [body, column] of [
      [proposal('X.99'), 'competency'],
      [proposal(''), 'competency'],
      [proposal('M.03', { form: 'berenang' }), 'form'],
      [proposal('M.03', { priority: 5 }), 'priority'],
      [proposal('M.03', { priority: 'tinggi' }), 'priority'],
      [proposal('M.03', { reason: '' }), 'reason'],
      [proposal('M.03', { reason: 'x'.repeat(2001) }), 'reason'],
    ] as const) {
      const e = await fails(await send(c.asn, 'POST', '/proposals', body), 400, 'invalid_argument')
      expect(e.details[0].column).toBe(column)
    }
  })
  it('is refused outside the window (closed, or never opened)', async () => {
    const e = await fails(await send(c.asn, 'POST', '/proposals', proposal('M.03', { year: year + 1 })), 412, 'failed_precondition')
    expect(e.message).toContain('2020-01-01')
    await fails(await send(c.asn, 'POST', '/proposals', proposal('M.03', { year: year + 2 })), 412, 'failed_precondition')
  })
  it('creates a draft for next year, once per competency', async () => {
    const body = await ok(await send(c.asn, 'POST', '/proposals', proposal('T.KES.02')), 201)
    sitiKes = body.proposal.id
    expect(body.proposal).toMatchObject({
      nip: nips.siti, name: 'Siti Aminah', agency: 'DINKES', competency: 'T.KES.02', year, form: 'coaching',
      priority: 1, status: 'draft', reviewer_nip: nips.budi, votes: 0, voted: false,
      can: { edit: true, submit: true, withdraw: false, review: false, vote: false },
    })
    await fails(await send(c.asn, 'POST', '/proposals', proposal('T.KES.02')), 409, 'conflict')
  })
  it('suggests the own gap competencies, marking those already proposed', async () => {
    const body = await ok(await get(c.asn, '/proposals/suggestions'))
    expect(body.year).toBe(year)
    const needs = body.items.map((i: { weighted_need: number }) => i.weighted_need)
    expect(needs).toEqual([...needs].sort((a, b) => b - a))
    for (const item of body.items) expect(item.gap > 0 || item.target_gap > 0).toBe(true)
    const kes = body.items.find((i: { competency: string }) => i.competency === 'T.KES.02')
    expect(kes).toMatchObject({ proposed: true, competency_name: 'Pelayanan Kesehatan Dasar' })
    await fails(await get(c.pengelola, '/proposals/suggestions'), 403, 'forbidden')
    await fails(await get(c.asn_unlinked, '/proposals/suggestions'), 404, 'not_found')
  })
})

describe('the workflow of one proposal', () => {
  it('keeps a draft private to its author and supervisor', async () => {
    await fails(await get(c.andi, `/proposals/${sitiKes}`), 404, 'not_found')
    await fails(await get(c.dewi, `/proposals/${sitiKes}`), 404, 'not_found')
    await fails(await get(c.pengelola_dik, `/proposals/${sitiKes}`), 404, 'not_found')
    await ok(await get(c.atasan, `/proposals/${sitiKes}`))
    await ok(await get(c.pengelola, `/proposals/${sitiKes}`))
    await fails(await get(c.asn, '/proposals/999999'), 404, 'not_found')
    await fails(await get(c.asn, '/proposals/abc'), 404, 'not_found')
  })
  it('lets only the author edit, and not a draft be reviewed', async () => {
    await fails(await send(c.atasan, 'PUT', `/proposals/${sitiKes}`, proposal('T.KES.02')), 403, 'forbidden')
    await fails(await send(c.andi, 'PUT', `/proposals/${sitiKes}`, proposal('T.KES.02')), 404, 'not_found')
    const body = await ok(await send(c.asn, 'PUT', `/proposals/${sitiKes}`, proposal('T.KES.02', { priority: 2, form: null })))
    expect(body.proposal).toMatchObject({ priority: 2, form: null, status: 'draft' })
    await fails(await send(c.atasan, 'POST', `/proposals/${sitiKes}/approve`, {}), 412, 'failed_precondition')
    await fails(await send(c.asn, 'POST', `/proposals/${sitiKes}/withdraw`, {}), 412, 'failed_precondition')
  })
  it('is submitted by its author and lands in the supervisor\'s inbox', async () => {
    await fails(await send(c.atasan, 'POST', `/proposals/${sitiKes}/submit`, {}), 403, 'forbidden')
    await fails(await send(c.asn, 'POST', `/proposals/${sitiKes}/submit`, {}, false), 403, 'forbidden')
    const body = await ok(await send(c.asn, 'POST', `/proposals/${sitiKes}/submit`))
    expect(body.proposal.status).toBe('submitted')
    expect(body.proposal.can).toMatchObject({ edit: false, withdraw: true })
    await fails(await send(c.asn, 'POST', `/proposals/${sitiKes}/submit`), 412, 'failed_precondition')
    await fails(await send(c.asn, 'PUT', `/proposals/${sitiKes}`, proposal('T.KES.02')), 412, 'failed_precondition')
    await fails(await send(c.asn, 'DELETE', `/proposals/${sitiKes}`), 412, 'failed_precondition')
    const inbox = await ok(await get(c.atasan, '/inbox'))
    expect(inbox.unread).toBeGreaterThanOrEqual(1)
    expect(inbox.items[0]).toMatchObject({ type: 'proposal_review', proposal_id: sitiKes, read: false })
    expect(inbox.items[0].title).toContain('Siti Aminah')
    const review = await ok(await get(c.atasan, '/proposals?view=review'))
    expect(review.items.map((p: { id: number }) => p.id)).toEqual([sitiKes])
    expect(review.items[0].can.review).toBe(true)
  })
  it('takes +1 from colleagues of the agency, once, never from the author', async () => {
    const visible = await ok(await get(c.andi, '/proposals?view=visible'))
    expect(visible.items.map((p: { id: number }) => p.id)).toContain(sitiKes)
    expect(visible.items[0].can.vote).toBe(true)
    await fails(await send(c.asn, 'POST', `/proposals/${sitiKes}/vote`), 403, 'forbidden')
    await fails(await send(c.dewi, 'POST', `/proposals/${sitiKes}/vote`), 404, 'not_found')
    await fails(await send(c.pengelola, 'POST', `/proposals/${sitiKes}/vote`), 403, 'forbidden')
    await fails(await send(c.mitra, 'POST', `/proposals/${sitiKes}/vote`), 403, 'forbidden')
    await fails(await send(c.andi, 'POST', `/proposals/${sitiKes}/vote`, undefined, false), 403, 'forbidden')
    expect(await ok(await send(c.andi, 'POST', `/proposals/${sitiKes}/vote`))).toEqual({ votes: 1, voted: true })
    await fails(await send(c.andi, 'POST', `/proposals/${sitiKes}/vote`), 409, 'conflict')
    expect(await ok(await send(c.andi, 'DELETE', `/proposals/${sitiKes}/vote`))).toEqual({ votes: 0, voted: false })
    await fails(await send(c.andi, 'DELETE', `/proposals/${sitiKes}/vote`), 404, 'not_found')
    await ok(await send(c.andi, 'POST', `/proposals/${sitiKes}/vote`))
    const seen = await ok(await get(c.andi, `/proposals/${sitiKes}`))
    expect(seen.proposal).toMatchObject({ votes: 1, voted: true, can: { vote: false } })
  })
  it('is reviewed by the supervisor only, with a comment to return', async () => {
    await fails(await send(c.andi, 'POST', `/proposals/${sitiKes}/approve`, {}), 403, 'forbidden')
    await fails(await send(c.pengelola, 'POST', `/proposals/${sitiKes}/approve`, {}), 403, 'forbidden')
    await fails(await send(c.pengelola_dik, 'POST', `/proposals/${sitiKes}/approve`, {}), 404, 'not_found')
    await fails(await send(c.auditor, 'POST', `/proposals/${sitiKes}/approve`, {}), 403, 'forbidden')
    const e = await fails(await send(c.atasan, 'POST', `/proposals/${sitiKes}/return`, {}), 400, 'invalid_argument')
    expect(e.details[0].column).toBe('comment')
    await fails(await send(c.atasan, 'POST', `/proposals/${sitiKes}/reject`, { comment: '' }), 400, 'invalid_argument')
    await fails(await send(c.atasan, 'POST', `/proposals/${sitiKes}/return`, { comment: 'x' }, false), 403, 'forbidden')
    const body = await ok(await send(c.atasan, 'POST', `/proposals/${sitiKes}/return`, { comment: 'Perjelas alasannya' }))
    expect(body.proposal).toMatchObject({ status: 'returned', last_comment: 'Perjelas alasannya' })
    const inbox = await ok(await get(c.asn, '/inbox?unread=1'))
    expect(inbox.items[0]).toMatchObject({ type: 'proposal_decision', proposal_id: sitiKes })
  })
  it('is edited and resubmitted after a return, then approved', async () => {
    await ok(await send(c.asn, 'PUT', `/proposals/${sitiKes}`, proposal('T.KES.02', { reason: 'Untuk layanan KIA' })))
    await ok(await send(c.asn, 'POST', `/proposals/${sitiKes}/submit`))
    const body = await ok(await send(c.atasan, 'POST', `/proposals/${sitiKes}/approve`, { comment: 'Setuju' }))
    expect(body.proposal).toMatchObject({ status: 'approved', reason: 'Untuk layanan KIA', last_comment: null })
    await fails(await send(c.atasan, 'POST', `/proposals/${sitiKes}/reject`, { comment: 'x' }), 412, 'failed_precondition')
    await fails(await send(c.asn, 'POST', `/proposals/${sitiKes}/withdraw`), 412, 'failed_precondition')
  })
  it('keeps every change in its history', async () => {
    const body = await ok(await get(c.asn, `/proposals/${sitiKes}/history`))
    expect(body.items.map((h: { action: string }) => h.action)).toEqual(
      ['create', 'edit', 'submit', 'return', 'edit', 'submit', 'approve'])
    expect(body.items[3]).toMatchObject({ from: 'submitted', to: 'returned', comment: 'Perjelas alasannya', username: 'atasan' })
    expect(body.items[0]).toMatchObject({ from: null, to: 'draft', username: 'asn' })
    await fails(await get(c.dewi, `/proposals/${sitiKes}/history`), 404, 'not_found')
    const audit = await ok(await get(c.admin, '/audit?limit=200'))
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(
      ['proposal.create', 'proposal.submit', 'proposal.return', 'proposal.approve', 'proposal.vote', 'proposal_window.put']))
  })
})

describe('other paths', () => {
  it('rejects with a reason', async () => {
    sitiM03 = (await ok(await send(c.asn, 'POST', '/proposals', proposal('M.03', { submit: true })), 201)).proposal.id
    const body = await ok(await send(c.atasan, 'POST', `/proposals/${sitiM03}/reject`, { comment: 'Belum prioritas' }))
    expect(body.proposal).toMatchObject({ status: 'rejected', last_comment: 'Belum prioritas' })
    await fails(await send(c.asn, 'PUT', `/proposals/${sitiM03}`, proposal('M.03')), 412, 'failed_precondition')
    await fails(await send(c.andi, 'POST', `/proposals/${sitiM03}/vote`), 404, 'not_found')
  })
  it('withdraws and deletes', async () => {
    const id = (await ok(await send(c.andi, 'POST', '/proposals', proposal('T.KES.02', { submit: true })), 201)).proposal.id
    expect((await ok(await send(c.andi, 'POST', `/proposals/${id}/withdraw`))).proposal.status).toBe('draft')
    await fails(await send(c.asn, 'DELETE', `/proposals/${id}`), 404, 'not_found')
    await fails(await send(c.atasan, 'DELETE', `/proposals/${id}`), 403, 'forbidden')
    expect(await ok(await send(c.andi, 'DELETE', `/proposals/${id}`))).toEqual({ ok: true })
    await fails(await get(c.andi, `/proposals/${id}`), 404, 'not_found')
  })
  it('sends a proposal without supervisor to the agency pengelola', async () => {
    budiOwn = (await ok(await send(c.atasan, 'POST', '/proposals', proposal('M.03', { submit: true })), 201)).proposal.id
    const mine = await ok(await get(c.atasan, `/proposals/${budiOwn}`))
    expect(mine.proposal).toMatchObject({ reviewer_nip: null, can: { review: false } })
    await fails(await send(c.atasan, 'POST', `/proposals/${budiOwn}/approve`, {}), 403, 'forbidden')
    await fails(await send(c.pengelola_dik, 'POST', `/proposals/${budiOwn}/approve`, {}), 404, 'not_found')
    const review = await ok(await get(c.pengelola, '/proposals?view=review'))
    expect(review.items.map((p: { id: number }) => p.id)).toEqual([budiOwn])
    const inbox = await ok(await get(c.pengelola, '/inbox'))
    expect(inbox.items[0]).toMatchObject({ type: 'proposal_review', proposal_id: budiOwn })
    expect((await ok(await send(c.pengelola, 'POST', `/proposals/${budiOwn}/approve`, {}))).proposal.status).toBe('approved')
  })
  it('reassigns the reviewer within the agency', async () => {
    andiM03 = (await ok(await send(c.andi, 'POST', '/proposals', proposal('M.03', { submit: true })), 201)).proposal.id
    await fails(await send(c.asn, 'POST', `/proposals/${andiM03}/reviewer`, { nip: nips.siti }), 403, 'forbidden')
    await fails(await send(c.pengelola_dik, 'POST', `/proposals/${andiM03}/reviewer`, { nip: nips.siti }), 404, 'not_found')
    for (const nip of [nips.dewi, nips.andi, '123']) {
      const e = await fails(await send(c.pengelola, 'POST', `/proposals/${andiM03}/reviewer`, { nip }), 400, 'invalid_argument')
      expect(e.details[0].column).toBe('nip')
    }
    const body = await ok(await send(c.pengelola, 'POST', `/proposals/${andiM03}/reviewer`, { nip: nips.siti }))
    expect(body.proposal).toMatchObject({ reviewer_nip: nips.siti, reviewer_name: 'Siti Aminah' })
    expect((await ok(await get(c.asn, '/inbox'))).items[0]).toMatchObject({ type: 'proposal_review', proposal_id: andiM03 })
    await fails(await send(c.atasan, 'POST', `/proposals/${andiM03}/approve`, {}), 403, 'forbidden')
    expect((await ok(await send(c.asn, 'POST', `/proposals/${andiM03}/approve`, {}))).proposal.status).toBe('approved')
    await fails(await send(c.pengelola, 'POST', `/proposals/${andiM03}/reviewer`, { nip: '' }), 412, 'failed_precondition')
  })
  it('is read-only outside the window, but reviewing goes on', async () => {
    const waiting = (await ok(await send(c.andi, 'POST', '/proposals', proposal('T.KES.02')), 201)).proposal.id
    await ok(await send(c.andi, 'POST', `/proposals/${waiting}/submit`))
    await ok(await send(c.pengelola, 'PUT', `/proposal-windows/${year}/DINKES`, { opens: '2020-01-01', closes: yesterday }))
    const draft = await ok(await get(c.andi, `/proposals/${waiting}`))
    expect(draft.proposal.can.withdraw).toBe(false)
    await fails(await send(c.andi, 'POST', `/proposals/${waiting}/withdraw`), 412, 'failed_precondition')
    await fails(await send(c.asn, 'PUT', `/proposals/${sitiM03}`, proposal('M.03')), 412, 'failed_precondition')
    const e = await fails(await send(c.atasan, 'POST', '/proposals', proposal('T.KES.02')), 412, 'failed_precondition')
    expect(e.message).toContain('tidak terbuka')
    await ok(await send(c.atasan, 'POST', `/proposals/${waiting}/return`, { comment: 'Nanti saja' }))
    await fails(await send(c.andi, 'POST', `/proposals/${waiting}/submit`), 412, 'failed_precondition')
    await ok(await send(c.pengelola, 'PUT', `/proposal-windows/${year}/DINKES`, { opens: yesterday, closes: inAMonth }))
  })
})

describe('lists', () => {
  const ids = async (client: Client, query = '') =>
    (await ok(await get(client, `/proposals${query}`))).items.map((p: { id: number }) => p.id).sort()
  it('scopes "all" by role', async () => {
    const mine = await ids(c.asn)
    expect(mine).toEqual([sitiKes, sitiM03].sort())
    const team = await ids(c.atasan)
    expect(team).toEqual(expect.arrayContaining([sitiKes, sitiM03, budiOwn, andiM03]))
    const agency = await ids(c.pengelola)
    expect(agency).toEqual(team)
    expect(await ids(c.pengelola_dik)).not.toContain(sitiKes)
    expect(await ids(c.admin)).toEqual(expect.arrayContaining(agency))
    await fails(await get(c.mitra, '/proposals'), 403, 'forbidden')
  })
  it('filters and validates its parameters', async () => {
    expect(await ids(c.pengelola, '?status=approved&competency=T.KES.02')).toEqual([sitiKes])
    expect(await ids(c.pengelola, '?q=aminah&status=rejected')).toEqual([sitiM03])
    expect(await ids(c.pengelola, '?agency=DISDIK')).toEqual([])
    expect(await ids(c.andi, '?view=visible')).not.toContain(sitiM03)
    const page = await ok(await get(c.admin, '/proposals?limit=1&offset=1'))
    expect(page).toMatchObject({ offset: 1, limit: 1 })
    expect(page.items).toHaveLength(1)
    for (const q of ['?view=x', '?status=done', '?limit=0', '?limit=501', '?offset=-1', '?year=abc']) {
      await fails(await get(c.admin, `/proposals${q}`), 400, 'invalid_argument')
    }
  })
})

describe('agency view and report', () => {
  it('ranks competencies by proposals, +1s and gaps', async () => {
    const body = await ok(await get(c.pengelola, '/proposals/ranking'))
    expect(body).toMatchObject({ agency: 'DINKES', year })
    const kes = body.items.find((i: { competency: string }) => i.competency === 'T.KES.02')
    expect(kes).toMatchObject({ approved: 1, votes: 1, competency_name: 'Pelayanan Kesehatan Dasar' })
    const m03 = body.items.find((i: { competency: string }) => i.competency === 'M.03')
    expect(m03).toMatchObject({ approved: 2, submitted: 0, votes: 0, score: 2 })
    const scores = body.items.map((i: { score: number }) => i.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect((await ok(await get(c.asn, '/proposals/ranking'))).agency).toBe('DINKES')
    await fails(await get(c.pengelola_dik, '/proposals/ranking?agency=DINKES'), 403, 'forbidden')
    await fails(await get(c.admin, '/proposals/ranking?agency=NOPE'), 404, 'not_found')
    await fails(await get(c.mitra, '/proposals/ranking'), 403, 'forbidden')
  })
  it('reports counts by agency, competency, status and form', async () => {
    const body = await ok(await get(c.pengelola, '/proposals/report'))
    expect(body.items).toEqual(expect.arrayContaining([
      { agency: 'DINKES', agency_name: expect.any(String), competency: 'M.03', competency_name: 'Kerja Sama',
        status: 'approved', form: 'coaching', count: 2 },
      expect.objectContaining({ competency: 'T.KES.02', status: 'approved', form: 'coaching', count: 1 }),
    ]))
    await fails(await get(c.asn, '/proposals/report'), 403, 'forbidden')
    await fails(await get(c.pengelola, '/proposals/report?agency=DISDIK'), 403, 'forbidden')
  })
  it('exports XLSX and CSV', async () => {
    const x = await get(c.pengelola, '/proposals/report/export')
    expect(x.status).toBe(200)
    expect(x.headers.get('content-disposition')).toContain('usulan_laporan.xlsx')
    expect(Buffer.from(await x.arrayBuffer()).subarray(0, 2).toString()).toBe('PK')
    const csv = await get(c.admin, '/proposals/report/export?format=csv&agency=DINKES')
    expect(await csv.text()).toContain('Kode OPD,Nama OPD,Kode Kompetensi,Nama Kompetensi,Status,Bentuk,Jumlah')
    await fails(await get(c.admin, '/proposals/report/export?format=pdf'), 400, 'invalid_argument')
  })
})

describe('forum', () => {
  let thread = 0
  let first = 0
  it('starts a thread with safe Markdown, linked to a proposal', async () => {
    const body = await ok(await send(c.asn, 'POST', '/forum/threads', {
      title: 'Pelatihan KIA', competency: 'T.KES.02', proposals: [sitiKes],
      body: '**Siapa** ikut? <script>alert(1)</script> [x](javascript:alert(1))',
    }), 201)
    thread = body.thread.id
    first = body.post.id
    expect(body.thread).toMatchObject({ agency: 'DINKES', competency: 'T.KES.02', topic: null, posts: 1, proposals: [sitiKes] })
    expect(body.post.html).toBe('<p><strong>Siapa</strong> ikut? &lt;script&gt;alert(1)&lt;/script&gt; x)</p>')
    expect(body.post.body).toContain('<script>')
    const linked = await ok(await get(c.asn, `/proposals/${sitiKes}`))
    expect(linked.threads).toEqual([{ id: thread, title: 'Pelatihan KIA' }])
  })
  it('validates threads', async () => {
    const base = { title: 'T', body: 'isi', topic: 'umum' }
    for (const [body, column] of [
      [{ ...base, title: '' }, 'title'], [{ ...base, body: '' }, 'body'],
      [{ ...base, competency: 'M.03' }, 'competency'], [{ title: 'T', body: 'x' }, 'competency'],
      [{ ...base, topic: undefined, competency: 'X.1' }, 'competency'], [{ ...base, proposals: [sitiKes + 1000] }, 'proposals'],
    ] as const) {
      const e = await fails(await send(c.asn, 'POST', '/forum/threads', body), 400, 'invalid_argument')
      expect(e.details[0].column).toBe(column)
    }
    await fails(await send(c.asn, 'POST', '/forum/threads', { ...base, agency: 'DISDIK' }), 403, 'forbidden')
    await fails(await send(c.auditor, 'POST', '/forum/threads', base), 403, 'forbidden')
    await fails(await send(c.mitra, 'POST', '/forum/threads', base), 403, 'forbidden')
    await fails(await send(c.admin, 'POST', '/forum/threads', base), 400, 'invalid_argument')
    await fails(await send(c.asn, 'POST', '/forum/threads', base, false), 403, 'forbidden')
  })
  it('keeps threads inside the agency', async () => {
    await fails(await get(c.dewi, `/forum/threads/${thread}`), 404, 'not_found')
    expect((await ok(await get(c.dewi, '/forum/threads'))).items).toEqual([])
    expect((await ok(await get(c.andi, '/forum/threads?competency=T.KES.02'))).total).toBe(1)
    expect((await ok(await get(c.auditor, `/forum/threads/${thread}`))).posts).toHaveLength(1)
    await fails(await send(c.dewi, 'POST', `/forum/threads/${thread}/posts`, { body: 'hai' }), 404, 'not_found')
  })
  it('takes replies and tells the thread author', async () => {
    await fails(await send(c.andi, 'POST', `/forum/threads/${thread}/posts`, { body: '' }), 400, 'invalid_argument')
    await fails(await send(c.andi, 'POST', `/forum/threads/${thread}/posts`, { body: 'x', parent_id: 999999 }), 400, 'invalid_argument')
    const body = await ok(await send(c.andi, 'POST', `/forum/threads/${thread}/posts`, { body: 'Saya *ikut*', parent_id: first }), 201)
    expect(body.post).toMatchObject({ parent_id: first, html: '<p>Saya <em>ikut</em></p>', hidden: false })
    expect((await ok(await get(c.asn, '/inbox'))).items[0]).toMatchObject({ type: 'thread_reply', thread_id: thread })
  })
  it('is moderated by the agency pengelola with a reason', async () => {
    const posts = (await ok(await get(c.asn, `/forum/threads/${thread}`))).posts
    const reply = posts[1].id
    await fails(await send(c.asn, 'POST', `/forum/posts/${reply}/hide`, { reason: 'x' }), 403, 'forbidden')
    await fails(await send(c.pengelola_dik, 'POST', `/forum/posts/${reply}/hide`, { reason: 'x' }), 404, 'not_found')
    await fails(await send(c.pengelola, 'POST', `/forum/posts/${reply}/hide`, {}), 400, 'invalid_argument')
    await fails(await send(c.pengelola, 'POST', `/forum/posts/${reply}/hide`, { reason: 'x' }, false), 403, 'forbidden')
    await ok(await send(c.pengelola, 'POST', `/forum/posts/${reply}/hide`, { reason: 'Iklan' }))
    const seen = (await ok(await get(c.asn, `/forum/threads/${thread}`))).posts[1]
    expect(seen).toMatchObject({ hidden: true, body: null, hidden_reason: null, html: '<p><em>disembunyikan oleh moderator</em></p>' })
    const moderated = (await ok(await get(c.pengelola, `/forum/threads/${thread}`))).posts[1]
    expect(moderated).toMatchObject({ hidden: true, body: 'Saya *ikut*', hidden_reason: 'Iklan', can_moderate: true })
    await ok(await send(c.admin, 'POST', `/forum/posts/${reply}/unhide`))
    expect((await ok(await get(c.asn, `/forum/threads/${thread}`))).posts[1].hidden).toBe(false)
  })
  it('links proposals by the thread author or a moderator, within the agency', async () => {
    await fails(await send(c.andi, 'POST', `/forum/threads/${thread}/proposals`, { proposal_id: andiM03 }), 403, 'forbidden')
    await fails(await send(c.asn, 'POST', `/forum/threads/${thread}/proposals`, {}), 400, 'invalid_argument')
    const body = await ok(await send(c.asn, 'POST', `/forum/threads/${thread}/proposals`, { proposal_id: andiM03 }))
    expect(body.thread.proposals).toEqual([sitiKes, andiM03].sort((a, b) => a - b))
    await ok(await send(c.pengelola, 'DELETE', `/forum/threads/${thread}/proposals/${andiM03}`))
    await fails(await send(c.pengelola, 'DELETE', `/forum/threads/${thread}/proposals/${andiM03}`), 404, 'not_found')
  })
  it('renders a preview without storing', async () => {
    expect(await ok(await send(c.mitra, 'POST', '/markdown/preview', { body: '- a\n- <b>' }))).toEqual({ html: '<ul><li>a</li><li>&lt;b&gt;</li></ul>' })
  })
})

describe('inbox', () => {
  it('marks one or all as read, only the own', async () => {
    const other = (await ok(await get(c.atasan, '/inbox'))).items[0].id
    await fails(await send(c.asn, 'POST', `/inbox/${other}/read`), 404, 'not_found')
    const mine = await ok(await get(c.asn, '/inbox'))
    expect(mine.unread).toBeGreaterThan(1)
    await ok(await send(c.asn, 'POST', `/inbox/${mine.items[0].id}/read`))
    expect((await ok(await get(c.asn, '/inbox/unread-count'))).unread).toBe(mine.unread - 1)
    expect(await ok(await send(c.asn, 'POST', '/inbox/read-all'))).toEqual({ ok: true, marked: mine.unread - 1 })
    expect((await ok(await get(c.asn, '/inbox/unread-count'))).unread).toBe(0)
    await fails(await send(c.asn, 'POST', '/inbox/read-all', undefined, false), 403, 'forbidden')
  })
})
