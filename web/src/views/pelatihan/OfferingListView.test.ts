// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import OfferingListView from './OfferingListView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { course, offering } from './test_data'

const year = new Date().getFullYear()
const items = () => [
  offering({ start: '2026-11-02', end: '2026-11-06', enrolled: 12, capacity: 30, passed: 10, failed: 2 }),
  offering({ offering: 'ANG-EL-1', program: 'PRG-EL', program_name: 'E-learning Etika', institution: 'LAN', form: 'e_learning',
    attendance_required: false, jp: 12.5, start: '2026-12-01', end: '2026-12-20', enrolled: 150, capacity: 0, passed: 0, failed: 0 }),
]

const waitDebounce = () => new Promise((resolve) => setTimeout(resolve, 350))

describe('OfferingListView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists this year\'s classes with id-ID dates, seats, results, links and totals', async () => {
    const fake = fakeServer({ 'GET /offerings': { body: { items: items() } } })
    const { wrapper } = await mountPage(OfferingListView, { role: 'admin_bkd', nip: null, agency: null })
    expect(fake.sent('GET', '/offerings')[0]!.query.get('year')).toBe(String(year))
    expect(fake.sent('GET', '/offerings')[0]!.query.has('q')).toBe(false)
    const rows = wrapper.findAll('[data-testid="offering-table"] tbody tr')
    expect(rows).toHaveLength(2)
    const cells = rows[0]!.findAll('th, td').map((c) => c.text())
    expect(cells).toEqual(['ANG-KES-1', 'Pelatihan Pelayanan Kesehatan', 'BPSDM Jambi', 'Pelatihan klasikal', '2–6 November 2026',
      '40', '12/30', '10', '2'])
    expect(rows[1]!.find('[data-cell="dates"]').text()).toBe('1–20 Desember 2026')
    expect(rows[0]!.find('a').attributes('href')).toBe('/pelatihan/ANG-KES-1')
    expect(rows[1]!.find('[data-cell="seats"]').text()).toBe('150/–')
    expect(rows[1]!.find('[data-cell="jp"]').text()).toBe('12,5')
    const totals = wrapper.find('[data-testid="offering-totals"]')
    expect(totals.find('[data-cell="seats"]').text()).toBe('162')
    expect(totals.find('[data-cell="passed"]').text()).toBe('10')
  })

  it('asks the server again for a search and for another year, and says what to do when nothing matches', async () => {
    const fake = fakeServer({
      'GET /offerings': (call) => ({ body: { items: call.query.get('q') ? [] : items() } }),
    })
    const { wrapper } = await mountPage(OfferingListView, { role: 'pengelola_opd', nip: null, agency: 'DINKES' })
    await wrapper.find('[data-testid="offering-search"]').setValue('  arsip ')
    await waitDebounce()
    await flushPromises()
    const searched = fake.sent('GET', '/offerings').at(-1)!
    expect([searched.query.get('q'), searched.query.get('year')]).toEqual(['arsip', String(year)])
    expect(wrapper.find('[data-testid="offering-table"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="offering-empty"]').text()).toContain(`Tidak ada angkatan tahun ${year} yang cocok dengan “arsip”`)

    await wrapper.find('[data-testid="offering-search"]').setValue('')
    await wrapper.find('[data-testid="offering-year"]').setValue(String(year - 1))
    await waitDebounce()
    await flushPromises()
    const last = fake.sent('GET', '/offerings').at(-1)!
    expect([last.query.get('year'), last.query.has('q')]).toEqual([String(year - 1), false])
    expect(wrapper.findAll('[data-testid="offering-table"] tbody tr')).toHaveLength(2)
  })

  it('says how to get classes into an empty year', async () => {
    fakeServer({ 'GET /offerings': { body: { items: [] } } })
    const { wrapper } = await mountPage(OfferingListView, { role: 'auditor', nip: null, agency: null })
    expect(wrapper.find('[data-testid="offering-empty"]').text()).toContain(`Belum ada angkatan yang dimulai pada tahun ${year}`)
    expect(wrapper.find('[data-testid="offering-empty"]').text()).toContain('Impor')
  })

  it('sorts by a column on a click and back the other way on a second', async () => {
    fakeServer({ 'GET /offerings': { body: { items: items() } } })
    const { wrapper } = await mountPage(OfferingListView, { role: 'admin_bkd', nip: null, agency: null })
    const order = () => wrapper.findAll('[data-testid="offering-table"] tbody tr').map((r) => r.attributes('data-offering'))
    await wrapper.find('[data-sort="enrolled"]').trigger('click')
    expect(order()).toEqual(['ANG-KES-1', 'ANG-EL-1'])
    expect(wrapper.find('[data-sort="enrolled"]').element.closest('th')!.getAttribute('aria-sort')).toBe('ascending')
    await wrapper.find('[data-sort="enrolled"]').trigger('click')
    expect(order()).toEqual(['ANG-EL-1', 'ANG-KES-1'])
  })

  it('shows an employee their own classes instead of the list the API refuses them', async () => {
    const fake = fakeServer({ 'GET /me/courses': { body: { items: [course()] } } })
    const { wrapper } = await mountPage(OfferingListView, { role: 'asn' })
    expect(fake.sent('GET', '/offerings')).toHaveLength(0)
    expect(wrapper.find('[data-testid="my-courses"]').text()).toContain('Pelatihan Pelayanan Kesehatan')
  })
})
