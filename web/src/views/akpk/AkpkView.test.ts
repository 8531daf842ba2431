// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import AkpkView from './AkpkView.vue'
import { i18n } from '@/i18n'
import { summary } from './test_data'

// ECharts needs a real canvas/SVG layout: the chart is replaced by a stub that shows what it was given.
vi.mock('@/components/charts/GapHeatmap.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: ['matrix', 'agencyNames', 'label', 'meanGapLabel'],
    emits: ['select'],
    setup(props, { emit }) {
      return () => h('button', { 'data-testid': 'heatmap-stub', onClick: () => emit('select', props.matrix.agencies[0]) },
        props.matrix.agencies.join(','))
    },
  }),
}))

describe('AkpkView', () => {
  let fetchMock: ReturnType<typeof vi.fn>
  let answers: Array<{ status: number; body: unknown }>

  beforeEach(() => {
    i18n.global.locale.value = 'id'
    answers = []
    fetchMock = vi.fn(async () => {
      const next = answers.shift() ?? { status: 200, body: summary() }
      return new Response(JSON.stringify(next.body), { status: next.status })
    })
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => vi.unstubAllGlobals())

  async function mountView(path = '/akpk') {
    const pinia = createPinia()
    setActivePinia(pinia)
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/akpk', component: AkpkView },
      { path: '/akpk/opd/:kode', component: { render: () => null } },
    ] })
    await router.push(path)
    const wrapper = mount(AkpkView, { global: { plugins: [pinia, router, i18n] } })
    await flushPromises()
    return { wrapper, router }
  }

  const calls = () => fetchMock.mock.calls.map((c) => String(c[0]))

  it('shows the totals of the summary: employees, with a gap, not assessed and 20 JP compliance', async () => {
    const { wrapper } = await mountView()
    expect(calls()[0]).toBe('/api/v1/gaps/summary')
    expect(wrapper.find('[data-testid="stat-employees"]').text()).toContain('20')
    expect(wrapper.find('[data-testid="stat-with-gap"]').text()).toContain('9')
    expect(wrapper.find('[data-testid="stat-with-gap"]').text()).toContain('45%')
    expect(wrapper.find('[data-testid="stat-not-assessed"]').text()).toContain('7')
    expect(wrapper.find('[data-testid="stat-jp"]').text()).toContain('75%')
    expect(wrapper.find('[data-testid="stat-jp"]').text()).toContain('12 dari 16 pegawai')
  })

  it('draws the heatmap with the most urgent agency first and opens an agency from it', async () => {
    const { wrapper, router } = await mountView()
    const chart = wrapper.find('[data-testid="heatmap-stub"]')
    expect(chart.text()).toBe('DINKES,BKD')
    await chart.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/akpk/opd/DINKES')
  })

  it('shows the heatmap as a table on request, each agency linking to its page', async () => {
    const { wrapper } = await mountView()
    await wrapper.find('[data-testid="heatmap-toggle"]').trigger('click')
    const table = wrapper.find('[data-testid="heatmap-table"]')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual(['OPD', 'M.01', 'M.02'])
    const first = table.find('tbody tr')
    expect(first.find('a').attributes('href')).toBe('/akpk/opd/DINKES')
    expect(first.findAll('td').map((td) => td.text())).toEqual(['1,25', '0,5'])
  })

  it('lists the four aggregates, the agency table sorted by weighted need and linked, with their downloads', async () => {
    const { wrapper } = await mountView()
    for (const group of ['agency', 'competency', 'position_kind', 'sector']) {
      expect(wrapper.find(`[data-testid="group-${group}"]`).exists()).toBe(true)
    }
    const agencies = wrapper.find('[data-testid="group-agency"]')
    expect(agencies.findAll('tbody tr').map((tr) => tr.find('td').text())).toEqual(['Dinas Kesehatan', 'Badan Kepegawaian Daerah'])
    expect(agencies.find('tbody a').attributes('href')).toBe('/akpk/opd/DINKES')
    expect(agencies.find('[data-testid="export-xlsx"]').attributes('href')).toBe('/api/v1/gaps/export?table=agencies&format=xlsx')
    expect(wrapper.find('[data-testid="group-competency"] [data-testid="export-xlsx"]').attributes('href'))
      .toBe('/api/v1/gaps/export?table=competencies&format=xlsx')
    expect(wrapper.find('[data-testid="export-heatmap"]').attributes('href')).toBe('/api/v1/gaps/export?table=heatmap&format=xlsx')
    // The sector without a name shows a dash rather than an empty cell.
    expect(wrapper.find('[data-testid="group-sector"]').text()).toContain('—')
  })

  it('writes the tables the server does not export (position kind, sector) as XLSX in the browser', async () => {
    const created: Blob[] = []
    // jsdom has no object URLs: these two record what the page hands to the browser.
    Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => { created.push(blob); return 'blob:x' }), revokeObjectURL: vi.fn() })
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('kebutuhan_position_kind.xlsx')
    })
    const { wrapper } = await mountView()
    const button = wrapper.find('[data-testid="group-position_kind"] button[data-testid="export-xlsx"]')
    await button.trigger('click')
    expect(clicked).toHaveBeenCalledOnce()
    expect(created[0]?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(created[0]?.size).toBeGreaterThan(1000)
    clicked.mockRestore()
  })

  it('sorts a table by a clicked column, then the other way', async () => {
    const { wrapper } = await mountView()
    const table = wrapper.find('[data-testid="group-agency"]')
    await table.find('th[data-column="key"] button').trigger('click')
    expect(table.findAll('tbody tr').map((tr) => tr.find('td').text())).toEqual(['Badan Kepegawaian Daerah', 'Dinas Kesehatan'])
    await table.find('th[data-column="key"] button').trigger('click')
    expect(table.find('th[data-column="key"]').attributes('aria-sort')).toBe('descending')
    expect(table.find('tbody td').text()).toBe('Dinas Kesehatan')
  })

  it('narrows to one agency through the filter, in the URL and in the downloads', async () => {
    const { wrapper, router } = await mountView()
    await wrapper.find('[data-testid="filter-agency"]').setValue('DINKES')
    await flushPromises()
    expect(calls()[1]).toBe('/api/v1/gaps/summary?agency=DINKES')
    expect(router.currentRoute.value.query).toEqual({ agency: 'DINKES' })
    expect(wrapper.find('[data-testid="export-heatmap"]').attributes('href'))
      .toBe('/api/v1/gaps/export?table=heatmap&agency=DINKES&format=xlsx')
  })

  it('starts from the agency in the URL and still offers every agency in the filter', async () => {
    const { wrapper } = await mountView('/akpk?agency=BKD')
    expect(calls()).toEqual(['/api/v1/gaps/summary?agency=BKD', '/api/v1/gaps/summary'])
    expect(wrapper.findAll('[data-testid="filter-agency"] option')).toHaveLength(3)
  })

  it('says so when there is nothing to map yet', async () => {
    // Agencies without any competency standard give rows without cells: no map either.
    answers = [{ status: 200, body: summary({ heatmap: { agencies: [{ code: 'BKD', name: 'BKD' }], competencies: [], cells: [[]] } }) }]
    const { wrapper } = await mountView()
    expect(wrapper.find('[data-testid="heatmap"]').text()).toContain('Belum ada kesenjangan untuk ditampilkan')
    expect(wrapper.find('[data-testid="heatmap-toggle"]').exists()).toBe(false)
  })

  it('explains a refusal and offers to try again', async () => {
    answers = [{ status: 403, body: { error: { code: 'forbidden', message: 'Anda tidak berhak melihat analisis ini.' } } }]
    const { wrapper } = await mountView()
    expect(wrapper.find('[role="alert"]').text()).toContain('Anda tidak berhak melihat analisis ini.')
    await wrapper.find('[role="alert"] button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="gap-stats"]').exists()).toBe(true)
  })
})
