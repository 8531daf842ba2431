// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import HomeView from './HomeView.vue'
import { i18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import type { Role } from '@/api/types'
import { summary } from './akpk/test_data'

// Beranda: managers get the needs analysis block; an employee gets a link to their own gaps instead.
describe('HomeView', () => {
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    i18n.global.locale.value = 'id'
    fetchMock = vi.fn(async (url: string) => {
      if (url.startsWith('/api/v1/gaps/summary')) return new Response(JSON.stringify(summary()), { status: 200 })
      if (url.startsWith('/api/v1/summary')) return new Response(JSON.stringify({ counts: { pegawai: 20 } }), { status: 200 })
      if (url.startsWith('/api/v1/kinds')) return new Response(JSON.stringify({ kinds: [] }), { status: 200 })
      return new Response('{}', { status: 404 })
    })
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => vi.unstubAllGlobals())

  async function mountAs(role: Role, nip: string | null = null, agency: string | null = null) {
    const pinia = createPinia()
    setActivePinia(pinia)
    useSessionStore().user = { id: 1, username: 'u', role, agency_code: agency, nip, institution: null, display_name: 'Uji' }
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] })
    const wrapper = mount(HomeView, {
      global: { plugins: [pinia, router, i18n], stubs: { NeedsDashboard: { props: ['agency'], template: '<div data-testid="needs-dashboard">{{ agency }}</div>' } } },
    })
    await flushPromises()
    return wrapper
  }

  it('shows the BKD the needs analysis of every agency', async () => {
    const wrapper = await mountAs('admin_bkd')
    expect(wrapper.find('[data-testid="needs-dashboard"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="needs-dashboard"]').text()).toBe('')
  })

  it('gives an agency admin the block of its own agency', async () => {
    const wrapper = await mountAs('pengelola_opd', null, 'DINKES')
    expect(wrapper.find('[data-testid="needs-dashboard"]').text()).toBe('DINKES')
  })

  it('gives an employee a link to their own gaps and no managers\' block', async () => {
    const wrapper = await mountAs('asn', '198609262015051001', 'DINKES')
    expect(wrapper.find('[data-testid="needs-dashboard"]').exists()).toBe(false)
    expect(wrapper.find('a[href="/akpk/pegawai/198609262015051001"]').exists()).toBe(true)
  })

  it('shows no analysis to a partner institution', async () => {
    const wrapper = await mountAs('lembaga_mitra')
    expect(wrapper.find('[data-testid="needs-dashboard"]').exists()).toBe(false)
    expect(wrapper.find('a[href^="/akpk"]').exists()).toBe(false)
  })
})
