// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from './index'
import {
  changeCampaignDays, closeCampaign, fetchCampaign, fetchFeedbackForm, fetchMyRequests, fetchMyResults, listCampaigns, remindRaters, startCampaign, submitFeedback,
} from './feedback'
import { fakeServer } from '@/views/usulan/test_mount'
import { RATED, campaign, campaignDetail, feedbackForm, myResults, offeringCampaigns, request } from '@/views/umpanbalik/test_data'

const headersOf = (fake: ReturnType<typeof fakeServer>, n: number) => (fake.fetchMock.mock.calls[n]![1] as RequestInit).headers as Record<string, string>

describe('360 feedback API', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
  })

  it('starts a campaign with the CSRF token and reads the offering\'s campaigns with their window', async () => {
    setCsrfToken('tok-1')
    const fake = fakeServer({
      'POST /offerings/ANG%20X/feedback-campaigns': { status: 201, body: campaign() },
      'GET /offerings/ANG-KES-1/feedback-campaigns': { body: offeringCampaigns() },
    })
    // Paths are encoded as the other clients do (a code with a space stays one segment).
    await expect(startCampaign('ANG X', { phase: 'sebelum', closes: '2025-03-01' })).resolves.toMatchObject({ id: 3 })
    expect(fake.calls[0]!.path).toBe('/offerings/ANG%20X/feedback-campaigns')
    expect(fake.calls[0]!.body).toEqual({ phase: 'sebelum', closes: '2025-03-01' })
    expect(headersOf(fake, 0)['X-CSRF-Token']).toBe('tok-1')
    const list = await listCampaigns('ANG-KES-1')
    expect(list.window.sesudah).toEqual({ from: '2025-06-07', to: '2025-09-07' })
    expect(headersOf(fake, 1)['X-CSRF-Token']).toBeUndefined()
  })

  it('changes a campaign\'s days with PATCH and closes it now with POST, both with the CSRF token', async () => {
    setCsrfToken('tok-4')
    const { results: _results, participants: _participants, ...changed } = campaignDetail({ state: 'terbuka', closes: '2025-02-20' })
    const fake = fakeServer({
      'PATCH /feedback-campaigns/3': { body: changed },
      'POST /feedback-campaigns/3/close': { body: { ...changed, state: 'ditutup', closes: '2025-01-14' } },
    })
    const answer = await changeCampaignDays(3, { closes: '2025-02-20' })
    expect(answer).toMatchObject({ id: 3, closes: '2025-02-20', state: 'terbuka', participants: [] })
    expect(fake.calls[0]!.method).toBe('PATCH')
    expect(fake.calls[0]!.body).toEqual({ closes: '2025-02-20' })
    expect(headersOf(fake, 0)['X-CSRF-Token']).toBe('tok-4')
    await expect(closeCampaign(3)).resolves.toMatchObject({ state: 'ditutup', closes: '2025-01-14' })
    expect(fake.calls[1]!.path).toBe('/feedback-campaigns/3/close')
    expect(fake.calls[1]!.body).toEqual({})
    expect(headersOf(fake, 1)['X-CSRF-Token']).toBe('tok-4')
  })

  it('gives the server\'s field refusal of new days as an ApiError naming the field', async () => {
    fakeServer({ 'PATCH /feedback-campaigns/3': { status: 400, body: { error: { code: 'invalid_argument', message: 'Mohon periksa opens',
      details: [{ column: 'opens', message: 'Kampanye sudah dibuka' }] } } } })
    await expect(changeCampaignDays(3, { opens: '2025-02-01' })).rejects.toMatchObject({ status: 400, details: [{ column: 'opens' }] })
  })

  it('reminds a campaign\'s raters with the CSRF token and no body', async () => {
    setCsrfToken('tok-3')
    const fake = fakeServer({ 'POST /feedback-campaigns/3/remind': { body: { reminded: 5 } } })
    await expect(remindRaters(3)).resolves.toEqual({ reminded: 5 })
    expect(fake.calls[0]!.body).toEqual({})
    expect(headersOf(fake, 0)['X-CSRF-Token']).toBe('tok-3')
  })

  it('reads a campaign\'s results, and no `participants` (a partner) as an empty list', async () => {
    const { participants: _p, ...partner } = campaignDetail()
    fakeServer({ 'GET /feedback-campaigns/3': { body: partner }, 'GET /feedback-campaigns/4': { body: campaignDetail({ id: 4 }) } })
    expect((await fetchCampaign(3)).participants).toEqual([])
    expect((await fetchCampaign(4)).participants).toHaveLength(2)
  })

  it('reads the rater\'s list, one form, sends the scores with the CSRF token, and reads my results', async () => {
    setCsrfToken('tok-2')
    const fake = fakeServer({
      'GET /me/feedback': { body: { items: [request()] } },
      [`GET /me/feedback/7/${RATED}`]: { body: feedbackForm() },
      [`POST /me/feedback/7/${RATED}`]: { status: 201, body: { ok: true, message: 'Terima kasih' } },
      'GET /me/feedback-results': { body: { items: [myResults()] } },
    })
    expect(await fetchMyRequests()).toHaveLength(1)
    expect((await fetchFeedbackForm(7, RATED)).scale).toHaveLength(5)
    await expect(submitFeedback('7', RATED, { scores: { 'M.02': 4, 'M.03': null } })).resolves.toEqual({ ok: true, message: 'Terima kasih' })
    expect(fake.sent('POST', `/me/feedback/7/${RATED}`)[0]!.body).toEqual({ scores: { 'M.02': 4, 'M.03': null } })
    expect(headersOf(fake, 2)['X-CSRF-Token']).toBe('tok-2')
    expect((await fetchMyResults())[0]!.results!.competencies).toHaveLength(2)
  })

  it('reads a list without `items` as empty', async () => {
    fakeServer({ 'GET /me/feedback': { body: {} }, 'GET /me/feedback-results': { body: {} } })
    expect(await fetchMyRequests()).toEqual([])
    expect(await fetchMyResults()).toEqual([])
  })
})
