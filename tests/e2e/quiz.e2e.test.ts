// Quizzes (issue 7, docs/quiz-api.md) in Chromium against a real server: a competency, an e_learning program and its
// offering, open today, are imported with the CLI. The BKD admin writes four questions (one of each kind) for the
// competency in /bank-soal and adds a quiz module drawing from it to the program's course on /pelatihan/<kode>. The
// employee, on a 390 px phone, joins the offering, starts the quiz, answers two questions, reloads (the answers were
// autosaved and the attempt continues), answers the rest, submits after the confirmation, and sees the review (score
// 100, every question right with its explanation), the module done and — the quiz being the course's only module —
// the course passed with a certificate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import {
  ADMIN, EMPLOYEE, bangkom, checkPrerequisites, launchBrowser, login, makeDatabase, makeTempDir, removeTempDir,
  saveServerLog, startServer, type RunningServer,
} from './harness'

// Screenshots to look at by hand, outside the repository.
const SHOTS = process.env.BANGKOM_QUIZ_SHOTS ?? '/tmp'
const CODE = 'EL-KUIS-1'
const PROGRAM = 'PRG-EL-KUIS'
const PHONE = { width: 390, height: 844 }
const NUMBER = /^BKM-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/

/** A local calendar day `offset` days from today, "YYYY-MM-DD". */
function day(offset: number): string {
  const d = new Date()
  d.setDate(d.getDate() + offset)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** The four questions: how the admin writes them, and how the employee answers each right (by the text shown). */
const QUESTIONS = [
  { kind: 'single', text: 'Apa inti **pelayanan prima**?', options: ['Cepat dan tuntas', 'Berbelit', 'Mahal'], right: [0],
    explanation: 'Pelayanan prima itu *cepat* dan tuntas.', key: 'inti', answer: ['Cepat dan tuntas'] },
  { kind: 'multiple', text: 'Mana saja sikap petugas loket yang baik?', options: ['Tepat waktu', 'Sopan', 'Acuh'], right: [0, 1],
    explanation: '', key: 'petugas loket', answer: ['Tepat waktu', 'Sopan'] },
  { kind: 'true_false', text: 'Standar pelayanan wajib diumumkan kepada masyarakat.', right: [0], explanation: '', key: 'diumumkan', answer: ['Benar'] },
  { kind: 'numeric', text: 'Berapa hari kerja batas waktu pengaduan dijawab?', numeric: '14', tolerance: '0', explanation: '', key: 'hari kerja', answer: '14' },
] as const

let dir = ''
let server: RunningServer
const contexts: BrowserContext[] = []
let admin: Page
let siti: Page
const pageErrors: string[] = []

/** One competency, one e_learning program raising it, and its offering, open from three days ago for three weeks. */
async function importCourse(db: string): Promise<void> {
  const files: Array<[kind: string, text: string]> = [
    ['kompetensi', 'kode,nama,jenis,bidang,deskripsi,level_1,level_2,level_3,level_4,level_5\n'
      + 'M.05,Pelayanan Publik,manajerial,,Melayani masyarakat,Awal,Dasar,Menengah,Mahir,Ahli\n'],
    ['program', 'kode_program,nama,lembaga,bentuk,jp,biaya_per_peserta,kompetensi,level_maksimal\n'
      + `${PROGRAM},Kuis Pelayanan Publik,BPSDM Provinsi Jambi,e_learning,4,0,M.05:1,4\n`],
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
  if (server) saveServerLog(server, 'e2e-quiz-serve')
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

async function writeQuestion(q: (typeof QUESTIONS)[number]): Promise<void> {
  await admin.getByTestId('question-add').click()
  const form = admin.getByTestId('question-form')
  await form.waitFor()
  expect(await form.getByTestId('question-competency').inputValue()).toBe('M.05')
  await form.getByTestId('question-kind').selectOption(q.kind)
  await form.getByTestId('question-text').fill(q.text)
  if ('options' in q) {
    for (let i = 2; i < q.options.length; i++) await form.getByTestId('option-add').click()
    const texts = form.getByTestId('option-text')
    for (const [i, option] of q.options.entries()) await texts.nth(i).fill(option)
    for (const i of q.right) await form.getByTestId('option-correct').nth(i).check()
  } else if (q.kind === 'true_false') {
    await form.getByTestId(`question-tf-${q.right[0]}`).check()
  } else {
    await form.getByTestId('question-numeric').fill(q.numeric)
    await form.getByTestId('question-tolerance').fill(q.tolerance)
  }
  if (q.explanation) await form.getByTestId('question-explanation').fill(q.explanation)
  if (q.kind === 'multiple') await shot(admin, 'quiz-bank-form')
  await form.getByTestId('question-save').click()
  await admin.getByTestId('bank-notice').waitFor()
  expect(await admin.getByTestId('bank-notice').innerText()).toBe('Soal ditambahkan.')
}

/** Answers the question on screen right, found by a word of its text (the draw and the options are shuffled). */
async function answerShown(): Promise<string> {
  const question = siti.getByTestId('attempt-question')
  const text = await question.getByTestId('attempt-question-text').innerText()
  const q = QUESTIONS.find((item) => text.includes(item.key))
  if (!q) throw new Error(`unexpected question: ${text}`)
  if (typeof q.answer === 'string') await question.getByTestId('attempt-number').fill(q.answer)
  else for (const option of q.answer) await question.locator('[data-testid="attempt-option"]', { hasText: option }).click()
  return q.key
}

const savedState = (page: Page): Locator => page.locator('[data-testid="attempt-save"][data-state="saved"]')

describe('a quiz from the question bank to a passed course', () => {
  it('(1) the admin writes four questions of the four kinds for a competency in /bank-soal', async () => {
    admin = await browser('admin')
    await login(admin, server.url, ADMIN)
    await admin.locator('[data-nav="bankSoal"]').click()
    await admin.waitForURL(/\/bank-soal$/)
    await admin.getByTestId('bank-empty').waitFor()
    await admin.getByTestId('competency-other').selectOption('M.05')
    await admin.waitForURL(/kompetensi=M\.05/)
    // Nothing is sent before the form is right.
    await admin.getByTestId('question-add').click()
    await admin.getByTestId('question-save').click()
    await expect(admin.getByTestId('question-form').innerText()).resolves.toContain('Mohon isi teks soal.')
    await admin.getByTestId('question-cancel').click()

    for (const q of QUESTIONS) await writeQuestion(q)
    await expect(admin.getByTestId('bank-count').innerText()).resolves.toBe('4 soal')
    await expect(admin.locator('[data-testid="competency-item"][data-code="M.05"] [data-testid="competency-count"]').innerText()).resolves.toBe('4')
    const first = admin.getByTestId('question-row').first()
    await first.getByTestId('question-show').click()
    await expect(admin.getByTestId('question-detail').locator('strong').first().innerText()).resolves.toBe('pelayanan prima')
    await shot(admin, 'quiz-bank')
  })

  it('(2) adds a quiz module drawing the four questions to the program\'s course', async () => {
    await admin.goto(`${server.url}/pelatihan/${CODE}`)
    const editor = admin.getByTestId('module-editor')
    await editor.waitFor()
    await editor.getByTestId('module-add-kind').selectOption('quiz')
    const form = editor.getByTestId('module-add-form')
    await form.getByTestId('module-add-title').fill('Kuis pelayanan publik')
    await form.getByTestId('module-add-body').fill('Jawab **semua** soal. Nilai lulus 50.')
    await form.getByTestId('competency-search').fill('M.05')
    await form.locator('[data-testid="competency-matches"] button[data-code="M.05"]').click()
    await form.getByTestId('quiz-questions').fill('4')
    await form.getByTestId('quiz-time_limit_minutes').fill('10')
    await form.getByTestId('quiz-attempts').fill('2')
    await form.getByTestId('quiz-pass_score').fill('50')
    await form.getByTestId('module-add-submit').click()
    const row = admin.locator('[data-testid="editor-module"][data-kind="quiz"]')
    await row.waitFor()
    await expect(row.getByTestId('editor-quiz').innerText()).resolves.toBe('4 soal per percobaan · 10 menit · nilai lulus 50 · 2 kali percobaan')
    await expect(row.getByTestId('editor-quiz-available').innerText()).resolves.toBe('4 soal aktif tersedia di bank')
    await row.scrollIntoViewIfNeeded()
    await shot(admin, 'quiz-editor')
  })

  it('(3) the employee joins on her phone and reads the quiz\'s instructions and rules', async () => {
    siti = await browser('siti', true)
    await login(siti, server.url, EMPLOYEE)
    await siti.goto(`${server.url}/e-learning`)
    const card = siti.locator(`[data-testid="course-card"][data-offering="${CODE}"]`)
    await card.getByTestId('course-join').click()
    await siti.waitForURL(new RegExp(`/e-learning/${CODE}(\\?|$)`))
    const viewer = siti.locator('[data-testid="module-viewer"][data-kind="quiz"]')
    await viewer.getByTestId('quiz-intro').waitFor()
    await expect(viewer.locator('[data-testid="quiz-instructions"] strong').innerText()).resolves.toBe('semua')
    const rules = viewer.getByTestId('quiz-rules')
    await expect(rules.locator('[data-rule="questions"]').innerText()).resolves.toBe('4 soal')
    await expect(rules.locator('[data-rule="time"]').innerText()).resolves.toBe('10 menit')
    await expect(rules.locator('[data-rule="attempts"]').innerText()).resolves.toBe('2 kali')
    await expect(rules.locator('[data-rule="pass"]').innerText()).resolves.toBe('50')
    expect(await overflow(siti)).toBeLessThanOrEqual(0)
    await shot(siti, 'quiz-intro-phone')
  })

  it('(4) starts, answers two questions — autosaved — and continues after a reload', async () => {
    await siti.getByTestId('quiz-start').click()
    await siti.getByTestId('attempt-question').waitFor()
    await expect(siti.getByTestId('attempt-countdown').innerText()).resolves.toMatch(/(09:[0-5]\d|10:00)/)
    expect(await siti.getByTestId('attempt-question').count()).toBe(1)
    expect(await siti.getByTestId('attempt-nav').count()).toBe(4)
    await answerShown()
    await savedState(siti).waitFor()
    await siti.getByTestId('attempt-next').click()
    await answerShown()
    // Moving saves at once, without waiting for the pause.
    await siti.getByTestId('attempt-next').click()
    await savedState(siti).waitFor()
    expect(await overflow(siti)).toBeLessThanOrEqual(0)
    await shot(siti, 'quiz-question-phone', false)

    await siti.reload()
    const start = siti.getByTestId('quiz-start')
    await start.waitFor()
    expect(await start.getAttribute('data-action')).toBe('continue')
    await expect(siti.getByTestId('quiz-open').innerText()).resolves.toMatch(/^Percobaan ke-1 sedang berjalan; sisa waktu \d\d:\d\d\.$/)
    await start.click()
    await siti.getByTestId('attempt-question').waitFor()
    expect(await siti.locator('[data-testid="attempt-nav"][data-answered="yes"]').count()).toBe(2)
  })

  it('(5) answers the rest, submits after the confirmation and sees the review, the module done and the course passed', async () => {
    for (let i = 2; i < 4; i++) {
      await siti.getByTestId('attempt-nav').nth(i).click()
      await answerShown()
    }
    await siti.getByTestId('attempt-nav').nth(3).click()
    await siti.getByTestId('attempt-finish').click()
    const sheet = siti.getByTestId('confirm-sheet')
    await expect(sheet.innerText()).resolves.toContain('Semua 4 soal sudah dijawab')
    await shot(siti, 'quiz-confirm-phone', false)
    await sheet.getByTestId('sheet-confirm').click()

    const review = siti.getByTestId('quiz-review')
    await review.waitFor()
    await expect(review.getByTestId('review-score').innerText()).resolves.toBe('100')
    expect(await review.getByTestId('review-passed').getAttribute('data-passed')).toBe('yes')
    expect(await review.locator('[data-testid="review-question"][data-right="yes"]').count()).toBe(4)
    await expect(review.getByTestId('review-explanation').first().innerText()).resolves.toContain('cepat')
    const item = siti.locator('[data-testid="module-list"] li[data-kind="quiz"]')
    expect(await item.getAttribute('data-status')).toBe('selesai')
    await siti.getByTestId('course-passed').waitFor()
    expect((await siti.getByTestId('course-certificate').innerText()).trim()).toMatch(NUMBER)
    expect(await overflow(siti)).toBeLessThanOrEqual(0)
    await shot(siti, 'quiz-review-phone')
  })

  it('(6) after a reload the attempt is in the history and its result opens again', async () => {
    await siti.reload()
    const history = siti.getByTestId('quiz-history')
    await history.waitFor()
    await expect(history.getByTestId('quiz-history-score').innerText()).resolves.toBe('· Nilai 100 · Lulus')
    await expect(siti.getByTestId('quiz-state').innerText()).resolves.toBe('Anda sudah lulus kuis ini. Nilai terbaik: 100.')
    await shot(siti, 'quiz-history-phone')
    await history.getByTestId('quiz-history-open').click()
    await siti.getByTestId('quiz-review').waitFor()
    expect(await siti.locator('[data-testid="review-question"]').count()).toBe(4)
    expect(pageErrors).toEqual([])
  })
})
