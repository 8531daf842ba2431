// Programs to review and their revisions (docs/review-api.md) in Chromium on the Jambi demo data at its default size
// (12 000 employees: with the 360 of the other tests no offering of this year is `tidak_signifikan`), whose offerings
// of this year include several evaluated `tidak_signifikan` (BT.KEU.1, BT.LH.1, BT.SDM.1, BT.TAN.1, …) and one
// `menurun`, the first of them (BT.KEU.1) already revised by the demo on its data day: the BKD admin
// opens Evaluasi → "Program perlu ditinjau", sees next year's plan list (this year evaluated), downloads it as an
// XLSX (a zip) and a PDF, records a revision for a flagged program — a too-short summary first, refused beside the
// field, then a valid one — and the row turns "Sudah direvisi"; the revision shows on the deciding offering's
// evaluation page; the catalog at /data/program marks
// a program still flagged "Perlu ditinjau" and the revised one no longer; the list and the form fit a 390 px phone.
// The server's own refusals (field named in details[].column) are checked against the contract too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import {
  bangkom, checkPrerequisites, launchBrowser, login, makeTempDir, removeTempDir, saveServerLog, startServer,
  type RunningServer,
} from './harness'

const PASSWORD = 'demo-e2e-rahasia-review'
const SHOTS = process.env.BANGKOM_SCREENSHOTS ?? '/tmp'
const PLAN_YEAR = new Date().getFullYear() + 1
const DEMO_FLAGGED = ['BT.KEU.1', 'BT.LH.1', 'BT.SDM.1', 'BT.TAN.1']
const SUMMARY = 'Studi kasus diganti dengan data tahun berjalan; praktik aplikasi ditambah dua sesi dan ceramah dipersingkat.'

let dir = ''
let server: RunningServer
const contexts: BrowserContext[] = []
/** The program revised in the first test, its deciding offering, and a program left flagged. */
let revised = { program: '', offering: '' }
let stillFlagged = ''

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = join(dir, 'review.db')
  await bangkom(['demo', '--db', db, '--employees', '12000'], { BANGKOM_DEMO_PASSWORD: PASSWORD })
  server = await startServer(db, dir)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-review-serve')
  if (dir) removeTempDir(dir)
})

async function browserFor(name: string, username: string, phone = false): Promise<Page> {
  const context = await launchBrowser(dir, name, phone ? { viewport: { width: 390, height: 844 }, mobile: true } : {})
  contexts.push(context)
  const page = context.pages()[0] ?? (await context.newPage())
  await login(page, server.url, { username, password: PASSWORD })
  return page
}

/** A screenshot to look at by hand; the open sheet is fixed to the screen, so it is taken as the screen shows it. */
const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(SHOTS, `review-${name}.png`), fullPage, animations: 'disabled' })

/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

const row = (page: Page, program: string): Locator => page.locator(`[data-testid="review-table"] tbody tr[data-program="${program}"]`)

interface Refusal { status: number; column: string | undefined }

/** POST /programs/{kode}/revisions from the page's session (CSRF token from /auth/me), the refusal's first field. */
async function postRevision(page: Page, program: string, body: Record<string, unknown>): Promise<Refusal> {
  return page.evaluate(async ({ program, body }) => {
    const me = await (await fetch('/api/v1/auth/me')).json() as { csrf_token: string }
    const answer = await fetch(`/api/v1/programs/${encodeURIComponent(program)}/revisions`, {
      method: 'POST', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
    })
    const json = await answer.json() as { error?: { details?: Array<{ column?: string }> } }
    return { status: answer.status, column: json.error?.details?.[0]?.column }
  }, { program, body })
}

