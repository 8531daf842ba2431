// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { RouterView, createMemoryHistory, createRouter } from 'vue-router'
import VerifyView from './VerifyView.vue'
import { i18n } from '@/i18n'
import { fakeServer, type Answer } from '@/views/usulan/test_mount'
import { verification } from './test_data'

/** The page behind its real route, so a typed number opens its own address. */
async function openAt(path: string) {
  i18n.global.locale.value = 'id'
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/verifikasi/:nomor?', name: 'verify', component: VerifyView,
      props: (route) => ({ nomor: typeof route.params.nomor === 'string' ? route.params.nomor : '' }) }],
  })
  await router.push(path)
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), { attachTo: document.body, global: { plugins: [pinia, router, i18n] } })
  await flushPromises()
  return { wrapper, router }
}

const NUMBER = 'BKM-2025-7K3M-Q9XD'
const serve = (answer: Answer) => fakeServer({ [`GET /verify/${NUMBER}`]: answer })

describe('VerifyView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('checks the number in the address and shows a genuine certificate with the masked NIP', async () => {
    const fake = serve({ body: verification() })
    const { wrapper } = await openAt(`/verifikasi/${NUMBER}`)
    expect(fake.sent('GET', `/verify/${NUMBER}`)).toHaveLength(1)
    const card = wrapper.find('[data-testid="verify-genuine"]')
    expect(card.find('h2').text()).toBe('Sertifikat ASLI')
    expect(card.find('[data-fact="name"]').text()).toBe('Siti Aminah')
    expect(card.find('[data-fact="nip"]').text()).toBe('19860926 ****** * 001')
    expect(card.find('[data-fact="program"]').text()).toBe('Pelatihan Pelayanan Kesehatan')
    expect(card.find('[data-fact="institution"]').text()).toBe('BPSDM Jambi')
    expect(card.find('[data-fact="jp"]').text()).toBe('40')
    expect(card.find('[data-fact="dates"]').text()).toBe('3–7 Maret 2025')
    expect(card.find('[data-fact="issued"]').text()).toBe('8 Maret 2025')
    expect((wrapper.find('[data-testid="verify-input"]').element as HTMLInputElement).value).toBe(NUMBER)
    expect(wrapper.find('[data-testid="verify-problem"]').exists()).toBe(false)
  })

  it('says a well-formed number nobody issued is not registered', async () => {
    serve({ status: 404, body: { error: { code: 'not_found', message: 'Sertifikat tidak ditemukan.' } } })
    const { wrapper } = await openAt(`/verifikasi/${NUMBER}`)
    const problem = wrapper.find('[data-testid="verify-problem"]')
    expect(problem.attributes('data-outcome')).toBe('not_found')
    expect(problem.attributes('role')).toBe('alert')
    expect(problem.find('h2').text()).toBe('Sertifikat tidak terdaftar')
    expect(problem.text()).toContain(`Nomor ${NUMBER} tidak pernah diterbitkan`)
    expect(wrapper.find('[data-testid="verify-genuine"]').exists()).toBe(false)
  })

  it('shows the server\'s sentence for a mistyped number and for too many checks', async () => {
    serve({ status: 400, body: { error: { code: 'invalid_argument', message: 'Nomor sertifikat tidak valid; periksa kembali penulisannya.' } } })
    const { wrapper } = await openAt(`/verifikasi/${NUMBER}`)
    expect(wrapper.find('[data-testid="verify-problem"]').attributes('data-outcome')).toBe('invalid')
    expect(wrapper.find('[data-testid="verify-problem"] h2').text()).toBe('Nomor tidak valid')
    expect(wrapper.find('[data-testid="verify-message"]').text()).toBe('Nomor sertifikat tidak valid; periksa kembali penulisannya.')

    vi.unstubAllGlobals()
    serve({ status: 429, body: { error: { code: 'resource_exhausted', message: 'Terlalu banyak pemeriksaan; coba lagi dalam satu jam.' } } })
    await wrapper.find('[data-testid="verify-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="verify-problem"]').attributes('data-outcome')).toBe('too_many')
    expect(wrapper.find('[data-testid="verify-message"]').text()).toBe('Terlalu banyak pemeriksaan; coba lagi dalam satu jam.')
  })

  it('opens the address of a typed number and checks it; asks for a number when the box is empty', async () => {
    const fake = serve({ body: verification() })
    const { wrapper, router } = await openAt('/verifikasi')
    expect(fake.calls).toHaveLength(0)
    await wrapper.find('[data-testid="verify-form"]').trigger('submit')
    expect(wrapper.text()).toContain('Mohon ketik nomor sertifikat.')
    expect(fake.calls).toHaveLength(0)
    await wrapper.find('[data-testid="verify-input"]').setValue(`  ${NUMBER} `)
    await wrapper.find('[data-testid="verify-form"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe(`/verifikasi/${NUMBER}`)
    expect(fake.sent('GET', `/verify/${NUMBER}`)).toHaveLength(1)
    expect(wrapper.find('[data-testid="verify-genuine"]').exists()).toBe(true)
  })
})
