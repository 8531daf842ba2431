// E-learning (issue 7) in Chromium against a real server: an e_learning program and its offering, open today, are
// imported with the CLI. The BKD admin opens the offering at /pelatihan/<kode> and builds the course in the module
// editor: a Markdown text module, a PDF module (a tiny PDF made here) and a SCORM 1.2 module (a zip of
// tests/fixtures/scorm/scorm12). The employee, on a 390 px phone, opens /e-learning, joins, reads the text and marks
// it done, opens the PDF and marks it done, leaves the SCORM module by closing the page (the session is saved on the way
// out and resumes) and plays it: inside the iframe she answers (the fixture
// sets score 100 and "passed", commits and finishes through window.API) — the page then shows the module selesai,
// the course lulus with a certificate number whose PDF downloads, and the list shows the certificate too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import {
  ADMIN, EMPLOYEE, ROOT, bangkom, checkPrerequisites, launchBrowser, login, makeDatabase, makeTempDir, removeTempDir,
  saveServerLog, startServer, type RunningServer,
} from './harness'
import { storedZip } from '../api/zip'

// Screenshots to look at by hand, outside the repository.
const SHOTS = process.env.BANGKOM_ELEARNING_SHOTS ?? '/tmp'
const CODE = 'EL-E2E-1'
const PROGRAM = 'PRG-EL-E2E'
const NUMBER = /^BKM-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/
const PHONE = { width: 390, height: 844 }

/** A local calendar day `offset` days from today, "YYYY-MM-DD". */
function day(offset: number): string {
  const d = new Date()
  d.setDate(d.getDate() + offset)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** A one-page PDF 1.4 with a correct cross-reference table (any viewer opens it). */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 52 >>\nstream\nBT /F1 18 Tf 24 72 Td (Standar Pelayanan) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let text = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(text, 'latin1'))
    text += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(text, 'latin1')
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  text += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(text, 'latin1')
}

/** The SCORM 1.2 fixture package as a zip. */
function scormZip(): Buffer {
  const folder = join(ROOT, 'tests/fixtures/scorm/scorm12')
  return storedZip(['imsmanifest.xml', 'index.html'].map((name): [string, Buffer] => [name, readFileSync(join(folder, name))]))
}

let dir = ''
let server: RunningServer
const contexts: BrowserContext[] = []
let admin: Page
let siti: Page
let certificate = ''
const pageErrors: string[] = []

/** One competency, one e_learning program and its offering, open from three days ago for three weeks, no seat limit. */
async function importCourse(db: string): Promise<void> {
  const files: Array<[kind: string, text: string]> = [
    ['kompetensi', 'kode,nama,jenis,bidang,deskripsi,level_1,level_2,level_3,level_4,level_5\n'
      + 'M.05,Pelayanan Publik,manajerial,,Melayani masyarakat,Awal,Dasar,Menengah,Mahir,Ahli\n'],
    ['program', 'kode_program,nama,lembaga,bentuk,jp,biaya_per_peserta,kompetensi,level_maksimal\n'
      + `${PROGRAM},Pelayanan Publik Prima,BPSDM Provinsi Jambi,e_learning,10,0,M.05:1,4\n`],
    ['angkatan', 'kode_angkatan,kode_program,tanggal_mulai,tanggal_selesai,kapasitas,lokasi\n'
      + `${CODE},${PROGRAM},${day(-3)},${day(21)},0,\n`],
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
  await importCourse(db)
  server = await startServer(db, dir)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await server?.stop()
  if (server) saveServerLog(server, 'e2e-elearning-serve')
  if (dir) removeTempDir(dir)
})

