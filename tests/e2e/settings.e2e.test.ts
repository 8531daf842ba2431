// Pengaturan (docs/settings-api.md) in Chromium: the BKD admin sets the document's signatory and public address and
// finds them kept after a reload, sees the server refuse an alpha of 1,5 at that field with nothing stored, moves a
// source of the needs analysis and saves, sets the high potential to 77,5 (a whole default the server does not keep
// whole, by its `whole_numbers`) and finds it kept after a reload, and puts the documents back to their defaults; the
// auditor reads the same page on a phone, every input disabled and no button to press, without sideways scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import {
  ADMIN, bangkom, checkPrerequisites, launchBrowser, login, makeDatabase, makeTempDir, removeTempDir, saveServerLog,
  startServer, type RunningServer,
} from './harness'

const AUDITOR = { username: 'inspektur', password: 'inspektur-e2e-rahasia-1' }
const SHOTS = process.env.BANGKOM_SCREENSHOTS ?? '/tmp'
const PPK_NAME = 'Dr. H. Al Haris, S.Sos., M.H.'
const PUBLIC_URL = 'https://bangkom.jambiprov.go.id'
const PHONE = { viewport: { width: 390, height: 844 }, mobile: true }

let dir = ''
let server: RunningServer
const contexts: BrowserContext[] = []

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = await makeDatabase(dir)
  await bangkom(['user', 'add', '--db', db, '--username', AUDITOR.username, '--role', 'auditor', '--name', 'Inspektorat'],
    { BANGKOM_PASSWORD: AUDITOR.password })
  server = await startServer(db, dir)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-settings-serve')
  if (dir) removeTempDir(dir)
})

async function browserFor(name: string, user: { username: string; password: string }, phone = false): Promise<Page> {
  const context = await launchBrowser(dir, name, phone ? PHONE : {})
  contexts.push(context)
  const page = context.pages()[0] ?? (await context.newPage())
  await login(page, server.url, user)
  return page
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `settings-${name}.png`), fullPage: true, animations: 'disabled' })
const card = (page: Page, key: string): Locator => page.locator(`[data-setting="${key}"]`)
const field = (page: Page, key: string, name: string): Locator => page.locator(`#setting-${key}-${name}`)

interface StoredSetting { stored: boolean; values: Record<string, unknown>; whole_numbers: string[] }

/** The stored setting as the API answers it, read with the page's session. */
async function stored(page: Page, key: string): Promise<StoredSetting> {
  const response = await page.request.get(`${server.url}/api/v1/settings/${key}`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { setting: StoredSetting }).setting
}

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
}

