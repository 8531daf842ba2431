// The reaction survey (survei reaksi, docs/delivery-api.md) in Chromium against a real server: a class that ended
// last week and one that starts next week are imported; the BKD admin enrols the employee in both (and a colleague in
// the ended one) through the API. The employee, on a 390 px phone, opens "Pelatihan saya", sees the survey offered
// on the ended class and its opening day on the other, answers five of the six statements with a suggestion, leaves
// "Kirim tanpa nama" ticked, sends after the confirmation and is thanked; after a reload the survey is "terkirim",
// in the form and in the list. The admin then reads the class's summary: 1 of 2 answered, the low statement flagged,
// the suggestion listed, reminds the one who has not answered (asked once; a second reminder the same day is refused
// in words) and downloads the class's attendance sheet as a PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  ADMIN, EMPLOYEE, bangkom, checkPrerequisites, launchBrowser, login, makeDatabase, makeTempDir, removeTempDir,
  saveServerLog, startServer, type RunningServer,
} from './harness'

// Screenshots to look at by hand, outside the repository.
const SHOTS = process.env.BANGKOM_REACTION_SHOTS ?? '/tmp'
const ENDED = 'ANG-REAKSI-1'
const LATER = 'ANG-REAKSI-2'
const BUDI = '197805152003121002'
const PHONE = { width: 390, height: 844 }
const SUGGESTION = 'Tambahkan studi kasus dari OPD peserta sendiri.'

