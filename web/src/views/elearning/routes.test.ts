// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeRouter } from '@/router'
import { useSessionStore } from '@/stores/session'
import type { Role } from '@/api/types'

// /e-learning (named 'elearning', as the navigation knows it) and /e-learning/:kode, inside the app.
describe('e-learning routes', () => {
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

  it('opens the list and a course for learners, staff and partners; a visitor goes to the login', async () => {
    for (const role of ['asn', 'atasan', 'admin_bkd', 'pengelola_opd', 'auditor', 'lembaga_mitra'] as const) {
      expect((await open('/e-learning', role)).name, role).toBe('elearning')
    }
    const course = await open('/e-learning/EL-PP-1?modul=13', 'asn')
    expect([course.name, course.params.kode, course.query.modul, course.meta.area]).toEqual(['elearning-course', 'EL-PP-1', '13', 'elearning'])
    const visitor = await open('/e-learning/EL-PP-1', null)
    expect([visitor.name, visitor.query.next]).toEqual(['login', '/e-learning/EL-PP-1'])
  }, 20_000)
})
