// The columns of the analysis tables, shared by the pages.
import type { Aggregate, EmployeeRow, NotAssessedItem } from '@/api/gaps'
import type { AkpkColumn } from '@/components/akpk/table'
import { codeLabel } from '@/utils/columns'
import { formatNip } from '@/utils/format'
import { percent } from './rules'

type Translate = (key: string) => string

/** An agency's or competency's name; position kinds and sectors are codes, shown as words ("ahli muda"). */
export function groupName(row: Pick<Aggregate, 'key' | 'name'>): string {
  if (row.name && row.name !== row.key) return row.name
  return codeLabel(row.key) || '—'
}

/** Per agency, competency, position kind or sector. */
export function groupColumns(t: Translate, keyLabel: string): AkpkColumn<Aggregate>[] {
  return [
    { name: 'key', label: keyLabel, type: 'text', value: groupName },
    { name: 'employees', label: t('akpk.col.employees'), type: 'integer', value: (row) => row.employees },
    { name: 'with_gap', label: t('akpk.col.withGap'), type: 'integer', value: (row) => row.with_gap },
    { name: 'mean_gap', label: t('akpk.col.meanGap'), type: 'decimal', value: (row) => row.mean_gap },
    { name: 'mean_target_gap', label: t('akpk.col.meanTargetGap'), type: 'decimal', value: (row) => row.mean_target_gap },
    { name: 'weighted_need', label: t('akpk.col.weightedNeed'), type: 'decimal', value: (row) => row.weighted_need },
    { name: 'not_assessed', label: t('akpk.col.notAssessed'), type: 'integer', value: (row) => row.not_assessed },
    {
      name: 'jp', label: t('akpk.col.jpCompliant'), type: 'percent',
      value: (row) => (row.jp_subject > 0 ? percent(row.jp_meeting, row.jp_subject) : null),
    },
  ]
}

/** The employees of an agency or team. */
export function employeeColumns(t: Translate): AkpkColumn<EmployeeRow>[] {
  return [
    { name: 'nip', label: t('akpk.col.nip'), type: 'code', value: (e) => formatNip(e.nip) },
    { name: 'name', label: t('akpk.col.employee'), type: 'text', value: (e) => e.name },
    { name: 'position', label: t('akpk.col.position'), type: 'text', value: (e) => e.position_name || e.position },
    { name: 'akpk', label: t('akpk.col.reading'), type: 'text', value: (e) => t(`akpk.reading.${e.akpk ?? 'none'}`) },
    { name: 'box', label: t('akpk.col.box'), type: 'integer', value: (e) => e.box },
    { name: 'gap_count', label: t('akpk.col.gaps'), type: 'integer', value: (e) => e.gap_count },
    { name: 'weighted_need', label: t('akpk.col.weightedNeed'), type: 'decimal', value: (e) => e.weighted_need },
    { name: 'not_assessed_count', label: t('akpk.col.notAssessed'), type: 'integer', value: (e) => e.not_assessed_count },
    { name: 'jp_earned', label: t('akpk.col.jp'), type: 'decimal', value: (e) => e.jp_earned },
  ]
}

/** Pairs not assessed. */
export function notAssessedColumns(t: Translate): AkpkColumn<NotAssessedItem>[] {
  return [
    { name: 'nip', label: t('akpk.col.nip'), type: 'code', value: (e) => formatNip(e.nip) },
    { name: 'name', label: t('akpk.col.employee'), type: 'text', value: (e) => e.name },
    {
      name: 'competency', label: t('akpk.col.competency'), type: 'text',
      value: (e) => (e.competency_name ? `${e.competency} ${e.competency_name}` : e.competency),
    },
    { name: 'required', label: t('akpk.col.required'), type: 'decimal', value: (e) => e.required },
  ]
}
