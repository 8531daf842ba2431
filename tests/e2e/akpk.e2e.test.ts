// The needs-analysis pages (AKPK) in Chromium against a real server on the Jambi demo data (tests/e2e/harness.ts):
// the heatmap, the drill-down agency → employee → gap profile, an XLSX download, and phone widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  bangkom, checkPrerequisites, launchBrowser, login, makeTempDir, removeTempDir, saveServerLog, screenshot, startServer,
  type RunningServer,
} from './harness'

const PASSWORD = 'demo-e2e-rahasia-1'
const ADMIN = { username: 'admin', password: PASSWORD }
const AGENCY_ADMIN = { username: 'opd', password: PASSWORD }
const EMPLOYEE = { username: 'asn', password: PASSWORD }

let dir = ''
let server: RunningServer
let desktop: BrowserContext
let page: Page

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = join(dir, 'akpk.db')
  // The smallest demo (8 employees per agency, 45 agencies) has every source of assessment, SKP and JP history.
  await bangkom(['demo', '--db', db, '--employees', '360'], { BANGKOM_DEMO_PASSWORD: PASSWORD })
  server = await startServer(db, dir)
  desktop = await launchBrowser(dir, 'akpk-desktop')
  page = desktop.pages()[0] ?? (await desktop.newPage())
})

afterAll(async () => {
  await desktop?.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-akpk-serve')
  if (dir) removeTempDir(dir)
})

