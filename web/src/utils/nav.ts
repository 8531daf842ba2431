// Which areas a role sees (ARCHITECTURE.md "Users and roles", docs/api.md "Roles and scopes").
import type { Role, User } from '@/api/types'

export type AreaKey =
  | 'home' | 'akpk' | 'usulan' | 'forum' | 'rencana' | 'pelatihan' | 'elearning' | 'bankSoal' | 'evaluasi' | 'survei'
  | 'data' | 'impor' | 'laporan' | 'pengaturan' | 'profil'

export interface NavItem {
  key: AreaKey
  path: string
  /** Not built yet: the link leads to a "segera hadir" page without data. */
  soon: boolean
}

const ALL: readonly Role[] = ['asn', 'atasan', 'pengelola_opd', 'admin_bkd', 'lembaga_mitra', 'auditor']
const STAFF: readonly Role[] = ['pengelola_opd', 'admin_bkd', 'auditor']
const IMPORTERS: readonly Role[] = ['pengelola_opd', 'admin_bkd']

interface AreaRule {
  key: AreaKey
  path: string
  soon: boolean
  roles: readonly Role[]
  needsNip?: boolean
}

/** In UI.md's order; Profil Saya first for people with a NIP, Impor right after Data Master. */
export const AREAS: readonly AreaRule[] = [
  { key: 'home', path: '/', soon: false, roles: ALL },
  { key: 'profil', path: '/profil', soon: false, roles: ['asn', 'atasan'], needsNip: true },
  { key: 'akpk', path: '/akpk', soon: false, roles: ['asn', 'atasan', ...STAFF] },
  { key: 'usulan', path: '/usulan', soon: false, roles: ['asn', 'atasan', ...STAFF] },
  { key: 'forum', path: '/forum', soon: false, roles: ['asn', 'atasan', ...STAFF] },
  // Plans are read by the staff only (docs/plan-api.md: asn, atasan and partners get 403).
  { key: 'rencana', path: '/rencana', soon: false, roles: STAFF },
  // Staff and partners list the classes; employees and supervisors see their own there (GET /me/courses).
  { key: 'pelatihan', path: '/pelatihan', soon: false, roles: ALL },
  { key: 'elearning', path: '/e-learning', soon: false, roles: ['asn', 'atasan', ...STAFF, 'lembaga_mitra'] },
  // The quiz question bank (docs/quiz-api.md): written by BKD and the partners, read by the auditor.
  { key: 'bankSoal', path: '/bank-soal', soon: false, roles: ['admin_bkd', 'lembaga_mitra', 'auditor'] },
  { key: 'evaluasi', path: '/evaluasi', soon: false, roles: [...STAFF, 'lembaga_mitra'] },
  { key: 'survei', path: '/survei', soon: false, roles: STAFF },
  { key: 'data', path: '/data', soon: false, roles: [...STAFF, 'lembaga_mitra'] },
  { key: 'impor', path: '/impor', soon: false, roles: IMPORTERS },
  { key: 'laporan', path: '/laporan', soon: true, roles: STAFF },
  // The settings (docs/settings-api.md): changed by the BKD admin, read by the auditor.
  { key: 'pengaturan', path: '/pengaturan', soon: false, roles: ['admin_bkd', 'auditor'] },
]

/** Whether a user may open an area at all. */
export function canOpen(user: Pick<User, 'role' | 'nip'> | null, key: AreaKey): boolean {
  if (!user) return false
  const rule = AREAS.find((area) => area.key === key)
  if (!rule || !rule.roles.includes(user.role)) return false
  return !rule.needsNip || Boolean(user.nip)
}

/** The navigation of a user, in display order. */
export function navFor(user: Pick<User, 'role' | 'nip'> | null): NavItem[] {
  return AREAS.filter((area) => canOpen(user, area.key)).map(({ key, path, soon }) => ({ key, path, soon }))
}

/** Employees and supervisors work on a phone: their layout starts with the navigation folded. */
export function isStaffRole(role: Role): boolean {
  return STAFF.includes(role) || role === 'lembaga_mitra'
}