/** A local calendar day `offset` days from today, "YYYY-MM-DD". */
function day(offset: number): string {
  const d = new Date()
  d.setDate(d.getDate() + offset)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

let dir = ''
let server: RunningServer
const contexts: BrowserContext[] = []
let siti: Page
let staff: Page

/** One competency, one classroom program, a class that ended four days ago and one starting in ten days. */
async function importClasses(db: string): Promise<void> {
  const files: Array<[kind: string, text: string]> = [
    ['kompetensi', 'kode,nama,jenis,bidang,deskripsi,level_1,level_2,level_3,level_4,level_5\n'
      + 'M.03,Kerja Sama,manajerial,,Bekerja sama dengan orang lain,Awal,Dasar,Menengah,Mahir,Ahli\n'],
    ['program', 'kode_program,nama,lembaga,bentuk,jp,biaya_per_peserta,kompetensi,level_maksimal\n'
      + 'PRG-REAKSI,Pelatihan Kerja Sama Tim,BPSDM Provinsi Jambi,pelatihan_klasikal,40,1500000,M.03:1,4\n'],
    ['angkatan', 'kode_angkatan,kode_program,tanggal_mulai,tanggal_selesai,kapasitas,lokasi\n'
      + `${ENDED},PRG-REAKSI,${day(-8)},${day(-4)},30,Kota Jambi\n`
      + `${LATER},PRG-REAKSI,${day(10)},${day(12)},30,Kota Jambi\n`],
  ]
  for (const [kind, text] of files) {
    const path = join(dir, `${kind}.csv`)
    writeFileSync(path, text)
    await bangkom(['import', kind, path, '--db', db])
  }
}

/** Signs in through the API: the user, and a POST carrying the session cookie and the CSRF token. */
async function apiSession(user: { username: string; password: string }) {
  const answer = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(user),
  })
  if (!answer.ok) throw new Error(`login ${user.username}: ${answer.status} ${await answer.text()}`)
  const { user: me, csrf_token: csrf } = (await answer.json()) as { user: { nip: string | null }; csrf_token: string }
  const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${server.url}/api/v1${path}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, cookie }, body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`)
    return response.json() as Promise<unknown>
  }
  return { nip: me.nip, post }
}

beforeAll(async () => {
  checkPrerequisites()
  dir = makeTempDir()
  const db = await makeDatabase(dir)
  await importClasses(db)
  server = await startServer(db, dir)
  // The employee's NIP as the server knows it, then the admin enrols her in both classes and a colleague in the first.
  const { nip } = await apiSession(EMPLOYEE)
  if (!nip) throw new Error('the e2e employee has no NIP')
  const admin = await apiSession(ADMIN)
  await admin.post(`/offerings/${ENDED}/participants`, { nip })
  await admin.post(`/offerings/${ENDED}/participants`, { nip: BUDI })
  await admin.post(`/offerings/${LATER}/participants`, { nip })
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-reaction-serve')
  if (dir) removeTempDir(dir)
})

async function browser(name: string, phone = false): Promise<Page> {
  const context = await launchBrowser(dir, name, phone ? { viewport: PHONE, mobile: true } : {})
  contexts.push(context)
  return context.pages()[0] ?? (await context.newPage())
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
const card = (page: Page, kode: string) => page.locator(`[data-testid="my-courses"] li[data-offering="${kode}"]`)
/** Taps the answer `value` (1–5) of a statement: the label is the thumb's target, the radio inside it is hidden. */
const tap = (page: Page, code: string, value: number) => page.locator(`[data-testid="q-${code}"] label[data-value="${value}"]`).click()

describe('the reaction survey from "Pelatihan saya" to the staff\'s summary', () => {
  it('(1) the employee sees the survey offered on the ended class and its opening day on the coming one', async () => {
    siti = await browser('siti', true)
    await login(siti, server.url, EMPLOYEE)
    await siti.goto(`${server.url}/pelatihan`)
    await card(siti, ENDED).waitFor()
    await expect(card(siti, ENDED).getByTestId('my-reaction-open').innerText()).resolves.toBe('Isi survei reaksi')
    await expect(card(siti, LATER).getByTestId('my-reaction').getAttribute('data-state')).resolves.toBe('belum_dibuka')
    expect(await card(siti, LATER).getByTestId('my-reaction').innerText()).toMatch(/^Survei reaksi dibuka mulai \d{1,2} \w+ \d{4}$/)
    expect(await card(siti, LATER).getByTestId('my-reaction-open').count()).toBe(0)
    expect(await overflow(siti)).toBeLessThanOrEqual(0)
    await card(siti, ENDED).scrollIntoViewIfNeeded()
    await siti.screenshot({ path: join(SHOTS, 'reaction-my-courses.png'), animations: 'disabled' })
  })

  it('(2) opens the form: the class, six statements of five answers, "Kirim tanpa nama" ticked, nothing wider than the phone', async () => {
    await card(siti, ENDED).getByTestId('my-reaction-open').click()
    await siti.waitForURL(new RegExp(`/pelatihan-saya/${ENDED}/reaksi$`))
    await siti.getByTestId('reaction-form').waitFor()
    await expect(siti.getByTestId('reaction-program').innerText()).resolves.toBe('Pelatihan Kerja Sama Tim')
    expect(await siti.locator('fieldset.statement').count()).toBe(6)
    expect(await siti.locator('[data-testid="q-relevansi"]').getByRole('radio').count()).toBe(5)
    await siti.locator('[data-testid="q-relevansi"]').getByRole('radio', { name: 'Sangat setuju', exact: true }).waitFor({ state: 'attached' })
    expect(await siti.getByTestId('reaction-anonymous').isChecked()).toBe(true)
    // Each answer is a target a thumb can hit.
    const box = await siti.locator('[data-testid="q-relevansi"] label[data-value="1"]').boundingBox()
    expect(box!.width).toBeGreaterThanOrEqual(44)
    expect(box!.height).toBeGreaterThanOrEqual(44)
    expect(await overflow(siti)).toBeLessThanOrEqual(0)
  })

  it('(3) answers five statements and a suggestion, sends after the confirmation, and is thanked', async () => {
    await tap(siti, 'relevansi', 5)
    await tap(siti, 'materi', 4)
    await tap(siti, 'pengajar', 4)
    await tap(siti, 'metode', 3)
    await tap(siti, 'sarana', 2)
    expect(await siti.locator('[data-testid="q-sarana"]').getByRole('radio', { name: 'Tidak setuju', exact: true }).isChecked()).toBe(true)
    await siti.getByTestId('reaction-saran').fill(SUGGESTION)
    await expect(siti.getByTestId('reaction-count').innerText()).resolves.toBe(`${SUGGESTION.length}/2000 karakter`)
    await expect(siti.getByTestId('reaction-progress').innerText()).resolves.toBe('5 dari 6 pernyataan dijawab')
    expect(await overflow(siti)).toBeLessThanOrEqual(0)
    await siti.screenshot({ path: join(SHOTS, 'reaction-form.png'), fullPage: true, animations: 'disabled' })

    await siti.getByTestId('reaction-submit').click()
    await siti.getByTestId('confirm-sheet').waitFor()
    expect(await siti.getByTestId('confirm-sheet').innerText()).toContain('tanpa nama')
    await siti.screenshot({ path: join(SHOTS, 'reaction-confirm.png'), animations: 'disabled' })
    await siti.getByTestId('sheet-confirm').click()
    await siti.getByTestId('reaction-thanks').waitFor()
    const thanks = await siti.getByTestId('reaction-thanks').innerText()
    expect(thanks).toContain('Terima kasih, jawaban Anda telah tersimpan.')
    expect(thanks).toContain('Jawaban Anda dikirim tanpa nama.')
    await siti.screenshot({ path: join(SHOTS, 'reaction-thanks.png'), animations: 'disabled' })
  })

  it('(4) after a reload the survey is answered, in the form and in "Pelatihan saya"', async () => {
    await siti.reload()
    await siti.getByTestId('reaction-state').waitFor()
    await expect(siti.getByTestId('reaction-state').getAttribute('data-state')).resolves.toBe('terkirim')
    expect(await siti.getByTestId('reaction-form').count()).toBe(0)
    await siti.getByTestId('reaction-state').getByRole('link').click()
    await siti.waitForURL(/\/pelatihan$/)
    await card(siti, ENDED).getByTestId('my-reaction').waitFor()
    await expect(card(siti, ENDED).getByTestId('my-reaction').innerText()).resolves.toBe('✓ Survei reaksi terkirim')
    expect(await card(siti, ENDED).getByTestId('my-reaction-open').count()).toBe(0)
  })

  it('(5) the admin reads the class\'s summary: 1 of 2 answered, anonymous, the low statement flagged, the suggestion listed', async () => {
    const admin = await browser('admin')
    staff = admin
    await login(admin, server.url, ADMIN)
    await admin.goto(`${server.url}/pelatihan/${ENDED}`)
    const panel = admin.getByTestId('reaction-summary')
    await panel.locator('[data-figure="answered"]').waitFor()
    const figure = (key: string) => panel.locator(`[data-figure="${key}"] dd`).innerText()
    await expect(figure('answered')).resolves.toBe('1 dari 2')
    await expect(figure('rate')).resolves.toBe('50%')
    await expect(figure('identity')).resolves.toBe('1 / 0')
    // (5 + 4 + 4 + 3 + 2) ÷ 5 = 3,60; three of the five answers (5, 4, 4) are 4 or 5.
    await expect(figure('mean')).resolves.toBe('3,60')
    await expect(figure('share')).resolves.toBe('60%')
    const row = (code: string) => panel.locator(`[data-testid="reaction-items"] tr[data-item="${code}"]`)
    await expect(row('relevansi').locator('[data-cell="mean"]').innerText()).resolves.toBe('5,00')
    await expect(row('sarana').locator('[data-cell="flag"]').innerText()).resolves.toContain('Perlu perhatian')
    await expect(row('relevansi').locator('[data-cell="flag"]').innerText()).resolves.toBe('')
    await expect(row('manfaat').locator('[data-cell="answered"]').innerText()).resolves.toBe('0')
    await expect(panel.getByTestId('reaction-suggestions').innerText()).resolves.toBe(SUGGESTION)
    await panel.scrollIntoViewIfNeeded()
    await panel.screenshot({ path: join(SHOTS, 'reaction-staff.png'), animations: 'disabled' })
    await admin.screenshot({ path: join(SHOTS, 'reaction-staff-page.png'), fullPage: true, animations: 'disabled' })
  })

  it('(6) the admin reminds Budi, who has not answered (asked once), is refused a second reminder the same day, and gets the attendance sheet as a PDF', async () => {
    const panel = staff.getByTestId('reaction-summary')
    await panel.getByTestId('reaction-remind').click()
    await staff.getByTestId('sheet-confirm').click()
    const result = panel.getByTestId('reaction-remind-result')
    await expect(result.innerText()).resolves.toBe('1 peserta diingatkan')
    await panel.getByTestId('reaction-remind').click()
    await staff.getByTestId('sheet-confirm').click()
    await staff.waitForFunction(() => document.querySelector('[data-testid="reaction-remind-result"]')?.getAttribute('role') === 'alert')
    expect((await result.innerText()).length).toBeGreaterThan(10)
    const link = staff.getByTestId('attendance-sheet')
    await expect(link.innerText()).resolves.toBe('Unduh daftar hadir (PDF)')
    const href = await link.getAttribute('href')
    expect(href).toBe(`/api/v1/offerings/${ENDED}/attendance-sheet`)
    const sheet = await staff.request.get(`${server.url}${href}`)
    expect(sheet.status()).toBe(200)
    expect(sheet.headers()['content-type']).toContain('application/pdf')
    expect((await sheet.body()).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
