// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import AkpkEmployeeView from './AkpkEmployeeView.vue'
import { i18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import type { Role } from '@/api/types'
import { detail } from './test_data'

const NIP = '198609262015051001'

describe('AkpkEmployeeView', () => {
  let answer: { status: number; body: unknown }
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    i18n.global.locale.value = 'id'
    answer = { status: 200, body: { employee: detail() } }
    fetchMock = vi.fn(async () => new Response(JSON.stringify(answer.body), { status: answer.status }))
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => vi.unstubAllGlobals())

  async function mountView(role: Role = 'pengelola_opd', nip: string | null = null) {
    const pinia = createPinia()
    setActivePinia(pinia)
    useSessionStore().user = { id: 1, username: 'u', role, agency_code: 'DINKES', nip, institution: null, display_name: null }
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/:any(.*)*', component: { render: () => null } },
    ] })
    await router.push(`/akpk/pegawai/${NIP}`)
    const wrapper = mount(AkpkEmployeeView, { props: { nip: NIP }, global: { plugins: [pinia, router, i18n] } })
    await flushPromises()
    return wrapper
  }

  it('asks for the one employee and shows who it is, the reading and the box with its action', async () => {
    const wrapper = await mountView()
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/v1/gaps/employees/${NIP}`)
    expect(wrapper.find('[data-testid="employee-name"]').text()).toBe('Siti Aminah')
    expect(wrapper.find('[data-testid="employee-nip"]').text()).toBe('19860926 201505 1 001')
    expect(wrapper.find('[data-testid="employee-reading"]').text()).toContain('Pelatihan/pengembangan')
    expect(wrapper.find('[data-testid="employee-box"]').text()).toBe('Kotak 5 — Pengembangan kompetensi')
    expect(wrapper.text()).toContain('butuh perbaikan (2025)')
  })

  it('leads a manager back to the agency, not an employee looking at their own page', async () => {
    const manager = await mountView()
    expect(manager.find('.crumbs a[href="/akpk/opd/DINKES"]').exists()).toBe(true)
    expect(manager.find('h1').text()).toBe('Profil kesenjangan')
    const own = await mountView('asn', NIP)
    expect(own.find('.crumbs').exists()).toBe(false)
    expect(own.find('h1').text()).toBe('Kesenjangan kompetensi saya')
  })

  it('draws required against held, the largest weighted gap first, in words as well as bars', async () => {
    const wrapper = await mountView()
    const items = wrapper.find('[data-testid="level-bars"]').findAll('li')
    expect(items.map((li) => li.find('.name strong').text())).toEqual(['M.01', 'M.02', 'T.KES.01'])
    expect(items[0]!.find('.words').text()).toBe('standar 3, dimiliki 2, kurang 1')
    expect(items[1]!.find('.words').text()).toBe('standar 3, dimiliki 3,5')
    expect(items[2]!.find('.words').text()).toBe('Standar 3, belum dinilai')
    // Bars are drawn on a 0–5 axis: held 2 of 5 is 40%.
    expect(items[0]!.find('.held > span').attributes('style')).toContain('width: 40%')
  })

  it('lists every competency with source, in words, and not assessed ones as such', async () => {
    const wrapper = await mountView()
    const rows = wrapper.find('[data-testid="gap-table"]').findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))
    expect(rows[0]).toEqual(['M.01 Integritas', '3', '2', 'Asesmen', '1', '1,5'])
    expect(rows[1]?.[3]).toBe('Rekan kerja')
    expect(rows[2]?.slice(2, 4)).toEqual(['—', 'belum dinilai'])
  })

  it('adds the assessment date when the server sends it', async () => {
    const employee = detail()
    employee.gaps[0]!.date = '2025-03-15'
    answer = { status: 200, body: { employee } }
    const wrapper = await mountView()
    expect(wrapper.find('[data-testid="gap-table"] th[data-column="date"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="gap-table"] tbody').text()).toContain('15 Maret 2025')
  })

  it('lists the gaps against the target position, or says there is no target', async () => {
    const wrapper = await mountView()
    const target = wrapper.find('[data-testid="target-gaps"]')
    expect(target.text()).toContain('Jabatan target: Perawat Ahli Madya.')
    expect(target.findAll('tbody tr')).toHaveLength(1)
    answer = { status: 200, body: { employee: detail({ target_position: null, target_position_name: null }) } }
    const none = await mountView()
    expect(none.find('[data-testid="target-gaps"]').text()).toContain('Belum ada jabatan target.')
  })

  it('shows JP toward 20 when the rule applies, and not otherwise', async () => {
    const wrapper = await mountView()
    expect(wrapper.find('[data-testid="jp-card"]').text()).toContain('12 dari 20 JP')
    answer = { status: 200, body: { employee: detail({ jp_target: 0 }) } }
    const exempt = await mountView()
    expect(exempt.find('[data-testid="jp-card"]').exists()).toBe(false)
  })

  it('answers an unknown or out-of-scope employee with one sentence, never a code', async () => {
    answer = { status: 404, body: { error: { code: 'not_found', message: 'Pegawai tidak ditemukan' } } }
    const wrapper = await mountView()
    expect(wrapper.find('[role="status"]').text()).toBe('Pegawai ini tidak ditemukan atau di luar cakupan Anda.')
  })

  it('offers a retry when the server fails', async () => {
    answer = { status: 500, body: {} }
    const wrapper = await mountView()
    expect(wrapper.find('[role="alert"]').text()).toContain('Terjadi kesalahan pada server')
    answer = { status: 200, body: { employee: detail() } }
    await wrapper.find('[role="alert"] button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="employee-name"]').exists()).toBe(true)
  })
})
