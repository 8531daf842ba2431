// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createModule, deleteModule, fetchCourse, joinOffering, listCourses, listModules, moduleContentUrl, openScormSession,
  saveProgress, scormFileUrl, updateModule, uploadModuleContent,
} from './elearning'
import { ApiError, setCsrfToken } from './index'
import { fakeServer } from '@/views/usulan/test_mount'
import { KODE, PROGRAM, course, learnerModules, module, programModules, progress } from '@/views/elearning/test_data'

const headersOf = (init: RequestInit | undefined) => new Headers(init?.headers)

describe('e-learning API: modules', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
  })

  it('lists a program\'s modules with can_edit', async () => {
    const fake = fakeServer({ [`GET /programs/${PROGRAM}/modules`]: { body: programModules({ can_edit: false }) } })
    const answer = await listModules(PROGRAM)
    expect([answer.can_edit, answer.modules.map((m) => m.id)]).toEqual([false, [11, 12, 13]])
    expect(fake.calls).toHaveLength(1)
  })

  it('creates, changes and deletes a module with the CSRF token', async () => {
    setCsrfToken('tok')
    const fake = fakeServer({
      [`POST /programs/${PROGRAM}/modules`]: { status: 201, body: { module: module({ id: 20, position: 4 }) } },
      'PATCH /modules/20': { body: { module: module({ id: 20, position: 1 }) } },
    })
    expect((await createModule(PROGRAM, { kind: 'text', title: 'Baru', body: '# Isi', required: false })).position).toBe(4)
    expect((await updateModule(20, { position: 1 })).position).toBe(1)
    expect(fake.calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ['POST', `/programs/${PROGRAM}/modules`, { kind: 'text', title: 'Baru', body: '# Isi', required: false }],
      ['PATCH', '/modules/20', { position: 1 }],
    ])
    for (const [, init] of fake.fetchMock.mock.calls) expect(headersOf(init).get('X-CSRF-Token')).toBe('tok')

    const deleted = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', deleted)
    await expect(deleteModule(20)).resolves.toBeUndefined()
    expect([deleted.mock.calls[0]![0], deleted.mock.calls[0]![1]?.method]).toEqual(['/api/v1/modules/20', 'DELETE'])
    expect(headersOf(deleted.mock.calls[0]![1]).get('X-CSRF-Token')).toBe('tok')
  })

  it('turns a 409 on delete into an ApiError carrying the server\'s sentence', async () => {
    fakeServer({ 'DELETE /modules/12': { status: 409, body: { error: { code: 'conflict', message: 'Modul sudah dipelajari peserta.' } } } })
    const refused = await deleteModule(12).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect([(refused as ApiError).status, (refused as ApiError).message]).toEqual([409, 'Modul sudah dipelajari peserta.'])
  })

  it('uploads the file itself as the body with its name in the query (no multipart)', async () => {
    setCsrfToken('tok')
    const calls: Array<{ url: string; init: RequestInit | undefined }> = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, init })
      return new Response(JSON.stringify({ module: learnerModules()[1] }), { status: 200 })
    }))
    const file = new File(['%PDF-1.4 x'], 'standar pelayanan.pdf', { type: 'application/pdf' })
    const answer = await uploadModuleContent(12, file, file.name)
    expect(answer.content?.name).toBe('standar.pdf')
    expect(calls).toHaveLength(1)
    expect(calls[0]!.url).toBe('/api/v1/modules/12/content?name=standar+pelayanan.pdf')
    expect(calls[0]!.init?.method).toBe('PUT')
    expect(calls[0]!.init?.body).toBe(file)
    expect(headersOf(calls[0]!.init).get('Content-Type')).toBe('application/pdf')
    expect(headersOf(calls[0]!.init).get('X-CSRF-Token')).toBe('tok')
  })

  it('sends a file without a type as octet-stream, and keeps a 413\'s message', async () => {
    let contentType: string | null = ''
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init?: RequestInit) => {
      contentType = headersOf(init).get('Content-Type')
      return new Response(JSON.stringify({ error: { code: 'payload_too_large', message: 'Berkas melebihi 200 MiB.' } }), { status: 413 })
    }))
    const refused = await uploadModuleContent(13, new Blob(['PK']), 'paket.zip').catch((e: unknown) => e)
    expect(contentType).toBe('application/octet-stream')
    expect([(refused as ApiError).status, (refused as ApiError).message]).toEqual([413, 'Berkas melebihi 200 MiB.'])
  })

  it('builds the content address and the address of a file inside a SCORM package', () => {
    expect(moduleContentUrl(12)).toBe('/api/v1/modules/12/content')
    expect(scormFileUrl(13, 'index.html')).toBe('/api/v1/modules/13/scorm/index.html')
    expect(scormFileUrl(13, 'materi/bab 1.html?mode=review&x=1')).toBe('/api/v1/modules/13/scorm/materi/bab%201.html?mode=review&x=1')
  })
})

describe('e-learning API: courses and progress', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('lists the courses of a year, the year left out when not given', async () => {
    const fake = fakeServer({ 'GET /elearning': { body: { items: [course()] } } })
    expect((await listCourses(2025)).map((c) => c.offering)).toEqual([KODE])
    await listCourses()
    expect(fake.calls.map((c) => c.query.get('year'))).toEqual(['2025', null])
  })

  it('joins, reads the course and reports progress', async () => {
    const fake = fakeServer({
      [`POST /offerings/${KODE}/join`]: { status: 201, body: { course: course({ progress: { done: 0, required: 3, percent: 0 } }) } },
      [`GET /offerings/${KODE}/course`]: { body: { course: course(), modules: learnerModules() } },
      [`POST /offerings/${KODE}/modules/12/progress`]: { body: { progress: progress({ status: 'selesai' }), course: course() } },
      [`POST /offerings/${KODE}/modules/14/progress`]: { body: { progress: progress(), course: course() } },
    })
    expect((await joinOffering(KODE)).progress?.done).toBe(0)
    expect((await fetchCourse(KODE)).modules.map((m) => m.progress?.status ?? null)).toEqual(['selesai', null, null])
    expect((await saveProgress(KODE, 12, { done: true })).progress.status).toBe('selesai')
    await saveProgress(KODE, 14, { position: 42.5, duration: 300 })
    expect(fake.calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{}, { done: true }, { position: 42.5, duration: 300 }])
  })

  it('opens a SCORM session', async () => {
    const session = { standard: 'scorm_1.2', launch_url: '/api/v1/modules/13/scorm/index.html', commit_url: `/api/v1/offerings/${KODE}/modules/13/scorm/commit`, cmi: {} }
    const fake = fakeServer({ [`POST /offerings/${KODE}/modules/13/scorm/session`]: { status: 201, body: session } })
    expect(await openScormSession(KODE, 13)).toEqual(session)
    expect(fake.calls[0]!.body).toEqual({})
  })

  it('escapes codes in paths', async () => {
    const fake = fakeServer({ 'GET /offerings/A%2FB/course': { body: { course: course(), modules: [] } } })
    await fetchCourse('A/B')
    expect(fake.fetchMock.mock.calls[0]![0]).toBe('/api/v1/offerings/A%2FB/course')
  })
})
