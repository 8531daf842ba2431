// Builds a temporary Bangkom database with the real CLI, serves it with the built web app, and opens
// Debian's Chromium through playwright-core (never a downloaded browser).
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

const run = promisify(execFile)

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
export const BIN = process.env.BANGKOM_BIN ?? join(ROOT, 'build/bangkom')
export const WEB_DIST = process.env.BANGKOM_WEB_DIST ?? join(ROOT, 'web/dist')
export const FIXTURES = join(ROOT, 'tests/e2e/fixtures')
export const SCREENSHOTS = join(ROOT, 'build/test-results/screenshots')
export const CHROMIUM = process.env.BANGKOM_CHROMIUM ?? '/usr/bin/chromium'

export const ADMIN = { username: 'admin', password: 'admin-e2e-rahasia-1' }
export const EMPLOYEE = { username: 'siti', password: 'siti-e2e-rahasia-1', nip: '198609262015051001', name: 'Siti Aminah' }

/** Fails early, with what to do, when the program or the web build is missing. */
export function checkPrerequisites(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} not found: build it first (cmake --build build --target bangkom)`)
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST}/index.html not found: run npm run build`)
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium`)
}

/** Runs `bangkom ARGS`; throws with its output when it fails. */
export async function bangkom(args: string[], env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout } = await run(BIN, args, { env: { ...process.env, ...env }, timeout: 120_000 })
    return stdout
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string }
    throw new Error(`bangkom ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`)
  }
}

/** A fixture with {YEAR} and {LAST_YEAR} replaced, written into `dir`. */
function datedFixture(dir: string, name: string): string {
  const year = new Date().getFullYear()
  const text = readFileSync(join(FIXTURES, name), 'utf8')
    .replaceAll('{YEAR}', String(year))
    .replaceAll('{LAST_YEAR}', String(year - 1))
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const REFERENCE_KINDS = ['opd', 'unit_layanan', 'jabatan'] as const

async function importAll(db: string, files: Array<[kind: string, path: string]>): Promise<void> {
  for (const [kind, path] of files) await bangkom(['import', kind, path, '--db', db])
}

/** A database with two agencies, their units and positions, two employees, JP history, an admin and an employee user. */
export async function makeDatabase(dir: string): Promise<string> {
  const db = join(dir, 'bangkom.db')
  await bangkom(['init', '--db', db])
  await importAll(db, [
    ...REFERENCE_KINDS.map((kind): [string, string] => [kind, join(FIXTURES, `${kind}.csv`)]),
    ['pegawai', join(FIXTURES, 'pegawai.csv')],
    ['riwayat_jp', datedFixture(dir, 'riwayat_jp.csv')],
  ])
  await bangkom(['user', 'add', '--db', db, '--username', ADMIN.username, '--role', 'admin_bkd', '--name', 'Admin BKD'],
    { BANGKOM_PASSWORD: ADMIN.password })
  await bangkom(['user', 'add', '--db', db, '--username', EMPLOYEE.username, '--role', 'asn', '--agency', 'DINKES',
    '--nip', EMPLOYEE.nip, '--name', EMPLOYEE.name], { BANGKOM_PASSWORD: EMPLOYEE.password })
  return db
}

/** An XLSX of employees written by the real exporter: the fixture imported into a scratch database, exported. */
export async function makeEmployeesXlsx(dir: string): Promise<string> {
  const scratch = join(dir, 'scratch.db')
  const output = join(dir, 'pegawai.xlsx')
  await bangkom(['init', '--db', scratch])
  await importAll(scratch, [
    ...REFERENCE_KINDS.map((kind): [string, string] => [kind, join(FIXTURES, `${kind}.csv`)]),
    ['pegawai', join(FIXTURES, 'pegawai.csv')],
    ['pegawai', join(FIXTURES, 'pegawai_baru.csv')],
  ])
  await bangkom(['export', 'pegawai', '--db', scratch, '--format', 'xlsx', '--output', output])
  return output
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}

export interface RunningServer {
  url: string
  stop(): Promise<void>
  log(): string
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bangkom serve exited with ${child.exitCode}:\n${log()}`)
    try {
      const response = await fetch(`${url}/api/v1/health`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`bangkom serve did not answer /api/v1/health within 30 s:\n${log()}`)
}

/** `bangkom serve` on a free loopback port, serving the built web app; resolves once /api/v1/health answers. */
export async function startServer(db: string, dir: string): Promise<RunningServer> {
  const port = await freePort()
  const logPath = join(dir, 'serve.log')
  const fd = openSync(logPath, 'w')
  const child = spawn(BIN, ['serve', '--db', db, '--host', '127.0.0.1', '--port', String(port), '--web', WEB_DIST],
    { stdio: ['ignore', fd, fd] })
  closeSync(fd)
  const log = () => (existsSync(logPath) ? readFileSync(logPath, 'utf8') : '')
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(url, child, log)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  const stop = () => new Promise<void>((done) => {
    if (child.exitCode !== null) return done()
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => { clearTimeout(timer); done() })
    child.kill('SIGTERM')
  })
  return { url, stop, log }
}

export interface BrowserOptions {
  viewport?: { width: number; height: number }
  mobile?: boolean
}

/** Chromium with a fresh profile directory under `dir`. */
export async function launchBrowser(dir: string, name: string, options: BrowserOptions = {}): Promise<BrowserContext> {
  const profile = join(dir, `chromium-${name}`)
  mkdirSync(profile, { recursive: true })
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: options.viewport ?? { width: 1366, height: 860 },
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    deviceScaleFactor: 1,
    locale: 'id-ID',
  })
}

/** A full-page screenshot in build/test-results/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' })
}

/** Keeps the server's log in build/test-results/NAME.log (the temporary directory is removed). */
export function saveServerLog(server: RunningServer, name: string): void {
  mkdirSync(join(ROOT, 'build/test-results'), { recursive: true })
  writeFileSync(join(ROOT, 'build/test-results', `${name}.log`), server.log())
}

/** A temporary directory for one test file, removed by `removeTempDir`. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bangkom-e2e-'))
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** Logs in through the login page and waits for the layout. */
export async function login(page: Page, baseUrl: string, user: { username: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/masuk`)
  await page.getByLabel(/Nama pengguna|Username/).fill(user.username)
  await page.getByLabel(/^(Kata sandi|Password)$/).fill(user.password)
  await page.getByRole('button', { name: /^(Masuk|Log in)$/ }).click()
  await page.waitForSelector('[data-testid="main-nav"]', { state: 'attached' })
}
