import { describe, expect, it } from 'vitest'
import { canOpen, isStaffRole, navFor } from './nav'
import type { Role } from '@/api/types'

const user = (role: Role, nip: string | null = null) => ({ role, nip })
const keys = (role: Role, nip: string | null = null) => navFor(user(role, nip)).map((item) => item.key)

describe('navFor', () => {
  it('gives nothing to a visitor without a session', () => {
    expect(navFor(null)).toEqual([])
  })

  it('gives an employee Beranda, Profil Saya and the learning areas, never Data Master or Impor', () => {
    const nav = keys('asn', '198609262015051001')
    expect(nav[0]).toBe('home')
    expect(nav).toContain('profil')
    expect(nav).toContain('usulan')
    expect(nav).not.toContain('data')
    expect(nav).not.toContain('impor')
    expect(nav).not.toContain('pengaturan')
  })

  it('shows Profil Saya only to employees and supervisors with a NIP (GET /me/profile)', () => {
    expect(keys('atasan', null)).not.toContain('profil')
    expect(keys('atasan', '198609262015051001')).toContain('profil')
    expect(keys('pengelola_opd', '198609262015051001')).not.toContain('profil')
  })

  it('gives agency staff Data Master and Impor', () => {
    const nav = keys('pengelola_opd')
    expect(nav).toContain('data')
    expect(nav).toContain('impor')
    expect(nav.indexOf('impor')).toBe(nav.indexOf('data') + 1)
  })

  it('lets the auditor read Data Master but not import', () => {
    expect(keys('auditor')).toContain('data')
    expect(keys('auditor')).not.toContain('impor')
  })

  it('gives Pengaturan to the BKD admin, who changes the settings, and the auditor, who reads them', () => {
    expect(keys('admin_bkd')).toContain('pengaturan')
    expect(navFor(user('auditor')).find((item) => item.key === 'pengaturan')).toEqual({ key: 'pengaturan', path: '/pengaturan', soon: false })
    for (const role of ['asn', 'atasan', 'pengelola_opd', 'lembaga_mitra'] as const) {
      expect(keys(role)).not.toContain('pengaturan')
    }
  })

  it('marks the areas not built yet as soon, and the built ones not', () => {
    const nav = navFor(user('atasan', '198609262015051001'))
    const soon = nav.filter((item) => item.soon).map((item) => item.key)
    expect(soon).not.toContain('elearning')
    expect(nav.map((item) => item.key)).toContain('elearning')
    expect(soon).not.toContain('pelatihan')
    expect(nav.map((item) => item.key)).not.toContain('rencana')
    expect(soon).not.toContain('usulan')
    expect(soon).not.toContain('forum')
    expect(soon).not.toContain('profil')
    expect(soon).not.toContain('home')
    const staff = navFor(user('admin_bkd')).filter((item) => item.soon).map((item) => item.key)
    expect(staff).toContain('laporan')
    expect(staff).not.toContain('data')
    expect(staff).not.toContain('impor')
    expect(staff).not.toContain('rencana')
    expect(staff).not.toContain('survei')
    expect(staff).not.toContain('evaluasi')
    expect(staff).not.toContain('pelatihan')
    expect(staff).not.toContain('elearning')
  })

  it('keeps UI.md order', () => {
    const nav = keys('admin_bkd')
    expect(nav.indexOf('akpk')).toBeLessThan(nav.indexOf('usulan'))
    expect(nav.indexOf('survei')).toBeLessThan(nav.indexOf('data'))
    expect(nav.indexOf('laporan')).toBeLessThan(nav.indexOf('pengaturan'))
  })
})

describe('Bank Soal', () => {
  it('is for the bank\'s writers and the auditor, right after E-Learning', () => {
    for (const role of ['admin_bkd', 'lembaga_mitra', 'auditor'] as const) expect(keys(role)).toContain('bankSoal')
    for (const role of ['asn', 'atasan', 'pengelola_opd'] as const) expect(keys(role, '198609262015051001')).not.toContain('bankSoal')
    const nav = keys('admin_bkd')
    expect(nav.indexOf('bankSoal')).toBe(nav.indexOf('elearning') + 1)
    expect(navFor(user('auditor')).find((item) => item.key === 'bankSoal')).toEqual({ key: 'bankSoal', path: '/bank-soal', soon: false })
  })
})

describe('canOpen', () => {
  it('refuses unknown users and areas outside the role', () => {
    expect(canOpen(null, 'home')).toBe(false)
    expect(canOpen(user('lembaga_mitra'), 'impor')).toBe(false)
    expect(canOpen(user('lembaga_mitra'), 'data')).toBe(true)
  })
})

describe('isStaffRole', () => {
  it('separates desk roles from phone roles', () => {
    expect(isStaffRole('admin_bkd')).toBe(true)
    expect(isStaffRole('asn')).toBe(false)
    expect(isStaffRole('atasan')).toBe(false)
  })
})
