// SKM survey periods per unit (docs/survey-periods-api.md) in Chromium on the Jambi demo: the BKD admin opens
// Survei Kepuasan, opens the panel of a unit without periods ("dibuka setiap hari") and adds the first half of last
// year — the unit's public page, on a 390 px phone without signing in, is then closed with no next period. The admin
// adds the quarter running today with the quick fill: the public page names the period above the form and takes an
// answer. A period overlapping it is refused with the server's sentence at the form, and the running period's
// respondents count the answer just sent. Both pages fit the phone without sideways scrolling.
// The other survey tests use units PKM01 and SD01 of their own fixture; this one never touches them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import {
  bangkom, checkPrerequisites, launchBrowser, login, makeTempDir, removeTempDir, saveServerLog, startServer,
  type RunningServer,
} from './harness'

const PASSWORD = 'demo-e2e-rahasia-3'
const SHOTS = process.env.BANGKOM_SCREENSHOTS ?? '/tmp'
const PHONE = { width: 390, height: 844 }
const KEEP_OUT = new Set(['PKM01', 'SD01'])
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
  'November', 'Desember']
const ROMAN = ['I', 'II', 'III', 'IV']

let dir = ''
let server: RunningServer
const contexts: BrowserContext[] = []
let admin: Page
let phone: Page

interface UnitRow { unit: string; name: string; agency: string; respondents: number }
interface PeriodRow { id: number; nama: string; dari: string; sampai: string; state: string; respondents: number }
interface UnitPeriods { today: string; open: boolean; can_edit: boolean; periods: PeriodRow[] }

/** "2027-07-01" → "1 Juli 2027", as the interface writes dates. */
const longDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** How far a page scrolls sideways (0 when it fits the phone's width). */
const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** A screenshot of `target`, of what the screen shows ('screen'), or of the whole page. */
async function shot(p: Page, name: string, target?: Locator | 'screen'): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  const path = join(SHOTS, `periods-${name}.png`)
  if (target === 'screen') await p.screenshot({ path, animations: 'disabled' })
  else if (target) await target.screenshot({ path, animations: 'disabled' })
  else await p.screenshot({ path, fullPage: true, animations: 'disabled' })
}

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = join(dir, 'periods.db')
  await bangkom(['demo', '--db', db, '--employees', '360'], { BANGKOM_DEMO_PASSWORD: PASSWORD })
  server = await startServer(db, dir)
  const desk = await launchBrowser(dir, 'periods-admin')
  contexts.push(desk)
  admin = desk.pages()[0] ?? (await desk.newPage())
  await login(admin, server.url, { username: 'admin', password: PASSWORD })
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-survey-periods-serve')
  if (dir) removeTempDir(dir)
})

