// The SKM report of one service unit (issue 8) in Chromium on the Jambi demo data (SKM answers of the current year):
// the BKD admin opens Survei Kepuasan, narrows it to the agency of a unit with answers, opens the unit's trend and
// report, types the number of people served and reads the Krejcie–Morgan sentence (a refused number is a field
// error), then downloads the report as a PDF that states the same sample check; beside the trend, the unit's IKM per
// respondent group (sex, age band, education, occupation) as the API gives it, in both languages and on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  bangkom, checkPrerequisites, launchBrowser, login, makeTempDir, removeTempDir, saveServerLog, startServer,
  type RunningServer,
} from './harness'

const PASSWORD = 'demo-e2e-rahasia-2'
const SHOTS = process.env.BANGKOM_SCREENSHOTS ?? '/tmp'
const YEAR = new Date().getFullYear()
// Krejcie–Morgan (α 0,05): 357 respondents are needed for 5 000 people served.
const SERVED = '5.000'
const REQUIRED = 357

let dir = ''
let server: RunningServer
let context: BrowserContext
let phone: BrowserContext | undefined
let admin: Page

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = join(dir, 'skm.db')
  await bangkom(['demo', '--db', db, '--employees', '360'], { BANGKOM_DEMO_PASSWORD: PASSWORD })
  server = await startServer(db, dir)
  context = await launchBrowser(dir, 'skm-report')
  admin = context.pages()[0] ?? (await context.newPage())
  await login(admin, server.url, { username: 'admin', password: PASSWORD })
})

afterAll(async () => {
  await phone?.close()
  await context?.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-skm-report-serve')
  if (dir) removeTempDir(dir)
})

interface UnitRow { unit: string; name: string; agency: string; respondents: number }
interface Group { value: string; name: string; respondents: number; index: number | null; grade: string | null }
interface Dimension { dimension: string; name: string; groups: Group[] }

/** An IKM figure as the dashboard writes it: two decimals, a comma. */
const ikmText = (value: number) => value.toFixed(2).replace('.', ',')

