// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeRouter } from '@/router'
import { useSessionStore } from '@/stores/session'
import type { Role } from '@/api/types'

// The AKPK routes: an employee goes straight to their own gap profile; the others see the whole analysis.
describe('AKPK routes', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 200 })))
  })
  afterEach(() => vi.unstubAllGlobals())

  async function open(path: string, role: Role, nip: string | null) {
    setActivePinia(createPinia())
    const session = useSessionStore()
    session.user = { id: 1, username: 'u', role, agency_code: 'DINKES', nip, institution: null, display_name: null }
    session.checked = true
    const router = makeRouter()
    await router.push(path)
    return router.currentRoute.value
  }

  it('sends an employee from /akpk to their own profile', async () => {
    const route = await open('/akpk', 'asn', '198609262015051001')
    expect(route.name).toBe('akpk-employee')
    expect(route.params.nip).toBe('198609262015051001')
  })

  it('keeps a supervisor and staff on the analysis', async () => {
    expect((await open('/akpk', 'atasan', '198609262015051001')).name).toBe('akpk')
    expect((await open('/akpk', 'admin_bkd', null)).name).toBe('akpk')
  })

  it('opens the agency and employee pages with their keys', async () => {
    const agency = await open('/akpk/opd/DINKES', 'pengelola_opd', null)
    expect([agency.name, agency.params.kode]).toEqual(['akpk-agency', 'DINKES'])
    const employee = await open('/akpk/pegawai/198609262015051001', 'atasan', '1')
    expect(employee.name).toBe('akpk-employee')
  })

  it('keeps a partner institution out of the analysis', async () => {
    expect((await open('/akpk', 'lembaga_mitra', null)).name).toBe('home')
  })
})
