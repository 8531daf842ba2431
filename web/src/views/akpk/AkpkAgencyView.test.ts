// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import AkpkAgencyView from './AkpkAgencyView.vue'
import { i18n } from '@/i18n'
import { employeeRow, notAssessed, summary } from './test_data'

type Answer = { status: number; body: unknown }

describe('AkpkAgencyView', () => {
  let fetchMock: ReturnType<typeof vi.fn>
  let routes: Record<string, Answer[]>

  const people = (items: unknown[], total = items.length) => ({ total, offset: 0, limit: 100, items })

  beforeEach(() => {
    vi.useFakeTimers()
    i18n.global.locale.value = 'id'
    routes = {
      '/api/v1/gaps/summary': [{ status: 200, body: summary({ agency: 'DINKES' }) }],
      '/api/v1/gaps/employees': [{ status: 200, body: people([
        employeeRow('198609262015051001', 'Siti Aminah'),
        employeeRow('199001012015011002', 'Budi Santoso', { akpk: null, box: null, weighted_need: 0 }),
      ]) }],
      '/api/v1/gaps/not-assessed': [{ status: 200, body: { employees: 1, ...people([notAssessed('198609262015051001', 'M.01')]) } }],
    }
    fetchMock = vi.fn(async (url: string) => {
      const path = url.split('?')[0] ?? ''
      const queue = routes[path] ?? []
      const next = queue.length > 1 ? queue.shift()! : queue[0] ?? { status: 404, body: {} }
      return new Response(JSON.stringify(next.body), { status: next.status })
    })
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  async function mountView() {
    const pinia = createPinia()
    setActivePinia(pinia)
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/akpk', component: { render: () => null } },
      { path: '/akpk/opd/:kode', component: AkpkAgencyView, props: true },
      { path: '/akpk/pegawai/:nip', component: { render: () => null } },
    ] })
    await router.push('/akpk/opd/DINKES')
    const wrapper = mount(AkpkAgencyView, { props: { kode: 'DINKES' }, global: { plugins: [pinia, router, i18n] } })
    await flushPromises()
    return wrapper
  }

  const calls = (path: string) => fetchMock.mock.calls.map((c) => String(c[0])).filter((u) => u.startsWith(path))

  it('asks for the agency only, and names it from the analysis', async () => {
    const wrapper = await mountView()
    expect(calls('/api/v1/gaps/summary')).toEqual(['/api/v1/gaps/summary?agency=DINKES'])
    expect(calls('/api/v1/gaps/employees')).toEqual(['/api/v1/gaps/employees?agency=DINKES&sort=need&offset=0&limit=100'])
    expect(calls('/api/v1/gaps/not-assessed')).toEqual(['/api/v1/gaps/not-assessed?agency=DINKES&offset=0&limit=100'])
    expect(wrapper.find('[data-testid="agency-title"]').text()).toBe('AKPK Dinas Kesehatan')
  })

  it('fills the 9-box from the counts, with the employees outside it said apart', async () => {
    const wrapper = await mountView()
    const grid = wrapper.find('[data-testid="nine-box"]')
    const count = (box: number) => grid.find(`[data-box="${box}"] .box-count`).text()
    expect([count(1), count(2), count(5), count(7), count(9), count(4)]).toEqual(['1', '2', '5', '1', '3', '0'])
    // 20 employees, 12 in a box.
    expect(grid.text()).toContain('8 pegawai belum masuk 9-box')
    // The top-left box is 4 (performance above, potential low).
    expect(grid.findAll('button.box')[0]?.attributes('data-box')).toBe('4')
  })

  it('filters the employees by a chosen box, and shows them all again on a second choice', async () => {
    const wrapper = await mountView()
    await wrapper.find('[data-box="5"]').trigger('click')
    await flushPromises()
    expect(calls('/api/v1/gaps/employees').at(-1)).toBe('/api/v1/gaps/employees?agency=DINKES&box=5&sort=need&offset=0&limit=100')
    expect(wrapper.find('[data-box="5"]').attributes('aria-pressed')).toBe('true')
    expect(wrapper.text()).toContain('Menampilkan pegawai di kotak 5.')
    await wrapper.find('[data-box="5"]').trigger('click')
    await flushPromises()
    expect(calls('/api/v1/gaps/employees').at(-1)).toBe('/api/v1/gaps/employees?agency=DINKES&sort=need&offset=0&limit=100')
  })

  it('searches by name or NIP on the server once typing stops', async () => {
    const wrapper = await mountView()
    await wrapper.find('[data-testid="employee-search"]').setValue('siti')
    expect(calls('/api/v1/gaps/employees')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(350)
    await flushPromises()
    expect(calls('/api/v1/gaps/employees').at(-1)).toBe('/api/v1/gaps/employees?agency=DINKES&search=siti&sort=need&offset=0&limit=100')
  })

  it('lists each employee with reading and a link to the gap profile, and downloads the list', async () => {
    const wrapper = await mountView()
    const table = wrapper.find('[data-testid="employee-table"]')
    const first = table.findAll('tbody tr')[0]!
    expect(first.find('a').attributes('href')).toBe('/akpk/pegawai/198609262015051001')
    expect(first.find('a').text()).toBe('19860926 201505 1 001')
    expect(first.text()).toContain('Pelatihan/pengembangan')
    expect(table.findAll('tbody tr')[1]!.text()).toContain('Belum dapat dibaca')
    expect(table.find('[data-testid="export-xlsx"]').attributes('href')).toBe('/api/v1/gaps/export?table=employees&agency=DINKES&format=xlsx')
  })

  it('lists the competencies not assessed with their download', async () => {
    const wrapper = await mountView()
    const table = wrapper.find('[data-testid="not-assessed-table"]')
    expect(table.find('tbody').text()).toContain('M.01 Integritas')
    expect(table.find('[data-testid="export-xlsx"]').attributes('href')).toBe('/api/v1/gaps/export?table=not_assessed&agency=DINKES&format=xlsx')
  })

  it('says when every competency has been assessed', async () => {
    routes['/api/v1/gaps/not-assessed'] = [{ status: 200, body: { employees: 0, ...people([]) } }]
    const wrapper = await mountView()
    expect(wrapper.find('[data-testid="not-assessed-table"]').text()).toContain('Semua kompetensi pegawai sudah dinilai.')
  })

  it('pages the employees through the server when there are more than a page', async () => {
    routes['/api/v1/gaps/employees'] = [{ status: 200, body: people([employeeRow('1', 'A')], 250) }]
    const wrapper = await mountView()
    expect(wrapper.find('[data-testid="page-range"]').text()).toContain('250')
  })

  it('tells an agency outside the scope apart from a failure', async () => {
    routes['/api/v1/gaps/summary'] = [{ status: 403, body: { error: { code: 'forbidden', message: 'Di luar cakupan' } } }]
    const wrapper = await mountView()
    expect(wrapper.find('[role="status"]').text()).toContain('tidak ditemukan atau di luar cakupan Anda')
    expect(calls('/api/v1/gaps/employees')).toHaveLength(0)
  })

  it('shows a server failure with a retry', async () => {
    routes['/api/v1/gaps/summary'] = [{ status: 500, body: { error: { code: 'internal', message: 'x' } } }, { status: 200, body: summary() }]
    const wrapper = await mountView()
    expect(wrapper.find('[role="alert"]').text()).toContain('Terjadi kesalahan pada server')
    await wrapper.find('[role="alert"] button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="employee-table"]').exists()).toBe(true)
  })
})
