// Delivery (issue 7) in Chromium against a real server: a class that ended last week is imported; the BKD admin finds
// it in /pelatihan, enrols two employees by NIP, saves one day's roll with one of them present, enters both
// participants' pre-test and post-test scores (the table shows "pre → post" and the gain; the decision starts from
// the post-test), decides (one passes with a score, the other fails on attendance) and sees the certificate number; the certificate PDF downloads; a
// visitor without a session checks the number on a phone at /verifikasi/<number> and sees it genuine (a mistyped
// number is told apart); the employee finds the class and the certificate under "Pelatihan saya" on her profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  ADMIN, EMPLOYEE, bangkom, checkPrerequisites, launchBrowser, login, makeDatabase, makeTempDir, removeTempDir,
  saveServerLog, startServer, type RunningServer,
} from './harness'

// Screenshots to look at by hand, outside the repository.
const SHOTS = process.env.BANGKOM_DELIVERY_SHOTS ?? '/tmp'
const CODE = 'ANG-E2E-1'
const SITI = EMPLOYEE.nip
const BUDI = '197805152003121002'
const NUMBER = /^BKM-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/

/** A local calendar day `offset` days from today, "YYYY-MM-DD". */
function day(offset: number): string {
  const d = new Date()
  d.setDate(d.getDate() + offset)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
const START = day(-8)
const END = day(-4)

let dir = ''
let server: RunningServer
const contexts: BrowserContext[] = []
let admin: Page
let certificate = ''

/** One competency, one classroom program and its class that ended four days ago, imported with the real CLI. */
async function importClass(db: string): Promise<void> {
  const files: Array<[kind: string, text: string]> = [
    ['kompetensi', 'kode,nama,jenis,bidang,deskripsi,level_1,level_2,level_3,level_4,level_5\n'
      + 'M.03,Kerja Sama,manajerial,,Bekerja sama dengan orang lain,Awal,Dasar,Menengah,Mahir,Ahli\n'],
    ['program', 'kode_program,nama,lembaga,bentuk,jp,biaya_per_peserta,kompetensi,level_maksimal\n'
      + 'PRG-E2E,Pelatihan Kerja Sama Tim,BPSDM Provinsi Jambi,pelatihan_klasikal,40,1500000,M.03:1,4\n'],
    ['angkatan', 'kode_angkatan,kode_program,tanggal_mulai,tanggal_selesai,kapasitas,lokasi\n'
      + `${CODE},PRG-E2E,${START},${END},30,Kota Jambi\n`],
  ]
  for (const [kind, text] of files) {
    const path = join(dir, `${kind}.csv`)
    writeFileSync(path, text)
    await bangkom(['import', kind, path, '--db', db])
  }
}

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = await makeDatabase(dir)
  await importClass(db)
  server = await startServer(db, dir)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-delivery-serve')
  if (dir) removeTempDir(dir)
})

async function browser(name: string, phone = false): Promise<Page> {
  const context = await launchBrowser(dir, name, phone ? { viewport: { width: 390, height: 844 }, mobile: true } : {})
  contexts.push(context)
  return context.pages()[0] ?? (await context.newPage())
}

const row = (page: Page, nip: string) => page.locator(`[data-testid="participant-table"] tr[data-nip="${nip}"]`)
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

