// Pure helpers of the evaluation pages (issue 8): which verdicts ask for a review, how p-values read, the scale of
// the before/after bars.
import type { OfferingEvaluation, Verdict } from '@/api/evaluation'
import { formatDecimal } from '@/utils/format'

/** EVALUATION.md: "not significant → review its material and method"; a decline even more so. */
export function needsReview(verdict: Verdict): boolean {
  return verdict === 'tidak_signifikan' || verdict === 'menurun'
}

/** "0,012", "< 0,001", or "—" when the test could not be computed. */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return '—'
  if (p < 0.001) return `< ${formatDecimal(0.001, 3)}`
  return formatDecimal(p, 3)
}

/** The p-value after "p" in a sentence: "= 0,017", "< 0,001", "= —". */
export function pRelation(p: number | null | undefined): string {
  const text = formatP(p)
  return text.startsWith('<') ? text : `= ${text}`
}

/** A number or "—". */
export function formatOr(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : formatDecimal(value, digits)
}

/** The list order: programs to review first (declines before not significant), then effective, then no data. */
export function reviewOrder(list: OfferingEvaluation[]): OfferingEvaluation[] {
  const rank: Record<Verdict, number> = { menurun: 0, tidak_signifikan: 1, efektif: 2, data_kurang: 3 }
  return [...list].sort((a, b) => rank[a.verdict] - rank[b.verdict] || a.offering.localeCompare(b.offering))
}

/** Width in % of a bar for `value` on a scale from 0 to `max` (at least a sliver when positive). */
export function barPercent(value: number | null, max: number): number {
  if (value === null || max <= 0) return 0
  const share = (Math.max(0, value) / max) * 100
  return Math.min(100, value > 0 ? Math.max(share, 1) : 0)
}
