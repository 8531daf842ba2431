// Participation (issue 5) in Chromium on a phone-sized screen against a real server on the Jambi demo data: the
// agency opens the proposal window, an employee proposes from their own gaps, the supervisor approves it from the
// inbox, the agency view shows it ranked; a forum post carrying a <script> payload shows as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  bangkom, checkPrerequisites, launchBrowser, login, makeTempDir, removeTempDir, saveServerLog, screenshot, startServer,
  type RunningServer,
} from './harness'

const PASSWORD = 'demo-e2e-rahasia-1'
const AGENCY_ADMIN = { username: 'opd', password: PASSWORD }
const SUPERVISOR = { username: 'atasan', password: PASSWORD }
// The demo's `asn` may never have been assessed (no measured gap to propose from): the test signs in as the
// member of the supervisor's team with the most gaps instead, through an account made for it.
const EMPLOYEE = { username: 'pegawai-usulan', password: PASSWORD }
const PHONE = { viewport: { width: 390, height: 844 }, mobile: true }
const PAYLOAD = '<script>window.xssRan = 1</script><img src=x onerror="window.xssRan = 2">'

let dir = ''
let server: RunningServer
const contexts: BrowserContext[] = []
let competency = ''
let proposalId = ''

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = join(dir, 'usulan.db')
  await bangkom(['demo', '--db', db, '--employees', '360'], { BANGKOM_DEMO_PASSWORD: PASSWORD })
  server = await startServer(db, dir)
  const nip = await teamMemberWithGaps()
  await bangkom(['user', 'add', '--db', db, '--username', EMPLOYEE.username, '--role', 'asn', '--agency', 'DINKES', '--nip', nip],
    { BANGKOM_PASSWORD: PASSWORD })
})

/** The NIP of the supervisor's team member with the most gaps (GET /gaps/employees in the supervisor's scope). */
async function teamMemberWithGaps(): Promise<string> {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(SUPERVISOR),
  })
  const me = (await login.json()) as { user: { nip: string } }
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const answer = await fetch(`${server.url}/api/v1/gaps/employees?limit=100`, { headers: { cookie } })
  const page = (await answer.json()) as { items: Array<{ nip: string; gap_count: number }> }
  const team = page.items.filter((e) => e.nip !== me.user.nip).sort((a, b) => b.gap_count - a.gap_count)
  if (!team[0] || team[0].gap_count === 0) throw new Error('no member of the demo supervisor\'s team has a measured gap')
  return team[0].nip
}

afterAll(async () => {
  for (const context of contexts) await context.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-participation-serve')
  if (dir) removeTempDir(dir)
})

