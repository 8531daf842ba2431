// The yearly plan (issue 6) in Chromium against a real server on the Jambi demo data: the BKD admin generates a
// plan of next year for one agency (fast solver, a few seconds), watches the job's progress end, lands on the new
// plan, reads its assignments, submits and approves it, and downloads the XLSX (a zip) and the PDF; the agency's pengelola
// then reads the approved plan on a phone without sideways scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  bangkom, checkPrerequisites, launchBrowser, login, makeTempDir, removeTempDir, saveServerLog, startServer,
  type RunningServer,
} from './harness'

const PASSWORD = 'demo-e2e-rahasia-1'
const ADMIN = { username: 'admin', password: PASSWORD }
const AGENCY_ADMIN = { username: 'opd', password: PASSWORD }
const YEAR = new Date().getFullYear() + 1
// Screenshots to look at by hand, outside the repository.
const SHOTS = process.env.BANGKOM_PLAN_SHOTS ?? '/tmp'

let dir = ''
let server: RunningServer
const contexts: BrowserContext[] = []
let planPath = ''

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = join(dir, 'rencana.db')
  await bangkom(['demo', '--db', db, '--employees', '360'], { BANGKOM_DEMO_PASSWORD: PASSWORD })
  server = await startServer(db, dir)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-plan-serve')
  if (dir) removeTempDir(dir)
})

async function browserFor(name: string, user: { username: string; password: string }, phone = false): Promise<Page> {
  const context = await launchBrowser(dir, name, phone ? { viewport: { width: 390, height: 844 }, mobile: true } : {})
  contexts.push(context)
  const page = context.pages()[0] ?? (await context.newPage())
  await login(page, server.url, user)
  return page
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe('the yearly plan', () => {
  let admin: Page

  it('(1) the admin generates a plan of next year for DINKES and sees the job end', async () => {
    admin = await browserFor('admin', ADMIN)
    await admin.locator('[data-nav="rencana"]').first().click()
    await admin.waitForURL(/\/rencana$/)
    await admin.getByTestId('generate').waitFor()
    await admin.getByTestId('generate-year').fill(String(YEAR))
    await admin.getByTestId('generate-agency').selectOption('DINKES')
    await admin.getByTestId('solver-fast').check()
    await admin.getByTestId('generate-limit').fill('5')
    await admin.getByTestId('generate-submit').click()
    await admin.getByTestId('generate-done').waitFor({ timeout: 30_000 })
    expect(await admin.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100')
    await admin.waitForURL(/\/rencana\/\d+$/, { timeout: 10_000 })
    planPath = new URL(admin.url()).pathname
    await expect(admin.getByTestId('plan-title').textContent()).resolves.toBe(`Rencana ${YEAR} — DINKES`)
  })

  it('(2) the plan shows its figures and its assignments with the reasons in Indonesian', async () => {
    await admin.getByTestId('assign-table').waitFor()
    expect(await admin.getByTestId('plan-status').textContent()).toContain('Draf')
    expect(await admin.locator('[data-testid="assign-table"] tbody tr').count()).toBeGreaterThan(0)
    const reasons = await admin.locator('[data-testid="assign-table"] .reason').allTextContents()
    expect(reasons.length).toBeGreaterThan(0)
    for (const r of reasons) expect(['Kesenjangan kompetensi', 'Usulan pegawai', 'Pemenuhan 20 JP']).toContain(r.trim())
    expect(await admin.locator('[data-testid="budget-bars"] [data-agency="DINKES"]').count()).toBe(1)
    expect(Number(await admin.locator('[data-jp="employees"]').textContent())).toBeGreaterThan(0)
    await admin.screenshot({ path: join(SHOTS, 'plan-desktop.png'), fullPage: true, animations: 'disabled' })
  })

  it('(3) the admin submits and approves it', async () => {
    await admin.getByTestId('plan-submit').click()
    await admin.getByTestId('sheet-confirm').click()
    await admin.locator('[data-testid="plan-status"][data-status="submitted"]').waitFor()
    await admin.getByTestId('plan-approve').click()
    await admin.getByTestId('sheet-text').fill('Sesuai pagu.')
    await admin.getByTestId('sheet-confirm').click()
    await admin.locator('[data-testid="plan-status"][data-status="approved"]').waitFor()
    expect(await admin.getByTestId('plan-comment').textContent()).toContain('Sesuai pagu.')
    expect(await admin.getByTestId('plan-approve').count()).toBe(0)
  })

  it('(4) the XLSX downloads as a zip', async () => {
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('plan-export').click()])
    expect(download.suggestedFilename()).toBe(`rencana_${YEAR}_DINKES_v1.xlsx`)
    const bytes = readFileSync((await download.path())!)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it('(4b) the PDF document to sign downloads, dated and without the draft mark', async () => {
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('plan-export-pdf').click()])
    expect(download.suggestedFilename()).toBe(`rencana_${YEAR}_DINKES_v1.pdf`)
    const file = join(dir, 'rencana.pdf')
    await download.saveAs(file)
    const text = execFileSync('pdftotext', ['-q', file, '-']).toString()
    expect(text).toContain('DINAS KESEHATAN')
    expect(text).toContain(`TAHUN ${YEAR}`)
    expect(text).toContain('PEJABAT PEMBINA KEPEGAWAIAN')
    expect(text).not.toContain('KONSEP')
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', file, join(SHOTS, 'plan-pdf-page1')])
  })

  it('(5) the pengelola reads the approved plan on a phone', async () => {
    const phone = await browserFor('opd-phone', AGENCY_ADMIN, true)
    await phone.goto(`${server.url}${planPath}`)
    await phone.getByTestId('assign-table').waitFor()
    expect(await phone.getByTestId('plan-status').getAttribute('data-status')).toBe('approved')
    expect(await phone.getByTestId('plan-submit').count()).toBe(0)
    expect(await overflow(phone)).toBeLessThanOrEqual(0)
    await phone.screenshot({ path: join(SHOTS, 'plan-phone.png'), animations: 'disabled' })
    await phone.getByTestId('assign-filters').scrollIntoViewIfNeeded()
    await phone.screenshot({ path: join(SHOTS, 'plan-phone-assignments.png'), animations: 'disabled' })
    // The list: the new version approved, as a card that fits the screen.
    await phone.getByRole('link', { name: /Semua rencana/ }).click()
    const row = phone.locator(`[data-testid="plan-table"] tr[data-plan="${planPath.split('/').pop()}"]`)
    await row.waitFor()
    expect(await row.getByTestId('plan-status').getAttribute('data-status')).toBe('approved')
    expect(await overflow(phone)).toBeLessThanOrEqual(0)
    await row.scrollIntoViewIfNeeded()
    await phone.screenshot({ path: join(SHOTS, 'plan-list-phone.png'), animations: 'disabled' })
  })
})
