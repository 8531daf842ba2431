// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeRouter } from '@/router'
import { useSessionStore } from '@/stores/session'

// /survei/:kode is the public SKM page: reachable signed out (no detour to /masuk) and signed in alike.
describe('public survey route', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(
      JSON.stringify({ error: { code: 'unauthenticated', message: 'x' } }), { status: 401 })))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('opens without a session and passes the unit code', async () => {
    setActivePinia(createPinia())
    const router = makeRouter()
    await router.push('/survei/PKM01')
    expect(router.currentRoute.value.name).toBe('survey-public')
    expect(router.currentRoute.value.params.kode).toBe('PKM01')
    expect(useSessionStore().isSignedIn).toBe(false)
  }, 20_000)

  it('stays on the survey for a signed-in user', async () => {
    setActivePinia(createPinia())
    const session = useSessionStore()
    session.user = { id: 1, username: 'u', role: 'asn', agency_code: 'DINKES', nip: '198609262015051001', institution: null, display_name: null }
    session.checked = true
    const router = makeRouter()
    await router.push('/survei/SD01')
    expect(router.currentRoute.value.name).toBe('survey-public')
  }, 20_000)

  it('still sends other pages to the login when signed out', async () => {
    setActivePinia(createPinia())
    const router = makeRouter()
    await router.push('/survei')
    expect(router.currentRoute.value.name).toBe('login')
  }, 20_000)

  it('opens the SKM dashboard at /survei for the staff, inside the app', async () => {
    setActivePinia(createPinia())
    const session = useSessionStore()
    session.user = { id: 1, username: 'admin', role: 'admin_bkd', agency_code: null, nip: null, institution: null, display_name: null }
    session.checked = true
    const router = makeRouter()
    await router.push('/survei')
    expect(router.currentRoute.value.name).toBe('survei')
    expect(router.currentRoute.value.meta.area).toBe('survei')
  }, 20_000)
})
