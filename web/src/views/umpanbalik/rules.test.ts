import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import {
  anyHidden, barWidth, buildScores, canAnswer, checkNewDays, checkStartDates, daysBody, daysBounds, opensLocked, chosenCount, formatMean, groupView, missingPhases, orderedGroups,
  requestLink, responseRate, scoredCount, sortMyResults, sortRequests, startBody, startDefaults, stateOn, submitProblem,
  waitingCount, windowPassed,
} from './rules'
import { RATED, campaign, competencyResults, feedbackForm, myResults, request } from './test_data'

const competencies = feedbackForm().competencies

describe('360 list rules', () => {
  it('lets a request be answered only while open and not answered yet', () => {
    expect(canAnswer(request())).toBe(true)
    expect(canAnswer(request({ answered: true }))).toBe(false)
    expect(canAnswer(request({ state: 'belum_dibuka' }))).toBe(false)
    expect(canAnswer(request({ state: 'ditutup' }))).toBe(false)
    expect(waitingCount([request(), request({ answered: true }), request({ state: 'ditutup' }), request({ relationship: 'mandiri' })])).toBe(2)
  })

  it('links a request to its form by campaign and rated NIP', () => {
    expect(requestLink(request())).toBe(`/umpan-balik/7/${RATED}`)
  })

  it('puts the open unanswered first (closing soonest), then open answered, not open yet (opening soonest), then closed (latest)', () => {
    const items = [
      request({ campaign: 1, state: 'ditutup', closes: '2024-12-01', rated: { nip: 'a', name: 'Lama' } }),
      request({ campaign: 2, state: 'belum_dibuka', opens: '2025-06-01', rated: { nip: 'b', name: 'Nanti' } }),
      request({ campaign: 3, answered: true, rated: { nip: 'c', name: 'Terkirim' } }),
      request({ campaign: 4, closes: '2025-04-01', rated: { nip: 'd', name: 'Terbuka lama' } }),
      request({ campaign: 5, closes: '2025-03-01', rated: { nip: 'e', name: 'Terbuka segera' } }),
      request({ campaign: 6, state: 'ditutup', closes: '2025-01-01', rated: { nip: 'f', name: 'Baru ditutup' } }),
      request({ campaign: 7, state: 'belum_dibuka', opens: '2025-05-01', rated: { nip: 'g', name: 'Lebih dulu' } }),
    ]
    expect(sortRequests(items).map((i) => i.rated.name)).toEqual(
      ['Terbuka segera', 'Terbuka lama', 'Terkirim', 'Lebih dulu', 'Nanti', 'Baru ditutup', 'Lama'])
  })

  it('within a campaign puts yourself first, then supervisor, peers, subordinates, then by name', () => {
    const items = [
      request({ relationship: 'bawahan', rated: { nip: '1', name: 'Ani' } }),
      request({ relationship: 'rekan', rated: { nip: '2', name: 'Zul' } }),
      request({ relationship: 'rekan', rated: { nip: '3', name: 'Budi' } }),
      request({ relationship: 'mandiri', rated: { nip: '4', name: 'Saya' } }),
      request({ relationship: 'atasan', rated: { nip: '5', name: 'Tim' } }),
    ]
    expect(sortRequests(items).map((i) => i.rated.name)).toEqual(['Saya', 'Tim', 'Budi', 'Zul', 'Ani'])
  })
})

describe('360 form rules', () => {
  it('counts the scored competencies (not "cannot judge") and the chosen ones', () => {
    expect(scoredCount({ 'M.02': 4, 'M.03': 'na', lain: 5 }, competencies)).toBe(1)
    expect(scoredCount({ 'M.03': 'na' }, competencies)).toBe(0)
    expect(chosenCount({ 'M.02': 4, 'M.03': 'na' }, competencies)).toBe(2)
  })

  it('sends every competency of the form: the score, or null for "cannot judge" and for one left alone', () => {
    expect(buildScores(competencies, { 'M.02': 5, 'M.03': 'na', lain: 3 })).toEqual({ 'M.02': 5, 'M.03': null, 'T.KES.01': null })
  })

  it('reads what a refusal means for the form', () => {
    expect(submitProblem(new ApiError(409, 'conflict', 'x'))).toEqual({ kind: 'answered' })
    expect(submitProblem(new ApiError(412, 'failed_precondition', 'x'))).toEqual({ kind: 'not_open' })
    expect(submitProblem(new ApiError(400, 'invalid_argument', 'Mohon periksa M.03', [{ row: 0, column: 'M.03', message: 'Nilai 1–5' }])))
      .toEqual({ kind: 'field', column: 'M.03', message: 'Nilai 1–5' })
    expect(submitProblem(new ApiError(400, 'invalid_argument', 'Tanpa kolom'))).toEqual({ kind: 'other' })
    expect(submitProblem(new ApiError(403, 'forbidden', 'x'))).toEqual({ kind: 'other' })
    expect(submitProblem(new Error('x'))).toEqual({ kind: 'other' })
  })

  it('tells from the dates whether a campaign is not open yet, open or closed', () => {
    const span = { opens: '2025-02-10', closes: '2025-03-02' }
    expect(stateOn(span, '2025-02-09')).toBe('belum_dibuka')
    expect(stateOn(span, '2025-02-10')).toBe('terbuka')
    expect(stateOn(span, '2025-03-02')).toBe('terbuka')
    expect(stateOn(span, '2025-03-03')).toBe('ditutup')
  })
})

