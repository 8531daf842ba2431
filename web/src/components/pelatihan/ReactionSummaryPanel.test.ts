// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ReactionSummaryPanel from './ReactionSummaryPanel.vue'
import { fakeServer, mountPage, type Answer } from '@/views/usulan/test_mount'
import { detail, reactionSummary } from '@/views/pelatihan/test_data'

const PATH = '/offerings/ANG-KES-1/reactions'
const mounted: Array<{ unmount(): void }> = []

async function open(answer: Answer, offering = detail(), extra: Record<string, Answer> = {}, canRemind = false) {
  const server = fakeServer({ [`GET ${PATH}`]: answer, ...extra })
  const page = await mountPage(ReactionSummaryPanel, { role: 'admin_bkd', nip: null, agency: null, props: { offering, canRemind } })
  mounted.push(page.wrapper)
  lastServer = server
  return page.wrapper
}
let lastServer: ReturnType<typeof fakeServer> | null = null

describe('ReactionSummaryPanel: the staff\'s view of a class\'s reaction survey', () => {
  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.unmount()
    vi.unstubAllGlobals()
  })

  it('shows who answered, the overall figures, each statement with its mean, share ≥ 4 and flag, and the suggestions', async () => {
    const wrapper = await open({ body: reactionSummary() })
    const figure = (key: string) => wrapper.find(`[data-figure="${key}"] dd`).text()
    expect(figure('answered')).toBe('2 dari 3')
    expect(figure('rate')).toBe('66,7%')
    expect(figure('mean')).toBe('4,17')
    expect(figure('share')).toBe('83,3%')
    expect(figure('identity')).toBe('1 / 1')
    const row = (code: string) => wrapper.find(`[data-testid="reaction-items"] tr[data-item="${code}"]`)
    expect(wrapper.findAll('[data-testid="reaction-items"] tbody tr')).toHaveLength(6)
    expect(row('relevansi').find('th').text()).toContain('Relevansi')
    expect(row('relevansi').find('th').text()).toContain('relevan dengan tugas dan jabatan saya')
    expect(row('relevansi').find('[data-cell="mean"]').text()).toBe('4,50')
    expect(row('relevansi').find('[data-cell="mean"] .value').attributes('aria-label')).toBe('rata-rata 4,50 dari 5')
    expect(row('relevansi').find('[data-cell="share"]').text()).toBe('100%')
    expect(row('relevansi').find('[data-cell="flag"]').text()).toBe('')
    // The flag is said in words, not by colour alone, and explained under the table.
    expect(row('sarana').find('[data-cell="flag"]').text()).toBe('⚑ Perlu perhatian')
    expect(row('sarana').find('[data-cell="share"]').text()).toBe('0%')
    expect(wrapper.text()).toContain('rata-rata pernyataan itu di bawah batas evaluasi L1')
    expect(wrapper.text()).toContain('Saran peserta (2)')
    expect(wrapper.findAll('[data-testid="reaction-suggestions"] li').map((li) => li.text()))
      .toEqual(['Ruang kelas terlalu dingin.', 'Tambah sesi praktik.'])
    // Every answer came through the app: no note about imported answers.
    expect(wrapper.find('[data-testid="reaction-respondents"]').exists()).toBe(false)
  })

  it('says when imported answers are counted too, shows "—" for what could not be computed, and no suggestions', async () => {
    const summary = reactionSummary({ participants: 0, answered: 0, response_rate: null, named: 0, anonymous: 0, suggestions: [] })
    summary.reaction.respondents = 4
    summary.reaction.items[0] = { ...summary.reaction.items[0]!, answered: 0, mean: null, share_high: null }
    const wrapper = await open({ body: summary })
    expect(wrapper.find('[data-testid="reaction-empty"]').exists()).toBe(false)
    expect(wrapper.find('[data-figure="rate"] dd').text()).toBe('—')
    expect(wrapper.find('[data-testid="reaction-respondents"]').text()).toBe('Dihitung dari 4 jawaban, termasuk jawaban hasil impor.')
    expect(wrapper.find('tr[data-item="relevansi"] [data-cell="mean"]').text()).toBe('—')
    expect(wrapper.find('[data-testid="reaction-no-suggestions"]').text()).toBe('Belum ada saran tertulis.')
  })

  it('has an empty state when nobody answered, saying when it opens for a class not ended yet', async () => {
    const nobody = reactionSummary({ answered: 0, response_rate: 0, named: 0, anonymous: 0, suggestions: [] })
    nobody.reaction = { respondents: 0, mean: null, share_high: null, items: [] }
    const ended = await open({ body: nobody })
    expect(ended.find('[data-testid="reaction-empty"]').text()).toContain('Belum ada peserta yang mengisi survei reaksi.')
    expect(ended.find('[data-testid="reaction-empty"]').text()).toContain('dari halaman Pelatihan saya')
    expect(ended.find('[data-testid="reaction-items"]').exists()).toBe(false)
    expect(ended.find('[data-testid="reaction-download"]').exists()).toBe(false)
    const running = await open({ body: nobody }, detail({ ended: false, end: '2026-12-18' }))
    expect(running.find('[data-testid="reaction-empty"]').text()).toContain('dibuka untuk peserta mulai 18 Desember 2026')
  })

  it('shows the server\'s refusal with a retry', async () => {
    const wrapper = await open({ status: 403, body: { error: { code: 'forbidden', message: 'Bukan angkatan lembaga Anda' } } })
    expect(wrapper.find('[role="alert"]').text()).toContain('Bukan angkatan lembaga Anda')
    expect(wrapper.find('[role="alert"] button').text()).toBe('Coba lagi')
  })

  it('offers the reminder only with `canRemind`, asks once, then says how many participants were reminded', async () => {
    const reader = await open({ body: reactionSummary() })
    expect(reader.find('[data-testid="reaction-remind"]').exists()).toBe(false)
    const wrapper = await open({ body: reactionSummary() }, detail(), { [`POST ${PATH}/remind`]: { body: { reminded: 2 } } }, true)
    const button = wrapper.find('[data-testid="reaction-remind"]')
    expect(button.text()).toBe('Ingatkan yang belum mengisi')
    await button.trigger('click')
    // Nothing is sent before the question is answered.
    expect(lastServer!.sent('POST', `${PATH}/remind`)).toHaveLength(0)
    expect(wrapper.find('[data-testid="confirm-sheet"]').text()).toContain('Kirim pengingat survei reaksi?')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(lastServer!.sent('POST', `${PATH}/remind`)).toHaveLength(1)
    expect(wrapper.find('[data-testid="confirm-sheet"]').exists()).toBe(false)
    const result = wrapper.find('[data-testid="reaction-remind-result"]')
    expect(result.text()).toBe('2 peserta diingatkan')
    expect(result.attributes('role')).toBe('status')
  })

  it('says the server\'s words when a reminder went out less than 24 hours before (409), and cancel sends nothing', async () => {
    const message = 'Pengingat terakhir dikirim 30 November 2026 08.00; coba lagi setelah 24 jam.'
    const wrapper = await open({ body: reactionSummary() }, detail(),
      { [`POST ${PATH}/remind`]: { status: 409, body: { error: { code: 'conflict', message } } } }, true)
    await wrapper.find('[data-testid="reaction-remind"]').trigger('click')
    await wrapper.find('[data-testid="sheet-cancel"]').trigger('click')
    expect(lastServer!.sent('POST', `${PATH}/remind`)).toHaveLength(0)
    await wrapper.find('[data-testid="reaction-remind"]').trigger('click')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    const result = wrapper.find('[data-testid="reaction-remind-result"]')
    expect(result.text()).toBe(message)
    expect(result.attributes('role')).toBe('alert')
  })
})
