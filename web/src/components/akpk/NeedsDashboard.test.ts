// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import NeedsDashboard from './NeedsDashboard.vue'
import { i18n } from '@/i18n'
import { summary } from '@/views/akpk/test_data'

vi.mock('@/components/charts/GapHeatmap.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: ['matrix'],
    setup: (props) => () => h('div', { 'data-testid': 'heatmap-stub' }, props.matrix.agencies.join(',')),
  }),
}))

describe('NeedsDashboard (Beranda)', () => {
  let status: number

  beforeEach(() => {
    i18n.global.locale.value = 'id'
    status = 200
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(status === 200 ? summary() : {}), { status })))
  })
  afterEach(() => vi.unstubAllGlobals())

  async function mountIt(agency: string | null = null) {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] })
    const wrapper = mount(NeedsDashboard, { props: { agency }, global: { plugins: [router, i18n] } })
    await flushPromises()
    return wrapper
  }

  it('shows 20 JP compliance, the heatmap, the AKPK distribution and the not-assessed count', async () => {
    const wrapper = await mountIt()
    expect(wrapper.find('[data-testid="stat-jp"]').text()).toContain('75%')
    expect(wrapper.find('[data-testid="heatmap-stub"]').text()).toBe('DINKES,BKD')
    const readings = wrapper.find('[data-testid="akpk-distribution"]')
    expect(readings.find('[data-reading="future_development"]').text()).toContain('8 (40%)')
    expect(wrapper.find('[data-testid="stat-not-assessed"]').text()).toContain('7')
  })

  it('links each figure to the whole analysis for the BKD', async () => {
    const wrapper = await mountIt()
    expect(wrapper.find('[data-testid="stat-jp"] a').attributes('href')).toBe('/akpk')
    expect(wrapper.find('[data-testid="stat-not-assessed"] a').attributes('href')).toBe('/akpk')
  })

  it('links an agency admin straight to its agency, the not-assessed count to the list', async () => {
    const wrapper = await mountIt('DINKES')
    expect(wrapper.find('[data-testid="stat-jp"] a').attributes('href')).toBe('/akpk/opd/DINKES')
    expect(wrapper.find('[data-testid="stat-not-assessed"] a').attributes('href')).toBe('/akpk/opd/DINKES#not-assessed')
  })

  it('keeps Beranda usable when the analysis fails, with a retry', async () => {
    status = 500
    const wrapper = await mountIt()
    expect(wrapper.find('[role="alert"]').text()).toContain('Terjadi kesalahan pada server')
    status = 200
    await wrapper.find('[role="alert"] button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="gap-stats"]').exists()).toBe(true)
  })
})
