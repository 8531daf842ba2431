// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ModuleEditor from './ModuleEditor.vue'
import { setCsrfToken } from '@/api'
import type { CourseModule, ProgramModules } from '@/api/elearning'
import type { OfferingDetail } from '@/api/delivery'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { PROGRAM, programModules } from '@/views/elearning/test_data'
import OfferingDetailView from '@/views/pelatihan/OfferingDetailView.vue'
import { detail } from '@/views/pelatihan/test_data'

interface Sent {
  method: string
  path: string
  query: URLSearchParams
  headers: Headers
  body: unknown
}
type Reply = { status?: number; body?: unknown }

/** A fake server that keeps raw bodies (an uploaded File) as they were sent, and JSON bodies parsed. */
function server(routes: Record<string, Reply | ((sent: Sent) => Reply)>) {
  const sent: Sent[] = []
  vi.stubGlobal('fetch', vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://localhost')
    const headers = new Headers(init?.headers)
    const raw = init?.body
    const body = typeof raw === 'string' && headers.get('Content-Type') === 'application/json' ? JSON.parse(raw) : raw
    const call: Sent = { method: init?.method ?? 'GET', path: url.pathname.replace(/^\/api\/v1/, ''), query: url.searchParams, headers, body }
    sent.push(call)
    const route = routes[`${call.method} ${call.path}`]
    const reply = typeof route === 'function' ? route(call) : route ?? { status: 404, body: { error: { code: 'not_found', message: 'no fake' } } }
    if (reply.status === 204) return new Response(null, { status: 204 })
    return new Response(JSON.stringify(reply.body ?? {}), { status: reply.status ?? 200 })
  }))
  return { sent, of: (method: string, path: string) => sent.filter((c) => c.method === method && c.path === path) }
}

const LIST = `/programs/${PROGRAM}/modules`
const mountEditor = () => mountPage(ModuleEditor, { role: 'admin_bkd', nip: null, agency: null, props: { program: PROGRAM } })
type Wrapper = Awaited<ReturnType<typeof mountEditor>>['wrapper']
const row = (wrapper: Wrapper, id: number) => wrapper.find(`[data-testid="editor-module"][data-module-id="${id}"]`)

