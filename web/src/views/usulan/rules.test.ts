import { describe, expect, it } from 'vitest'
import {
  badgeText, canSetWindow, draftOf, firstIncompleteStep, historyKey, notificationTarget, orderMine, orderSuggestions,
  planningYear, reviewerNip, reviewerNote, shownGap, stepProblems, tabsFor, windowState, windowValid, type Draft,
} from './rules'
import { notification, proposal, suggestion } from './test_data'

const NIP = '198609262015051001'
const complete: Draft = { competency: 'M.03', competencyName: 'Kerja Sama', form: 'coaching', priority: 2, reason: 'Tugas baru di tim' }

describe('tabsFor', () => {
  it('gives an employee their own and their colleagues\' proposals, no review queue or agency view', () => {
    expect(tabsFor({ role: 'asn', nip: NIP })).toEqual(['mine', 'colleagues'])
  })
  it('adds the review queue for a supervisor', () => {
    expect(tabsFor({ role: 'atasan', nip: NIP })).toEqual(['mine', 'colleagues', 'review'])
  })
  it('gives agency staff the queue and the agency view; +1 only with a NIP', () => {
    expect(tabsFor({ role: 'pengelola_opd', nip: null })).toEqual(['review', 'agency'])
    expect(tabsFor({ role: 'pengelola_opd', nip: NIP })).toEqual(['colleagues', 'review', 'agency'])
    expect(tabsFor({ role: 'admin_bkd', nip: null })).toEqual(['review', 'agency'])
    expect(tabsFor({ role: 'auditor', nip: null })).toEqual(['agency'])
  })
  it('gives nothing to an account without a NIP that cannot review, to a partner, or to nobody', () => {
    expect(tabsFor({ role: 'asn', nip: null })).toEqual([])
    expect(tabsFor({ role: 'lembaga_mitra', nip: null })).toEqual([])
    expect(tabsFor(null)).toEqual([])
  })
})

describe('canSetWindow', () => {
  it('lets the BKD admin set any agency and a pengelola only its own', () => {
    expect(canSetWindow({ role: 'admin_bkd', agency_code: null }, 'DINKES')).toBe(true)
    expect(canSetWindow({ role: 'pengelola_opd', agency_code: 'DINKES' }, 'DINKES')).toBe(true)
    expect(canSetWindow({ role: 'pengelola_opd', agency_code: 'DISDIK' }, 'DINKES')).toBe(false)
    expect(canSetWindow({ role: 'auditor', agency_code: null }, 'DINKES')).toBe(false)
    expect(canSetWindow(null, 'DINKES')).toBe(false)
  })
})

describe('the three steps', () => {
  it('asks for a competency, then a form and priority, then a reason of at least 10 characters', () => {
    const empty: Draft = { competency: '', competencyName: '', form: '', priority: 2, reason: '' }
    expect(stepProblems(empty, 1)).toEqual(['competency'])
    expect(stepProblems(empty, 2)).toEqual(['form'])
    expect(stepProblems({ ...complete, priority: 4 }, 2)).toEqual(['priority'])
    expect(stepProblems({ ...complete, reason: '  pendek  ' }, 3)).toEqual(['reason'])
    expect(stepProblems({ ...complete, reason: 'x'.repeat(2001) }, 3)).toEqual(['reason'])
    expect([1, 2, 3].map((s) => stepProblems(complete, s as 1 | 2 | 3))).toEqual([[], [], []])
  })
  it('finds the first step still incomplete', () => {
    expect(firstIncompleteStep(complete)).toBeNull()
    expect(firstIncompleteStep({ ...complete, form: '' })).toBe(2)
    expect(firstIncompleteStep({ ...complete, competency: '', reason: '' })).toBe(1)
  })
  it('turns a returned proposal back into a draft, an imported one without form included', () => {
    expect(draftOf(proposal({ form: null, reason: null }))).toEqual({
      competency: 'M.03', competencyName: 'Kerja Sama', form: '', priority: 1, reason: '',
    })
  })
})

describe('suggestions', () => {
  it('puts competencies not yet proposed first and keeps the server\'s order otherwise', () => {
    const items = [suggestion({ competency: 'A', proposed: true }), suggestion({ competency: 'B' }), suggestion({ competency: 'C' })]
    expect(orderSuggestions(items).map((s) => s.competency)).toEqual(['B', 'C', 'A'])
  })
  it('shows the larger of the gap and the target gap', () => {
    expect(shownGap({ gap: 0, target_gap: 1.5 })).toBe(1.5)
    expect(shownGap({ gap: 2, target_gap: 1 })).toBe(2)
  })
})