/** How far the page scrolls sideways (0 when it fits the viewport). */
const overflow = (target: Page) => target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe('needs analysis (AKPK) in Chromium', () => {
  it('(1) Beranda shows a manager the 20 JP compliance, the heatmap, the AKPK distribution and the not-assessed count', async () => {
    await login(page, server.url, ADMIN)
    const block = page.getByTestId('needs-dashboard')
    await block.getByTestId('gap-stats').waitFor()
    expect(await block.getByTestId('stat-jp').innerText()).toMatch(/\d+ dari \d+ pegawai sudah mencapai 20 JP/)
    expect(await block.getByTestId('stat-not-assessed').innerText()).toMatch(/\d/)
    expect(await block.getByTestId('akpk-distribution').innerText()).toContain('Pelatihan/pengembangan')
    await block.locator('[data-testid="heatmap-chart"] svg').waitFor()
    await screenshot(page, 'akpk-01-beranda')
  })

  it('(2) opens the heatmap and drills down from an agency row to its employees', async () => {
    await page.getByTestId('main-nav').getByRole('link', { name: 'Kebutuhan (AKPK)' }).click()
    await page.waitForURL(/\/akpk$/)
    const chart = page.locator('[data-testid="heatmap"] [data-testid="heatmap-chart"]')
    await chart.locator('svg').waitFor()
    // Every agency of the demo is a row of the map.
    await expect(page.locator('[data-testid="group-agency"] tbody tr').count()).resolves.toBe(45)
    await screenshot(page, 'akpk-02-peta')

    // The map as a table (its accessible form) leads to the agency as well.
    await page.getByTestId('heatmap-toggle').click()
    const firstRow = page.locator('[data-testid="heatmap-table"] tbody tr').first()
    const agencyName = (await firstRow.locator('a').innerText()).trim()
    await page.getByTestId('heatmap-toggle').click()
    await chart.locator('svg').waitFor()

    // A click on the agency's label in the chart opens its page.
    await chart.locator('svg text', { hasText: agencyName.slice(0, 12) }).first().click()
    await page.waitForURL(/\/akpk\/opd\//)
    // The heading shows the code until the agency's figures (with its name) arrive.
    await page.getByTestId('agency-title').filter({ hasText: agencyName }).waitFor()
    await page.getByTestId('nine-box').waitFor()
    await page.locator('[data-testid="employee-table"] tbody tr').first().waitFor()
    await screenshot(page, 'akpk-03-opd')
  })

  it('(3) filters the agency by a 9-box box and opens an employee\'s gap profile', async () => {
    const table = page.getByTestId('employee-table')
    const rowsBefore = await table.locator('tbody tr').count()
    const fullest = await page.evaluate(() => {
      const counts = [...document.querySelectorAll<HTMLElement>('[data-box]')]
        .map((el) => ({ box: el.dataset.box ?? '', n: Number(el.querySelector('.box-count')?.textContent ?? 0) }))
      return counts.sort((a, b) => b.n - a.n)[0]
    })
    if (fullest && fullest.n > 0 && fullest.n < rowsBefore) {
      await page.locator(`[data-box="${fullest.box}"]`).click()
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="employee-table"] tbody tr').length === n, fullest.n)
      await page.locator(`[data-box="${fullest.box}"]`).click()
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="employee-table"] tbody tr').length === n, rowsBefore)
    }

    const link = table.locator('tbody tr a[data-nip]').first()
    const nip = await link.getAttribute('data-nip')
    await link.click()
    await page.waitForURL(new RegExp(`/akpk/pegawai/${nip}$`))
    await page.getByTestId('level-bars').waitFor()
    expect((await page.getByTestId('employee-nip').innerText()).replace(/\s/g, '')).toBe(nip)
    expect(await page.getByTestId('gap-table').innerText()).toMatch(/Asesmen|Atasan|Rekan kerja|Mandiri|belum dinilai/)
    await page.getByTestId('jp-card').waitFor()
    await screenshot(page, 'akpk-04-profil-kesenjangan')
  })

  it('(4) downloads the agency\'s employees as an XLSX file', async () => {
    await page.goBack()
    const button = page.getByTestId('employee-table').getByTestId('export-xlsx')
    await button.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const path = join(dir, 'pegawai-akpk.xlsx')
    await download.saveAs(path)
    const bytes = readFileSync(path)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(bytes.length).toBeGreaterThan(1000)
  })

  it('(5) on a phone an employee goes from the menu straight to their own gap profile, without sideways scrolling', async () => {
    const phone = await launchBrowser(dir, 'akpk-phone', { viewport: { width: 390, height: 844 }, mobile: true })
    try {
      const mobile = phone.pages()[0] ?? (await phone.newPage())
      await login(mobile, server.url, EMPLOYEE)
      expect(await overflow(mobile)).toBeLessThanOrEqual(0)
      await mobile.getByTestId('menu-button').click()
      await mobile.getByTestId('main-nav').getByRole('link', { name: 'Kebutuhan (AKPK)' }).click()
      await mobile.waitForURL(/\/akpk\/pegawai\/\d{18}$/)
      await mobile.getByTestId('level-bars').waitFor()
      await expect(mobile.locator('h1').innerText()).resolves.toBe('Kesenjangan kompetensi saya')
      expect(await overflow(mobile)).toBeLessThanOrEqual(0)
      await screenshot(mobile, 'akpk-05-ponsel-kesenjangan-saya')

      await mobile.goto(`${server.url}/profil`)
      await mobile.getByTestId('my-gaps').waitFor()
      expect(await overflow(mobile)).toBeLessThanOrEqual(0)
    } finally {
      await phone.close()
    }
  })

  it('(6) on a phone the manager pages fit the width: Beranda, the heatmap, the agency and a gap profile', async () => {
    const phone = await launchBrowser(dir, 'akpk-phone-opd', { viewport: { width: 390, height: 844 }, mobile: true })
    try {
      const mobile = phone.pages()[0] ?? (await phone.newPage())
      await login(mobile, server.url, AGENCY_ADMIN)
      await mobile.getByTestId('needs-dashboard').getByTestId('gap-stats').waitFor()
      expect(await overflow(mobile)).toBeLessThanOrEqual(0)
      await screenshot(mobile, 'akpk-06-ponsel-beranda-opd')

      await mobile.goto(`${server.url}/akpk`)
      await mobile.getByTestId('heatmap-table').waitFor()
      expect(await overflow(mobile)).toBeLessThanOrEqual(0)
      await screenshot(mobile, 'akpk-07-ponsel-peta')

      await mobile.goto(`${server.url}/akpk/opd/DINKES`)
      await mobile.locator('[data-testid="employee-table"] tbody tr').first().waitFor()
      expect(await overflow(mobile)).toBeLessThanOrEqual(0)
      await screenshot(mobile, 'akpk-08-ponsel-opd')

      await mobile.locator('[data-testid="employee-table"] tbody a[data-nip]').first().click()
      await mobile.getByTestId('level-bars').waitFor()
      expect(await overflow(mobile)).toBeLessThanOrEqual(0)
    } finally {
      await phone.close()
    }
  })
})