/** Selects a file on a row's file input. */
async function choose(wrapper: Wrapper, id: number, file: File) {
  const input = row(wrapper, id).find('[data-testid="editor-file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

describe('ModuleEditor', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
    document.body.innerHTML = ''
  })

  it('shows nothing to someone who may not edit', async () => {
    server({ [`GET ${LIST}`]: { body: programModules({ can_edit: false }) } })
    const { wrapper } = await mountEditor()
    expect(wrapper.find('[data-testid="module-editor"]').exists()).toBe(false)
  })

  it('lists the modules in order with their kind, required marker and file, and counts those without one', async () => {
    const answer = programModules()
    answer.modules[1] = { ...answer.modules[1]!, content: null, required: false }
    server({ [`GET ${LIST}`]: { body: answer } })
    const { wrapper } = await mountEditor()
    expect(wrapper.findAll('[data-testid="editor-module"]').map((r) => r.find('[data-testid="editor-title"]').text()))
      .toEqual(['Pengantar pelayanan publik', 'Standar pelayanan', 'Kuis SKM'])
    expect(row(wrapper, 12).text()).toContain('Dokumen PDF · Pilihan')
    expect(row(wrapper, 12).find('[data-testid="editor-content"]').text()).toBe('Belum ada berkas')
    expect(row(wrapper, 13).find('[data-testid="editor-content"]').text()).toBe('kuis.zip · 4 KiB · SCORM 1.2: Kuis SKM')
    expect(row(wrapper, 11).find('[data-testid="editor-file"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="editor-missing"]').text()).toContain('1 modul belum memiliki berkas')
    expect(row(wrapper, 11).find('[data-testid="editor-up"]').attributes('disabled')).toBeDefined()
    expect(row(wrapper, 13).find('[data-testid="editor-down"]').attributes('disabled')).toBeDefined()
  })

  it('adds a text module with its Markdown, keeps the form when the title is missing, and reads the list again', async () => {
    setCsrfToken('tok')
    const fake = server({
      [`GET ${LIST}`]: { body: programModules() },
      [`POST ${LIST}`]: { status: 201, body: { module: { ...programModules().modules[0]!, id: 30, title: 'Penutup' } } },
    })
    const { wrapper } = await mountEditor()
    await wrapper.find('[data-testid="module-add-form"]').trigger('submit')
    expect(wrapper.find('#module-title-problem').text()).toBe('Mohon isi judul modul.')
    expect(fake.of('POST', LIST)).toHaveLength(0)
    await wrapper.find('[data-testid="module-add-title"]').setValue(' Penutup ')
    await wrapper.find('[data-testid="module-add-body"]').setValue('# Ringkasan\n\n- satu')
    await wrapper.find('[data-testid="module-add-required"]').setValue(false)
    await wrapper.find('[data-testid="module-add-form"]').trigger('submit')
    await flushPromises()
    expect(fake.of('POST', LIST).map((c) => c.body)).toEqual([{ kind: 'text', title: 'Penutup', body: '# Ringkasan\n\n- satu', required: false }])
    expect(fake.of('POST', LIST)[0]!.headers.get('X-CSRF-Token')).toBe('tok')
    expect(fake.of('GET', LIST)).toHaveLength(2)
    expect(wrapper.find('[data-testid="editor-added"]').text()).toBe('Modul “Penutup” ditambahkan.')
    expect((wrapper.find('[data-testid="module-add-title"]').element as HTMLInputElement).value).toBe('')
  })

  it('adds a PDF module without a body', async () => {
    const fake = server({ [`GET ${LIST}`]: { body: programModules() }, [`POST ${LIST}`]: { status: 201, body: { module: programModules().modules[1] } } })
    const { wrapper } = await mountEditor()
    await wrapper.find('[data-testid="module-add-kind"]').setValue('pdf')
    expect(wrapper.find('[data-testid="module-add-body"]').exists()).toBe(false)
    await wrapper.find('[data-testid="module-add-title"]').setValue('Standar pelayanan')
    await wrapper.find('[data-testid="module-add-form"]').trigger('submit')
    await flushPromises()
    expect(fake.of('POST', LIST)[0]!.body).toEqual({ kind: 'pdf', title: 'Standar pelayanan', required: true })
  })

  it('moves a module with PATCH position and edits only what changed', async () => {
    const fake = server({ [`GET ${LIST}`]: { body: programModules() }, 'PATCH /modules/11': (c) => ({ body: { module: { ...programModules().modules[0]!, ...(c.body as object) } } }) })
    const { wrapper } = await mountEditor()
    await row(wrapper, 11).find('[data-testid="editor-down"]').trigger('click')
    await flushPromises()
    await row(wrapper, 11).find('[data-testid="editor-edit"]').trigger('click')
    await row(wrapper, 11).find('[data-testid="editor-form-title"]').setValue('Pengantar')
    await row(wrapper, 11).find('[data-testid="editor-form"]').trigger('submit')
    await flushPromises()
    expect(fake.of('PATCH', '/modules/11').map((c) => c.body)).toEqual([{ position: 2 }, { title: 'Pengantar' }])
    expect(row(wrapper, 11).find('[data-testid="editor-form"]').exists()).toBe(false)
    expect(fake.of('GET', LIST)).toHaveLength(3)
  })

  it('uploads the file itself as the body with its name, and shows the server\'s 400 and 413 sentences', async () => {
    setCsrfToken('tok')
    let reply: Reply = { status: 400, body: { error: { code: 'invalid_argument', message: 'Berkas bukan PDF: tidak diawali %PDF-.' } } }
    const fake = server({ [`GET ${LIST}`]: { body: programModules() }, 'PUT /modules/12/content': () => reply })
    const { wrapper } = await mountEditor()
    const pdf = new File(['%PDF-1.4\n'], 'standar.pdf', { type: 'application/pdf' })
    await choose(wrapper, 12, pdf)
    const put = fake.of('PUT', '/modules/12/content')
    expect(put).toHaveLength(1)
    expect(put[0]!.body).toBe(pdf)
    expect(put[0]!.query.get('name')).toBe('standar.pdf')
    expect(put[0]!.headers.get('X-CSRF-Token')).toBe('tok')
    expect(row(wrapper, 12).find('[data-testid="editor-error"]').text()).toBe('Berkas bukan PDF: tidak diawali %PDF-.')
    reply = { status: 413, body: { error: { code: 'payload_too_large', message: 'Berkas melebihi batas 200 MiB.' } } }
    await choose(wrapper, 12, pdf)
    expect(row(wrapper, 12).find('[data-testid="editor-error"]').text()).toBe('Berkas melebihi batas 200 MiB.')
    reply = { body: { module: programModules().modules[1] } }
    await choose(wrapper, 12, pdf)
    expect(row(wrapper, 12).find('[data-testid="editor-error"]').exists()).toBe(false)
    expect(row(wrapper, 12).find('[data-testid="editor-notice"]').text()).toBe('Berkas standar.pdf tersimpan.')
  })

  it('refuses a file of the wrong type before sending it', async () => {
    const fake = server({ [`GET ${LIST}`]: { body: programModules() } })
    const { wrapper } = await mountEditor()
    await choose(wrapper, 13, new File(['x'], 'kuis.rar'))
    expect(fake.of('PUT', '/modules/13/content')).toHaveLength(0)
    expect(row(wrapper, 13).find('[data-testid="editor-error"]').text()).toBe('Berkas kuis.rar tidak dapat dipakai untuk modul ini. Pilih berkas .zip.')
  })

  it('deletes after one question, and says why when a learner already started the module', async () => {
    let answer: ProgramModules = programModules()
    const fake = server({
      [`GET ${LIST}`]: () => ({ body: answer }),
      'DELETE /modules/12': { status: 409, body: { error: { code: 'conflict', message: 'Modul ini sudah dipelajari 3 peserta dan tidak dapat dihapus.' } } },
      'DELETE /modules/13': () => {
        answer = { ...answer, modules: answer.modules.filter((m: CourseModule) => m.id !== 13) }
        return { status: 204 }
      },
    })
    const { wrapper } = await mountEditor()
    await row(wrapper, 12).find('[data-testid="editor-delete"]').trigger('click')
    expect(document.body.querySelector('[data-testid="confirm-sheet"]')?.textContent).toContain('Modul “Standar pelayanan” dan berkasnya akan dihapus')
    expect(fake.of('DELETE', '/modules/12')).toHaveLength(0)
    await row(wrapper, 12).find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(row(wrapper, 12).find('[data-testid="editor-error"]').text()).toBe('Modul ini sudah dipelajari 3 peserta dan tidak dapat dihapus.')
    expect(row(wrapper, 12).find('[data-testid="confirm-sheet"]').exists()).toBe(false)

    await row(wrapper, 13).find('[data-testid="editor-delete"]').trigger('click')
    await row(wrapper, 13).find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.of('DELETE', '/modules/13')).toHaveLength(1)
    expect(row(wrapper, 13).exists()).toBe(false)
  })
})

