// The rules of the 360 feedback pages, apart from the pages so they are tested alone: the order of a rater's list,
// what the form sends and what a refusal means for it, how a group's result reads (hidden, nobody, a mean), the
// response rates of a campaign, and the dates a new campaign may take.
import {
  RELATIONSHIPS, type Campaign, type CampaignGroup, type CampaignState, type Competency, type DateSpan, type FeedbackPhase,
  type FeedbackRequest, type GroupResult, type MyCampaignResults, type Relationship,
} from '@/api/feedback'

/** What the rater chose for a competency: a score 1–5 or "tidak dapat menilai" ('na'); absent when not chosen yet. */
export type Choice = number | 'na'

/** Whether the rater can answer this request now. */
export function canAnswer(item: Pick<FeedbackRequest, 'state' | 'answered'>): boolean {
  return item.state === 'terbuka' && !item.answered
}

/** The form of one request. */
export function requestLink(item: Pick<FeedbackRequest, 'campaign' | 'rated'>): string {
  return `/umpan-balik/${encodeURIComponent(String(item.campaign))}/${encodeURIComponent(item.rated.nip)}`
}

const relationshipRank = (r: Relationship) => {
  const i = RELATIONSHIPS.indexOf(r)
  return i < 0 ? RELATIONSHIPS.length : i
}

/** 0 open and to answer, 1 open and answered, 2 not open yet, 3 closed. */
function requestRank(item: Pick<FeedbackRequest, 'state' | 'answered'>): number {
  if (item.state === 'terbuka') return item.answered ? 1 : 0
  return item.state === 'belum_dibuka' ? 2 : 3
}

/** Open and unanswered first (closing soonest first), then open and answered, then those not open yet (opening soonest
 * first), then the closed ones (latest first); within a campaign yourself first, then supervisor, peers, subordinates,
 * then by name. */
export function sortRequests<T extends FeedbackRequest>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const rank = requestRank(a) - requestRank(b)
    if (rank) return rank
    let date = 0
    if (a.state === 'terbuka') date = a.closes.localeCompare(b.closes)
    else if (a.state === 'belum_dibuka') date = a.opens.localeCompare(b.opens)
    else date = b.closes.localeCompare(a.closes)
    return date || String(a.campaign).localeCompare(String(b.campaign), undefined, { numeric: true })
      || relationshipRank(a.relationship) - relationshipRank(b.relationship) || a.rated.name.localeCompare(b.rated.name)
  })
}

/** How many requests wait for an answer now. */
export function waitingCount(items: readonly Pick<FeedbackRequest, 'state' | 'answered'>[]): number {
  return items.filter(canAnswer).length
}

/** How many competencies have a score (not "tidak dapat menilai"). */
export function scoredCount(choices: Readonly<Record<string, Choice | undefined>>, competencies: readonly Competency[]): number {
  return competencies.filter((c) => typeof choices[c.code] === 'number').length
}

/** How many competencies have a choice, a score or "tidak dapat menilai". */
export function chosenCount(choices: Readonly<Record<string, Choice | undefined>>, competencies: readonly Competency[]): number {
  return competencies.filter((c) => choices[c.code] !== undefined).length
}

/** Every competency of the form: its score, or null when it cannot be judged or was left out. */
export function buildScores(competencies: readonly Competency[], choices: Readonly<Record<string, Choice | undefined>>): Record<string, number | null> {
  const scores: Record<string, number | null> = {}
  for (const c of competencies) {
    const choice = choices[c.code]
    scores[c.code] = typeof choice === 'number' ? choice : null
  }
  return scores
}

/** What a refused answer means for the form (shared with the other answer-once forms). */
export { submitProblem, type SubmitProblem } from '@/api/submit_problem'

/** Where a campaign stands on `today` by its dates (after a 412, which does not say whether too early or too late). */
export function stateOn(span: { opens: string; closes: string }, today: string): CampaignState {
  if (today < span.opens) return 'belum_dibuka'
  return today > span.closes ? 'ditutup' : 'terbuka'
}

/** How one group's result reads: hidden (fewer than three peers or subordinates), nobody answered, or a mean. */
export type GroupView =
  | { kind: 'hidden'; raters: number }
  | { kind: 'none' }
  | { kind: 'mean'; mean: number; raters: number }

export function groupView(group: GroupResult | undefined | null): GroupView {
  if (!group) return { kind: 'none' }
  if (group.hidden) return { kind: 'hidden', raters: group.raters }
  if (group.mean === null || group.mean === undefined) return { kind: 'none' }
  return { kind: 'mean', mean: group.mean, raters: group.raters }
}

/** A mean on the 1–5 scale with two decimals and a comma, so a column of them lines up: 3.5 → "3,50". */
export function formatMean(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(2).replace('.', ',')
}

/** A bar's width in percent for a mean on the 1–5 scale (1 is empty, 5 is full). */
export function barWidth(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return 0
  return Math.max(0, Math.min(100, ((value - 1) / 4) * 100))
}

/** The campaign's four groups in reading order (self, supervisor, peers, subordinates); a group it lacks counts 0. */
export function orderedGroups(groups: readonly CampaignGroup[] | undefined): CampaignGroup[] {
  return RELATIONSHIPS.map((relationship) => groups?.find((g) => g.relationship === relationship) ?? { relationship, invited: 0, answered: 0 })
}

/** answered ÷ invited, 0..1; null when nobody was invited. */
export function responseRate(counts: { invited: number; answered: number }): number | null {
  return counts.invited > 0 ? Math.min(1, counts.answered / counts.invited) : null
}