describe('360 result rules', () => {
  it('reads a group as hidden, nobody, or a mean with its raters', () => {
    expect(groupView({ raters: 2, mean: null, hidden: true })).toEqual({ kind: 'hidden', raters: 2 })
    // Hidden wins even if a server ever sent a mean with it.
    expect(groupView({ raters: 2, mean: 3, hidden: true })).toEqual({ kind: 'hidden', raters: 2 })
    expect(groupView({ raters: 0, mean: null, hidden: false })).toEqual({ kind: 'none' })
    expect(groupView(undefined)).toEqual({ kind: 'none' })
    expect(groupView({ raters: 3, mean: 3.5, hidden: false })).toEqual({ kind: 'mean', mean: 3.5, raters: 3 })
  })

  it('writes a mean with two decimals and a comma, and its bar on the 1–5 scale', () => {
    expect(formatMean(3.666666)).toBe('3,67')
    expect(formatMean(4)).toBe('4,00')
    expect(formatMean(null)).toBe('—')
    expect([barWidth(1), barWidth(3), barWidth(5), barWidth(null), barWidth(7)]).toEqual([0, 50, 100, 0, 100])
  })

  it('says whether any group is hidden', () => {
    expect(anyHidden(competencyResults())).toBe(true)
    expect(anyHidden(competencyResults().slice(0, 1))).toBe(false)
  })

  it('orders my campaigns with results first, then by the latest closing, `sebelum` before `sesudah`', () => {
    const items = [
      myResults({ id: 1, closes: '2025-02-28', phase: 'sesudah' }),
      myResults({ id: 2, closes: '2025-09-01' }),
      myResults({ id: 3, closes: '2025-02-28', phase: 'sebelum' }),
      myResults({ id: 4, closes: '2027-01-31', state: 'terbuka', results: null }),
    ]
    expect(sortMyResults(items).map((c) => c.id)).toEqual([2, 3, 1, 4])
  })
})