describe('OfferingDetailView: where the module editor sits', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function openOffering(offering: Partial<OfferingDetail>, canEdit: boolean) {
    fakeServer({
      'GET /offerings/ANG-KES-1': { body: { offering: detail({ program: PROGRAM, ...offering }) } },
      'GET /offerings/ANG-KES-1/participants': { body: { items: [] } },
      [`GET ${LIST}`]: { body: programModules({ can_edit: canEdit }) },
    })
    const { wrapper } = await mountPage(OfferingDetailView, { role: 'admin_bkd', nip: null, agency: null, props: { kode: 'ANG-KES-1' } })
    const order = [...wrapper.element.querySelectorAll('[data-testid="module-editor"], [data-testid="enrol-panel"], [data-testid="decide-panel"]')]
      .map((el) => el.getAttribute('data-testid'))
    return { wrapper, order }
  }

  it('comes right after the facts for a self-paced course, and after the class work for a class', async () => {
    const course = await openOffering({ form: 'e_learning', attendance_required: false }, true)
    expect(course.order).toEqual(['module-editor', 'enrol-panel', 'decide-panel'])
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    const kelas = await openOffering({}, true)
    expect(kelas.order).toEqual(['enrol-panel', 'decide-panel', 'module-editor'])
  })

  it('is absent for someone who may not edit the program', async () => {
    const { order } = await openOffering({ form: 'e_learning', attendance_required: false }, false)
    expect(order).not.toContain('module-editor')
  })
})
