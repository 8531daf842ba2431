// The public satisfaction survey on a phone (issue 8): Chromium at 390×844 opens /survei/<unit> without signing in,
// answers the nine questions with taps, sends, and sees the thank-you text; the answer reaches the unit's IKM.
// Then the BKD admin opens the SKM dashboard (/survei), finds the answer in the unit's IKM, downloads the unit's
// poster, and the QR code on it (read with pdftoppm + zbarimg, as a phone camera would) opens the same survey.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  ADMIN, SCREENSHOTS, checkPrerequisites, launchBrowser, login, makeDatabase, makeTempDir, removeTempDir, startServer,
  type RunningServer,
} from './harness'

// Screenshots go where BANGKOM_SCREENSHOTS says (e.g. /tmp), else beside the other e2e screenshots.
const SHOTS = process.env.BANGKOM_SCREENSHOTS ?? SCREENSHOTS
const UNIT = 'DINKES-YANKES'

let dir = ''
let server: RunningServer
let phone: BrowserContext
let page: Page

async function shot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' })
}

/** How far the page scrolls sideways (0 when it fits the phone's width). */
function overflow(p: Page): Promise<number> {
  return p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = await makeDatabase(dir)
  server = await startServer(db, dir)
  phone = await launchBrowser(dir, 'survey-phone', { viewport: { width: 390, height: 844 }, mobile: true })
  page = phone.pages()[0] ?? (await phone.newPage())
})

let desk: BrowserContext | undefined

afterAll(async () => {
  await desk?.close()
  await phone?.close()
  await server?.stop()
  if (dir) removeTempDir(dir)
})

describe('public survey on a phone', () => {
  it('opens without signing in, takes nine taps and thanks the respondent', async () => {
    await page.goto(`${server.url}/survei/${UNIT}`)
    await expect(page.getByTestId('survey-unit').innerText()).resolves.toBe('Bidang Pelayanan Kesehatan')
    expect(page.url()).toContain(`/survei/${UNIT}`)  // no detour to the login page
    await expect(page.locator('h1').innerText()).resolves.toBe('Survei Kepuasan Masyarakat')
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await shot('survey-phone-1-form')

    // Every answer is a tap target of at least 44 px on the phone.
    const option = await page.getByTestId('q-u1').locator('label.option').first().boundingBox()
    expect(option!.height).toBeGreaterThanOrEqual(44)

    const picks = ['Sangat sesuai', 'Mudah', 'Cepat', 'Gratis', 'Sesuai', 'Kompeten', 'Sangat sopan dan ramah',
      'Dikelola dengan baik', 'Baik']
    for (const [i, label] of picks.entries()) {
      await page.getByTestId(`q-u${i + 1}`).getByText(label, { exact: true }).tap()
    }
    await page.getByLabel('Jenis kelamin').selectOption('P')
    await page.getByLabel('Umur (tahun)').fill('29')
    await page.getByLabel(/Saran dan masukan/).fill('Ruang tunggu nyaman')
    await expect(page.getByText('9 dari 9 pertanyaan dijawab').count()).resolves.toBe(1)
    await shot('survey-phone-2-answered')

    await page.getByTestId('survey-submit').tap()
    const thanks = page.getByTestId('survey-thanks')
    await thanks.waitFor()
    await expect(thanks.innerText()).resolves.toContain('Terima kasih!')
    await expect(thanks.innerText()).resolves.toContain('Bidang Pelayanan Kesehatan')
    await shot('survey-phone-3-thanks')
  })

  it('switches the questions to English', async () => {
    await page.getByTestId('survey-thanks').getByRole('button').tap()
    await page.locator('[data-lang="en"]').tap()
    // the wording is fetched again in the chosen language: wait for it rather than read it at once
    await page.getByTestId('q-u9').filter({ hasText: 'Very good' }).waitFor()
    await expect(page.getByTestId('q-u9').innerText()).resolves.toContain('Very good')
    await expect(page.locator('h1').innerText()).resolves.toBe('Public Satisfaction Survey')
    await page.locator('[data-lang="id"]').tap()
    await page.getByTestId('q-u9').filter({ hasText: 'Sangat baik' }).waitFor()
    await expect(page.getByTestId('q-u9').innerText()).resolves.toContain('Sangat baik')
  })

  it('counts the answer in the unit\'s IKM', async () => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
    const cookie = /bangkom_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0]
    const ikm = await (await fetch(`${server.url}/api/v1/ikm/units/${UNIT}`, { headers: { cookie } })).json()
    expect(ikm.respondents).toBe(1)
    expect(ikm.nrr).toEqual([4, 3, 3, 4, 3, 3, 4, 4, 3])
  })
})

describe('the SKM dashboard and the unit\'s poster', () => {
  it('shows the answer in the unit\'s IKM and prints a poster whose QR code opens the survey', async () => {
    desk = await launchBrowser(dir, 'skm-admin')
    const admin = desk.pages()[0] ?? (await desk.newPage())
    await login(admin, server.url, ADMIN)
    await admin.locator('[data-nav="survei"]').first().click()
    await admin.waitForURL(/\/survei$/)
    const row = admin.locator(`[data-testid="skm-units"] [data-unit="${UNIT}"]`)
    await row.waitFor()
    // The phone's answer: NRR 4,3,3,4,3,3,4,4,3 → IKM 31/9 → 86,11, grade B.
    await expect(row.locator('[data-cell="index"]').innerText()).resolves.toBe('86,11')
    await expect(row.locator('[data-cell="grade"]').innerText()).resolves.toBe('B · Baik')
    // The unit's trend per quarter: the one answer makes one quarter with the same index.
    await row.getByTestId('skm-trend').click()
    const quarters = admin.locator('[data-testid="skm-trend-panel"] [data-quarter]')
    await quarters.first().waitFor()
    expect(await quarters.count()).toBe(1)
    await expect(quarters.first().locator('[data-cell="index"]').innerText()).resolves.toBe('86,11')
    await expect(quarters.first().innerText()).resolves.toMatch(/Triwulan (I|II|III|IV) \d{4}/)
    await admin.screenshot({ path: join(SHOTS, 'skm-dashboard.png'), fullPage: true, animations: 'disabled' })

    const [download] = await Promise.all([admin.waitForEvent('download'), row.getByTestId('skm-poster').click()])
    expect(download.suggestedFilename()).toBe(`poster_skm_${UNIT}.pdf`)
    const pdf = join(dir, 'poster.pdf')
    await download.saveAs(pdf)
    execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', pdf, join(dir, 'poster')])
    const address = execFileSync('zbarimg', ['-q', '--raw', join(dir, 'poster.png')], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString().trim()
    expect(address).toBe(`${server.url}/survei/${UNIT}`)
    const text = execFileSync('pdftotext', ['-q', pdf, '-']).toString()
    expect(text).toContain('SURVEI KEPUASAN MASYARAKAT')
    expect(text).toContain('Bidang Pelayanan Kesehatan')

    await page.goto(address)
    await expect(page.getByTestId('survey-unit').innerText()).resolves.toBe('Bidang Pelayanan Kesehatan')
  })
})
