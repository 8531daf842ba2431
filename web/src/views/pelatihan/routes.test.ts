// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeRouter } from '@/router'
import { useSessionStore } from '@/stores/session'
import type { Role } from '@/api/types'

// /pelatihan for every signed-in role; the reaction survey for asn and atasan; /verifikasi and /verifikasi/:nomor for anyone, without a session.
describe('delivery routes', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(
      JSON.stringify({ error: { code: 'unauthenticated', message: 'x' } }), { status: 401 })))
  })
  afterEach(() => vi.unstubAllGlobals())

  async function open(path: string, role: Role | null) {
    setActivePinia(createPinia())
    const session = useSessionStore()
    if (role) {
      session.user = { id: 1, username: 'u', role, agency_code: 'DINKES', nip: '198609262015051001', institution: null, display_name: null }
      session.checked = true
    }
    const router = makeRouter()
    await router.push(path)
    return router.currentRoute.value
  }

  it('opens the certificate check signed out, with and without a number, never the login', async () => {
    const withNumber = await open('/verifikasi/BKM-2026-7K3M-Q9XD', null)
    expect([withNumber.name, withNumber.params.nomor]).toEqual(['verify', 'BKM-2026-7K3M-Q9XD'])
    expect((await open('/verifikasi', null)).name).toBe('verify')
    expect((await open('/verifikasi/BKM-2026-7K3M-Q9XD', 'asn')).name).toBe('verify')
  }, 20_000)

  it('opens the list and a class inside the app, and sends a visitor to the login', async () => {
    for (const role of ['admin_bkd', 'pengelola_opd', 'auditor', 'lembaga_mitra', 'asn'] as const) {
      expect((await open('/pelatihan', role)).name).toBe('pelatihan')
    }
    const detail = await open('/pelatihan/ANG-KES-1', 'lembaga_mitra')
    expect([detail.name, detail.params.kode, detail.meta.area]).toEqual(['pelatihan-detail', 'ANG-KES-1', 'pelatihan'])
    const visitor = await open('/pelatihan', null)
    expect([visitor.name, visitor.query.next]).toEqual(['login', '/pelatihan'])
  }, 20_000)

  it('opens the reaction survey to employees and supervisors only; the staff land on the home page', async () => {
    for (const role of ['asn', 'atasan'] as const) {
      const form = await open('/pelatihan-saya/ANG-KES-1/reaksi', role)
      expect([form.name, form.params.kode]).toEqual(['reaksi', 'ANG-KES-1'])
    }
    for (const role of ['admin_bkd', 'pengelola_opd', 'auditor', 'lembaga_mitra'] as const) {
      expect((await open('/pelatihan-saya/ANG-KES-1/reaksi', role)).name).toBe('home')
    }
    const visitor = await open('/pelatihan-saya/ANG-KES-1/reaksi', null)
    expect([visitor.name, visitor.query.next]).toEqual(['login', '/pelatihan-saya/ANG-KES-1/reaksi'])
  }, 20_000)
})