/** The phases an offering has no campaign of yet, `sebelum` first. */
export function missingPhases(campaigns: readonly Pick<Campaign, 'phase'>[]): FeedbackPhase[] {
  return (['sebelum', 'sesudah'] as const).filter((phase) => !campaigns.some((c) => c.phase === phase))
}

/** The days a campaign takes when none are given: the whole window, opening today at the earliest. */
export function startDefaults(span: DateSpan, today: string): { opens: string; closes: string } {
  return { opens: span.from > today ? span.from : today, closes: span.to }
}

/** The window has passed: no campaign of that phase can be started any more. */
export function windowPassed(span: DateSpan, today: string): boolean {
  return span.to < today
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

export type DateProblem = { column: 'opens' | 'closes'; key: 'format' | 'outside' | 'beforeOpens' | 'beforeToday' }

/** The first thing wrong with the chosen days, as the server would say it (empty days are left to the server). */
export function checkStartDates(opens: string, closes: string, span: DateSpan, today: string): DateProblem | null {
  if (opens && !ISO_DAY.test(opens)) return { column: 'opens', key: 'format' }
  if (closes && !ISO_DAY.test(closes)) return { column: 'closes', key: 'format' }
  if (opens && (opens < span.from || opens > span.to)) return { column: 'opens', key: 'outside' }
  if (closes && (closes < span.from || closes > span.to)) return { column: 'closes', key: 'outside' }
  if (opens && closes && closes < opens) return { column: 'closes', key: 'beforeOpens' }
  // Without an opening day the campaign opens today or at the window's start (a closing day before that is outside).
  if (closes && closes < today) return { column: 'closes', key: 'beforeToday' }
  return null
}

/** The body of a new campaign: the phase and the days that were given. */
export function startBody(phase: FeedbackPhase, opens: string, closes: string): { phase: FeedbackPhase; opens?: string; closes?: string } {
  return { phase, ...(opens ? { opens } : {}), ...(closes ? { closes } : {}) }
}

/** What is wrong with a campaign's new days: the start keys, plus an empty day and an opening day before today. */
export type DaysProblem = { column: 'opens' | 'closes'; key: DateProblem['key'] | 'required' | 'opensBeforeToday' }

/** The campaign's opening day can still change: only while it has not opened. */
export function opensLocked(campaign: Pick<Campaign, 'state'>): boolean {
  return campaign.state !== 'belum_dibuka'
}

/** The first thing wrong with a campaign's new days, as PATCH /feedback-campaigns/{id} would say it: both days given,
 * inside the phase's window, neither before today (an open campaign's opening day is kept as it is), and the closing
 * day not before the opening day. */
export function checkNewDays(campaign: Pick<Campaign, 'state' | 'opens'>, opens: string, closes: string, span: DateSpan, today: string): DaysProblem | null {
  const locked = opensLocked(campaign)
  const first = locked ? campaign.opens : opens
  if (!locked) {
    if (!opens) return { column: 'opens', key: 'required' }
    if (!ISO_DAY.test(opens)) return { column: 'opens', key: 'format' }
    if (opens < span.from || opens > span.to) return { column: 'opens', key: 'outside' }
    if (opens < today) return { column: 'opens', key: 'opensBeforeToday' }
  }
  if (!closes) return { column: 'closes', key: 'required' }
  if (!ISO_DAY.test(closes)) return { column: 'closes', key: 'format' }
  if (closes < span.from || closes > span.to) return { column: 'closes', key: 'outside' }
  if (closes < today) return { column: 'closes', key: 'beforeToday' }
  if (closes < first) return { column: 'closes', key: 'beforeOpens' }
  return null
}

/** The bounds of the two date inputs: the window, from today on, the closing day from the opening day on. */
export function daysBounds(campaign: Pick<Campaign, 'state' | 'opens'>, opens: string, span: DateSpan, today: string) {
  const latest = (...days: string[]) => days.filter((d) => ISO_DAY.test(d)).sort().at(-1) ?? span.from
  const first = opensLocked(campaign) ? campaign.opens : opens
  return {
    opens: { min: latest(span.from, today), max: span.to },
    closes: { min: latest(span.from, today, first), max: span.to },
  }
}

/** The body of PATCH /feedback-campaigns/{id}: only the days that change, never the opening day of an open campaign;
 * empty when nothing changes. */
export function daysBody(campaign: Pick<Campaign, 'state' | 'opens' | 'closes'>, opens: string, closes: string): { opens?: string; closes?: string } {
  return {
    ...(!opensLocked(campaign) && opens && opens !== campaign.opens ? { opens } : {}),
    ...(closes && closes !== campaign.closes ? { closes } : {}),
  }
}

/** The caller's campaigns: those with results first, then the latest closing first; `sebelum` before `sesudah` of the
 * same offering. */
export function sortMyResults<T extends Pick<MyCampaignResults, 'closes' | 'offering' | 'phase' | 'results'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Number(a.results === null) - Number(b.results === null)
    || b.closes.localeCompare(a.closes) || a.offering.localeCompare(b.offering)
    || Number(a.phase === 'sesudah') - Number(b.phase === 'sesudah'))
}

/** Whether any group of any competency is hidden (the anonymity sentence is said once above the results). */
export function anyHidden(competencies: readonly { groups: Partial<Record<Relationship, GroupResult>> }[]): boolean {
  return competencies.some((c) => Object.values(c.groups).some((g) => g?.hidden))
}
