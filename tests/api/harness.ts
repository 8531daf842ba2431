// Starts a real `bangkom serve` on a temporary database with users of every role and a small data set, and gives
// tests a client that keeps the session cookie and the CSRF token like the web app does.
//
// The database is SQLite (a file per test file) unless BANGKOM_TEST_DB=postgres: then BANGKOM_TEST_POSTGRES is the
// URL of an admin database of a throwaway cluster (scripts/pg_cluster.sh), and each test file's server gets a fresh
// database copied from a template (CREATE DATABASE … TEMPLATE …), dropped when it stops.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
export const bangkomBin = process.env.BANGKOM_BIN ?? join(repoRoot, 'build', 'bangkom')
export const fixturesDir = join(repoRoot, 'tests', 'api', 'fixtures')
export const password = 'rahasia-uji-123'
export const thisYear = new Date().getFullYear()

/** The backend the suite runs on, as `GET /health` names it. */
export const backend: 'sqlite' | 'postgresql' = process.env.BANGKOM_TEST_DB === 'postgres' ? 'postgresql' : 'sqlite'
const pgAdminUrl = process.env.BANGKOM_TEST_POSTGRES ?? ''
if (backend === 'postgresql' && !pgAdminUrl) {
  throw new Error('BANGKOM_TEST_DB=postgres needs BANGKOM_TEST_POSTGRES (an admin URL, e.g. from scripts/pg_cluster.sh)')
}

export const nips = {
  budi: '198609262015051001', // atasan, DINKES
  siti: '199001012019032002', // asn, DINKES, reports to budi
  andi: '199205152020121003', // DINKES, reports to budi
  dewi: '198803172014022001', // DISDIK
}

/** username → `bangkom user add` arguments. */
export const users: Record<string, string[]> = {
  admin: ['--role', 'admin_bkd'],
  auditor: ['--role', 'auditor'],
  pengelola: ['--role', 'pengelola_opd', '--agency', 'DINKES'],
  pengelola_dik: ['--role', 'pengelola_opd', '--agency', 'DISDIK'],
  atasan: ['--role', 'atasan', '--agency', 'DINKES', '--nip', nips.budi],
  asn: ['--role', 'asn', '--agency', 'DINKES', '--nip', nips.siti, '--name', 'Siti Aminah'],
  asn_unlinked: ['--role', 'asn', '--agency', 'DINKES', '--nip', '199912312022011001'],
  mitra: ['--role', 'lembaga_mitra', '--institution', 'Lembaga Mitra Nusantara'],
}

/** Kinds in dependency order, as imported by the harness. */
export const fixtureKinds = ['opd', 'unit_layanan', 'kompetensi', 'jabatan', 'standar_kompetensi', 'pegawai',
  'penilaian', 'kinerja', 'program', 'angkatan', 'riwayat_jp', 'skm', 'tes', 'reaksi', 'umpan_balik_360']

