// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import FeedbackListView from './FeedbackListView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { PEER, RATED, request } from './test_data'

const mounted: Array<{ unmount(): void }> = []
async function open(items: unknown[]) {
  fakeServer({ 'GET /me/feedback': { body: { items } } })
  const page = await mountPage(FeedbackListView, { role: 'atasan' })
  mounted.push(page.wrapper)
  return page.wrapper
}

describe('FeedbackListView: the people the caller is asked to rate', () => {
  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.unmount()
    vi.unstubAllGlobals()
  })

  it('lists the open ones to answer first with a button to the form, then what was sent, not open yet and closed', async () => {
    const wrapper = await open([
      request({ campaign: 2, state: 'ditutup', closes: '2025-01-31', rated: { nip: PEER, name: 'Budi Santoso' }, relationship: 'bawahan' }),
      request({ campaign: 7, answered: true, rated: { nip: PEER, name: 'Budi Santoso' }, relationship: 'atasan' }),
      request({ campaign: 9, state: 'belum_dibuka', opens: '2025-06-07', closes: '2025-09-07', phase: 'sesudah', relationship: 'mandiri' }),
      request(),
    ])
    expect(wrapper.find('h1').text()).toBe('Umpan balik 360')
    expect(wrapper.find('[data-testid="feedback-waiting"]').text()).toBe('1 penilaian menunggu jawaban Anda.')
    const cards = wrapper.findAll('[data-testid="feedback-request"]')
    expect(cards.map((c) => [c.attributes('data-campaign'), c.attributes('data-state')])).toEqual(
      [['7', 'terbuka'], ['7', 'terkirim'], ['9', 'belum_dibuka'], ['2', 'ditutup']])

    const first = cards[0]!
    expect(first.find('h2').text()).toBe('Siti Aminah')
    expect(first.find('[data-cell="relationship"]').text()).toBe('Anda sebagai: Rekan kerja')
    expect(first.find('[data-cell="program"]').text()).toBe('Pelatihan Kerja Sama Tim · Sebelum pelatihan')
    expect(first.find('[data-cell="when"]').text()).toBe('Terbuka sampai 2 Maret 2025')
    expect(first.find('[data-testid="campaign-state"]').text()).toBe('Terbuka')
    const link = first.find('[data-testid="request-open"]')
    expect(link.attributes('href')).toBe(`/umpan-balik/7/${RATED}`)
    expect(link.attributes('aria-label')).toBe('Isi penilaian untuk Siti Aminah')

    expect(cards[1]!.find('[data-cell="relationship"]').text()).toBe('Anda sebagai: Atasan')
    expect(cards[1]!.find('[data-testid="request-sent"]').text()).toBe('✓ Sudah dikirim')
    expect(cards[1]!.find('[data-testid="request-open"]').exists()).toBe(false)
    // One's own rating: "Penilaian diri sendiri" with one's name.
    expect(cards[2]!.find('h2').text()).toBe('Penilaian diri sendiri')
    expect(cards[2]!.find('[data-cell="when"]').text()).toBe('Dibuka 7 Juni 2025 sampai 7 September 2025')
    expect(cards[2]!.find('[data-cell="program"]').text()).toContain('Sesudah pelatihan')
    expect(cards[2]!.find('[data-testid="request-open"]').exists()).toBe(false)
    expect(cards[3]!.find('[data-cell="relationship"]').text()).toBe('Anda sebagai: Bawahan')
    expect(cards[3]!.find('[data-cell="when"]').text()).toBe('Ditutup 31 Januari 2025 · Tidak dijawab')
    // The way to one's own results.
    expect(wrapper.find('[data-testid="feedback-tabs"] [data-tab="results"]').attributes('href')).toBe('/umpan-balik/hasil')
    expect(wrapper.find('[data-testid="feedback-tabs"] [data-tab="requests"]').attributes('aria-current')).toBe('page')
  })

  it('says what happens next when nobody is to be rated', async () => {
    const wrapper = await open([])
    expect(wrapper.find('[data-testid="feedback-empty"]').text()).toContain('Belum ada permintaan penilaian untuk Anda.')
    expect(wrapper.find('[data-testid="feedback-empty"]').text()).toContain('pesannya masuk ke kotak masuk')
  })
})