describe('a class from enrolment to a verified certificate', () => {
  it('(1) the admin finds the ended class in the year\'s list and opens it', async () => {
    admin = await browser('admin')
    await login(admin, server.url, ADMIN)
    await admin.locator('[data-nav="pelatihan"]').first().click()
    await admin.waitForURL(/\/pelatihan$/)
    await admin.getByTestId('offering-year').selectOption(START.slice(0, 4))
    const link = admin.locator(`[data-testid="offering-table"] tr[data-offering="${CODE}"] a`)
    await link.waitFor()
    await link.click()
    await admin.waitForURL(new RegExp(`/pelatihan/${CODE}$`))
    await expect(admin.getByTestId('offering-title').innerText()).resolves.toBe(`Pelatihan Kerja Sama Tim — angkatan ${CODE}`)
    expect(await admin.locator('[data-fact="dates"]').innerText()).toContain('Sudah selesai')
  })

  it('(2) enrols two employees by NIP; a short NIP is refused as it is typed, a second enrolment by the server', async () => {
    const nip = admin.getByTestId('enrol-nip')
    await nip.fill('19860926 2015')
    await expect(admin.getByTestId('enrol-problem').innerText()).resolves.toBe('NIP terdiri dari 18 angka; yang diketik 12 angka.')
    await nip.fill('19860926 201505 1 001')
    await admin.getByTestId('enrol-submit').click()
    await row(admin, SITI).waitFor()
    expect(await admin.getByTestId('enrol-notice').innerText()).toContain('Siti Aminah terdaftar')
    await nip.fill(SITI)
    await admin.getByTestId('enrol-submit').click()
    await admin.getByTestId('enrol-error').waitFor()
    expect((await admin.getByTestId('enrol-error').innerText()).length).toBeGreaterThan(5)
    expect(await nip.inputValue()).toBe(SITI)  // kept for correction
    await nip.fill('19780515 200312 1 002')
    await admin.getByTestId('enrol-submit').click()
    await row(admin, BUDI).waitFor()
    expect(await row(admin, SITI).locator('[data-cell="nip"]').innerText()).toBe('19860926 201505 1 001')
    expect(await row(admin, BUDI).getByTestId('participant-status').getAttribute('data-status')).toBe('terdaftar')
  })

  it('(3) saves the roll of the last day with only Siti present', async () => {
    expect(await admin.getByTestId('roll-date').inputValue()).toBe(END)
    await admin.locator(`[data-testid="roll-check"][data-nip="${SITI}"]`).check()
    await admin.getByTestId('roll-save').click()
    await admin.getByTestId('roll-notice').waitFor()
    expect(await admin.getByTestId('roll-notice').innerText()).toContain('1 hadir, 1 tidak hadir')
    await expect(row(admin, SITI).locator('[data-cell="attendance"]').innerText()).resolves.toBe('1/1 hari (100%)')
    await expect(row(admin, BUDI).locator('[data-cell="attendance"]').innerText()).resolves.toBe('0/1 hari (0%)')
    expect(await admin.locator(`[data-day="${END}"]`).count()).toBe(1)
  })

  it('(4) enters the pre-test and post-test of both through the tests panel; the table shows them', async () => {
    const score = (nip: string) => admin.locator(`[data-testid="tests-form"] tr[data-nip="${nip}"] [data-testid="tests-score"]`)
    const kind = (k: 'pre' | 'post') => admin.locator(`[data-testid="tests-kind"][data-kind="${k}"]`)
    // Nothing stored yet: the panel starts on the pre-test with empty inputs.
    expect(await kind('pre').isChecked()).toBe(true)
    expect(await score(SITI).inputValue()).toBe('')
    // Out of range is refused as it is typed, before the server is asked.
    await score(SITI).fill('101')
    await admin.locator(`[data-testid="tests-form"] tr[data-nip="${SITI}"] [data-testid="tests-problem"]`).waitFor()
    expect(await admin.getByTestId('tests-save').isDisabled()).toBe(true)
    await score(SITI).fill('62')
    await score(BUDI).fill('48,5')
    await admin.getByTestId('tests-save').click()
    await admin.getByTestId('tests-notice').waitFor()
    expect(await admin.getByTestId('tests-notice').innerText()).toBe('2 nilai pre-test disimpan.')
    await expect(row(admin, SITI).locator('[data-cell="prepost"]').innerText()).resolves.toBe('62 → —')

    await kind('post').check()
    await score(SITI).fill('81')
    await score(BUDI).fill('55')
    await admin.getByTestId('tests-save').click()
    await admin.getByText('2 nilai post-test disimpan.').waitFor()
    await row(admin, BUDI).locator('[data-cell="gain"]').waitFor()
    await expect(row(admin, SITI).locator('[data-cell="prepost"]').innerText()).resolves.toBe('62 → 81')
    await expect(row(admin, SITI).locator('[data-cell="gain"]').innerText()).resolves.toBe('+19')
    await expect(row(admin, BUDI).locator('[data-cell="prepost"]').innerText()).resolves.toBe('48,5 → 55')
    await expect(row(admin, BUDI).locator('[data-cell="gain"]').innerText()).resolves.toBe('+6,5')
    // Read back from the server: the stored scores fill the inputs, the pre-test beside them.
    await admin.reload()
    await row(admin, SITI).locator('[data-cell="gain"]').waitFor()
    expect(await kind('post').isChecked()).toBe(true)
    expect(await score(BUDI).inputValue()).toBe('55')
    await expect(admin.locator(`[data-testid="tests-form"] tr[data-nip="${BUDI}"] [data-cell="other"]`).innerText()).resolves.toBe('48,5')
    // The decision starts from the post-test.
    const decideScore = admin.locator(`[data-testid="decide-form"] tr[data-nip="${SITI}"] [data-testid="decide-score"]`)
    expect(await decideScore.inputValue()).toBe('81')
    await admin.getByTestId('tests-panel').scrollIntoViewIfNeeded()
    await admin.screenshot({ path: join(SHOTS, 'offering-tests.png'), fullPage: true, animations: 'disabled' })

    // On a phone the rows stack and nothing runs off the side.
    await admin.setViewportSize({ width: 390, height: 844 })
    await score(SITI).fill('101')  // with its message under the input
    expect(await overflow(admin)).toBeLessThanOrEqual(0)
    await admin.screenshot({ path: join(SHOTS, 'offering-tests-phone.png'), fullPage: true, animations: 'disabled' })
    await score(SITI).fill('81')
    await admin.setViewportSize({ width: 1366, height: 860 })
  })

  it('(5) decides: Siti passes with her score and gets a certificate, Budi does not pass', async () => {
    await admin.locator(`[data-testid="decide-form"] tr[data-nip="${SITI}"] [data-testid="decide-score"]`).fill('82,5')
    await admin.getByTestId('decide-submit').click()
    await admin.getByTestId('sheet-confirm').click()
    await admin.getByTestId('decide-results').waitFor()
    const siti = admin.locator(`[data-testid="decide-results"] li[data-nip="${SITI}"]`)
    const budi = admin.locator(`[data-testid="decide-results"] li[data-nip="${BUDI}"]`)
    expect(await siti.getByTestId('participant-status').getAttribute('data-status')).toBe('lulus')
    expect(await budi.getByTestId('participant-status').getAttribute('data-status')).toBe('tidak_lulus')
    expect((await budi.locator('[data-cell="reason"]').innerText()).length).toBeGreaterThan(10)
    certificate = (await siti.locator('[data-cell="certificate"]').innerText()).replace(/^Sertifikat\s+/, '').trim()
    expect(certificate).toMatch(NUMBER)
    // The table follows: statuses, the score, the reason and the certificate link.
    await row(admin, SITI).locator('[data-testid="participant-status"][data-status="lulus"]').waitFor()
    expect(await row(admin, SITI).locator('[data-cell="certificate"] a').innerText()).toBe(certificate)
    expect(await admin.getByTestId('withdraw').count()).toBe(0)
    expect(await admin.getByTestId('decide-nobody').count()).toBe(1)
    expect(await admin.getByTestId('roll-nobody').count()).toBe(1)
    await admin.screenshot({ path: join(SHOTS, 'offering.png'), fullPage: true, animations: 'disabled' })
  })

  it('(6) the certificate PDF downloads', async () => {
    const href = await row(admin, SITI).locator('[data-cell="certificate"] a').getAttribute('href')
    const response = await admin.request.get(`${server.url}${href}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/pdf')
    expect((await response.body()).subarray(0, 4).toString('latin1')).toBe('%PDF')
  })

  it('(7) a visitor without a session checks the number on a phone and sees it genuine', async () => {
    const visitor = await browser('visitor', true)
    await visitor.goto(`${server.url}/verifikasi/${certificate}`)
    await visitor.getByTestId('verify-genuine').waitFor()
    expect(new URL(visitor.url()).pathname).toBe(`/verifikasi/${certificate}`)  // no detour to the login page
    await expect(visitor.locator('[data-fact="name"]').innerText()).resolves.toBe('Siti Aminah')
    // Masked by the server (the contract's example keeps the birth date; the server hides its month and day too).
    const nip = await visitor.locator('[data-fact="nip"]').innerText()
    expect(nip).toMatch(/^1986[0-9*]{4} \*{6} \* 001$/)
    await expect(visitor.locator('[data-fact="program"]').innerText()).resolves.toBe('Pelatihan Kerja Sama Tim')
    await expect(visitor.locator('[data-fact="jp"]').innerText()).resolves.toBe('40')
    expect(await overflow(visitor)).toBeLessThanOrEqual(0)
    await visitor.screenshot({ path: join(SHOTS, 'verify.png'), fullPage: true, animations: 'disabled' })

    // Typed in lower case with spaces, as someone copying it from paper might: still genuine.
    await visitor.getByTestId('verify-input').fill(certificate.toLowerCase().replaceAll('-', '- '))
    await visitor.getByTestId('verify-submit').click()
    await visitor.getByTestId('verify-genuine').waitFor()

    // The check symbol changed: a typo (400, the server's sentence), not a number nobody issued.
    const last = certificate.at(-1) === '0' ? '1' : '0'
    await visitor.getByTestId('verify-input').fill(certificate.slice(0, -1) + last)
    await visitor.getByTestId('verify-submit').click()
    await visitor.getByTestId('verify-problem').waitFor()
    expect(await visitor.getByTestId('verify-problem').getAttribute('data-outcome')).toBe('invalid')
    expect((await visitor.getByTestId('verify-message').innerText()).length).toBeGreaterThan(5)
    await visitor.screenshot({ path: join(SHOTS, 'verify-typo.png'), fullPage: true, animations: 'disabled' })
  })

  it('(8) the employee finds the class and downloads the certificate from her profile', async () => {
    const siti = await browser('siti', true)
    await login(siti, server.url, EMPLOYEE)
    await siti.goto(`${server.url}/profil`)
    const card = siti.locator(`[data-testid="my-courses"] li[data-offering="${CODE}"]`)
    await card.waitFor()
    expect(await card.getByTestId('participant-status').getAttribute('data-status')).toBe('lulus')
    await expect(card.locator('[data-cell="jp"]').innerText()).resolves.toBe('40 JP')
    const href = await card.getByTestId('my-certificate').getAttribute('href')
    expect(href).toBe(`/api/v1/certificates/${certificate}/pdf`)
    expect((await siti.request.get(`${server.url}${href}`)).status()).toBe(200)
    expect(await overflow(siti)).toBeLessThanOrEqual(0)
    await card.scrollIntoViewIfNeeded()
    await siti.screenshot({ path: join(SHOTS, 'my-courses.png'), animations: 'disabled' })
  })
})
