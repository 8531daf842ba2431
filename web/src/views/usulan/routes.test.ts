// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeRouter } from '@/router'
import { useSessionStore } from '@/stores/session'
import type { Role } from '@/api/types'

// /usulan is "Usulan saya" for people who propose; the others land on their first section. The inbox is open to all.
describe('participation routes', () => {
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

  it('keeps an employee on Usulan saya and sends staff to their first section', async () => {
    expect((await open('/usulan', 'asn', '198609262015051001')).name).toBe('usulan')
    expect((await open('/usulan', 'pengelola_opd', null)).name).toBe('usulan-review')
    expect((await open('/usulan', 'auditor', null)).name).toBe('usulan-agency')
  }, 20_000)

  it('opens a proposal, its edit page and a thread by number', async () => {
    const detail = await open('/usulan/12', 'asn', '198609262015051001')
    expect([detail.name, detail.params.id]).toEqual(['usulan-detail', '12'])
    expect((await open('/usulan/12/ubah', 'asn', '198609262015051001')).name).toBe('usulan-edit')
    expect((await open('/forum/5', 'atasan', '198609262015051001')).name).toBe('forum-thread')
  }, 20_000)

  it('opens the inbox for every role and keeps partners out of proposals and forum', async () => {
    expect((await open('/kotak-masuk', 'lembaga_mitra', null)).name).toBe('inbox')
    expect((await open('/usulan', 'lembaga_mitra', null)).name).toBe('home')
    expect((await open('/forum', 'lembaga_mitra', null)).name).toBe('home')
  }, 20_000)
})
