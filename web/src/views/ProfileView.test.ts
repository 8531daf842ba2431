// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProfileView from './ProfileView.vue'
import { i18n } from '@/i18n'
import { detail } from './akpk/test_data'
import { course } from './pelatihan/test_data'

const NIP = '198609262015051001'
const profile = {
  employee: { nip: NIP, nama: 'Siti Aminah', nama_opd: 'Dinas Kesehatan' },
  jp: { year: 2026, earned: 12, target: 20 }, jp_history: [], assessments: [], performance: [],
}

describe('ProfileView: the employee\'s own gaps', () => {
  let gaps: { status: number; body: unknown }
  let courses: unknown[]
  let requests: unknown[]

  beforeEach(() => {
    i18n.global.locale.value = 'id'
    gaps = { status: 200, body: { employee: detail() } }
    courses = []
    requests = []
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (url.startsWith('/api/v1/me/profile')) return new Response(JSON.stringify(profile), { status: 200 })
      if (url.startsWith('/api/v1/me/courses')) return new Response(JSON.stringify({ items: courses }), { status: 200 })
      if (url.startsWith('/api/v1/me/feedback')) return new Response(JSON.stringify({ items: requests }), { status: 200 })
      return new Response(JSON.stringify(gaps.body), { status: gaps.status })
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  async function mountView() {
    const pinia = createPinia()
    setActivePinia(pinia)
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] })
    const wrapper = mount(ProfileView, { global: { plugins: [pinia, router, i18n] } })
    await flushPromises()
    return wrapper
  }

  it('shows how many competencies are below the standard, the chart and a link to the details', async () => {
    const wrapper = await mountView()
    const section = wrapper.find('[data-testid="my-gaps"]')
    expect(section.text()).toContain('1 kompetensi di bawah standar jabatan Anda.')
    expect(section.findAll('[data-testid="level-bars"] li')).toHaveLength(3)
    expect(section.find('a').attributes('href')).toBe(`/akpk/pegawai/${NIP}`)
    expect(wrapper.find('[data-testid="jp-card"]').text()).toContain('12 dari 20 JP')
  })

  it('says so when nothing is below the standard', async () => {
    gaps = { status: 200, body: { employee: detail({ gaps: [] }) } }
    const wrapper = await mountView()
    expect(wrapper.find('[data-testid="my-gaps"]').text()).toContain('Tidak ada kompetensi di bawah standar jabatan Anda.')
  })

  it('lists "Pelatihan saya" with status, attendance, JP and the certificate to download', async () => {
    courses = [
      course(),
      course({ offering: 'ANG-EL-1', program_name: 'E-learning Etika', form: 'e_learning', attendance_required: false, status: 'terdaftar',
        score: null, reason: null, certificate: null, jp: 12.5 }),
    ]
    const wrapper = await mountView()
    const cards = wrapper.findAll('[data-testid="my-courses"] li')
    expect(cards.map((c) => c.attributes('data-offering'))).toEqual(['ANG-KES-1', 'ANG-EL-1'])
    expect(cards[0]!.find('[data-testid="participant-status"]').text()).toBe('Lulus')
    expect(cards[0]!.find('[data-cell="attendance"]').text()).toBe('4/5 hari (80%)')
    expect(cards[0]!.find('[data-cell="jp"]').text()).toBe('40 JP')
    expect(cards[0]!.text()).toContain('3–7 Maret 2025')
    const link = cards[0]!.find('[data-testid="my-certificate"]')
    expect(link.text()).toBe('Unduh sertifikat')
    expect(link.attributes('href')).toBe('/api/v1/certificates/BKM-2025-7K3M-Q9XD/pdf')
    expect(cards[1]!.find('[data-testid="my-certificate"]').exists()).toBe(false)
    expect(cards[1]!.find('[data-cell="attendance"]').text()).toBe('tidak diperlukan')
    expect(cards[1]!.find('[data-cell="jp"]').text()).toBe('12,5 JP')
  })

  it('leads to "Umpan balik 360" and says how many ratings wait for an answer', async () => {
    const base = { campaign: 7, offering: 'ANG-KES-1', program_name: 'P', phase: 'sebelum', opens: '2025-02-10', closes: '2025-03-02',
      rated: { nip: NIP, name: 'Siti Aminah' }, relationship: 'mandiri' }
    requests = [{ ...base, state: 'terbuka', answered: false }, { ...base, state: 'terbuka', answered: true },
      { ...base, state: 'ditutup', answered: false }, { ...base, relationship: 'rekan', state: 'terbuka', answered: false }]
    const wrapper = await mountView()
    const card = wrapper.find('[data-testid="my-feedback"]')
    expect(card.find('h2').text()).toBe('Umpan balik 360')
    expect(card.find('[data-testid="my-feedback-text"]').text()).toBe('2 penilaian menunggu jawaban Anda.')
    expect(card.find('[data-testid="my-feedback-open"]').attributes('href')).toBe('/umpan-balik')
    expect(card.find('[data-testid="my-feedback-results"]').attributes('href')).toBe('/umpan-balik/hasil')
  })

  it('still leads to "Umpan balik 360" when nothing waits', async () => {
    const wrapper = await mountView()
    expect(wrapper.find('[data-testid="my-feedback-text"]').text()).toBe(
      'Lihat siapa yang diminta Anda nilai dan hasil penilaian atas diri Anda.')
  })

  it('says so when the employee has taken no training yet', async () => {
    const wrapper = await mountView()
    expect(wrapper.find('[data-testid="my-courses-empty"]').text()).toContain('Belum ada pelatihan yang Anda ikuti.')
  })

  it('keeps the profile without the section when there is no analysis for the employee', async () => {
    gaps = { status: 404, body: { error: { code: 'not_found', message: 'Pegawai tidak ditemukan' } } }
    const wrapper = await mountView()
    expect(wrapper.find('[data-testid="my-gaps"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="profile-name"]').text()).toBe('Siti Aminah')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})
