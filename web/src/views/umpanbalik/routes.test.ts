// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeRouter } from '@/router'
import { useSessionStore } from '@/stores/session'
import type { Role } from '@/api/types'

// The 360 pages are the employee's own (asn and atasan with a NIP); the staff read campaigns on the offering page.
describe('360 feedback routes', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(
      JSON.stringify({ error: { code: 'unauthenticated', message: 'x' } }), { status: 401 })))
  })
  afterEach(() => vi.unstubAllGlobals())

  async function open(path: string, role: Role | null, nip: string | null = '198609262015051001') {
    setActivePinia(createPinia())
    const session = useSessionStore()
    if (role) {
      session.user = { id: 1, username: 'u', role, agency_code: 'DINKES', nip, institution: null, display_name: null }
      session.checked = true
    }
    const router = makeRouter()
    await router.push(path)
    return router.currentRoute.value
  }

  it('opens the list, the results and one form to employees and supervisors', async () => {
    for (const role of ['asn', 'atasan'] as const) {
      expect((await open('/umpan-balik', role)).name).toBe('umpan-balik')
      expect((await open('/umpan-balik/hasil', role)).name).toBe('umpan-balik-hasil')
      const form = await open('/umpan-balik/7/199001012019032002', role)
      expect([form.name, form.params.id, form.params.nip]).toEqual(['umpan-balik-form', '7', '199001012019032002'])
    }
  }, 20_000)

  it('sends the staff, a user without a NIP and a visitor elsewhere', async () => {
    for (const role of ['admin_bkd', 'pengelola_opd', 'auditor', 'lembaga_mitra'] as const) {
      expect((await open('/umpan-balik', role)).name).toBe('home')
    }
    expect((await open('/umpan-balik/hasil', 'asn', null)).name).toBe('home')
    const visitor = await open('/umpan-balik/7/199001012019032002', null)
    expect([visitor.name, visitor.query.next]).toEqual(['login', '/umpan-balik/7/199001012019032002'])
  }, 20_000)
})