function run(args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(bangkomBin, args, { env: { ...process.env, ...env }, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`bangkom ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`)
  return r.stdout
}

/** Runs SQL on the cluster's admin database through Debian's psql (node has no PostgreSQL driver). */
export function psql(sql: string, url = pgAdminUrl): string {
  const r = spawnSync('psql', [url, '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`psql ${sql} failed (${r.status}): ${r.error ?? ''}${r.stderr}`)
  return r.stdout.trim()
}

/** The URL of database `name` in the cluster of BANGKOM_TEST_POSTGRES. */
export function pgUrl(name: string): string {
  const url = new URL(pgAdminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

let pgCounter = 0
/** A database name unique to this process and call: bangkom_api_<prefix>_<pid>_<n>_<random>. */
export function pgDatabaseName(prefix: string): string {
  pgCounter += 1
  return `bangkom_api_${prefix}_${process.pid}_${pgCounter}_${Math.random().toString(36).slice(2, 8)}`
}

/** Creates an empty database, or a copy of `template` (which must have no connections). */
export function pgCreate(name: string, template?: string): void {
  psql(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`)
}

export function pgDrop(name: string): void {
  psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer()
    s.once('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => ok(port))
    })
  })
}

/** riwayat_jp with dates in the current year (the profile's "JP earned this year") and one last year. */
function riwayatCsv(): string {
  return [
    'nip,nama_kegiatan,tanggal_mulai,tanggal_selesai,jp,penyelenggara,nomor_sertifikat',
    `${nips.siti},Pelatihan Triase,${thisYear}-02-03,${thisYear}-02-05,12,BPSDM,SERT-1`,
    `${nips.siti},Seminar Gizi,${thisYear}-03-10,${thisYear}-03-10,3,Dinkes,`,
    `${nips.siti},Kursus Lama,${thisYear - 1}-05-01,${thisYear - 1}-05-03,10,BPSDM,`,
    `${nips.dewi},Bimtek Kurikulum,${thisYear}-01-20,${thisYear}-01-22,16,Disdik,`,
  ].join('\n') + '\n'
}

export interface Server {
  base: string // http://127.0.0.1:PORT
  port: number
  dir: string
  db: string // the --db location: a file in dir (SQLite) or a postgresql:// URL
  webDir: string
  process: ChildProcess
  output: () => string
  login: (username: string) => Promise<Client>
  stop: () => Promise<number | null>
}

/** `bangkom init`, every user of `users`, and (withData) the fixtures imported in dependency order. */
export function buildDatabase(db: string, workDir: string, withData: boolean): void {
  run(['init', '--db', db])
  for (const [username, args] of Object.entries(users)) {
    run(['user', 'add', '--db', db, '--username', username, ...args], { BANGKOM_PASSWORD: password })
  }
  if (!withData) return
  const riwayat = join(workDir, 'riwayat_jp.csv')
  writeFileSync(riwayat, riwayatCsv())
  for (const kind of fixtureKinds) {
    run(['import', kind, kind === 'riwayat_jp' ? riwayat : join(fixturesDir, `${kind}.csv`), '--db', db])
  }
}

/** A fresh database for one server, from the suite's template when there is one; `drop` removes a PG one. */
function freshDatabase(dir: string, withData: boolean): { db: string; drop: () => void } {
  const templates = inject('templateDbs')
  const template = withData ? templates?.withData : templates?.empty
  if (backend === 'postgresql') {
    const name = pgDatabaseName('t')
    pgCreate(name, template)
    const db = pgUrl(name)
    if (!template) buildDatabase(db, dir, withData)
    return { db, drop: () => pgDrop(name) }
  }
  const db = join(dir, 'bangkom.db')
  if (template) {
    copyFileSync(template, db)
    if (existsSync(`${template}-wal`)) copyFileSync(`${template}-wal`, `${db}-wal`)
  } else {
    buildDatabase(db, dir, withData)
  }
  return { db, drop: () => {} }
}

export async function startServer(opts: { data?: boolean } = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'bangkom-api-'))
  const webDir = join(dir, 'web')
  mkdirSync(join(webDir, 'assets'), { recursive: true })
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Bangkom</title><div id="app"></div>')
  writeFileSync(join(webDir, 'assets', 'app-1a2b3c.js'), 'console.log("bangkom")')
  const { db, drop } = freshDatabase(dir, opts.data !== false)
  const port = await freePort()
  const child = spawn(bangkomBin, ['serve', '--db', db, '--port', String(port), '--web', webDir, '--threads', '2',
    '--content-dir', join(dir, 'konten')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const base = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(base, child, () => output)
  } catch (e) {
    await stopProcess(child)
    drop()
    throw e
  }
  const server: Server = {
    base, port, dir, db, webDir, process: child, output: () => output,
    login: async (username: string) => {
      const c = new Client(base)
      const r = await c.post('/api/v1/auth/login', { username, password })
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`)
      return c
    },
    stop: () => stopProcess(child).then((code) => {
      rmSync(dir, { recursive: true, force: true })
      drop()
      return code
    }),
  }
  return server
}

async function waitForHealth(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bangkom serve exited (${child.exitCode}): ${output()}`)
    try {
      const r = await fetch(`${base}/api/v1/health`)
      if (r.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 50))
  }
  throw new Error(`bangkom serve did not answer /health: ${output()}`)
}

export function stopProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((ok) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 8_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      ok(code)
    })
    child.kill('SIGTERM')
  })
}

/** A signed-in (or anonymous) browser: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie = ''
  csrf = ''
  constructor(readonly base: string) {}

  async request(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string>; csrf?: boolean } = {}) {
    const headers: Record<string, string> = { ...(init.headers ?? {}) }
    if (this.cookie) headers.cookie = this.cookie
    if (this.csrf && init.csrf !== false && method !== 'GET') headers['x-csrf-token'] = this.csrf
    const r = await fetch(this.base + path, { method, headers, body: init.body, redirect: 'manual' })
    const set = r.headers.get('set-cookie')
    if (set) {
      const value = /bangkom_session=([^;]*)/.exec(set)?.[1] ?? ''
      this.cookie = value ? `bangkom_session=${value}` : ''
    }
    if (r.status === 200 && r.headers.get('content-type')?.includes('json') && path.startsWith('/api/v1/auth/')) {
      const body = await r.clone().json()
      if (body.csrf_token) this.csrf = body.csrf_token
    }
    return r
  }
  get(path: string, headers: Record<string, string> = {}) {
    return this.request('GET', path, { headers })
  }
  post(path: string, json: unknown, opts: { csrf?: boolean } = {}) {
    return this.request('POST', path, { body: JSON.stringify(json), headers: { 'content-type': 'application/json' }, ...opts })
  }
  upload(path: string, bytes: string | Uint8Array, opts: { csrf?: boolean } = {}) {
    return this.request('POST', path, { body: bytes, headers: { 'content-type': 'application/octet-stream' }, ...opts })
  }
  async json(method: string, path: string, body?: unknown) {
    const r = method === 'GET' ? await this.get(path) : await this.post(path, body)
    return { status: r.status, body: await r.json() }
  }
}

/** The error code of an error answer. */
export async function errorCode(r: Response): Promise<string> {
  const body = await r.json()
  return body?.error?.code
}

export function fixture(kind: string): string {
  const p = join(fixturesDir, `${kind}.csv`)
  if (!existsSync(p)) throw new Error(`no fixture ${p}`)
  return p
}
