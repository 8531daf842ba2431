// The shapes of docs/api.md that the web app relies on.

export type Role = 'asn' | 'atasan' | 'pengelola_opd' | 'admin_bkd' | 'lembaga_mitra' | 'auditor'

export interface User {
  id: number
  username: string
  role: Role
  agency_code: string | null
  nip: string | null
  institution: string | null
  display_name: string | null
}

export interface SessionAnswer {
  user: User
  csrf_token: string
}

export interface ColumnInfo {
  name: string
  required: boolean
  type: string
  description: string
  example: string
}

export interface KindInfo {
  kind: string
  title: string
  key: string[]
  columns: ColumnInfo[]
  can_import: boolean
  can_read: boolean
}

export type DataRecord = Record<string, unknown>

export interface DataPage {
  kind: string
  total: number
  offset: number
  limit: number
  items: DataRecord[]
}

export interface RowError {
  row?: number
  column?: string
  message: string
}

export interface ImportPreview {
  kind: string
  header: string[]
  rows: unknown[][]
  total_rows: number
  errors: RowError[]
  ok: boolean
}

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed'

export interface JobResultOk {
  rows: number
  inserted: number
  updated: number
}

export interface ApiErrorBody {
  code: string
  message: string
  details?: RowError[]
}

export interface Job {
  id: string | number
  kind: string
  state: JobState
  percent: number
  message: string
  result: JobResultOk | { error: ApiErrorBody } | null
}

export interface JpSummary {
  year: number
  earned: number
  target: number
}

export interface Profile {
  employee: DataRecord & {
    nama_opd?: string | null
    nama_jabatan?: string | null
    nama_unit?: string | null
    nama_atasan?: string | null
  }
  jp: JpSummary
  jp_history: DataRecord[]
  assessments: DataRecord[]
  performance: DataRecord[]
  team_size?: number
}

export interface Summary {
  counts: Record<string, number>
}