describe('the SKM report of a service unit', () => {
  let unit: UnitRow

  it('checks the sample against the people served and downloads the report as a PDF', async () => {
    // A unit with answers this year, from the same list the page shows (the browser's session).
    const overview = await admin.request.get(`${server.url}/api/v1/ikm/units?from=${YEAR}-01-01&to=${YEAR}-12-31`)
    expect(overview.status()).toBe(200)
    unit = ((await overview.json()) as { units: UnitRow[] }).units.find((u) => u.respondents > 0)!
    expect(unit).toBeDefined()

    await admin.locator('[data-nav="survei"]').first().click()
    await admin.waitForURL(/\/survei$/)
    await admin.getByTestId('skm-units').waitFor()
    await admin.getByTestId('skm-agency').selectOption(unit.agency)
    const row = admin.locator(`[data-testid="skm-units"] tr[data-unit="${unit.unit}"]`)
    await row.waitFor()
    await row.getByTestId('skm-trend').click()
    const report = admin.locator('[data-testid="skm-trend-panel"] [data-testid="skm-report"]')
    await report.waitFor()
    await expect(report.innerText()).resolves.toContain(`Periode 1 Januari ${YEAR} s.d. 31 Desember ${YEAR}`)

    // A number the server refuses is said at the field, and the links stay without it.
    const served = report.getByLabel('Jumlah orang dilayani pada periode ini')
    await served.fill('0')
    const fieldError = report.getByTestId('skm-served-error')
    await fieldError.waitFor()
    await expect(fieldError.innerText()).resolves.toBe('Isi jumlah orang dilayani dengan bilangan bulat 1 sampai 100.000.000.')
    await expect(served.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(report.getByTestId('skm-report-pdf').getAttribute('href')).resolves.not.toContain('served')

    // 5.000 typed the Indonesian way: the sentence after the pause in typing.
    await served.fill(SERVED)
    const sample = report.getByTestId('skm-sample')
    await sample.waitFor()
    expect(await fieldError.count()).toBe(0)
    const adequate = unit.respondents >= REQUIRED
    const respondents = unit.respondents.toLocaleString('de-DE')  // dots between thousands, as id-ID writes them
    await expect(sample.innerText()).resolves.toBe(adequate
      ? `Sampel memadai: ${respondents} responden dari minimal ${REQUIRED} untuk ${SERVED} orang dilayani`
      : `Sampel belum memadai: perlu minimal ${REQUIRED} responden untuk ${SERVED} orang dilayani, baru ${respondents}`)
    await expect(sample.getAttribute('data-adequate')).resolves.toBe(String(adequate))
    const pdfLink = report.getByTestId('skm-report-pdf')
    await expect(pdfLink.innerText()).resolves.toBe('Unduh laporan PDF')
    await expect(report.getByTestId('skm-report-xlsx').innerText()).resolves.toBe('Unduh XLSX')
    const href = (await pdfLink.getAttribute('href'))!
    expect(href).toBe(`/api/v1/ikm/units/${encodeURIComponent(unit.unit)}/export?from=${YEAR}-01-01&to=${YEAR}-12-31&served=5000&format=pdf&lang=id`)

    await report.scrollIntoViewIfNeeded()
    mkdirSync(SHOTS, { recursive: true })
    await admin.screenshot({ path: join(SHOTS, 'skm-report.png'), fullPage: true, animations: 'disabled' })

    // The link's answer: a PDF under the report's name.
    const response = await admin.request.get(`${server.url}${href}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect(response.headers()['content-disposition']).toContain(`filename="laporan_skm_${unit.unit}.pdf"`)
    expect((await response.body()).subarray(0, 4).toString('latin1')).toBe('%PDF')

    // Clicking it downloads the same report, stating the sample check.
    const [download] = await Promise.all([admin.waitForEvent('download'), pdfLink.click()])
    expect(download.suggestedFilename()).toBe(`laporan_skm_${unit.unit}.pdf`)
    const pdf = join(dir, 'laporan.pdf')
    await download.saveAs(pdf)
    expect(readFileSync(pdf).subarray(0, 4).toString('latin1')).toBe('%PDF')
    const text = execFileSync('pdftotext', ['-q', pdf, '-']).toString()
    expect(text).toContain('LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT')
    expect(text).toContain(unit.name)
    expect(text).toContain(`minimal ${REQUIRED} responden untuk ${SERVED} orang dilayani`)
  })

  it('shows the unit\'s IKM per respondent group for the same period, as the API gives it', async () => {
    const answer = await admin.request.get(
      `${server.url}/api/v1/ikm/units/${encodeURIComponent(unit.unit)}/groups?from=${YEAR}-01-01&to=${YEAR}-12-31`)
    expect(answer.status()).toBe(200)
    const dimensions = ((await answer.json()) as { dimensions: Dimension[] }).dimensions
    expect(dimensions.map((d) => d.dimension)).toEqual(['jenis_kelamin', 'umur', 'pendidikan', 'pekerjaan'])

    const section = admin.locator('[data-testid="skm-trend-panel"] [data-testid="skm-groups"]')
    await section.locator('table[data-dimension]').first().waitFor()
    await expect(section.locator('h4').innerText()).resolves.toBe('Menurut kelompok responden')
    await expect(section.getByTestId('skm-groups-caution').innerText()).resolves.toContain('sedikit responden')
    await expect(section.locator('table[data-dimension] caption').allInnerTexts())
      .resolves.toEqual(['Jenis kelamin', 'Umur', 'Pendidikan', 'Pekerjaan'])
    for (const d of dimensions) {
      // Every respondent falls in one group of each dimension ("Tidak diisi" when the question was left empty).
      expect(d.groups.reduce((sum, g) => sum + g.respondents, 0), d.dimension).toBe(unit.respondents)
      const rows = section.locator(`table[data-dimension="${d.dimension}"] tbody tr`)
      await expect(rows.count()).resolves.toBe(d.groups.length)
      for (const [i, g] of d.groups.entries()) {
        const row = rows.nth(i)
        await expect(row.getAttribute('data-group')).resolves.toBe(g.value)
        await expect(row.locator('th').innerText()).resolves.toBe(g.name)
        await expect(row.locator('[data-cell="respondents"]').innerText()).resolves.toBe(g.respondents.toLocaleString('de-DE'))
        await expect(row.locator('[data-cell="value"]').innerText()).resolves.toBe(g.index === null ? '—' : ikmText(g.index))
        if (g.grade) await expect(row.locator('[data-cell="grade"]').innerText()).resolves.toBe(g.grade)
        if (g.index === null) {
          // An incomplete group (an element nobody in it answered): a dash, and why on hover.
          await expect(row.locator('[data-cell="index"]').getAttribute('title')).resolves.toContain('belum dijawab oleh kelompok ini')
        }
      }
    }
    await section.scrollIntoViewIfNeeded()
    await admin.screenshot({ path: join(SHOTS, 'skm-groups.png'), fullPage: true, animations: 'disabled' })
  })

  it('follows the interface language: the sentence and the links in English, the workbook as a zip', async () => {
    await admin.locator('[data-lang="en"]').first().click()
    const report = admin.locator('[data-testid="skm-trend-panel"] [data-testid="skm-report"]')
    await expect(report.getByTestId('skm-sample').innerText()).resolves.toMatch(/^Sample (adequate|not yet adequate): /)
    const xlsx = report.getByTestId('skm-report-xlsx')
    await expect(xlsx.innerText()).resolves.toBe('Download XLSX')
    const href = (await xlsx.getAttribute('href'))!
    expect(href).toContain('served=5000&format=xlsx&lang=en')
    const response = await admin.request.get(`${server.url}${href}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-disposition']).toContain(`filename="laporan_skm_${unit.unit}.xlsx"`)
    expect((await response.body()).subarray(0, 2).toString('latin1')).toBe('PK')
    // The groups are asked for again: their names come from the server in the interface language.
    const groups = admin.locator('[data-testid="skm-trend-panel"] [data-testid="skm-groups"]')
    await expect(groups.locator('h4').innerText()).resolves.toBe('By respondent group')
    await groups.locator('table[data-dimension] caption', { hasText: 'Sex' }).waitFor()
    await expect(groups.locator('table[data-dimension] caption').allInnerTexts()).resolves.toEqual(['Sex', 'Age', 'Education', 'Occupation'])
    await admin.screenshot({ path: join(SHOTS, 'skm-report-en.png'), fullPage: true, animations: 'disabled' })
    await admin.locator('[data-lang="id"]').first().click()
  })

  it('fits a phone: the report form and its links without sideways scrolling', async () => {
    phone = await launchBrowser(dir, 'skm-report-phone', { viewport: { width: 390, height: 844 }, mobile: true })
    const page = phone.pages()[0] ?? (await phone.newPage())
    await login(page, server.url, { username: 'admin', password: PASSWORD })
    await page.goto(`${server.url}/survei`)
    await page.getByTestId('skm-agency').selectOption(unit.agency)
    const row = page.locator(`[data-testid="skm-units"] tr[data-unit="${unit.unit}"]`)
    await row.getByTestId('skm-trend').click()
    const report = page.locator('[data-testid="skm-report"]')
    await report.getByTestId('skm-served').fill(SERVED)
    await report.getByTestId('skm-sample').waitFor()
    const groups = page.getByTestId('skm-groups')
    await groups.locator('table[data-dimension="pekerjaan"]').waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await report.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'skm-report-phone.png'), animations: 'disabled' })
    // Each group table fits the phone's width, its respondents and score in view.
    for (const table of await groups.locator('table[data-dimension]').all()) {
      const box = (await table.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
    }
    await groups.screenshot({ path: join(SHOTS, 'skm-groups-phone.png'), animations: 'disabled' })
  })
})
