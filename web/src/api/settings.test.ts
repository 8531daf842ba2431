// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, setCsrfToken } from './index'
import { fetchSetting, fetchSettings, mayEditSettings, resetSetting, saveSetting, SETTING_KEYS } from './settings'
import type { Role } from './types'
import { fakeServer } from '@/views/usulan/test_mount'
import { allSettings, setting } from '@/views/pengaturan/test_data'

const headersOf = (fake: ReturnType<typeof fakeServer>, n: number) => (fake.fetchMock.mock.calls[n]![1] as RequestInit).headers as Record<string, string>

describe('settings API', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
  })

  it('reads every key in the contract\'s order, and one key', async () => {
    fakeServer({
      'GET /settings': { body: { settings: allSettings() } },
      'GET /settings/evaluation': { body: { setting: setting('evaluation') } },
    })
    expect((await fetchSettings()).map((s) => s.key)).toEqual([...SETTING_KEYS])
    expect((await fetchSetting('evaluation')).values.alpha).toBe(0.05)
  })

  it('saves a key with PUT and the CSRF token, returning the stored setting', async () => {
    setCsrfToken('tok-3')
    const stored = setting('document', { stored: true, values: { ...setting('document').values, ppk_name: 'Dr. H. Al Haris' } })
    const fake = fakeServer({ 'PUT /settings/document': { body: { setting: stored } } })
    const saved = await saveSetting('document', { ppk_name: 'Dr. H. Al Haris' })
    expect([saved.stored, saved.values.ppk_name]).toEqual([true, 'Dr. H. Al Haris'])
    expect(fake.calls[0]!.body).toEqual({ ppk_name: 'Dr. H. Al Haris' })
    expect(headersOf(fake, 0)['X-CSRF-Token']).toBe('tok-3')
    expect(headersOf(fake, 0)['Content-Type']).toBe('application/json')
  })

  it('gives the refused field of a 400 as the detail\'s column', async () => {
    fakeServer({ 'PUT /settings/evaluation': { status: 400, body: { error: { code: 'invalid_argument',
      message: 'alpha harus di antara 0 dan 1', details: [{ column: 'alpha', message: 'alpha harus di antara 0 dan 1' }] } } } })
    const refused = await saveSetting('evaluation', { alpha: 1.5 }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect((refused as ApiError).details).toEqual([{ column: 'alpha', message: 'alpha harus di antara 0 dan 1' }])
  })

  it('resets a key with DELETE and the CSRF token', async () => {
    setCsrfToken('tok-4')
    const fake = fakeServer({ 'DELETE /settings/plan': { body: { setting: setting('plan') } } })
    expect((await resetSetting('plan')).stored).toBe(false)
    expect(fake.calls[0]!.method).toBe('DELETE')
    expect(headersOf(fake, 0)['X-CSRF-Token']).toBe('tok-4')
  })

  it('lets the BKD admin alone change the settings', () => {
    expect((['admin_bkd', 'auditor', 'pengelola_opd', 'asn'] as Role[]).map((role) => mayEditSettings({ role })))
      .toEqual([true, false, false, false])
    expect(mayEditSettings(null)).toBe(false)
  })
})
