// The main flows of the web app in Chromium against a real server (tests/e2e/harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  ADMIN, EMPLOYEE, FIXTURES, checkPrerequisites, launchBrowser, login, makeDatabase, makeEmployeesXlsx, makeTempDir,
  removeTempDir, saveServerLog, screenshot, startServer, type RunningServer,
} from './harness'

let dir = ''
let server: RunningServer
let desktop: BrowserContext
let page: Page

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = await makeDatabase(dir)
  server = await startServer(db, dir)
  desktop = await launchBrowser(dir, 'desktop')
  page = desktop.pages()[0] ?? (await desktop.newPage())
})

afterAll(async () => {
  await desktop?.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-serve')
  if (dir) removeTempDir(dir)
})

describe('web app in Chromium', () => {
  it('(1) refuses a wrong password with a clear message, then logs in', async () => {
    await page.goto(server.url)
    await page.waitForURL(/\/masuk/)
    await page.getByLabel('Nama pengguna').fill(ADMIN.username)
    await page.getByLabel('Kata sandi', { exact: true }).fill('salah-sekali')
    await page.getByRole('button', { name: 'Masuk', exact: true }).click()
    const error = page.getByTestId('login-error')
    await expect(error.textContent()).resolves.toContain('Nama pengguna atau kata sandi salah')
    await screenshot(page, '01-login-error')

    await login(page, server.url, ADMIN)
    await page.getByTestId('summary-cards').waitFor()
    await expect(page.getByTestId('user-name').textContent()).resolves.toContain('Admin BKD')
    const nav = await page.getByTestId('main-nav').innerText()
    for (const word of ['Beranda', 'Data Master', 'Impor', 'Pengaturan']) expect(nav).toContain(word)
    expect(nav).not.toContain('Profil Saya')
    await screenshot(page, '02-beranda')
  })

  it('(2) imports employees from an XLSX file: errors first, then preview, confirm and result', async () => {
    const employeesXlsx = await makeEmployeesXlsx(dir)
    await page.getByTestId('main-nav').getByRole('link', { name: 'Impor' }).click()
    await page.getByTestId('import-kind').selectOption('pegawai')
    await page.getByTestId('template-link').waitFor()

    // A file with bad rows: every error as "baris N, kolom X", nothing written, the file stays chosen.
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'pegawai_salah.csv'))
    await page.getByTestId('import-check').click()
    const errors = page.getByTestId('import-errors')
    await errors.waitFor()
    const errorText = await errors.innerText()
    expect(errorText).toMatch(/baris 3, kolom nip/)
    expect(errorText).toMatch(/baris 4, kolom kode_jabatan/)
    await expect(page.getByTestId('chosen-file').textContent()).resolves.toContain('pegawai_salah.csv')
    await expect(page.getByTestId('import-confirm').count()).resolves.toBe(0)
    await screenshot(page, '03-impor-kesalahan')

    await page.getByTestId('import-file').setInputFiles(employeesXlsx)
    await page.getByTestId('import-check').click()
    const preview = page.getByTestId('import-preview')
    await preview.waitFor()
    expect(await preview.innerText()).toContain('Dewi Lestari')
    await page.getByText('Semua 5 baris valid').waitFor()
    await screenshot(page, '04-impor-pratinjau')

    await page.getByTestId('import-confirm').click()
    const result = page.getByTestId('import-result')
    await result.waitFor({ timeout: 30_000 })
    expect(await result.innerText()).toContain('5 baris diimpor (3 baru, 2 diperbarui)')
    const bar = page.getByRole('progressbar', { name: 'Kemajuan impor' })
    await expect(bar.getAttribute('aria-valuenow')).resolves.toBe('100')
    await screenshot(page, '05-impor-hasil')
  })

  it('(3) finds an employee by name in Data Master and shows the NIP grouped', async () => {
    await page.getByTestId('main-nav').getByRole('link', { name: 'Data Master' }).click()
    await page.locator('[data-kind="pegawai"]').click()
    await page.getByTestId('data-total').waitFor()
    await page.getByTestId('data-search').fill('Siti')
    const row = page.locator('tbody tr', { hasText: 'Siti Aminah' })
    await row.waitFor()
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1)
    expect(await row.innerText()).toContain('19860926 201505 1 001')
    await expect(page.getByTestId('data-total').textContent()).resolves.toContain('1 data')
    await screenshot(page, '06-data-pegawai')

    // Sorting by name descending puts Siti (the last name alphabetically) first.
    await page.getByTestId('data-search').fill('')
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length > 1)
    const header = page.locator('th[data-column="nama"] button')
    await header.click()
    await header.click()
    await page.waitForFunction(() => document.querySelector('th[data-column="nama"]')?.getAttribute('aria-sort') === 'descending')
    await page.waitForFunction(() => document.querySelector('tbody tr')?.textContent?.includes('Siti Aminah'))
  })

  it('(4) switches to English and shows the navigation in English, kept after a reload', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click()
    const nav = page.getByTestId('main-nav')
    await nav.getByRole('link', { name: 'Master Data' }).waitFor()
    const text = await nav.innerText()
    for (const word of ['Home', 'Needs (AKPK)', 'Proposals', 'Import', 'Settings']) expect(text).toContain(word)
    expect(text).not.toContain('Beranda')
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en')
    await expect(page.title()).resolves.toBe('Master Data · Bangkom')
    await page.reload()
    await nav.getByRole('link', { name: 'Master Data' }).waitFor()
    await screenshot(page, '07-english')
    await page.getByRole('button', { name: 'ID', exact: true }).click()
    await nav.getByRole('link', { name: 'Data Master' }).waitFor()
  })

  it('(5) on a phone the navigation starts folded and the profile page is readable', async () => {
    const phone = await launchBrowser(dir, 'phone', { viewport: { width: 390, height: 844 }, mobile: true })
    try {
      const mobile = phone.pages()[0] ?? (await phone.newPage())
      await login(mobile, server.url, EMPLOYEE)
      await expect(mobile.getByTestId('jp-card').innerText()).resolves.toContain('12 dari 20 JP')
      const nav = mobile.getByTestId('main-nav')
      expect(await nav.isVisible()).toBe(false)
      const menu = mobile.getByTestId('menu-button')
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
      await menu.click()
      await nav.waitFor({ state: 'visible' })
      await mobile.keyboard.press('Escape')
      await nav.waitFor({ state: 'hidden' })
      await expect(mobile.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('menu-button')
      await menu.click()
      await nav.waitFor({ state: 'visible' })
      await screenshot(mobile, '08-ponsel-menu')
      await nav.getByRole('link', { name: 'Profil Saya' }).click()
      await nav.waitFor({ state: 'hidden' })

      await mobile.getByTestId('profile-name').waitFor()
      expect(await mobile.getByTestId('profile-name').innerText()).toBe(EMPLOYEE.name)
      expect(await mobile.getByTestId('profile-nip').innerText()).toBe('19860926 201505 1 001')
      const jp = mobile.getByTestId('jp-card')
      expect(await jp.innerText()).toContain('12 dari 20 JP')
      await expect(jp.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('12')
      expect(await mobile.locator('main').innerText()).toContain('Pelatihan Komunikasi Efektif')
      const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await screenshot(mobile, '09-ponsel-profil')
    } finally {
      await phone.close()
    }
  })
})
