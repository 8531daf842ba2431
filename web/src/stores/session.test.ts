import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSessionStore } from './session'
import { api } from '@/api'

const user = { id: 7, username: 'siti', role: 'asn', agency_code: 'DINKES', nip: '198609262015051001', institution: null, display_name: 'Siti Aminah' }
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status })

describe('session store', () => {
  let fetchMock: ReturnType<typeof vi.fn>
  beforeEach(() => {
    setActivePinia(createPinia())
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('restores a session from /auth/me once and sends its CSRF token afterwards', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { user, csrf_token: 'tok' }))
    fetchMock.mockResolvedValueOnce(json(200, { ok: true }))
    const session = useSessionStore()
    await session.restore()
    await session.restore()
    expect(session.isSignedIn).toBe(true)
    expect(session.displayName).toBe('Siti Aminah')
    await api.post('/auth/logout')
    expect(fetchMock).toHaveBeenCalledTimes(2)
    const init = fetchMock.mock.calls[1]?.[1] as RequestInit & { headers: Record<string, string> }
    expect(init.headers['X-CSRF-Token']).toBe('tok')
  })

  it('treats 401 from /auth/me as signed out, and other failures as errors', async () => {
    fetchMock.mockResolvedValueOnce(json(401, { error: { code: 'unauthenticated', message: 'x' } }))
    const session = useSessionStore()
    await session.restore()
    expect(session.isSignedIn).toBe(false)
    expect(session.checked).toBe(true)

    setActivePinia(createPinia())
    fetchMock.mockResolvedValueOnce(json(500, { error: { code: 'internal', message: 'x' } }))
    await expect(useSessionStore().restore()).rejects.toMatchObject({ status: 500 })
  })

  it('forgets the user and the token on logout even when the server fails', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { user, csrf_token: 'tok' }))
    fetchMock.mockRejectedValueOnce(new TypeError('offline'))
    fetchMock.mockResolvedValueOnce(json(200, {}))
    const session = useSessionStore()
    await session.login('siti', 'rahasia')
    await expect(session.logout()).rejects.toBeTruthy()
    expect(session.user).toBeNull()
    await api.post('/x')
    const init = fetchMock.mock.calls[2]?.[1] as RequestInit & { headers: Record<string, string> }
    expect(init.headers['X-CSRF-Token']).toBeUndefined()
  })

  it('marks an expired session so the login page can say so', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { user, csrf_token: 'tok' }))
    const session = useSessionStore()
    await session.login('siti', 'rahasia')
    session.expire()
    expect(session.sessionEnded).toBe(true)
    expect(session.isSignedIn).toBe(false)
  })
})
