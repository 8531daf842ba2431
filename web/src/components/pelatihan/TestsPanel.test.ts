// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import TestsPanel from './TestsPanel.vue'
import OfferingDetailView from '@/views/pelatihan/OfferingDetailView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import type { OfferingDetail, Participant } from '@/api/delivery'
import { NIP_A, NIP_B, NIP_C, detail, participants } from '@/views/pelatihan/test_data'

const BASE = '/offerings/ANG-KES-1'

/** Siti without scores, Budi with a pre-test of 55, Rahmat (passed) with 70 → 88. */
function people(): Participant[] {
  const [siti, budi, rahmat] = participants()
  return [siti!, { ...budi!, tests: { pre: 55, post: null } }, { ...rahmat!, tests: { pre: 70, post: 88 } }]
}

const mountPanel = (list: Participant[] = people(), offering: Partial<OfferingDetail> = {}) =>
  mountPage(TestsPanel, { role: 'admin_bkd', nip: null, agency: null, props: { offering: detail(offering), participants: list } })

type Wrapper = Awaited<ReturnType<typeof mountPanel>>['wrapper']
const input = (wrapper: Wrapper, nip: string) => wrapper.find(`[data-testid="tests-form"] tr[data-nip="${nip}"] [data-testid="tests-score"]`)
const value = (wrapper: Wrapper, nip: string) => (input(wrapper, nip).element as HTMLInputElement).value
const choose = (wrapper: Wrapper, kind: 'pre' | 'post') => wrapper.find(`[data-testid="tests-kind"][data-kind="${kind}"]`).setValue(true)

