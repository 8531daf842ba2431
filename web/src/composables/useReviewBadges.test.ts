// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { useReviewBadges } from './useReviewBadges'
import type { CellBadgeLookup } from '@/components/data/cell_badge'
import type { Role } from '@/api/types'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { reviewList } from '@/views/evaluasi/review_test_data'

const kind = ref('program')
let lookup: () => CellBadgeLookup | undefined = () => undefined
const Host = defineComponent({
  setup() {
    const badge = useReviewBadges(kind)
    lookup = () => badge.value
    return () => h('p')
  },
})

const mounted: Array<{ unmount(): void }> = []
async function mountAs(role: Role) {
  mounted.push((await mountPage(Host, { role, nip: null, agency: null })).wrapper)
}

describe('useReviewBadges', () => {
  afterEach(() => {
    // The hosts share `kind`: unmounted, they stop watching it.
    for (const wrapper of mounted.splice(0)) wrapper.unmount()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    kind.value = 'program'
  })

  it('marks the code of each program still flagged, leading to its deciding offering', async () => {
    const fake = fakeServer({ 'GET /programs/review': { body: reviewList() } })
    await mountAs('pengelola_opd')
    // The server's default year: the plan of next year.
    expect(fake.sent('GET', '/programs/review')[0]!.query.has('year')).toBe(false)
    const badge = lookup()!
    expect(badge('kode_program', 'BT.KEU.1')).toEqual({
      label: 'Perlu ditinjau', tone: 'warn', to: '/evaluasi/BT.KEU.1-2026-1',
      title: 'Evaluasi angkatan BT.KEU.1-2026-1: Tidak signifikan. Buka evaluasinya.',
    })
    expect(badge('kode_program', 'BT.LH.1')!.tone).toBe('danger')
    // Revised programs, other programs and other columns carry no badge.
    expect(badge('kode_program', 'BT.SDM.1')).toBeNull()
    expect(badge('kode_program', 'BT.XYZ.9')).toBeNull()
    expect(badge('nama', 'BT.KEU.1')).toBeNull()
  })

  it('asks nothing for roles that may not read the list, or for other kinds', async () => {
    const fake = fakeServer({ 'GET /programs/review': { body: reviewList() } })
    await mountAs('asn')
    await mountAs('atasan')
    expect(fake.sent('GET', '/programs/review')).toHaveLength(0)
    expect(lookup()).toBeUndefined()
    kind.value = 'pegawai'
    await mountAs('admin_bkd')
    expect(fake.sent('GET', '/programs/review')).toHaveLength(0)
    kind.value = 'program'
    await flushPromises()
    expect(fake.sent('GET', '/programs/review')).toHaveLength(1)
    expect(lookup()).toBeDefined()
  })

  it('leaves the badges out when the list cannot be read', async () => {
    fakeServer({ 'GET /programs/review': { status: 500, body: { error: { code: 'internal', message: 'x' } } } })
    await mountAs('admin_bkd')
    expect(lookup()).toBeUndefined()
  })
})
