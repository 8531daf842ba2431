// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ElearningListView from './ElearningListView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { KODE, course } from './test_data'

const JOINABLE = 'EL-ETIKA-1'
const PASSED = 'EL-SKM-1'
const LATER = 'EL-DATA-1'

/** One course being learned, one to join, one passed, one that opens later (listed first by the server). */
function courses() {
  return [
    course({ offering: LATER, program_name: 'Literasi Data', open: false, joinable: false, participant: null, progress: null, start: '2099-01-05', end: '2099-02-05' }),
    course(),
    course({ offering: JOINABLE, program_name: 'Etika ASN', joinable: true, participant: null, progress: null }),
    course({ offering: PASSED, program_name: 'Survei Kepuasan Masyarakat', participant: { status: 'lulus', score: 92.5, certificate: 'BKM-2026-AB12-CD34' },
      progress: { done: 2, required: 2, percent: 100 } }),
  ]
}

const card = (wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], kode: string) => wrapper.find(`[data-testid="course-card"][data-offering="${kode}"]`)

describe('ElearningListView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists open courses first, each with its one next step', async () => {
    const fake = fakeServer({ 'GET /elearning': { body: { items: courses() } } })
    const { wrapper } = await mountPage(ElearningListView, { role: 'asn' })
    expect(fake.sent('GET', '/elearning')[0]!.query.get('year')).toBe(String(new Date().getFullYear()))
    expect(wrapper.findAll('[data-testid="course-card"]').map((c) => c.attributes('data-offering'))).toEqual([KODE, JOINABLE, PASSED, LATER])

    const learning = card(wrapper, KODE)
    expect(learning.attributes('data-state')).toBe('joined')
    expect(learning.find('[data-testid="course-progress"]').text()).toBe('1 dari 3 modul wajib selesai (33%)')
    expect(learning.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('33.33')
    expect(learning.find('[data-testid="course-open"]').attributes('href')).toBe(`/e-learning/${KODE}`)
    expect(learning.find('[data-testid="course-join"]').exists()).toBe(false)

    expect(card(wrapper, JOINABLE).find('[data-testid="course-join"]').text()).toBe('Ikuti')
    expect(card(wrapper, JOINABLE).find('[role="progressbar"]').exists()).toBe(false)

    const passed = card(wrapper, PASSED)
    expect(passed.find('[data-testid="participant-status"]').attributes('data-status')).toBe('lulus')
    expect(passed.find('[data-testid="course-certificate"]').text()).toBe('Sertifikat BKM-2026-AB12-CD34')
    expect(passed.find('[data-testid="course-certificate-pdf"]').attributes('href')).toBe('/api/v1/certificates/BKM-2026-AB12-CD34/pdf')
    expect(passed.find('[role="progressbar"]').exists()).toBe(false)

    expect(card(wrapper, LATER).find('[data-testid="course-why"]').text()).toBe('Dibuka mulai 5 Januari 2099.')
  })

  it('joins with one tap and opens the course', async () => {
    const joined = course({ offering: JOINABLE, progress: { done: 0, required: 2, percent: 0 } })
    const fake = fakeServer({
      'GET /elearning': { body: { items: courses() } },
      [`POST /offerings/${JOINABLE}/join`]: { status: 201, body: { course: joined } },
    })
    const { wrapper, router } = await mountPage(ElearningListView, { role: 'asn', path: '/e-learning' })
    await card(wrapper, JOINABLE).find('[data-testid="course-join"]').trigger('click')
    await flushPromises()
    expect(fake.sent('POST', `/offerings/${JOINABLE}/join`).map((c) => c.body)).toEqual([{}])
    expect(router.currentRoute.value.fullPath).toBe(`/e-learning/${JOINABLE}`)
  })

  it('keeps the card and says why when the server refuses to join', async () => {
    fakeServer({
      'GET /elearning': { body: { items: courses() } },
      [`POST /offerings/${JOINABLE}/join`]: { status: 409, body: { error: { code: 'conflict', message: 'Kursi angkatan EL-ETIKA-1 sudah penuh.' } } },
    })
    const { wrapper, router } = await mountPage(ElearningListView, { role: 'asn', path: '/e-learning' })
    await card(wrapper, JOINABLE).find('[data-testid="course-join"]').trigger('click')
    await flushPromises()
    expect(card(wrapper, JOINABLE).find('[data-testid="course-join-error"]').text()).toBe('Kursi angkatan EL-ETIKA-1 sudah penuh.')
    expect(router.currentRoute.value.fullPath).toBe('/e-learning')
  })

  it('offers staff without a NIP the material, never joining', async () => {
    fakeServer({ 'GET /elearning': { body: { items: [course({ participant: null, progress: null, joinable: false })] } } })
    const { wrapper } = await mountPage(ElearningListView, { role: 'admin_bkd', nip: null, agency: null })
    const only = card(wrapper, KODE)
    expect(only.attributes('data-state')).toBe('preview')
    expect(only.find('[data-testid="course-open"]').text()).toBe('Lihat materi')
    expect(wrapper.text()).toContain('kemajuan hanya dicatat untuk peserta')
  })

  it('says what to do when the year has no course, and reads another year', async () => {
    const fake = fakeServer({ 'GET /elearning': { body: { items: [] } } })
    const { wrapper } = await mountPage(ElearningListView, { role: 'asn' })
    const year = new Date().getFullYear()
    expect(wrapper.find('[data-testid="course-empty"]').text()).toContain(`Belum ada kursus e-learning pada tahun ${year}.`)
    await wrapper.find('[data-testid="course-year"]').setValue(String(year - 1))
    await flushPromises()
    expect(fake.sent('GET', '/elearning').map((c) => c.query.get('year'))).toEqual([String(year), String(year - 1)])
    expect(wrapper.find('[data-testid="course-empty"]').text()).toContain(`tahun ${year - 1}`)
  })
})