describe('360 campaign rules (staff)', () => {
  it('lists the four groups in reading order, a missing one as nobody asked, and their response rates', () => {
    const groups = orderedGroups(campaign({ groups: [{ relationship: 'rekan', invited: 4, answered: 1 }] }).groups)
    expect(groups.map((g) => [g.relationship, g.invited, g.answered])).toEqual(
      [['mandiri', 0, 0], ['atasan', 0, 0], ['rekan', 4, 1], ['bawahan', 0, 0]])
    expect(responseRate({ invited: 4, answered: 1 })).toBe(0.25)
    expect(responseRate({ invited: 0, answered: 0 })).toBeNull()
  })

  it('names the phases still without a campaign, `sebelum` first', () => {
    expect(missingPhases([])).toEqual(['sebelum', 'sesudah'])
    expect(missingPhases([campaign()])).toEqual(['sesudah'])
    expect(missingPhases([campaign(), campaign({ phase: 'sesudah' })])).toEqual([])
  })

  it('prefills the whole window, opening today at the earliest, and knows when it has passed', () => {
    const span = { from: '2025-01-01', to: '2025-03-02' }
    expect(startDefaults(span, '2024-12-20')).toEqual({ opens: '2025-01-01', closes: '2025-03-02' })
    expect(startDefaults(span, '2025-02-01')).toEqual({ opens: '2025-02-01', closes: '2025-03-02' })
    expect(windowPassed(span, '2025-03-02')).toBe(false)
    expect(windowPassed(span, '2025-03-03')).toBe(true)
  })

  it('checks the chosen days against the window, each other and today, as the server would', () => {
    const span = { from: '2025-01-01', to: '2025-03-02' }
    const today = '2025-02-01'
    expect(checkStartDates('', '', span, today)).toBeNull()
    expect(checkStartDates('2025-02-01', '2025-03-02', span, today)).toBeNull()
    expect(checkStartDates('2025-2-1', '', span, today)).toEqual({ column: 'opens', key: 'format' })
    expect(checkStartDates('2024-12-31', '', span, today)).toEqual({ column: 'opens', key: 'outside' })
    expect(checkStartDates('', '2025-03-03', span, today)).toEqual({ column: 'closes', key: 'outside' })
    expect(checkStartDates('2025-02-20', '2025-02-10', span, today)).toEqual({ column: 'closes', key: 'beforeOpens' })
    expect(checkStartDates('2025-01-05', '2025-01-20', span, today)).toEqual({ column: 'closes', key: 'beforeToday' })
    // Without an opening day the campaign opens today: a closing day before today is refused as such.
    expect(checkStartDates('', '2025-01-20', span, today)).toEqual({ column: 'closes', key: 'beforeToday' })
  })

  it('sends the phase and only the days that were given', () => {
    expect(startBody('sebelum', '', '')).toEqual({ phase: 'sebelum' })
    expect(startBody('sesudah', '2025-06-07', '2025-07-01')).toEqual({ phase: 'sesudah', opens: '2025-06-07', closes: '2025-07-01' })
    expect(startBody('sebelum', '', '2025-03-01')).toEqual({ phase: 'sebelum', closes: '2025-03-01' })
  })
  describe('new days for a campaign that has not closed (PATCH /feedback-campaigns/{id})', () => {
    const span = { from: '2025-01-01', to: '2025-03-02' }
    const today = '2025-02-01'
    const waiting = { state: 'belum_dibuka' as const, opens: '2025-02-10', closes: '2025-02-28' }
    const running = { state: 'terbuka' as const, opens: '2025-01-20', closes: '2025-02-28' }

    it('locks the opening day once the campaign has opened', () => {
      expect(opensLocked(waiting)).toBe(false)
      expect(opensLocked(running)).toBe(true)
      expect(opensLocked({ state: 'ditutup' })).toBe(true)
    })

    it('checks a campaign not yet open: both days, inside the window, not before today, closing after opening', () => {
      expect(checkNewDays(waiting, '2025-02-01', '2025-03-02', span, today)).toBeNull()
      expect(checkNewDays(waiting, '', '2025-02-28', span, today)).toEqual({ column: 'opens', key: 'required' })
      expect(checkNewDays(waiting, '2025-2-1', '2025-02-28', span, today)).toEqual({ column: 'opens', key: 'format' })
      expect(checkNewDays(waiting, '2025-03-03', '2025-03-02', span, today)).toEqual({ column: 'opens', key: 'outside' })
      expect(checkNewDays(waiting, '2025-01-31', '2025-02-28', span, today)).toEqual({ column: 'opens', key: 'opensBeforeToday' })
      expect(checkNewDays(waiting, '2025-02-10', '', span, today)).toEqual({ column: 'closes', key: 'required' })
      expect(checkNewDays(waiting, '2025-02-10', '2025-03-05', span, today)).toEqual({ column: 'closes', key: 'outside' })
      expect(checkNewDays(waiting, '2025-02-10', '2025-02-09', span, today)).toEqual({ column: 'closes', key: 'beforeOpens' })
    })

    it('checks an open campaign by its closing day only, against its kept opening day and today', () => {
      // The opening day typed is ignored: it cannot change (and lies before today).
      expect(checkNewDays(running, '', '2025-02-01', span, today)).toBeNull()
      expect(checkNewDays(running, '2024-01-01', '2025-02-15', span, today)).toBeNull()
      expect(checkNewDays(running, running.opens, '2025-01-31', span, today)).toEqual({ column: 'closes', key: 'beforeToday' })
      expect(checkNewDays(running, running.opens, '2025-03-03', span, today)).toEqual({ column: 'closes', key: 'outside' })
    })

    it('bounds the inputs by the window, today and the opening day', () => {
      expect(daysBounds(waiting, '2025-02-10', span, today)).toEqual({
        opens: { min: '2025-02-01', max: '2025-03-02' }, closes: { min: '2025-02-10', max: '2025-03-02' } })
      expect(daysBounds(running, '', span, today)).toEqual({
        opens: { min: '2025-02-01', max: '2025-03-02' }, closes: { min: '2025-02-01', max: '2025-03-02' } })
      // Before the window opens, its first day is the earliest.
      expect(daysBounds(waiting, '', span, '2024-12-01').closes.min).toBe('2025-01-01')
    })

    it('sends only the days that change, never the opening day of an open campaign', () => {
      expect(daysBody(waiting, '2025-02-10', '2025-02-28')).toEqual({})
      expect(daysBody(waiting, '2025-02-05', '2025-02-28')).toEqual({ opens: '2025-02-05' })
      expect(daysBody(waiting, '2025-02-05', '2025-03-01')).toEqual({ opens: '2025-02-05', closes: '2025-03-01' })
      expect(daysBody(running, '2025-02-05', '2025-03-01')).toEqual({ closes: '2025-03-01' })
    })
  })
})
