// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import LoginView from './LoginView.vue'
import { i18n } from '@/i18n'

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

async function mountLogin() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/masuk', name: 'login', component: LoginView },
      { path: '/', name: 'home', component: { template: '<p>beranda</p>' } },
    ],
  })
  await router.push('/masuk')
  const wrapper = mount(LoginView, { global: { plugins: [pinia, router, i18n] } })
  return { wrapper, router }
}

async function submit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], user: string, password: string) {
  await wrapper.find('#username').setValue(user)
  await wrapper.find('#password').setValue(password)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('LoginView', () => {
  beforeEach(() => { i18n.global.locale.value = 'id' })
  afterEach(() => { vi.unstubAllGlobals() })

  it('asks for both fields before calling the server', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const { wrapper } = await mountLogin()
    await submit(wrapper, 'admin', '')
    expect(wrapper.find('[data-testid="login-error"]').text()).toBe('Mohon isi nama pengguna dan kata sandi.')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('says the username or password is wrong on 401, keeps the username and clears the password', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(401, { error: { code: 'unauthenticated', message: 'x' } })))
    const { wrapper } = await mountLogin()
    await submit(wrapper, 'admin', 'salah')
    expect(wrapper.find('[data-testid="login-error"]').text()).toContain('Nama pengguna atau kata sandi salah')
    expect((wrapper.find('#username').element as HTMLInputElement).value).toBe('admin')
    expect((wrapper.find('#password').element as HTMLInputElement).value).toBe('')
  })

  it('asks to wait on 429', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(429, { error: { code: 'resource_exhausted', message: 'x' } })))
    const { wrapper } = await mountLogin()
    await submit(wrapper, 'admin', 'salah')
    expect(wrapper.find('[data-testid="login-error"]').text()).toContain('Mohon tunggu 15 menit')
  })

  it('explains an unreachable server', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch') }))
    const { wrapper } = await mountLogin()
    await submit(wrapper, 'admin', 'rahasia')
    expect(wrapper.find('[data-testid="login-error"]').text()).toContain('Server tidak dapat dihubungi')
  })

  it('goes to Beranda after a successful login', async () => {
    const user = { id: 1, username: 'admin', role: 'admin_bkd', agency_code: null, nip: null, institution: null, display_name: 'Admin' }
    const fetchMock = vi.fn(async () => answer(200, { user, csrf_token: 'abc' }))
    vi.stubGlobal('fetch', fetchMock)
    const { wrapper, router } = await mountLogin()
    await submit(wrapper, ' admin ', 'rahasia')
    expect(router.currentRoute.value.name).toBe('home')
    const body = JSON.parse(String((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body))
    expect(body).toEqual({ username: 'admin', password: 'rahasia' })
  })
})
