// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from './index'
import { fetchProgramsToReview, fetchRevisions, mayReadReview, mayRecordListed, recordRevision, reviewExportUrl } from './review'
import type { Role, User } from './types'
import { fakeServer } from '@/views/usulan/test_mount'
import { history, reviewList, revision } from '@/views/evaluasi/review_test_data'

const headersOf = (fake: ReturnType<typeof fakeServer>, n: number) => (fake.fetchMock.mock.calls[n]![1] as RequestInit).headers as Record<string, string>
const user = (role: Role): User => ({ id: 1, username: 'u', role, agency_code: null, nip: null, institution: null, display_name: null })

describe('programs to review API', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
  })

  it('asks for a plan year, or leaves the year to the server', async () => {
    const fake = fakeServer({ 'GET /programs/review': { body: reviewList() } })
    expect((await fetchProgramsToReview(2027)).programs).toHaveLength(3)
    expect(fake.calls[0]!.query.get('year')).toBe('2027')
    await fetchProgramsToReview()
    expect(fake.calls[1]!.query.has('year')).toBe(false)
  })

  it('links the list of a plan year as a PDF or an XLSX, in English only when asked', () => {
    expect(reviewExportUrl(2027, 'pdf', 'id')).toBe('/api/v1/programs/review/export?year=2027&format=pdf')
    expect(reviewExportUrl(2026, 'xlsx', 'id')).toBe('/api/v1/programs/review/export?year=2026&format=xlsx')
    expect(reviewExportUrl(2027, 'pdf', 'en')).toBe('/api/v1/programs/review/export?year=2027&format=pdf&lang=en')
    expect(reviewExportUrl(2025, 'xlsx', 'en')).toBe('/api/v1/programs/review/export?year=2025&format=xlsx&lang=en')
  })

  it('reads a program\'s revisions and records one with the CSRF token, returning the revision', async () => {
    setCsrfToken('tok-9')
    const fake = fakeServer({
      'GET /programs/BT.KEU%201/revisions': { body: history({ revisions: [revision()] }) },
      'POST /programs/BT.KEU%201/revisions': { status: 201, body: { revision: revision({ id: 8 }) } },
    })
    expect((await fetchRevisions('BT.KEU 1')).revisions[0]!.id).toBe(1)
    expect(headersOf(fake, 0)['X-CSRF-Token']).toBeUndefined()
    const saved = await recordRevision('BT.KEU 1', { tanggal: '2026-11-02', aspek: 'materi', ringkasan: 'Materi diperbarui.' })
    expect(saved.id).toBe(8)
    expect(fake.calls[1]!.body).toEqual({ tanggal: '2026-11-02', aspek: 'materi', ringkasan: 'Materi diperbarui.' })
    expect(headersOf(fake, 1)['X-CSRF-Token']).toBe('tok-9')
  })

  it('knows who may read the list and who records from it', () => {
    expect((['admin_bkd', 'auditor', 'pengelola_opd', 'lembaga_mitra', 'atasan', 'asn'] as Role[]).map((r) => mayReadReview(user(r))))
      .toEqual([true, true, true, true, false, false])
    expect(mayReadReview(null)).toBe(false)
    expect((['admin_bkd', 'lembaga_mitra', 'auditor', 'pengelola_opd'] as Role[]).map((r) => mayRecordListed(user(r))))
      .toEqual([true, true, false, false])
  })
})