describe('programs to review', () => {
  it('lists next year\'s programs to review and records a revision that lifts a flag', async () => {
    const admin = await browserFor('review-admin', 'admin')
    await admin.locator('[data-nav="evaluasi"]').first().click()
    await admin.waitForURL(/\/evaluasi$/)
    await admin.locator('[data-testid="eval-tabs"] [data-tab="tinjau"]').click()
    await admin.waitForURL(/\/evaluasi\?tab=tinjau$/)
    const rows = admin.locator('[data-testid="review-table"] tbody tr')
    await rows.first().waitFor({ timeout: 30_000 })

    // The plan year by default, the evaluated year and the factor in words.
    expect(await admin.getByTestId('review-year').inputValue()).toBe(String(PLAN_YEAR))
    const explain = await admin.getByTestId('review-explain').innerText()
    expect(explain).toContain(`Rencana tahun ${PLAN_YEAR} memakai evaluasi angkatan yang mulai pada tahun ${PLAN_YEAR - 1}`)
    expect(explain).toContain('dengan 0,5')

    // Every row a not-significant or declining program, flagged first; the demo's known ones among them.
    const programs = await rows.evaluateAll((trs) => trs.map((tr) => ({
      program: tr.getAttribute('data-program') ?? '', state: tr.getAttribute('data-state') ?? '',
      verdict: tr.querySelector('[data-cell="verdict"]')?.getAttribute('data-verdict') ?? '',
      offering: tr.querySelector('[data-cell="offering"]')?.textContent?.trim() ?? '',
      reason: tr.querySelector('[data-cell="reason"]')?.textContent?.trim() ?? '',
    })))
    for (const p of programs) {
      expect(['tidak_signifikan', 'menurun']).toContain(p.verdict)
      expect(p.reason.length).toBeGreaterThan(10)
    }
    const states = programs.map((p) => p.state)
    expect(states).toEqual([...states].sort((a, b) => Number(a === 'revised') - Number(b === 'revised')))
    const flagged = programs.filter((p) => p.state === 'flagged')
    expect(flagged.length).toBeGreaterThanOrEqual(2)
    expect(programs.filter((p) => p.state === 'revised').length).toBeGreaterThanOrEqual(1) // the demo's own revision
    const known = flagged.filter((p) => DEMO_FLAGGED.includes(p.program))
    expect(known.length).toBeGreaterThan(0)
    const target = known.find((p) => p.verdict === 'tidak_signifikan') ?? flagged[0]!
    revised = { program: target.program, offering: target.offering }
    stillFlagged = flagged.find((p) => p.program !== target.program)!.program
    expect(await row(admin, target.program).locator('[data-cell="state"]').innerText()).toContain('Ditandai')
    await shot(admin, 'list')

    // The list as documents to hand out, for the chosen plan year: the workbook (a zip) downloads under its name,
    // and the PDF link answers a PDF.
    const [xlsx] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'Unduh XLSX', exact: true }).click()])
    expect(xlsx.suggestedFilename()).toBe(`program_perlu_ditinjau_${PLAN_YEAR}.xlsx`)
    const workbook = readFileSync((await xlsx.path())!)
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK')
    const pdfHref = await admin.getByRole('link', { name: 'Unduh PDF', exact: true }).getAttribute('href')
    expect(pdfHref).toBe(`/api/v1/programs/review/export?year=${PLAN_YEAR}&format=pdf`)
    const pdf = await admin.context().request.get(new URL(pdfHref!, server.url).toString())
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/)
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')

    // The server refuses what the contract says, naming the field (the form relies on details[].column).
    expect(await postRevision(admin, target.program, { aspek: 'materi', ringkasan: 'pendek' })).toEqual({ status: 400, column: 'ringkasan' })
    expect(await postRevision(admin, target.program, { tanggal: `${PLAN_YEAR + 1}-01-01`, aspek: 'materi', ringkasan: SUMMARY }))
      .toEqual({ status: 400, column: 'tanggal' })
    expect(await postRevision(admin, target.program, { aspek: 'semua', ringkasan: SUMMARY })).toEqual({ status: 400, column: 'aspek' })

    // A too-short summary is refused beside the field, and what was typed stays.
    await row(admin, target.program).getByTestId('review-record').click()
    const sheet = admin.getByTestId('revision-sheet')
    await sheet.waitFor()
    expect(await sheet.innerText()).toContain(`(${target.program})`)
    await sheet.getByText('Materi dan metode').click()
    await sheet.getByTestId('revision-summary').fill('Diperbarui')
    await sheet.getByTestId('revision-summary').fill('Baru')
    expect(await sheet.getByTestId('revision-counter').innerText()).toBe('4 dari 2.000 karakter')
    await sheet.getByTestId('revision-submit').click()
    await expect.poll(() => sheet.getByTestId('revision-summary-error').innerText(), { timeout: 5_000 }).toBe('Ringkasan perubahan minimal 10 karakter.')
    expect(await sheet.getByTestId('revision-summary').inputValue()).toBe('Baru')
    expect(await sheet.getByTestId('revision-summary').evaluate((el) => el === document.activeElement)).toBe(true)
    await shot(admin, 'form-error', false)

    // A valid one: the sheet closes and the row turns "Sudah direvisi".
    await sheet.getByTestId('revision-summary').fill(SUMMARY)
    expect(await sheet.getByTestId('revision-summary-error').count()).toBe(0)
    await sheet.getByTestId('revision-submit').click()
    await sheet.waitFor({ state: 'detached' })
    // The list is read again after saving (the year's evaluation is computed anew: under a second here).
    await expect.poll(() => row(admin, target.program).getAttribute('data-state'), { timeout: 15_000 }).toBe('revised')
    const state = await row(admin, target.program).locator('[data-cell="state"]').innerText()
    expect(state).toContain('Sudah direvisi')
    expect(state).toContain('Materi dan metode')
    expect(state).toContain(SUMMARY)
    expect(await admin.getByTestId('review-notice').innerText()).toContain(`Revisi program ${target.program} tersimpan.`)
    expect(await row(admin, stillFlagged).getAttribute('data-state')).toBe('flagged')
    await shot(admin, 'revised')

    // The deciding offering's evaluation shows the revision under its verdict.
    await row(admin, target.program).locator('[data-cell="offering"]').click()
    await admin.waitForURL(new RegExp(`/evaluasi/${target.offering.replaceAll('.', '\\.')}$`))
    const history = admin.getByTestId('revision-history')
    await history.waitFor({ timeout: 30_000 })
    const item = history.locator('li').first()
    expect(await item.innerText()).toContain(SUMMARY)
    expect(await item.innerText()).toContain('Materi dan metode')
    expect(await item.locator('[data-cell="lifts"]').count()).toBe(1)
    expect(await history.getByTestId('history-record').count()).toBe(1)
    await shot(admin, 'detail')
  })

  it('marks a program still flagged in the catalog, and the revised one no longer', async () => {
    expect(stillFlagged).not.toBe('')
    const admin = await browserFor('review-catalog', 'admin')
    await admin.goto(`${server.url}/data/program?q=${encodeURIComponent(stillFlagged)}`)
    const flaggedRow = admin.locator('tbody tr', { hasText: stillFlagged }).first()
    await flaggedRow.waitFor({ timeout: 30_000 })
    const badge = flaggedRow.getByTestId('cell-badge')
    await badge.waitFor()
    expect(await badge.innerText()).toContain('Perlu ditinjau')
    expect(await badge.getAttribute('href')).toMatch(/^\/evaluasi\//)
    await shot(admin, 'catalog')

    // The badges come with the review list: wait for it to have answered before looking for none.
    const listed = admin.waitForResponse((r) => r.url().includes('/api/v1/programs/review'), { timeout: 30_000 })
    await admin.goto(`${server.url}/data/program?q=${encodeURIComponent(revised.program)}`)
    expect((await listed).status()).toBe(200)
    const revisedRow = admin.locator('tbody tr', { hasText: revised.program }).first()
    await revisedRow.waitFor({ timeout: 30_000 })
    expect(await revisedRow.getByTestId('cell-badge').count()).toBe(0)
  })

  it('fits a 390 px phone: the list, the form and the offering\'s page', async () => {
    const phone = await browserFor('review-phone', 'admin', true)
    await phone.goto(`${server.url}/evaluasi?tab=tinjau`)
    await phone.locator('[data-testid="review-table"] tbody tr').first().waitFor({ timeout: 30_000 })
    expect(await overflow(phone)).toBeLessThanOrEqual(0)
    // The year and both downloads on the screen's width, big enough to tap.
    for (const id of ['review-year', 'review-export-pdf', 'review-export-xlsx']) {
      const box = (await phone.getByTestId(id).boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
      if (id !== 'review-year') expect(box.height).toBeGreaterThanOrEqual(40)
    }
    await shot(phone, 'phone-list', false)

    await row(phone, stillFlagged).getByTestId('review-record').click()
    const sheet = phone.getByTestId('revision-sheet')
    await sheet.waitFor()
    await sheet.getByTestId('revision-submit').click()
    await sheet.getByTestId('revision-aspect-error').waitFor()
    expect(await overflow(phone)).toBeLessThanOrEqual(0)
    const box = await sheet.locator('form').boundingBox()
    expect(box!.width).toBeLessThanOrEqual(390)
    await shot(phone, 'phone-form', false)
    await sheet.getByTestId('revision-cancel').click()
    await sheet.waitFor({ state: 'detached' })

    await phone.goto(`${server.url}/evaluasi/${encodeURIComponent(revised.offering)}`)
    await phone.getByTestId('revision-history').waitFor({ timeout: 30_000 })
    expect(await overflow(phone)).toBeLessThanOrEqual(0)
    await shot(phone, 'phone-detail')
  })
})