describe('SKM survey periods of a service unit', () => {
  let unit: UnitRow
  let today = ''
  let quarter = { nama: '', dari: '', sampai: '' }
  let before = 0
  let lastYear = 0
  let past = { nama: '', dari: '', sampai: '' }

  const panel = () => admin.locator('[data-testid="skm-trend-panel"]')
  const section = () => panel().getByTestId('skm-periods')
  const openLine = () => section().getByTestId('skm-periods-open')
  const form = () => section().getByTestId('skm-period-form')
  const periodsOf = async (kode: string): Promise<UnitPeriods> => {
    const answer = await admin.request.get(`${server.url}/api/v1/ikm/units/${encodeURIComponent(kode)}/periods`)
    expect(answer.status()).toBe(200)
    return (await answer.json()) as UnitPeriods
  }

  async function openPanel(): Promise<void> {
    await admin.goto(`${server.url}/survei`)
    await admin.getByTestId('skm-units').waitFor()
    await admin.getByTestId('skm-agency').selectOption(unit.agency)
    const row = admin.locator(`[data-testid="skm-units"] tr[data-unit="${unit.unit}"]`)
    await row.getByTestId('skm-trend').click()
    await openLine().waitFor()
  }

  async function addPeriod(fill: () => Promise<void>): Promise<void> {
    await section().getByTestId('skm-period-add').click()
    await form().waitFor()
    await fill()
    await form().getByTestId('skm-period-save').click()
  }

  it('shows a unit without periods open every day, and adds a period that ended last year', async () => {
    const overview = await admin.request.get(`${server.url}/api/v1/ikm/units`)
    expect(overview.status()).toBe(200)
    const units = ((await overview.json()) as { units: UnitRow[] }).units
      .filter((u) => !KEEP_OUT.has(u.unit) && u.respondents > 0)
    for (const candidate of units) {
      if ((await periodsOf(candidate.unit)).periods.length === 0) { unit = candidate; break }
    }
    expect(unit, 'a demo unit with answers and no periods').toBeDefined()
    // The server's day (it dates answers and opens periods by it), not this machine's.
    today = (await periodsOf(unit.unit)).today
    lastYear = Number(today.slice(0, 4)) - 1
    past = { nama: `Semester I ${lastYear}`, dari: `${lastYear}-01-01`, sampai: `${lastYear}-06-30` }

    await admin.locator('[data-nav="survei"]').first().click()
    await admin.waitForURL(/\/survei$/)
    await openPanel()
    await expect(openLine().innerText()).resolves.toBe('Survei dibuka setiap hari (belum ada periode).')
    await expect(openLine().getAttribute('data-open')).resolves.toBe('true')
    await section().scrollIntoViewIfNeeded()
    await shot(admin, '1-no-periods', panel())

    await addPeriod(async () => {
      await form().getByLabel('Nama periode').fill(past.nama)
      await form().getByLabel('Tanggal mulai').fill(past.dari)
      await form().getByLabel('Tanggal selesai').fill(past.sampai)
    })
    const notice = section().getByTestId('skm-periods-notice')
    await notice.waitFor()
    await expect(notice.innerText()).resolves.toBe(`Periode ${past.nama} telah disimpan.`)
    await section().locator('[data-testid="skm-periods-open"][data-open="false"]').waitFor()
    const row = section().locator('tbody tr').first()
    await expect(row.locator('[data-cell="name"]').innerText()).resolves.toBe(past.nama)
    await expect(row.locator('[data-cell="dates"]').innerText()).resolves.toBe(`1 Januari ${lastYear} – 30 Juni ${lastYear}`)
    await expect(row.locator('[data-cell="state"]').innerText()).resolves.toBe('Selesai')
    await expect(openLine().innerText()).resolves
      .toBe('Halaman survei publik sedang ditutup hari ini. Belum ada periode berikutnya; tambahkan periode agar survei dibuka kembali.')
    await shot(admin, '2-past-period', panel())
  })

  it('closes the public page on a phone: no form, no next period', async () => {
    const context = await launchBrowser(dir, 'periods-phone', { viewport: PHONE, mobile: true })
    contexts.push(context)
    phone = context.pages()[0] ?? (await context.newPage())
    await phone.goto(`${server.url}/survei/${encodeURIComponent(unit.unit)}`)
    const closed = phone.getByTestId('survey-closed')
    await closed.waitFor()
    expect(phone.url()).toContain(`/survei/${encodeURIComponent(unit.unit)}`)  // no detour to the login page
    await expect(phone.getByTestId('survey-unit').innerText()).resolves.toBe(unit.name)
    await expect(closed.locator('h2').innerText()).resolves.toBe('Survei unit ini sedang ditutup.')
    await expect(closed.getByTestId('survey-next').innerText()).resolves.toBe('Belum ada periode berikutnya.')
    expect(await phone.locator('form').count()).toBe(0)
    expect(await overflow(phone)).toBeLessThanOrEqual(0)
    await shot(phone, '3-public-closed')
  })

  it('opens it again with the quarter running today, named above the form, and takes an answer', async () => {
    const year = Number(today.slice(0, 4))
    const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3)
    const endMonth = q * 3 + 3
    quarter = { nama: `Triwulan ${ROMAN[q]} ${year}`, dari: iso(year, q * 3 + 1, 1),
      sampai: iso(year, endMonth, new Date(Date.UTC(year, endMonth, 0)).getUTCDate()) }

    await addPeriod(async () => {
      await form().getByRole('button', { name: 'Triwulan', exact: true }).click()
      await expect(form().getByLabel('Nama periode').inputValue()).resolves.toBe(quarter.nama)
      await form().getByLabel('Jumlah orang dilayani (opsional)').fill('1.000')
    })
    await section().getByTestId('skm-periods-notice').filter({ hasText: quarter.nama }).waitFor()
    await expect(section().getByTestId('skm-periods-notice').innerText()).resolves.toBe(`Periode ${quarter.nama} telah disimpan.`)
    await section().locator('[data-testid="skm-periods-open"][data-open="true"]').waitFor()
    await expect(openLine().innerText()).resolves
      .toBe(`Halaman survei publik menerima jawaban hari ini: periode ${quarter.nama} berjalan sampai ${longDate(quarter.sampai)}.`)
    const row = section().locator('tbody tr', { hasText: quarter.nama })
    await expect(row.locator('[data-cell="state"]').innerText()).resolves.toBe('Berjalan')
    await expect(row.locator('[data-cell="dates"]').innerText()).resolves.toBe(`${longDate(quarter.dari)} – ${longDate(quarter.sampai)}`)
    await expect(row.locator('[data-cell="served"]').innerText()).resolves.toBe('untuk 1.000 orang dilayani')
    // The demo's answers already dated in this quarter, as the table shows them and the API counts them.
    const listed = (await periodsOf(unit.unit)).periods.find((p) => p.nama === quarter.nama)!
    before = listed.respondents
    await expect(row.locator('[data-cell="respondents"]').innerText()).resolves.toBe(before.toLocaleString('de-DE'))
    await expect(row.locator('[data-cell="sample"]').innerText()).resolves
      .toMatch(before >= 278 ? /^Cukup$/ : /^Kurang: perlu 278 responden$/)  // Krejcie–Morgan: 278 for 1 000 served
    await shot(admin, '4-running-period', panel())

    await phone.reload()
    const line = phone.getByTestId('survey-period')
    await line.waitFor()
    await expect(line.innerText()).resolves.toBe(`Periode survei: ${quarter.nama} (${longDate(quarter.dari)} – ${longDate(quarter.sampai)})`)
    expect(await phone.getByTestId('survey-closed').count()).toBe(0)
    expect(await overflow(phone)).toBeLessThanOrEqual(0)
    await shot(phone, '5-public-open', 'screen')
    await phone.getByTestId('q-u1').getByText('Sangat sesuai', { exact: true }).tap()
    await phone.getByTestId('q-u2').getByText('Mudah', { exact: true }).tap()
    await phone.getByTestId('survey-submit').tap()
    const thanks = phone.getByTestId('survey-thanks')
    await thanks.waitFor()
    await expect(thanks.innerText()).resolves.toContain('Terima kasih!')
  })

  it('refuses a period overlapping the running one, with the server\'s sentence at the form', async () => {
    await addPeriod(async () => {
      await form().getByLabel('Nama periode').fill('Pekan pelayanan')
      await form().getByLabel('Tanggal mulai').fill(today)
      await form().getByLabel('Tanggal selesai').fill(today)
    })
    const refused = form().getByTestId('skm-period-form-error')
    await refused.waitFor()
    await expect(refused.innerText()).resolves.toContain(`'${quarter.nama}'`)
    await expect(refused.innerText()).resolves.toMatch(/tumpang tindih/)
    // What was typed stays for a correction.
    await expect(form().getByLabel('Nama periode').inputValue()).resolves.toBe('Pekan pelayanan')
    await form().scrollIntoViewIfNeeded()
    await shot(admin, '6-overlap', section())
    await form().getByTestId('skm-period-cancel').click()
    expect((await periodsOf(unit.unit)).periods.map((p) => p.nama)).toEqual([past.nama, quarter.nama])
  })

  it('counts the answer just sent in the running period\'s respondents', async () => {
    const listed = (await periodsOf(unit.unit)).periods.find((p) => p.nama === quarter.nama)!
    expect(listed.respondents).toBe(before + 1)
    await openPanel()
    const row = section().locator('tbody tr', { hasText: quarter.nama })
    await expect(row.locator('[data-cell="respondents"]').innerText()).resolves.toBe((before + 1).toLocaleString('de-DE'))
    // The period's own figures for the panel: the trend and report below take its dates.
    await row.getByTestId('skm-period-show').click()
    const viewing = admin.getByTestId('skm-period-viewing')
    await viewing.waitFor()
    await expect(viewing.innerText()).resolves.toContain(`Menampilkan periode ${quarter.nama}`)
    // The trend narrows to the period's one quarter, counting the same respondents.
    const quarters = panel().locator('[data-quarter]')
    await quarters.first().waitFor()
    await expect(quarters.count()).resolves.toBe(1)
    await expect(quarters.first().innerText()).resolves.toContain(`${(before + 1).toLocaleString('de-DE')} responden`)
    await expect(panel().getByTestId('skm-report-pdf').getAttribute('href'))
      .resolves.toContain(`from=${quarter.dari}&to=${quarter.sampai}`)
    // The period's people served are filled into the report form, and its sample is checked.
    await expect(panel().getByTestId('skm-served').inputValue()).resolves.toBe('1.000')
    await panel().getByTestId('skm-sample').waitFor()
    await panel().locator('[data-testid="skm-groups"] table[data-dimension]').first().waitFor()
    await shot(admin, '7-counted', panel())
  })

  it('asks before deleting a period, saying the answers stay', async () => {
    const row = section().locator('tbody tr', { hasText: past.nama })
    await row.getByTestId('skm-period-delete').click()
    const sheet = admin.getByTestId('confirm-sheet')
    await sheet.waitFor()
    await expect(sheet.innerText()).resolves.toContain('Jawaban survei yang sudah masuk tetap disimpan')
    await sheet.getByTestId('sheet-confirm').click()
    await section().getByTestId('skm-periods-notice').filter({ hasText: 'dihapus' }).waitFor()
    await expect(section().getByTestId('skm-periods-notice').innerText()).resolves.toBe(`Periode ${past.nama} telah dihapus. Jawaban survei pada tanggal tersebut tetap disimpan.`)
    expect((await periodsOf(unit.unit)).periods.map((p) => p.nama)).toEqual([quarter.nama])
  })

  it('fits the admin\'s periods on a 390 px phone', async () => {
    const context = await launchBrowser(dir, 'periods-admin-phone', { viewport: PHONE, mobile: true })
    contexts.push(context)
    const page = context.pages()[0] ?? (await context.newPage())
    await login(page, server.url, { username: 'admin', password: PASSWORD })
    await page.goto(`${server.url}/survei`)
    await page.getByTestId('skm-agency').selectOption(unit.agency)
    await page.locator(`[data-testid="skm-units"] tr[data-unit="${unit.unit}"]`).getByTestId('skm-trend').click()
    const periods = page.getByTestId('skm-periods')
    await periods.locator('tbody tr').first().waitFor()
    await periods.getByTestId('skm-period-add').click()
    await periods.getByTestId('skm-period-form').waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    const box = (await periods.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
    await periods.scrollIntoViewIfNeeded()
    await shot(page, '8-admin-phone', periods)
  })
})
