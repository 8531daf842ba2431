// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchMyCourses, fetchOffering, listParticipants, saveTests } from './delivery'
import { fakeServer } from '@/views/usulan/test_mount'
import { NIP_A, course, detail, participant } from '@/views/pelatihan/test_data'

const BASE = '/offerings/ANG-KES-1'

describe('delivery API: pre-test and post-test', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('reads a participant without `tests` (an older server) as no scores yet, and `can` without `tests` as not allowed', async () => {
    const { tests: _t, ...old } = participant()
    const { can, ...rest } = detail()
    const { tests: _c, ...oldCan } = can
    fakeServer({
      [`GET ${BASE}/participants`]: { body: { items: [old, participant({ nip: '199001012019032002', tests: { pre: 55, post: 80.5 } })] } },
      [`GET ${BASE}`]: { body: { offering: { ...rest, can: oldCan } } },
    })
    const items = await listParticipants('ANG-KES-1')
    expect(items.map((p) => p.tests)).toEqual([{ pre: null, post: null }, { pre: 55, post: 80.5 }])
    expect((await fetchOffering('ANG-KES-1')).can).toEqual({ enroll: true, attend: true, decide: true, tests: false })
  })

  it('posts the kind and the scores', async () => {
    const fake = fakeServer({ [`POST ${BASE}/tests`]: { body: { kind: 'post', saved: 1 } } })
    await expect(saveTests('ANG-KES-1', 'post', [{ nip: NIP_A, score: 78.5 }])).resolves.toEqual({ kind: 'post', saved: 1 })
    expect(fake.sent('POST', `${BASE}/tests`)[0]!.body).toEqual({ kind: 'post', scores: [{ nip: NIP_A, score: 78.5 }] })
  })
})

describe('delivery API: my courses', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('reads the reaction survey\'s state, and none from an older server or an unknown word', async () => {
    const { reaction: _r, ...older } = course({ offering: 'ANG-OLD' })
    fakeServer({ 'GET /me/courses': { body: { items: [course({ reaction: 'terbuka' }), older, { ...older, offering: 'ANG-X', reaction: 'ditutup' }] } } })
    expect((await fetchMyCourses()).map((c) => [c.offering, c.reaction])).toEqual([['ANG-KES-1', 'terbuka'], ['ANG-OLD', null], ['ANG-X', null]])
  })
})
