// The settings the BKD tunes without a new release (docs/settings-api.md): one JSON object per key, checked by the
// area's own loader before it is stored. Until a key is saved its defaults apply (`stored: false`).
import { api } from './index'
import type { Role, User } from './types'

/** The keys of the contract, in its order (GET /settings answers in this order; a newer server may add more). */
export const SETTING_KEYS = ['document', 'evaluation', 'delivery', 'analysis', 'plan'] as const
export type KnownSettingKey = (typeof SETTING_KEYS)[number]

/** The four sources of a held competency level, each once in `analysis.source_order`. */
export const ASSESSMENT_SOURCES = ['asesmen', 'atasan', 'rekan', 'mandiri'] as const

/** The SKP predikat of `analysis.predikat_score`, best first. */
export const PREDIKATS = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const

/** One field's value: text, a number, a yes/no, an ordered list of codes, or a number per code. */
export type SettingValue = string | number | boolean | string[] | Record<string, number>
export type SettingValues = Record<string, SettingValue>

export interface Setting {
  key: string
  /** In the request's language. */
  title: string
  description: string
  /** The effective values: the stored ones, with the defaults filling what is absent. */
  values: SettingValues
  defaults: SettingValues
  /**
   * The number fields the area keeps whole, numbers inside an object field as `field.member`
   * (`predikat_score.baik`); found from the area itself. Every other number takes decimals; a decimal sent for one
   * of these is refused with 400 naming it.
   */
  whole_numbers: string[]
  stored: boolean
  /** From the audit log's latest change of the key; null when never changed through the API. */
  updated_by: string | null
  updated_at: string | null
}

/** Who reads the settings, and who changes them (docs/settings-api.md "Routes"). */
export const SETTINGS_READERS: readonly Role[] = ['admin_bkd', 'auditor']

export function mayEditSettings(user: Pick<User, 'role'> | null | undefined): boolean {
  return user?.role === 'admin_bkd'
}

const path = (key: string) => `/settings/${encodeURIComponent(key)}`

export async function fetchSettings(): Promise<Setting[]> {
  return (await api.get<{ settings: Setting[] }>('/settings')).settings
}

export async function fetchSetting(key: string): Promise<Setting> {
  return (await api.get<{ setting: Setting }>(path(key))).setting
}

/** Stores some or all of a key's fields (absent fields keep their value); 400 names the refused field. */
export async function saveSetting(key: string, values: Partial<SettingValues>): Promise<Setting> {
  return (await api.request<{ setting: Setting }>('PUT', path(key), { json: values })).setting
}

/** Forgets the stored values: the key is back to its defaults. */
export async function resetSetting(key: string): Promise<Setting> {
  return (await api.request<{ setting: Setting }>('DELETE', path(key))).setting
}
