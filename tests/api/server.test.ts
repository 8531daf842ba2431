// The server itself: health, OpenAPI, security headers, static files, robustness, start and stop.
import { spawn } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backend, bangkomBin, Client, repoRoot, startServer, stopProcess, type Server } from './harness'

let server: Server
beforeAll(async () => {
  server = await startServer({ data: false })
})
afterAll(async () => {
  await server?.stop()
})

function expectSecurityHeaders(r: Response) {
  expect(r.headers.get('content-security-policy')).toBe(
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; " +
    "object-src 'none'; base-uri 'self'")
  expect(r.headers.get('x-content-type-options')).toBe('nosniff')
  expect(r.headers.get('x-frame-options')).toBe('DENY')
  expect(r.headers.get('referrer-policy')).toBe('same-origin')
}

/** A GET with the path sent exactly as given. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, headers: { accept: 'text/html' } }, (res) => {
      let body = ''
      res.on('data', (d) => (body += d))
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', fail)
    req.end()
  })
}

/** Every "| METHOD `/path` |" row of docs/api.md. */
function contractRoutes(): string[] {
  // docs/api.md lists the routes; an area with many routes has its own page, linked from it (participation-api.md)
  const main = readFileSync(join(repoRoot, 'docs', 'api.md'), 'utf8')
  const linked = [...main.matchAll(/\]\(([a-z-]+-api\.md)\)/g)].map((m) => m[1])
  const doc = [main, ...new Set(linked)].map((d, i) => (i === 0 ? d : readFileSync(join(repoRoot, 'docs', d), 'utf8'))).join('\n')
  return [...doc.matchAll(/^\| (GET|POST|PUT|PATCH|DELETE) `([^`]+)`/gm)].map((m) => `${m[1]} ${m[2]}`)
}

describe('GET /health', () => {
  it('answers without a session', async () => {
    const r = await fetch(`${server.base}/api/v1/health`)
    expect(r.status).toBe(200)
    expect(await r.json()).toEqual({ status: 'ok', version: '0.1.0', database: backend })
    expectSecurityHeaders(r)
    expect(r.headers.get('cache-control')).toBe('no-store')
  })
})

describe('GET /openapi.json', () => {
  it('lists every route of docs/api.md with its roles', async () => {
    const r = await fetch(`${server.base}/api/v1/openapi.json`)
    expect(r.status).toBe(200)
    const doc = await r.json()
    expect(doc.openapi).toMatch(/^3\.0/)
    const listed = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
    const contract = contractRoutes()
    expect(contract.length).toBeGreaterThanOrEqual(18)
    expect(listed.sort()).toEqual([...contract].sort())
    expect(doc.paths['/users'].post['x-roles']).toEqual(['admin_bkd'])
    expect(doc.paths['/data/{kind}/{key}'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['kind', 'key'])
  })
})

describe('unknown API paths and methods', () => {
  it('is 404 JSON for an unknown /api/ path', async () => {
    for (const path of ['/api/v1/nothing', '/api/v2/health', '/api/x']) {
      const r = await fetch(server.base + path, { headers: { accept: 'text/html' } })
      expect(r.status, path).toBe(404)
      expect((await r.json()).error.code).toBe('not_found')
    }
  })
  it('is 405 for a known path with another method', async () => {
    const r = await fetch(`${server.base}/api/v1/health`, { method: 'DELETE' })
    expect(r.status).toBe(405)
  })
})

describe('static files', () => {
  it('serves index.html at / with security headers', async () => {
    const r = await fetch(`${server.base}/`, { headers: { accept: 'text/html' } })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('text/html')
    expect(await r.text()).toContain('<title>Bangkom</title>')
    expectSecurityHeaders(r)
  })
  it('serves hashed assets with their type and a long cache', async () => {
    const r = await fetch(`${server.base}/assets/app-1a2b3c.js`)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('javascript')
    expect(r.headers.get('cache-control')).toContain('immutable')
    expect(await r.text()).toBe('console.log("bangkom")')
  })
  it('falls back to index.html for page requests of the app\'s routes', async () => {
    const r = await fetch(`${server.base}/data/pegawai`, { headers: { accept: 'text/html,application/xhtml+xml' } })
    expect(r.status).toBe(200)
    expect(await r.text()).toContain('<div id="app">')
    const asset = await fetch(`${server.base}/assets/missing.js`, { headers: { accept: '*/*' } })
    expect(asset.status).toBe(404)
  })
  it('refuses paths that escape the directory, encoded or not', async () => {
    // fetch() would normalise the dots away: send the paths as written.
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%2E%2E/%2E%2E/bangkom.db',
      '/..%2f..%2fetc%2fpasswd', '/assets/..%5c..%5cbangkom.db']) {
      const { status, body } = await rawGet(path)
      expect(status, path).toBe(400)
      expect(body).not.toContain('root:')
    }
  })
  it('answers HEAD without a body', async () => {
    const r = await fetch(`${server.base}/assets/app-1a2b3c.js`, { method: 'HEAD' })
    expect(r.status).toBe(200)
    expect(await r.text()).toBe('')
  })
})

describe('robustness', () => {
  it('survives garbage on a raw socket and keeps answering', async () => {
    await new Promise<void>((ok) => {
      const s = connect(server.port, '127.0.0.1', () => {
        s.write('\x00\xff GARBAGE \r\n\r\nNOT HTTP AT ALL\r\n\r\n')
        s.write('GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n')
      })
      s.on('data', () => {})
      s.on('error', () => ok())
      s.on('close', () => ok())
      setTimeout(() => { s.destroy(); ok() }, 2000)
    })
    const r = await fetch(`${server.base}/api/v1/health`)
    expect(r.status).toBe(200)
  })
  it('keeps serving after a half-sent request is abandoned', async () => {
    await new Promise<void>((ok) => {
      const s = connect(server.port, '127.0.0.1', () => {
        s.write('POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"user')
        setTimeout(() => { s.destroy(); ok() }, 100)
      })
    })
    expect((await fetch(`${server.base}/api/v1/health`)).status).toBe(200)
  })
  it('answers an oversized header by closing, not crashing', async () => {
    const r = await fetch(`${server.base}/api/v1/health`, { headers: { 'x-big': 'a'.repeat(64 * 1024) } }).catch(() => null)
    if (r) expect(r.status).toBeGreaterThanOrEqual(400)
    expect((await fetch(`${server.base}/api/v1/health`)).status).toBe(200)
  })
})

describe('start and stop', () => {
  it('fails clearly when the port is taken', async () => {
    const child = spawn(bangkomBin, ['serve', '--db', server.db, '--port', String(server.port)])
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.stdout.on('data', (d) => (err += d))
    const code = await new Promise<number | null>((ok) => child.on('exit', ok))
    expect(code).not.toBe(0)
    expect(err).toMatch(/cannot listen|tidak dapat/)
  })
  it('prints where it listens and stops with exit code 0 on SIGTERM', async () => {
    const other = await startServer({ data: false })
    expect(other.output()).toContain(`Bangkom berjalan di http://127.0.0.1:${other.port}`)
    const client = new Client(other.base)
    expect((await client.get('/api/v1/health')).status).toBe(200)
    expect(await other.stop()).toBe(0)
  })
})