describe('settings', () => {
  let admin: Page

  it('keeps the document\'s signatory and public address after a reload, marked Diubah', async () => {
    admin = await browserFor('settings-admin', ADMIN)
    await admin.locator('[data-nav="pengaturan"]').first().click()
    await admin.waitForURL(/\/pengaturan$/)
    await card(admin, 'plan').waitFor()
    expect(await admin.locator('[data-testid="setting-card"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-setting'))))
      .toEqual(['document', 'evaluation', 'delivery', 'analysis', 'plan'])
    expect(await admin.getByTestId('settings-applies').innerText()).toContain('rencana yang sudah disimpan tetap memakai pengaturan saat dibuat')
    expect((await card(admin, 'document').getByTestId('setting-badge').innerText()).trim()).toBe('Bawaan')
    await shot(admin, 'admin-desk')

    await field(admin, 'document', 'ppk_name').fill(PPK_NAME)
    await field(admin, 'document', 'public_url').fill(PUBLIC_URL)
    await card(admin, 'document').getByTestId('setting-save').click()
    await expect.poll(() => card(admin, 'document').getByTestId('setting-notice').innerText()).toBe('Tersimpan')
    expect((await card(admin, 'document').getByTestId('setting-badge').innerText()).trim()).toBe('Diubah')

    await admin.reload()
    await card(admin, 'document').waitFor()
    expect(await field(admin, 'document', 'ppk_name').inputValue()).toBe(PPK_NAME)
    expect(await field(admin, 'document', 'public_url').inputValue()).toBe(PUBLIC_URL)
    expect((await card(admin, 'document').getByTestId('setting-badge').innerText()).trim()).toBe('Diubah')
    expect(await card(admin, 'document').getByTestId('setting-changed-by').innerText()).toMatch(/^Terakhir diubah oleh .+ pada \d{1,2} \S+ \d{4}/)
    expect(await card(admin, 'document').locator('[data-field="setting-document-ppk_name"] [data-testid="default-note"]').innerText())
      .toBe('Bawaan: (kosong)')
    const doc = await stored(admin, 'document')
    expect([doc.stored, doc.values.ppk_name, doc.values.public_url]).toEqual([true, PPK_NAME, PUBLIC_URL])
  })

  it('shows the server\'s refusal of an alpha of 1,5 at that field and stores nothing', async () => {
    const alpha = field(admin, 'evaluation', 'alpha')
    await alpha.fill('1,5')
    const [response] = await Promise.all([
      admin.waitForResponse((r) => r.url().endsWith('/api/v1/settings/evaluation') && r.request().method() === 'PUT'),
      card(admin, 'evaluation').getByTestId('setting-save').click(),
    ])
    expect(response.status()).toBe(400)
    const refusal = (await response.json()) as { error: { message: string; details?: Array<{ column?: string; message: string }> } }
    const detail = refusal.error.details?.find((d) => d.column === 'alpha')
    expect(detail, JSON.stringify(refusal)).toBeDefined()
    const error = admin.locator('[data-field="setting-evaluation-alpha"] [data-testid="field-error"]')
    await error.waitFor()
    expect(await error.innerText()).toBe(detail!.message || refusal.error.message)
    expect(await alpha.getAttribute('aria-invalid')).toBe('true')
    expect(await alpha.inputValue()).toBe('1,5')
    expect(await card(admin, 'evaluation').getByTestId('setting-notice').count()).toBe(0)
    expect((await card(admin, 'evaluation').getByTestId('setting-badge').innerText()).trim()).toBe('Bawaan')
    await card(admin, 'evaluation').screenshot({ path: join(SHOTS, 'settings-alpha-refused.png'), animations: 'disabled' })
    const evaluation = await stored(admin, 'evaluation')
    expect([evaluation.stored, evaluation.values.alpha]).toEqual([false, 0.05])
    await alpha.fill('0,05')
  })

  it('moves a source of the needs analysis and saves the new order', async () => {
    await card(admin, 'analysis').getByRole('button', { name: 'Naikkan Penilaian atasan' }).click()
    const list = admin.getByTestId('setting-analysis-source_order-list')
    expect(await list.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-code'))))
      .toEqual(['atasan', 'asesmen', 'rekan', 'mandiri'])
    await card(admin, 'analysis').getByTestId('setting-save').click()
    await expect.poll(() => card(admin, 'analysis').getByTestId('setting-notice').innerText()).toBe('Tersimpan')
    expect((await stored(admin, 'analysis')).values.source_order).toEqual(['atasan', 'asesmen', 'rekan', 'mandiri'])
    await card(admin, 'analysis').screenshot({ path: join(SHOTS, 'settings-analysis-saved.png'), animations: 'disabled' })
  })

  it('keeps a high potential of 77,5 after a reload: a whole default, but not a number the server keeps whole', async () => {
    // The server says which numbers stay whole; the page follows it rather than the look of the default (80).
    const response = await admin.request.get(`${server.url}/api/v1/settings`)
    expect(response.status()).toBe(200)
    const all = ((await response.json()) as { settings: Array<{ key: string } & StoredSetting> }).settings
    const analysis = all.find((s) => s.key === 'analysis')!
    expect(analysis.whole_numbers).toEqual(expect.arrayContaining(['window_years', 'jp_target', 'predikat_score.baik']))
    expect(analysis.whole_numbers).not.toContain('potential_high')
    expect(all.every((s) => Array.isArray(s.whole_numbers))).toBe(true)

    const high = field(admin, 'analysis', 'potential_high')
    expect(await high.getAttribute('inputmode')).toBe('decimal')
    expect(await field(admin, 'analysis', 'window_years').getAttribute('inputmode')).toBe('numeric')
    await high.fill('77,5')
    await high.blur()
    expect(await card(admin, 'analysis').locator('[data-field="setting-analysis-potential_high"] [data-testid="field-error"]').count()).toBe(0)
    const [put] = await Promise.all([
      admin.waitForResponse((r) => r.url().endsWith('/api/v1/settings/analysis') && r.request().method() === 'PUT'),
      card(admin, 'analysis').getByTestId('setting-save').click(),
    ])
    expect(put.status(), await put.text()).toBe(200)
    await expect.poll(() => card(admin, 'analysis').getByTestId('setting-notice').innerText()).toBe('Tersimpan')

    await admin.reload()
    await card(admin, 'analysis').waitFor()
    expect(await field(admin, 'analysis', 'potential_high').inputValue()).toBe('77,5')
    expect(await card(admin, 'analysis').locator('[data-field="setting-analysis-potential_high"] [data-testid="default-note"]').innerText())
      .toBe('Bawaan: 80')
    const saved = await stored(admin, 'analysis')
    expect([saved.stored, saved.values.potential_high, saved.values.source_order])
      .toEqual([true, 77.5, ['atasan', 'asesmen', 'rekan', 'mandiri']])
  })

  it('puts the document back to its defaults after asking once', async () => {
    await card(admin, 'document').getByTestId('setting-reset').click()
    const sheet = admin.getByTestId('confirm-sheet')
    await sheet.waitFor()
    expect(await sheet.innerText()).toContain('Kembalikan "')
    await shot(admin, 'reset-confirm')
    await sheet.getByTestId('sheet-confirm').click()
    await expect.poll(() => card(admin, 'document').getByTestId('setting-notice').innerText()).toBe('Dikembalikan ke bawaan')
    expect((await card(admin, 'document').getByTestId('setting-badge').innerText()).trim()).toBe('Bawaan')
    expect(await field(admin, 'document', 'ppk_name').inputValue()).toBe('')
    expect(await card(admin, 'document').getByTestId('setting-reset').count()).toBe(0)
    const doc = await stored(admin, 'document')
    expect([doc.stored, doc.values.ppk_name, doc.values.public_url]).toEqual([false, '', ''])
  })

  it('fits a 390 px phone for the admin, buttons included', async () => {
    const phone = await browserFor('settings-admin-phone', ADMIN, true)
    await phone.goto(`${server.url}/pengaturan`)
    await card(phone, 'plan').waitFor()
    await noSidewaysScroll(phone)
    await field(phone, 'evaluation', 'min_pairs').fill('5,5')
    await card(phone, 'evaluation').getByTestId('setting-save').click()
    await phone.locator('[data-field="setting-evaluation-min_pairs"] [data-testid="field-error"]').waitFor()
    await noSidewaysScroll(phone)
    await shot(phone, 'admin-phone')
  })

  it('lets the auditor read the page on a phone, every input disabled and no button to press', async () => {
    const auditor = await browserFor('settings-auditor', AUDITOR, true)
    expect(await auditor.locator('[data-nav="pengaturan"]').count()).toBeGreaterThan(0)
    await auditor.goto(`${server.url}/pengaturan`)
    await card(auditor, 'plan').waitFor()
    expect(await auditor.locator('[data-testid="setting-card"]').count()).toBe(5)
    await auditor.getByTestId('settings-read-only').waitFor()
    expect(await auditor.getByTestId('setting-save').count()).toBe(0)
    expect(await auditor.getByTestId('setting-reset').count()).toBe(0)
    expect(await auditor.locator('[data-move]').count()).toBe(0)
    const inputs = auditor.locator('[data-testid="setting-card"] input')
    expect(await inputs.count()).toBeGreaterThan(20)
    expect(await inputs.evaluateAll((all) => all.every((i) => (i as HTMLInputElement).disabled))).toBe(true)
    expect(await card(auditor, 'analysis').getByTestId('bool-state').innerText()).toBe('Ya')
    // What the admin saved is what the auditor reads.
    expect((await card(auditor, 'analysis').getByTestId('setting-badge').innerText()).trim()).toBe('Diubah')
    expect(await auditor.getByTestId('setting-analysis-source_order-list').locator('li').first().getAttribute('data-code')).toBe('atasan')
    await noSidewaysScroll(auditor)
    await shot(auditor, 'auditor-phone')
  })
})
