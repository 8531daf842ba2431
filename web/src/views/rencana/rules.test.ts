import { describe, expect, it } from 'vitest'
import { canGenerate, gapPercent, generateBody, reasonKey, usedShare } from './rules'

describe('plan rules', () => {
  it('names the three reasons and leaves other codes as they are', () => {
    expect(reasonKey('kesenjangan')).toBe('rencana.reason.kesenjangan')
    expect(reasonKey('usulan_pegawai')).toBe('rencana.reason.usulan_pegawai')
    expect(reasonKey('pemenuhan_20_jp')).toBe('rencana.reason.pemenuhan_20_jp')
    expect(reasonKey('lain')).toBeNull()
  })

  it('lets admin_bkd and pengelola_opd generate, not the auditor', () => {
    expect(canGenerate({ role: 'admin_bkd' })).toBe(true)
    expect(canGenerate({ role: 'pengelola_opd' })).toBe(true)
    expect(canGenerate({ role: 'auditor' })).toBe(false)
    expect(canGenerate(null)).toBe(false)
  })

  it('builds the generate body: the admin\'s choice of agency, the pengelola\'s own always', () => {
    const admin = { role: 'admin_bkd' as const, agency_code: null }
    expect(generateBody({ year: '2027', agency: '', solver: 'fast', timeLimit: '5' }, admin))
      .toEqual({ ok: true, body: { year: 2027, solver: 'fast', time_limit: 5 } })
    const opd = { role: 'pengelola_opd' as const, agency_code: 'DINKES' }
    expect(generateBody({ year: 2027, agency: 'DISDIK', solver: 'exact', timeLimit: 30 }, opd))
      .toEqual({ ok: true, body: { year: 2027, agency: 'DINKES', solver: 'exact', time_limit: 30 } })
    expect(generateBody({ year: '20x7', agency: '', solver: 'fast', timeLimit: 5 }, admin)).toMatchObject({ ok: false, field: 'year' })
    expect(generateBody({ year: 2027, agency: '', solver: 'fast', timeLimit: 0 }, admin)).toMatchObject({ ok: false, field: 'timeLimit' })
    expect(generateBody({ year: 2027, agency: '', solver: 'fast', timeLimit: '' }, admin)).toMatchObject({ ok: false, field: 'timeLimit' })
    expect(generateBody({ year: 2027, agency: '', solver: 'fast', timeLimit: 600 }, admin).ok).toBe(true)
  })

  it('reads shares and gaps as percentages', () => {
    expect(usedShare(25, 100)).toBe(25)
    expect(usedShare(150, 100)).toBe(100)
    expect(usedShare(0, 0)).toBe(0)
    expect(usedShare(5, 0)).toBe(100)
    expect(gapPercent(0.008)).toBeCloseTo(0.8)
  })
})
