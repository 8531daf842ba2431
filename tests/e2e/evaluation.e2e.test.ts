// Program evaluation (issue 8) in Chromium on the Jambi demo data (pre/post tests, reactions, 360 and SKM of the
// current year): the BKD admin opens Evaluasi, sees this year's offerings with their verdicts and q-values,
// opens one and reads its verdict in plain words with the four levels; the agency's pengelola reads the same page
// on a phone without sideways scrolling; the offering's PDF report and the year's XLSX download from the pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  bangkom, checkPrerequisites, launchBrowser, login, makeTempDir, removeTempDir, saveServerLog, startServer,
  type RunningServer,
} from './harness'

const PASSWORD = 'demo-e2e-rahasia-2'
const SHOTS = process.env.BANGKOM_SCREENSHOTS ?? '/tmp'
const VERDICTS = ['Efektif', 'Tidak signifikan', 'Menurun', 'Data kurang']

let dir = ''
let server: RunningServer
const contexts: BrowserContext[] = []
let detailPath = ''

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = join(dir, 'evaluasi.db')
  await bangkom(['demo', '--db', db, '--employees', '360'], { BANGKOM_DEMO_PASSWORD: PASSWORD })
  server = await startServer(db, dir)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-evaluation-serve')
  if (dir) removeTempDir(dir)
})

async function browserFor(name: string, username: string, phone = false): Promise<Page> {
  const context = await launchBrowser(dir, name, phone ? { viewport: { width: 390, height: 844 }, mobile: true } : {})
  contexts.push(context)
  const page = context.pages()[0] ?? (await context.newPage())
  await login(page, server.url, { username, password: PASSWORD })
  return page
}

describe('program evaluation', () => {
  it('lists this year\'s offerings with verdicts and opens one', async () => {
    const admin = await browserFor('eval-admin', 'admin')
    await admin.locator('[data-nav="evaluasi"]').first().click()
    await admin.waitForURL(/\/evaluasi$/)
    const rows = admin.locator('[data-testid="eval-table"] tbody tr')
    await rows.first().waitFor({ timeout: 30_000 })
    expect(await rows.count()).toBeGreaterThan(0)
    for (const v of await admin.locator('[data-testid="eval-table"] [data-cell="verdict"]').allTextContents()) {
      expect(VERDICTS).toContain(v.trim())
    }
    await admin.screenshot({ path: join(SHOTS, 'evaluation-list.png'), fullPage: true, animations: 'disabled' })
    const offering = await rows.first().getAttribute('data-offering')
    await rows.first().locator('a').click()
    await admin.waitForURL(new RegExp(`/evaluasi/${offering}$`))
    detailPath = new URL(admin.url()).pathname
    const verdict = admin.getByTestId('eval-verdict')
    await verdict.waitFor()
    expect(['efektif', 'tidak_signifikan', 'menurun', 'data_kurang']).toContain(await verdict.getAttribute('data-verdict'))
    expect((await admin.getByTestId('eval-reason').innerText()).length).toBeGreaterThan(10)
    expect(await admin.locator('[data-level]').count()).toBe(4)
    await admin.screenshot({ path: join(SHOTS, 'evaluation-detail.png'), fullPage: true, animations: 'disabled' })

    // The report of the same offering, as printed for a meeting: its verdict in the PDF's words.
    const verdictCode = await verdict.getAttribute('data-verdict')
    const [pdf] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('eval-report-pdf').click()])
    expect(pdf.suggestedFilename()).toBe(`evaluasi_${offering}.pdf`)
    const file = join(dir, 'evaluasi.pdf')
    await pdf.saveAs(file)
    const text = execFileSync('pdftotext', ['-q', file, '-']).toString().replace(/\s+/g, ' ')
    expect(text).toContain('LAPORAN EVALUASI PROGRAM PENGEMBANGAN KOMPETENSI')
    expect(text).toContain(`${offering}`)
    expect(text).toContain(`Putusan : ${{ efektif: 'Efektif', tidak_signifikan: 'Tidak signifikan', menurun: 'Menurun',
      data_kurang: 'Data kurang' }[verdictCode!]}`)
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', file,
      join(SHOTS, 'evaluation-pdf-page1')])

    // Back on the list, the year's workbook (a zip) downloads.
    await admin.getByRole('link', { name: /Semua evaluasi/ }).click()
    await admin.waitForURL(/\/evaluasi$/)
    const [xlsx] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('eval-export-xlsx').click()])
    expect(xlsx.suggestedFilename()).toBe(`evaluasi_${new Date().getFullYear()}.xlsx`)
    const workbook = readFileSync((await xlsx.path())!)
    expect([...workbook.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    expect(workbook.includes(Buffer.from('xl/worksheets/sheet2.xml'))).toBe(true) // the list and the summary
  })

  it('reads on a phone without sideways scrolling', async () => {
    const phone = await browserFor('eval-phone', 'opd', true)
    await phone.goto(`${server.url}${detailPath}`)
    await phone.getByTestId('eval-verdict').waitFor()
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await phone.screenshot({ path: join(SHOTS, 'evaluation-phone.png'), fullPage: true, animations: 'disabled' })
  })
})
