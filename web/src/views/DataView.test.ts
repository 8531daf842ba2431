// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import DataView from './DataView.vue'
import { i18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import type { Role } from '@/api/types'
import { reviewList } from '@/views/evaluasi/review_test_data'

const programKind = {
  kind: 'program', title: 'Program', key: ['kode_program'], can_import: true, can_read: true,
  columns: [
    { name: 'kode_program', required: true, type: 'code', description: 'Kode', example: '' },
    { name: 'nama', required: true, type: 'text', description: 'Nama', example: '' },
  ],
}
const kinds = { kinds: [programKind, {
  kind: 'pegawai', title: 'Pegawai', key: ['nip'], can_import: true, can_read: true,
  columns: [
    { name: 'nip', required: true, type: 'nip', description: 'NIP', example: '' },
    { name: 'nama', required: true, type: 'text', description: 'Nama', example: '' },
  ],
}] }

function page(items: unknown[], total = items.length) {
  return { kind: 'pegawai', total, offset: 0, limit: 50, items }
}

describe('DataView', () => {
  let fetchMock: ReturnType<typeof vi.fn>
  let pages: unknown[]

  beforeEach(() => {
    vi.useFakeTimers()
    localStorage.clear()
    i18n.global.locale.value = 'id'
    pages = []
    fetchMock = vi.fn(async (url: string) => {
      const body = url.startsWith('/api/v1/kinds') ? kinds : url.startsWith('/api/v1/programs/review') ? reviewList() : pages.shift()
      return new Response(JSON.stringify(body), { status: 200 })
    })
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  async function mountView(role: Role = 'pengelola_opd', kind = 'pegawai') {
    const pinia = createPinia()
    setActivePinia(pinia)
    useSessionStore().user = { id: 1, username: 'u', role, agency_code: 'DINKES', nip: null, institution: null, display_name: null }
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/data/:kind', component: DataView, props: true },
      { path: '/impor', component: { template: '<p/>' } },
    ] })
    await router.push(`/data/${kind}`)
    const wrapper = mount(DataView, { props: { kind }, global: { plugins: [pinia, router, i18n] } })
    await flushPromises()
    return { wrapper, router }
  }

  const dataCalls = () => fetchMock.mock.calls.map((c) => String(c[0])).filter((u) => u.startsWith('/api/v1/data/'))

  it('shows the records with the kind title, total and grouped NIP', async () => {
    pages = [page([{ nip: '198609262015051001', nama: 'Siti Aminah' }], 1)]
    const { wrapper } = await mountView()
    expect(wrapper.find('h1').text()).toBe('Pegawai')
    expect(wrapper.find('[data-testid="data-total"]').text()).toBe('1 data')
    expect(wrapper.find('tbody td').text()).toBe('19860926 201505 1 001')
  })

  it('searches once after typing stops, from the first page, and keeps the query in the URL', async () => {
    pages = [page([{ nip: '1', nama: 'A' }], 120), page([{ nip: '2', nama: 'Siti' }], 1)]
    const { wrapper, router } = await mountView()
    const input = wrapper.find('[data-testid="data-search"]')
    await input.setValue('Si')
    await input.setValue('Siti')
    expect(dataCalls()).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(350)
    await flushPromises()
    expect(dataCalls()).toHaveLength(2)
    expect(dataCalls()[1]).toBe('/api/v1/data/pegawai?q=Siti&offset=0&limit=50')
    expect(router.currentRoute.value.query).toEqual({ q: 'Siti' })
  })

  it('sends the sort and paging the table asks for', async () => {
    pages = [page([{ nip: '1', nama: 'A' }], 120), page([{ nip: '1', nama: 'Z' }], 120)]
    const { wrapper } = await mountView()
    await wrapper.find('th[data-column="nama"] button').trigger('click')
    await flushPromises()
    expect(dataCalls()[1]).toBe('/api/v1/data/pegawai?sort=nama&offset=0&limit=50')
  })

  it('offers the import when there is no data yet', async () => {
    pages = [page([], 0)]
    const { wrapper } = await mountView()
    const empty = wrapper.find('[data-testid="empty-state"]')
    expect(empty.text()).toContain('Belum ada data Pegawai.')
    expect(empty.find('a').attributes('href')).toBe('/impor?kind=pegawai')
  })

  it('tells a reader who cannot import that the data comes later', async () => {
    pages = [page([], 0)]
    const { wrapper } = await mountView('auditor')
    const empty = wrapper.find('[data-testid="empty-state"]')
    expect(empty.find('a').exists()).toBe(false)
    expect(empty.text()).toContain('setelah pengelola mengimpornya')
  })

  it('links the downloads to the export with the search', async () => {
    pages = [page([], 0)]
    const { wrapper } = await mountView()
    expect(wrapper.find('[data-testid="export-xlsx"]').attributes('href')).toBe('/api/v1/data/pegawai/export?format=xlsx')
  })

  it('marks the programs still flagged by their evaluation beside the code, for roles that may read them', async () => {
    const programs = () => page([{ kode_program: 'BT.KEU.1', nama: 'Bimtek Keuangan' }, { kode_program: 'BT.SDM.1', nama: 'Bimtek SDM' }], 2)
    pages = [programs()]
    const { wrapper } = await mountView('pengelola_opd', 'program')
    const rows = wrapper.findAll('tbody tr')
    expect(rows[0]!.find('td').text()).toContain('BT.KEU.1')
    expect(rows[0]!.find('[data-testid="cell-badge"]').text()).toContain('Perlu ditinjau')
    expect(rows[0]!.find('[data-testid="cell-badge"]').attributes('href')).toBe('/evaluasi/BT.KEU.1-2026-1')
    // BT.SDM.1 is revised: no badge.
    expect(rows[1]!.find('[data-testid="cell-badge"]').exists()).toBe(false)
    wrapper.unmount()

    pages = [programs()]
    const asn = await mountView('asn', 'program')
    expect(asn.wrapper.find('[data-testid="cell-badge"]').exists()).toBe(false)
    expect(fetchMock.mock.calls.map((c) => String(c[0])).filter((u) => u.includes('/programs/review'))).toHaveLength(1)
  })
})
