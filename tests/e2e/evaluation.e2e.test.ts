// Program evaluation (issue 8) in Chromium on the Jambi demo data (pre/post tests, reactions, 360 and SKM of the
// current year): the BKD admin opens Evaluasi, sees this year's offerings with their verdicts and q-values,
// opens one and reads its verdict in plain words with the four levels; the agency's pengelola reads the same page
// on a phone without sideways scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
  })

  it('reads on a phone without sideways scrolling', async () => {
    const phone = await browserFor('eval-phone', 'opd', true)
    await phone.goto(`${server.url}${detailPath}`)
    await phone.getByTestId('eval-verdict').waitFor()
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await phone.screenshot({ path: join(SHOTS, 'evaluation-phone.png'), fullPage: true, animations: 'disabled' })
  })
})
