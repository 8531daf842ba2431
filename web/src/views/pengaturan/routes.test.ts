// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeRouter } from '@/router'
import { useSessionStore } from '@/stores/session'
import type { Role } from '@/api/types'

// /pengaturan is open to the roles GET /settings answers (admin_bkd, auditor); the others go home.
describe('settings route', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"settings":[]}', { status: 200 })))
  })
  afterEach(() => vi.unstubAllGlobals())

  async function open(path: string, role: Role) {
    setActivePinia(createPinia())
    const session = useSessionStore()
    session.user = { id: 1, username: 'u', role, agency_code: 'DINKES', nip: '198609262015051001', institution: null, display_name: null }
    session.checked = true
    const router = makeRouter()
    await router.push(path)
    return router.currentRoute.value
  }

  it('opens the settings page for the BKD admin and the auditor', async () => {
    for (const role of ['admin_bkd', 'auditor'] as const) {
      const route = await open('/pengaturan', role)
      expect(route.name).toBe('pengaturan')
      expect(route.matched.at(-1)?.components?.default).toBeDefined()
    }
  }, 20_000)

  it('sends everyone else home', async () => {
    for (const role of ['asn', 'atasan', 'pengelola_opd', 'lembaga_mitra'] as const) {
      expect((await open('/pengaturan', role)).name).toBe('home')
    }
  }, 20_000)
})