async function browser(name: string, phone = false): Promise<Page> {
  const context = await launchBrowser(dir, name, phone ? { viewport: PHONE, mobile: true } : {})
  contexts.push(context)
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`))
  return page
}

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage, animations: 'disabled' })
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
/** Calls the SCORM 1.2 runtime on the page's window, as the content does. */
const api = (page: Page, method: 'LMSGetValue' | 'LMSSetValue', ...args: string[]) => page.evaluate(([m, a]) => {
  const runtime = (window as unknown as { API?: Record<string, (...x: string[]) => string> }).API
  return runtime ? runtime[m as string]!(...(a as string[])) : null
}, [method, args] as const)
const editorRow = (kind: string) => admin.locator(`[data-testid="editor-module"][data-kind="${kind}"]`)
const moduleItem = (kind: string) => siti.locator(`[data-testid="module-list"] li[data-kind="${kind}"]`)

async function addModule(kind: 'text' | 'pdf' | 'scorm', title: string, body = ''): Promise<void> {
  await admin.getByTestId('module-add-kind').selectOption(kind)
  await admin.getByTestId('module-add-title').fill(title)
  if (kind === 'text') await admin.getByTestId('module-add-body').fill(body)
  await admin.getByTestId('module-add-submit').click()
  await editorRow(kind).waitFor()
  expect(await admin.getByTestId('editor-added').innerText()).toBe(`Modul “${title}” ditambahkan.`)
}

describe('an e-learning course from the module editor to a certificate', () => {
  it('(1) the admin builds the course on the offering page: a text, a PDF and a SCORM 1.2 module', async () => {
    admin = await browser('admin')
    await login(admin, server.url, ADMIN)
    await admin.goto(`${server.url}/pelatihan/${CODE}`)
    await admin.getByTestId('module-editor').waitFor()
    expect(await admin.getByTestId('editor-empty').count()).toBe(1)

    await addModule('text', 'Pengantar pelayanan publik',
      '# Pelayanan prima\n\nPelayanan **prima** dimulai dari *standar pelayanan*.\n\n- tepat waktu\n- ramah\n\n<script>document.title = "diretas"</script>')
    await addModule('pdf', 'Standar pelayanan')
    expect(await editorRow('pdf').getByTestId('editor-content').innerText()).toBe('Belum ada berkas')
    // A file of the wrong kind is refused in the browser, before any byte is sent.
    await editorRow('pdf').getByTestId('editor-file').setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('x') })
    expect(await editorRow('pdf').getByTestId('editor-error').innerText()).toContain('Pilih berkas .pdf')
    // A "PDF" that is not one: the server's sentence.
    await editorRow('pdf').getByTestId('editor-file').setInputFiles({ name: 'palsu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('bukan pdf') })
    await editorRow('pdf').getByTestId('editor-error').waitFor()
    expect((await editorRow('pdf').getByTestId('editor-error').innerText()).length).toBeGreaterThan(5)
    await editorRow('pdf').getByTestId('editor-file').setInputFiles({ name: 'standar.pdf', mimeType: 'application/pdf', buffer: tinyPdf() })
    await editorRow('pdf').getByTestId('editor-notice').waitFor()
    await expect(editorRow('pdf').getByTestId('editor-content').innerText()).resolves.toMatch(/^standar\.pdf · /)

    await addModule('scorm', 'Kuis pelayanan publik')
    await editorRow('scorm').getByTestId('editor-file').setInputFiles({ name: 'kuis.zip', mimeType: 'application/zip', buffer: scormZip() })
    await editorRow('scorm').getByTestId('editor-notice').waitFor()
    await expect(editorRow('scorm').getByTestId('editor-content').innerText()).resolves.toContain('SCORM 1.2: Uji SCORM 1.2: Pelayanan Publik')
    expect(await admin.getByTestId('editor-missing').count()).toBe(0)
    expect(await admin.locator('[data-testid="editor-module"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind'))))
      .toEqual(['text', 'pdf', 'scorm'])
    await admin.getByTestId('module-editor').scrollIntoViewIfNeeded()
    await shot(admin, 'elearning-editor')
    await admin.setViewportSize(PHONE)
    expect(await overflow(admin)).toBeLessThanOrEqual(0)
    await admin.getByTestId('module-editor').scrollIntoViewIfNeeded()
    await shot(admin, 'elearning-editor-phone')
    await admin.setViewportSize({ width: 1366, height: 860 })
  })

  it('(2) the employee finds the course on her phone and joins it', async () => {
    siti = await browser('siti', true)
    await login(siti, server.url, EMPLOYEE)
    await siti.goto(`${server.url}/e-learning`)
    const card = siti.locator(`[data-testid="course-card"][data-offering="${CODE}"]`)
    await card.waitFor()
    expect(await card.getAttribute('data-state')).toBe('joinable')
    await expect(card.locator('h2').innerText()).resolves.toBe('Pelayanan Publik Prima')
    expect(await overflow(siti)).toBeLessThanOrEqual(0)
    await shot(siti, 'elearning-list-phone')
    await card.getByTestId('course-join').click()
    await siti.waitForURL(new RegExp(`/e-learning/${CODE}(\\?|$)`))
    await siti.getByTestId('module-viewer').waitFor()
    await expect(siti.getByTestId('course-progress').innerText()).resolves.toBe('0 dari 3 modul wajib selesai (0%)')
  })

  it('(3) reads the text — the Markdown rendered, the script shown as text — and marks it done', async () => {
    const viewer = siti.getByTestId('module-viewer')
    expect(await viewer.getAttribute('data-kind')).toBe('text')
    await expect(viewer.locator('[data-testid="module-text"] h3').innerText()).resolves.toBe('Pelayanan prima')
    await expect(viewer.locator('[data-testid="module-text"] strong').innerText()).resolves.toBe('prima')
    expect(await viewer.locator('[data-testid="module-text"] li').count()).toBe(2)
    expect(await viewer.locator('[data-testid="module-text"]').innerText()).toContain('<script>')
    expect(await siti.title()).not.toBe('diretas')
    expect(await overflow(siti)).toBeLessThanOrEqual(0)
    await shot(siti, 'elearning-text-phone')
    await viewer.getByTestId('module-done').click()
    await viewer.getByTestId('module-done-state').waitFor()
    expect(await moduleItem('text').getAttribute('data-status')).toBe('selesai')
    await expect(siti.getByTestId('course-progress').innerText()).resolves.toBe('1 dari 3 modul wajib selesai (33%)')
  })

  it('(4) opens the PDF (it downloads from the content URL) and marks it done', async () => {
    await siti.getByTestId('module-next').click()
    const viewer = siti.locator('[data-testid="module-viewer"][data-kind="pdf"]')
    await viewer.waitFor()
    const href = await viewer.getByTestId('module-download').getAttribute('href')
    expect(href).toMatch(/^\/api\/v1\/modules\/\d+\/content$/)
    const response = await siti.request.get(`${server.url}${href}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/pdf')
    expect((await response.body()).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4')
    await shot(siti, 'elearning-pdf-phone')
    await viewer.getByTestId('module-done').click()
    await viewer.getByTestId('module-done-state').waitFor()
    expect(await moduleItem('pdf').getAttribute('data-status')).toBe('selesai')
    await expect(siti.getByTestId('course-progress').innerText()).resolves.toBe('2 dari 3 modul wajib selesai (67%)')
    expect(await siti.getByTestId('course-passed').count()).toBe(0)
  })

  it('(5) a SCORM session left by closing the page is saved on the way out, and resumes', async () => {
    await siti.getByTestId('module-next').click()
    await siti.locator('[data-testid="module-viewer"][data-kind="scorm"]').waitFor()
    const scormUrl = siti.url()
    expect(scormUrl).toMatch(/\?modul=\d+$/)
    await siti.frameLocator('[data-testid="scorm-frame"]').locator('#jawab9').waitFor()
    // The runtime was there when the content initialised: it found the API and set its location.
    expect(await api(siti, 'LMSGetValue', 'cmi.core.lesson_location')).toBe('soal-1')
    expect(await api(siti, 'LMSGetValue', 'cmi.core.entry')).toBe('ab-initio')
    await api(siti, 'LMSSetValue', 'cmi.suspend_data', 'jawaban=belum')
    await api(siti, 'LMSSetValue', 'cmi.core.exit', 'suspend')
    // A full navigation unloads the page: the session ends with a keepalive fetch carrying the CSRF token.
    await siti.goto(`${server.url}/e-learning`)
    await siti.getByTestId('course-card').first().waitFor()
    await siti.goto(scormUrl)
    await siti.frameLocator('[data-testid="scorm-frame"]').locator('#jawab9').waitFor()
    expect(await api(siti, 'LMSGetValue', 'cmi.suspend_data')).toBe('jawaban=belum')
    expect(await api(siti, 'LMSGetValue', 'cmi.core.entry')).toBe('resume')
    expect(await moduleItem('scorm').getAttribute('data-status')).toBe('sedang')
  })

  it('(6) plays the SCORM module: the answer inside the iframe completes the module and the course', async () => {
    const frame = siti.frameLocator('[data-testid="scorm-frame"]')
    await shot(siti, 'elearning-scorm-phone')
    await frame.locator('#jawab9').click()
    await frame.locator('body[data-done="yes"]').waitFor()
    await siti.getByTestId('course-passed').waitFor()
    expect(await moduleItem('scorm').getAttribute('data-status')).toBe('selesai')
    await expect(siti.getByTestId('course-passed').locator('h2').innerText()).resolves.toBe('Selamat, Anda lulus!')
    certificate = (await siti.getByTestId('course-certificate').innerText()).trim()
    expect(certificate).toMatch(NUMBER)
    expect(await siti.locator('[data-testid="module-list"] li[data-status="selesai"]').count()).toBe(3)
    const pdf = await siti.getByTestId('course-certificate-pdf').getAttribute('href')
    expect(pdf).toBe(`/api/v1/certificates/${certificate}/pdf`)
    const response = await siti.request.get(`${server.url}${pdf}`)
    expect(response.status()).toBe(200)
    expect((await response.body()).subarray(0, 4).toString('latin1')).toBe('%PDF')
    expect(await overflow(siti)).toBeLessThanOrEqual(0)
    await siti.getByTestId('course-passed').scrollIntoViewIfNeeded()
    await shot(siti, 'elearning-passed-phone', false)
    await shot(siti, 'elearning-passed-phone-full')
  })

  it('(7) leaving the SCORM module takes the runtime off the window; the progress is the server\'s after a reload', async () => {
    await moduleItem('text').locator('button').click()
    await siti.locator('[data-testid="module-viewer"][data-kind="text"]').waitFor()
    expect(await siti.evaluate(() => 'API' in window)).toBe(false)
    await siti.reload()
    await siti.getByTestId('course-passed').waitFor()
    expect(await siti.locator('[data-testid="module-list"] li[data-status="selesai"]').count()).toBe(3)
    await expect(siti.getByTestId('course-certificate').innerText()).resolves.toBe(certificate)
  })

  it('(8) the list shows the course passed with its certificate', async () => {
    await siti.goto(`${server.url}/e-learning`)
    const card = siti.locator(`[data-testid="course-card"][data-offering="${CODE}"]`)
    await card.waitFor()
    expect(await card.getAttribute('data-state')).toBe('passed')
    await expect(card.getByTestId('course-certificate').innerText()).resolves.toBe(`Sertifikat ${certificate}`)
    expect(await card.getByTestId('course-certificate-pdf').getAttribute('href')).toBe(`/api/v1/certificates/${certificate}/pdf`)
    await shot(siti, 'elearning-list-passed-phone')
    expect(pageErrors).toEqual([])
  })
})
