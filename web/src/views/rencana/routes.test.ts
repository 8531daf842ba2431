// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeRouter } from '@/router'
import { useSessionStore } from '@/stores/session'
import { navFor } from '@/utils/nav'
import type { Role } from '@/api/types'

// /rencana and /rencana/:id are open to the roles the plan API answers (admin_bkd, pengelola_opd, auditor).
describe('plan routes', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 200 })))
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

  it('opens the list and a plan by number for the staff', async () => {
    for (const role of ['admin_bkd', 'pengelola_opd', 'auditor'] as const) {
      expect((await open('/rencana', role)).name).toBe('rencana')
    }
    const detail = await open('/rencana/4', 'auditor')
    expect([detail.name, detail.params.id]).toEqual(['rencana-detail', '4'])
  }, 20_000)

  it('sends the others home and shows them no Rencana item', async () => {
    for (const role of ['asn', 'atasan', 'lembaga_mitra'] as const) {
      expect((await open('/rencana', role)).name).toBe('home')
      expect(navFor({ role, nip: '198609262015051001' }).map((i) => i.key)).not.toContain('rencana')
    }
    const staff = navFor({ role: 'pengelola_opd', nip: null }).find((i) => i.key === 'rencana')
    expect(staff).toEqual({ key: 'rencana', path: '/rencana', soon: false })
  }, 20_000)
})
