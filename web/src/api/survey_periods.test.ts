// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPeriod, deletePeriod, fetchUnitPeriods, updatePeriod, type SurveyPeriod } from './survey_periods'
import { ApiError, setCsrfToken } from './index'
import { fakeServer } from '@/views/usulan/test_mount'

const headersOf = (init: RequestInit | undefined) => new Headers(init?.headers)
const period: SurveyPeriod = { id: 3, unit: 'PKM 01', nama: 'Semester I 2027', dari: '2027-01-01', sampai: '2027-06-30', served: 1200, state: 'berjalan' }
const body = { nama: 'Semester I 2027', dari: '2027-01-01', sampai: '2027-06-30', served: 1200 }

describe('survey periods API', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
  })

  it('reads a unit\'s periods under its escaped code', async () => {
    const fake = fakeServer({ 'GET /ikm/units/PKM%2001/periods': { body: { unit: 'PKM 01', open: true, can_edit: false, periods: [] } } })
    const answer = await fetchUnitPeriods('PKM 01')
    expect([answer.open, answer.can_edit]).toEqual([true, false])
    expect(fake.calls.map((c) => [c.method, c.path])).toEqual([['GET', '/ikm/units/PKM%2001/periods']])
  })

  it('adds, changes and deletes a period with the CSRF token', async () => {
    setCsrfToken('tok')
    const fake = fakeServer({
      'POST /ikm/units/PKM%2001/periods': { status: 201, body: { period } },
      'PUT /ikm/units/PKM%2001/periods/3': { body: { period: { ...period, served: null } } },
      'DELETE /ikm/units/PKM%2001/periods/3': { body: { ok: true } },
    })
    expect(await createPeriod('PKM 01', body)).toEqual(period)
    expect((await updatePeriod('PKM 01', 3, { ...body, served: null })).served).toBeNull()
    await expect(deletePeriod('PKM 01', 3)).resolves.toBeUndefined()
    expect(fake.calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ['POST', '/ikm/units/PKM%2001/periods', body],
      ['PUT', '/ikm/units/PKM%2001/periods/3', { ...body, served: null }],
      ['DELETE', '/ikm/units/PKM%2001/periods/3', undefined],
    ])
    for (const [, init] of fake.fetchMock.mock.calls) expect(headersOf(init).get('X-CSRF-Token')).toBe('tok')
  })

  it('hands over the server\'s field details and the overlap sentence', async () => {
    const overlap = 'Periode bertumpang tindih dengan \'Semester I 2027\' (2027-01-01 s.d. 2027-06-30).'
    fakeServer({
      'POST /ikm/units/PKM01/periods': { status: 400, body: { error: { code: 'invalid_argument', message: 'Mohon periksa sampai.', details: [{ column: 'sampai', message: 'Tanggal selesai sebelum tanggal mulai.' }] } } },
      'PUT /ikm/units/PKM01/periods/4': { status: 409, body: { error: { code: 'conflict', message: overlap } } },
    })
    const bad = (await createPeriod('PKM01', body).catch((e: unknown) => e)) as ApiError
    expect([bad.status, bad.details]).toEqual([400, [{ column: 'sampai', message: 'Tanggal selesai sebelum tanggal mulai.' }]])
    const clash = (await updatePeriod('PKM01', 4, body).catch((e: unknown) => e)) as ApiError
    expect([clash.status, clash.code, clash.message]).toEqual([409, 'conflict', overlap])
  })
})