/** A phone with its own profile, signed in as `user`. */
async function phoneFor(name: string, user: { username: string; password: string }): Promise<Page> {
  const context = await launchBrowser(dir, name, PHONE)
  contexts.push(context)
  const page = context.pages()[0] ?? (await context.newPage())
  await login(page, server.url, user)
  return page
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

describe('participation on a phone', () => {
  it('(1) the agency admin opens the proposal window of next year', async () => {
    const page = await phoneFor('opd', AGENCY_ADMIN)
    await page.goto(`${server.url}/usulan/opd`)
    await page.getByTestId('window-setting').waitFor()
    await page.getByTestId('window-opens').fill(isoDay(-1))
    await page.getByTestId('window-closes').fill(isoDay(30))
    await page.getByTestId('window-save').click()
    await page.getByTestId('window-current').filter({ hasText: 'sedang dibuka' }).waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'usulan-01-ponsel-masa-usulan')
  })

  it('(2) an employee proposes a competency from their own gaps in three steps and submits it', async () => {
    const page = await phoneFor('asn', EMPLOYEE)
    await page.getByTestId('menu-button').click()
    await page.getByTestId('main-nav').getByRole('link', { name: 'Usulan' }).click()
    await page.getByTestId('window-notice').filter({ hasText: 'dibuka sampai' }).waitFor()
    await screenshot(page, 'usulan-02-ponsel-usulan-saya')
    await page.getByTestId('new-proposal').click()
    await page.waitForURL(/\/usulan\/baru$/)

    const gaps = page.getByTestId('my-gaps').locator('label.option:not(.done)')
    await page.getByTestId('my-gaps').waitFor()
    expect(await gaps.count()).toBeGreaterThan(0)
    const first = gaps.first()
    competency = (await first.getAttribute('data-code')) ?? ''
    expect(await first.innerText()).toMatch(/kurang [\d,]+ level|belum dinilai/)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'usulan-03-ponsel-langkah-1')
    await first.click()
    await page.getByTestId('next').click()

    await page.getByTestId('form-select').selectOption('coaching')
    await page.locator('.segments label', { hasText: 'Tinggi' }).click()
    await screenshot(page, 'usulan-04-ponsel-langkah-2')
    await page.getByTestId('next').click()

    await page.getByTestId('reason').fill('Saya mulai memimpin tim lintas bidang pada Januari dan perlu memperkuat kompetensi ini.')
    await screenshot(page, 'usulan-05-ponsel-langkah-3')
    await page.getByTestId('submit').click()
    await page.getByTestId('confirm-sheet').waitFor()
    await screenshot(page, 'usulan-06-ponsel-konfirmasi')
    await page.getByTestId('sheet-confirm').click()

    await page.waitForURL(/\/usulan\/\d+\?saved=submitted$/)
    proposalId = /\/usulan\/(\d+)/.exec(page.url())?.[1] ?? ''
    await expect(page.getByTestId('status-chip').innerText()).resolves.toBe('Diajukan')
    await page.getByTestId('history').locator('li[data-action="submit"], li[data-action="create"]').first().waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'usulan-07-ponsel-diajukan')
  })

  it('(3) the supervisor sees it in the inbox and approves it with one tap and a confirmation', async () => {
    const page = await phoneFor('atasan', SUPERVISOR)
    const count = page.getByTestId('inbox-count')
    await count.waitFor()
    expect(Number(await count.innerText())).toBeGreaterThanOrEqual(1)
    await screenshot(page, 'usulan-08-ponsel-lonceng')
    await page.getByTestId('inbox-bell').click()
    await page.waitForURL(/\/kotak-masuk$/)
    const item = page.getByTestId('inbox-item').filter({ hasText: 'Usulan perlu ditinjau' }).first()
    await item.waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'usulan-09-ponsel-kotak-masuk')
    await item.locator('.open').click()
    await page.waitForURL(new RegExp(`/usulan/${proposalId}$`))

    await page.getByTestId('approve').click()
    await page.getByTestId('confirm-sheet').waitFor()
    await screenshot(page, 'usulan-10-ponsel-setujui')
    await page.getByTestId('sheet-confirm').click()
    await page.getByTestId('status-chip').filter({ hasText: 'Disetujui' }).waitFor()
    await page.getByTestId('history').locator('li[data-action="approve"]').waitFor()

    // The queue no longer holds it.
    await page.goto(`${server.url}/usulan/tinjau`)
    await page.getByTestId('review-queue').waitFor()
    expect(await page.locator(`[data-testid="review-queue"] [data-id="${proposalId}"]`).count()).toBe(0)
    await screenshot(page, 'usulan-11-ponsel-perlu-ditinjau')
  })

  it('(4) the agency view ranks the competency with its approved proposal beside the measured gaps', async () => {
    const page = await phoneFor('opd-rekap', AGENCY_ADMIN)
    await page.goto(`${server.url}/usulan/opd`)
    const table = page.getByTestId('ranking-table')
    await table.locator('tbody tr').first().waitFor()
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())))
    const index = rows.findIndex((cells) => cells[0]?.startsWith(competency))
    expect(index).toBeGreaterThanOrEqual(0)
    const row = rows[index]!
    expect(Number(row[2])).toBeGreaterThanOrEqual(1) // approved
    const scores = rows.map((cells) => Number(cells[6]))
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(await table.getByTestId('export-xlsx').getAttribute('href')).toContain('/proposals/report/export')
    expect(await page.locator(`[data-testid="proposal-table"] a[href="/usulan/${proposalId}"]`).count()).toBe(1)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'usulan-12-ponsel-rekap-opd')
  })

  it('(5) a forum post with a <script> payload shows as text and runs nothing', async () => {
    const page = await phoneFor('asn-forum', EMPLOYEE)
    await page.goto(`${server.url}/forum?usulan=${proposalId}`)
    await page.getByTestId('thread-list').or(page.locator('.empty-state')).first().waitFor()
    if (!(await page.getByTestId('new-thread').isVisible())) await page.getByTestId('new-thread-button').click()
    await page.getByTestId('new-thread').waitFor()
    await page.getByTestId('thread-title').fill('Siapa yang juga butuh coaching?')
    await page.getByTestId('thread-competency').fill(competency)
    await page.getByTestId('thread-body').fill(`Mohon **masukan**. ${PAYLOAD}`)
    await screenshot(page, 'usulan-13-ponsel-topik-baru')
    await page.getByTestId('thread-create').click()
    await page.waitForURL(/\/forum\/\d+$/)
    const body = page.getByTestId('post-body').first()
    await body.waitFor()
    expect(await body.innerText()).toContain('<script>window.xssRan = 1</script>')
    expect(await body.locator('strong').innerText()).toBe('masukan')
    expect(await body.locator('script, img').count()).toBe(0)
    await page.getByTestId('reply').fill('Saya juga, terutama untuk *rapat lintas bidang*.')
    await page.getByTestId('send').click()
    await page.getByTestId('post-body').nth(1).locator('em').waitFor()
    expect(await page.evaluate(() => (window as unknown as { xssRan?: number }).xssRan)).toBeUndefined()
    expect(await page.locator(`[data-testid="linked-proposals"] a[href="/usulan/${proposalId}"]`).count()).toBe(1)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'usulan-14-ponsel-forum')
  })
})