describe('proposal lists', () => {
  it('shows the reviewer\'s words only on returned or rejected proposals', () => {
    expect(reviewerNote(proposal({ status: 'returned', last_comment: ' Perjelas alasan ' }))).toBe('Perjelas alasan')
    expect(reviewerNote(proposal({ status: 'rejected', last_comment: 'Sudah ada di rencana' }))).toBe('Sudah ada di rencana')
    expect(reviewerNote(proposal({ status: 'approved', last_comment: 'ok' }))).toBeNull()
    expect(reviewerNote(proposal({ status: 'returned', last_comment: '  ' }))).toBeNull()
  })
  it('orders "Usulan saya" returned first, then drafts, then the newest', () => {
    const items = [
      proposal({ id: 1, status: 'approved', updated_at: '2026-11-25T00:00:00Z' }),
      proposal({ id: 2, status: 'submitted', updated_at: '2026-11-20T00:00:00Z' }),
      proposal({ id: 3, status: 'submitted', updated_at: '2026-11-22T00:00:00Z' }),
      proposal({ id: 4, status: 'returned' }),
      proposal({ id: 5, status: 'draft' }),
    ]
    expect(orderMine(items).map((p) => p.id)).toEqual([4, 5, 3, 2, 1])
  })
  it('names every history action, and an unknown one as an edit', () => {
    expect(historyKey('return')).toBe('participation.action.returned')
    expect(historyKey('withdraw')).toBe('participation.action.withdrawn')
    expect(historyKey('reassign')).toBe('participation.action.reassigned')
    expect(historyKey('something')).toBe('participation.action.updated')
  })
})

describe('windows', () => {
  const base = { year: 2027, agency: 'DINKES', opens: '2026-11-01', closes: '2026-12-31', open: true }
  it('reads open, closed, and never set (closed for the server) apart', () => {
    expect(windowState(base)).toBe('open')
    expect(windowState({ ...base, open: false })).toBe('closed')
    expect(windowState({ ...base, opens: null, closes: null, open: false })).toBe('none')
    expect(windowState(null)).toBe('none')
  })
  it('accepts ISO dates with closes on or after opens', () => {
    expect(windowValid('2026-11-01', '2026-11-01')).toBe(true)
    expect(windowValid('2026-11-02', '2026-11-01')).toBe(false)
    expect(windowValid('1/11/2026', '2026-12-01')).toBe(false)
  })
  it('plans for next year', () => {
    expect(planningYear(new Date('2026-11-28T05:00:00Z'))).toBe(2027)
  })
})

describe('inbox', () => {
  it('leads a review or a decision to the proposal and a reply to the thread', () => {
    expect(notificationTarget(notification())).toBe('/usulan/12')
    expect(notificationTarget(notification({ type: 'thread_reply', proposal_id: null, thread_id: 5 }))).toBe('/forum/5')
    expect(notificationTarget(notification({ type: 'thread_reply', proposal_id: 12, thread_id: 5 }))).toBe('/forum/5')
    expect(notificationTarget(notification({ proposal_id: null, thread_id: null }))).toBeNull()
    expect(notificationTarget(notification({ type: 'course_decided', proposal_id: null, thread_id: null }))).toBe('/profil')
    expect(notificationTarget(notification({ type: 'reaction_reminder', proposal_id: null, thread_id: null }))).toBe('/profil')
    expect(notificationTarget(notification({ type: 'course_enrolled', proposal_id: null, thread_id: null }))).toBe('/profil')
    expect(notificationTarget(notification({ type: 'feedback_requested', proposal_id: null, thread_id: null }))).toBe('/umpan-balik')
    expect(notificationTarget(notification({ type: 'feedback_reminder', proposal_id: null, thread_id: null }))).toBe('/umpan-balik')
  })
  it('shows no badge for 0 and caps it at 99+', () => {
    expect(badgeText(0)).toBe('')
    expect(badgeText(7)).toBe('7')
    expect(badgeText(120)).toBe('99+')
  })
  it('takes a reviewer NIP with spaces, empty to clear, and refuses anything else', () => {
    expect(reviewerNip('19860926 201505 1 001')).toEqual({ ok: true, nip: NIP })
    expect(reviewerNip('  ')).toEqual({ ok: true, nip: null })
    expect(reviewerNip('12345')).toEqual({ ok: false })
  })
})