describe('TestsPanel: pre-test and post-test scores', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('starts on the post-test once a pre-test is stored, each input filled from what is stored', async () => {
    fakeServer({})
    const { wrapper } = await mountPanel()
    expect((wrapper.find('[data-kind="post"]').element as HTMLInputElement).checked).toBe(true)
    expect([NIP_A, NIP_B, NIP_C].map((nip) => value(wrapper, nip))).toEqual(['', '', '88'])
    // The other test beside it, for reference.
    expect(wrapper.find(`tr[data-nip="${NIP_B}"] [data-cell="other"]`).text()).toBe('55')
    await choose(wrapper, 'pre')
    expect([NIP_A, NIP_B, NIP_C].map((nip) => value(wrapper, nip))).toEqual(['', '55', '70'])
    expect(input(wrapper, NIP_A).attributes('aria-label')).toBe('Nilai pre-test Siti Aminah')
  })

  it('starts on the pre-test when nothing is stored', async () => {
    fakeServer({})
    const { wrapper } = await mountPanel(participants())
    expect((wrapper.find('[data-kind="pre"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('posts the rows that have a value — "78,5" as 78.5, empty rows left out — and says how many were saved', async () => {
    const fake = fakeServer({ [`POST ${BASE}/tests`]: { body: { kind: 'pre', saved: 3 } } })
    const { wrapper } = await mountPanel(people())
    await choose(wrapper, 'pre')
    await input(wrapper, NIP_A).setValue('78,5')
    await input(wrapper, NIP_B).setValue('61.25')
    expect(wrapper.find('[data-testid="tests-status"]').text()).toBe('3 dari 3 peserta terisi')
    await input(wrapper, NIP_C).setValue('')
    expect(wrapper.find(`tr[data-nip="${NIP_C}"]`).text()).toContain('Dikosongkan: nilai tersimpan 70 tetap berlaku.')
    expect(wrapper.find('[data-unsaved="pre"]').exists()).toBe(true)
    await wrapper.find('[data-testid="tests-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/tests`).map((c) => c.body)).toEqual([
      { kind: 'pre', scores: [{ nip: NIP_A, score: 78.5 }, { nip: NIP_B, score: 61.25 }] },
    ])
    expect(wrapper.find('[data-testid="tests-notice"]').text()).toBe('3 nilai pre-test disimpan.')
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  it('keeps an untouched stored score exactly as stored', async () => {
    const fake = fakeServer({ [`POST ${BASE}/tests`]: { body: { kind: 'post', saved: 2 } } })
    const [siti] = participants()
    const { wrapper } = await mountPanel([{ ...siti!, tests: { pre: 50, post: 66.667 } }, { ...siti!, nip: NIP_B, name: 'Budi Santoso' }])
    expect(value(wrapper, NIP_A)).toBe('66,67')
    await input(wrapper, NIP_B).setValue('90')
    await wrapper.find('[data-testid="tests-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/tests`)[0]!.body).toEqual({ kind: 'post', scores: [{ nip: NIP_A, score: 66.667 }, { nip: NIP_B, score: 90 }] })
  })

  it('refuses 101 as it is typed: an inline message and no saving', async () => {
    const fake = fakeServer({ [`POST ${BASE}/tests`]: { body: { kind: 'post', saved: 1 } } })
    const { wrapper } = await mountPanel()
    await input(wrapper, NIP_A).setValue('101')
    expect(input(wrapper, NIP_A).attributes('aria-invalid')).toBe('true')
    expect(wrapper.find(`tr[data-nip="${NIP_A}"] [data-testid="tests-problem"]`).text())
      .toBe('Nilai berupa angka 0 sampai 100, misalnya 78 atau 78,5.')
    expect(wrapper.find('[data-testid="tests-save"]').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-testid="tests-status"]').text()).toBe('Perbaiki nilai yang ditandai sebelum menyimpan.')
    await wrapper.find('[data-testid="tests-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/tests`)).toHaveLength(0)
    for (const typed of ['abc', '-1', '78,555']) {
      await input(wrapper, NIP_A).setValue(typed)
      expect(input(wrapper, NIP_A).attributes('aria-invalid'), typed).toBe('true')
    }
    await input(wrapper, NIP_A).setValue('100')
    expect(input(wrapper, NIP_A).attributes('aria-invalid')).toBe('false')
    expect(wrapper.find('[data-testid="tests-save"]').attributes('disabled')).toBeUndefined()
  })

  it('has nothing to save until a score is typed', async () => {
    fakeServer({})
    const { wrapper } = await mountPanel(participants())
    expect(wrapper.find('[data-testid="tests-save"]').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-testid="tests-status"]').text()).toBe('Belum ada nilai yang diketik.')
  })

  it('keeps what was typed for each test when switching, and marks the test not yet saved', async () => {
    fakeServer({})
    const { wrapper } = await mountPanel(participants())
    await input(wrapper, NIP_A).setValue('40')
    await choose(wrapper, 'post')
    expect(value(wrapper, NIP_A)).toBe('')
    expect(wrapper.find('[data-unsaved="pre"]').exists()).toBe(true)
    expect(wrapper.find('[data-unsaved="post"]').exists()).toBe(false)
    await choose(wrapper, 'pre')
    expect(value(wrapper, NIP_A)).toBe('40')
  })

  it('names the employee of each row the server refuses, marks the row, and keeps what was typed', async () => {
    fakeServer({
      [`POST ${BASE}/tests`]: { status: 400, body: { error: { code: 'invalid_argument', message: 'Nilai tidak dapat disimpan.',
        details: [{ row: 2, column: 'nip', message: 'bukan peserta angkatan ini' }, { message: 'Nilai tidak dapat disimpan.' }] } } },
    })
    const { wrapper } = await mountPanel()
    await input(wrapper, NIP_A).setValue('81')
    await input(wrapper, NIP_B).setValue('79,5')
    await wrapper.find('[data-testid="tests-form"]').trigger('submit')
    await flushPromises()
    const alert = wrapper.find('[data-testid="tests-error"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.find('p').text()).toBe('Nilai tidak dapat disimpan.')
    // entries: Siti 81, Budi 79,5, Rahmat 88 — row 2 is Budi
    expect(alert.findAll('li').map((li) => li.text())).toEqual(['Baris 2 (Budi Santoso): bukan peserta angkatan ini'])
    expect(input(wrapper, NIP_B).attributes('aria-invalid')).toBe('true')
    expect(wrapper.find(`tr[data-nip="${NIP_B}"] [data-testid="tests-row-error"]`).text()).toBe('bukan peserta angkatan ini')
    expect(value(wrapper, NIP_B)).toBe('79,5')
    expect(wrapper.emitted('changed')).toBeUndefined()
    await input(wrapper, NIP_B).setValue('79')
    expect(wrapper.find(`tr[data-nip="${NIP_B}"] [data-testid="tests-row-error"]`).exists()).toBe(false)
  })

  it('follows the participants as read again after saving', async () => {
    fakeServer({ [`POST ${BASE}/tests`]: { body: { kind: 'post', saved: 1 } } })
    const { wrapper } = await mountPanel()
    await input(wrapper, NIP_A).setValue('82.5')
    await wrapper.find('[data-testid="tests-form"]').trigger('submit')
    await flushPromises()
    const reread = people().map((p) => (p.nip === NIP_A ? { ...p, tests: { pre: null, post: 82.5 } } : p))
    await wrapper.setProps({ participants: reread })
    expect(value(wrapper, NIP_A)).toBe('82,5')
    expect(wrapper.find('[data-unsaved="post"]').exists()).toBe(false)
  })
})

describe('OfferingDetailView: the tests panel', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  const server = (can: OfferingDetail['can'], extra = {}) => fakeServer({
    [`GET ${BASE}`]: { body: { offering: detail({ can }) } },
    [`GET ${BASE}/participants`]: { body: { items: people() } },
    ...extra,
  })
  const open = (role: 'admin_bkd' | 'lembaga_mitra' | 'auditor') =>
    mountPage(OfferingDetailView, { role, nip: null, agency: null, props: { kode: 'ANG-KES-1' } })

  it('is offered with `can.tests` only, also when nothing else may be done', async () => {
    server({ enroll: false, attend: false, decide: false, tests: true })
    const { wrapper } = await open('lembaga_mitra')
    expect(wrapper.find('[data-testid="tests-panel"]').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('Anda dapat membaca angkatan ini tanpa mengubahnya.')
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    server({ enroll: false, attend: false, decide: false, tests: false })
    const auditor = await open('auditor')
    expect(auditor.wrapper.find('[data-testid="tests-panel"]').exists()).toBe(false)
  })

  it('reads the class and its participants again after saving', async () => {
    const fake = server({ enroll: true, attend: true, decide: true, tests: true },
      { [`POST ${BASE}/tests`]: { body: { kind: 'post', saved: 1 } } })
    const { wrapper } = await open('admin_bkd')
    await wrapper.find(`[data-testid="tests-form"] tr[data-nip="${NIP_A}"] [data-testid="tests-score"]`).setValue('75')
    await wrapper.find('[data-testid="tests-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('GET', `${BASE}/participants`)).toHaveLength(2)
    expect(fake.sent('GET', BASE)).toHaveLength(2)
  })
})
