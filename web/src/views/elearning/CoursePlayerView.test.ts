// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import CoursePlayerView from './CoursePlayerView.vue'
import { fakeServer, mountPage, type Answer } from '@/views/usulan/test_mount'
import type { LearnerModule } from '@/api/elearning'
import { KODE, course, learnerModules, module, progress } from './test_data'

const BASE = `/offerings/${KODE}`

function server(modules: LearnerModule[] = learnerModules(), extra: Record<string, Answer> = {}, overrides = {}) {
  return fakeServer({ [`GET ${BASE}/course`]: { body: { course: course(overrides), modules } }, ...extra })
}

const open = (path = `/e-learning/${KODE}`, role: 'asn' | 'admin_bkd' = 'asn') =>
  mountPage(CoursePlayerView, { role, path, props: { kode: KODE }, ...(role === 'admin_bkd' ? { nip: null, agency: null } : {}) })
type Wrapper = Awaited<ReturnType<typeof open>>['wrapper']
const item = (wrapper: Wrapper, id: number) => wrapper.find(`[data-testid="module-list"] li[data-module-id="${id}"]`)

describe('CoursePlayerView: the module list and the open module', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists the modules in order with their status and required marker, and opens the first required one not done', async () => {
    const modules = learnerModules()
    modules[2] = { ...modules[2]!, required: false, progress: progress({ status: 'gagal', score: 40 }) }
    server(modules)
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="course-title"]').text()).toBe('Pelayanan Publik Prima')
    expect(wrapper.find('[data-testid="course-progress"]').text()).toBe('1 dari 3 modul wajib selesai (33%)')
    const rows = wrapper.findAll('[data-testid="module-list"] li')
    expect(rows.map((r) => [r.attributes('data-module-id'), r.find('[data-testid="module-status"]').attributes('data-status'),
      r.find('[data-testid="module-required"]').text()])).toEqual([['11', 'selesai', 'Wajib'], ['12', 'belum', 'Wajib'], ['13', 'gagal', 'Pilihan']])
    expect(item(wrapper, 12).find('button').attributes('aria-current')).toBe('step')
    const viewer = wrapper.find('[data-testid="module-viewer"]')
    expect(viewer.attributes('data-kind')).toBe('pdf')
    // No PDF viewer in this browser (as on Android): no empty frame, a note and the two buttons.
    expect(viewer.find('[data-testid="module-pdf"]').exists()).toBe(false)
    expect(viewer.find('[data-testid="module-pdf-note"]').exists()).toBe(true)
    expect(viewer.find('[data-testid="module-open-pdf"]').attributes('href')).toBe('/api/v1/modules/12/content')
    expect(viewer.find('[data-testid="module-download"]').attributes('href')).toBe('/api/v1/modules/12/content')
    // The server sends no file name (no Content-Disposition): the link names the file as uploaded.
    expect(viewer.find('[data-testid="module-download"]').attributes('download')).toBe('standar.pdf')
    expect(viewer.find('[data-testid="module-done"]').text()).toBe('Tandai selesai')
    expect(viewer.find('[data-testid="module-next"]').text()).toContain('Berikutnya: Kuis SKM')
  })

  it('shows the PDF inside the page where the browser has a PDF viewer', async () => {
    Object.defineProperty(navigator, 'pdfViewerEnabled', { value: true, configurable: true })
    try {
      server()
      const { wrapper } = await open()
      expect(wrapper.find('[data-testid="module-pdf"]').attributes('data')).toBe('/api/v1/modules/12/content')
      expect(wrapper.find('[data-testid="module-pdf-note"]').exists()).toBe(false)
    } finally {
      Object.defineProperty(navigator, 'pdfViewerEnabled', { value: false, configurable: true })
    }
  })

  it('renders a text module\'s Markdown as text — a script stays characters — and opens it from ?modul=', async () => {
    const modules = learnerModules()
    modules[0] = { ...modules[0]!, body: '## Standar\n\n<script>window.hacked = 1</script> **penting** [tautan](javascript:alert(1))' }
    server(modules)
    const { wrapper } = await open(`/e-learning/${KODE}?modul=11`)
    const text = wrapper.find('[data-testid="module-text"]')
    expect(text.find('h4').text()).toBe('Standar')
    expect(text.find('strong').text()).toBe('penting')
    expect(text.find('script').exists()).toBe(false)
    expect(text.find('a').exists()).toBe(false)
    expect(text.text()).toContain('<script>window.hacked = 1</script>')
    // Already marked done: no button, a line saying so.
    expect(wrapper.find('[data-testid="module-done"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="module-done-state"]').exists()).toBe(true)
  })

  it('marks a module done and follows the answer: its status, the course\'s progress, the module in the address', async () => {
    const fake = server(learnerModules(), {
      [`POST ${BASE}/modules/12/progress`]: { body: { progress: progress({ status: 'selesai' }), course: course({ progress: { done: 2, required: 3, percent: 66.67 } }) } },
    })
    const { wrapper, router } = await open()
    await wrapper.find('[data-testid="module-done"]').trigger('click')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/modules/12/progress`).map((c) => c.body)).toEqual([{ done: true }])
    expect(item(wrapper, 12).find('[data-testid="module-status"]').attributes('data-status')).toBe('selesai')
    expect(wrapper.find('[data-testid="course-progress"]').text()).toBe('2 dari 3 modul wajib selesai (67%)')
    expect(wrapper.find('[data-testid="module-done-state"]').exists()).toBe(true)
    await wrapper.find('[data-testid="module-next"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.modul).toBe('13')
    expect(wrapper.find('[data-testid="module-viewer"]').attributes('data-kind')).toBe('scorm')
  })

  it('says "Selamat, Anda lulus" with the certificate once the answer says lulus', async () => {
    const lulus = course({ participant: { status: 'lulus', score: 88, certificate: 'BKM-2026-AB12-CD34' }, progress: { done: 3, required: 3, percent: 100 } })
    server(learnerModules(), { [`POST ${BASE}/modules/12/progress`]: { body: { progress: progress({ status: 'selesai' }), course: lulus } } })
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="course-passed"]').exists()).toBe(false)
    await wrapper.find('[data-testid="module-done"]').trigger('click')
    await flushPromises()
    const box = wrapper.find('[data-testid="course-passed"]')
    expect(box.find('h2').text()).toBe('Selamat, Anda lulus!')
    expect(box.attributes('role')).toBe('status')
    expect(box.find('[data-testid="course-certificate"]').text()).toBe('BKM-2026-AB12-CD34')
    expect(box.find('[data-testid="course-certificate-pdf"]').attributes('href')).toBe('/api/v1/certificates/BKM-2026-AB12-CD34/pdf')
    expect(box.find('[data-testid="course-passed-body"]').text()).toBe(
      'Semua modul wajib sudah selesai. 12 JP dicatat dalam riwayat pengembangan kompetensi Anda. Nilai akhir: 88.')
  })

  it('shows the server\'s sentence when marking fails, and keeps the button', async () => {
    server(learnerModules(), { [`POST ${BASE}/modules/12/progress`]: { status: 412, body: { error: { code: 'failed_precondition', message: 'Angkatan sudah ditutup.' } } } })
    const { wrapper } = await open()
    await wrapper.find('[data-testid="module-done"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="module-done-error"]').text()).toBe('Angkatan sudah ditutup.')
    expect(wrapper.find('[data-testid="module-done"]').exists()).toBe(true)
  })

  it('says a module without its file is not ready', async () => {
    server([{ ...module({ id: 21, kind: 'video', title: 'Video sambutan', body: null }), progress: null }])
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="module-no-content"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="module-video"]').exists()).toBe(false)
  })
})

describe('CoursePlayerView: joining and reading without joining', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('offers to join an open course and reads it again after joining', async () => {
    let joined = false
    const outsider = learnerModules().map((m) => ({ ...m, progress: null }))
    const fake = fakeServer({
      [`GET ${BASE}/course`]: () => ({ body: { course: joined ? course({ progress: { done: 0, required: 3, percent: 0 } }) : course({ participant: null, progress: null, joinable: true }), modules: outsider } }),
      [`POST ${BASE}/join`]: () => { joined = true; return { status: 201, body: { course: course() } } },
    })
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="module-status"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="module-done"]').exists()).toBe(false)
    await wrapper.find('[data-testid="course-join-box"] [data-testid="course-join"]').trigger('click')
    await flushPromises()
    expect(fake.sent('GET', `${BASE}/course`)).toHaveLength(2)
    expect(wrapper.find('[data-testid="course-join-box"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="module-done"]').exists()).toBe(true)
  })

  it('offers an employee who has not joined (the course answers 403) to join, from the year\'s list', async () => {
    let joined = false
    const fake = fakeServer({
      [`GET ${BASE}/course`]: () => (joined ? { body: { course: course(), modules: learnerModules() } }
        : { status: 403, body: { error: { code: 'forbidden', message: 'Ikuti kursus ini terlebih dahulu.' } } }),
      'GET /elearning': { body: { items: [course({ participant: null, progress: null, joinable: true })] } },
      [`POST ${BASE}/join`]: () => { joined = true; return { status: 201, body: { course: course() } } },
    })
    const { wrapper } = await open()
    const box = wrapper.find('[data-testid="course-outside"]')
    expect(box.find('h1').text()).toBe('Pelayanan Publik Prima')
    expect(wrapper.find('[data-testid="course-load-error"]').exists()).toBe(false)
    await box.find('[data-testid="course-join"]').trigger('click')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/join`)).toHaveLength(1)
    expect(wrapper.find('[data-testid="course-outside"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="module-viewer"]').exists()).toBe(true)
  })

  it('says why an employee who has not joined cannot read a course that cannot be joined', async () => {
    fakeServer({
      [`GET ${BASE}/course`]: { status: 403, body: { error: { code: 'forbidden', message: 'Ikuti kursus ini terlebih dahulu.' } } },
      'GET /elearning': { body: { items: [course({ participant: null, progress: null, joinable: false, open: false })] } },
    })
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="course-outside"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="course-load-error"]').text()).toContain('tidak dapat diikuti saat ini')
    expect(wrapper.find('[data-testid="course-load-error"] a').attributes('href')).toBe('/e-learning')
  })

  it('shows staff the material without progress or buttons', async () => {
    server(learnerModules().map((m) => ({ ...m, progress: null })), {}, { participant: null, progress: null })
    const { wrapper } = await open(`/e-learning/${KODE}`, 'admin_bkd')
    expect(wrapper.find('[data-testid="course-preview"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="module-done"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="course-progress"]').exists()).toBe(false)
  })

  it('says plainly when the course does not exist', async () => {
    fakeServer({})
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="course-load-error"]').text()).toContain(`Kursus ${KODE} tidak ditemukan`)
  })
})
