// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import FeedbackResultsView from './FeedbackResultsView.vue'
import { i18n } from '@/i18n'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { myResults } from './test_data'

const mounted: Array<{ unmount(): void }> = []
async function open(items: unknown[]) {
  fakeServer({ 'GET /me/feedback-results': { body: { items } } })
  const page = await mountPage(FeedbackResultsView, { role: 'asn' })
  mounted.push(page.wrapper)
  return page.wrapper
}

describe('FeedbackResultsView: "Hasil 360 saya"', () => {
  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.unmount()
    vi.unstubAllGlobals()
    i18n.global.locale.value = 'id'
  })

  it('shows per competency the self score beside supervisor, peers, subordinates and others; a hidden group says why', async () => {
    const wrapper = await open([myResults()])
    expect(wrapper.find('[data-testid="anonymity-note"]').text()).toBe(
      'Agar tidak ada yang dapat mengetahui siapa memberi nilai berapa, nilai rekan kerja dan bawahan hanya ditampilkan bila sedikitnya 3 orang dari kelompok itu menilai.')
    const card = wrapper.find('[data-testid="my-campaign"]')
    expect(card.find('h3').text()).toBe('Pelatihan Kerja Sama Tim')
    expect(card.text()).toContain('Sebelum pelatihan · 6 Januari – 28 Februari 2025')
    expect(card.find('[data-testid="campaign-state"]').text()).toBe('Ditutup')
    const tables = card.findAll('[data-testid="competency-result"]')
    expect(tables.map((t) => t.find('caption').text())).toEqual(['Kerja Sama M.02', 'Komunikasi M.03'])
    const row = (n: number, group: string) => tables[n]!.find(`tr[data-group="${group}"]`)
    expect(tables[0]!.findAll('tbody th .label').map((l) => l.text())).toEqual(
      ['Diri sendiri', 'Atasan', 'Rekan kerja', 'Bawahan', 'Orang lain (rata-rata)'])
    expect(row(0, 'mandiri').find('[data-cell="value"]').text()).toBe('4,00')
    expect(row(0, 'rekan').find('[data-cell="value"]').text()).toBe('3,67')
    expect(row(0, 'rekan').find('.value').attributes('aria-label')).toBe('rata-rata 3,67 dari 5')
    expect(row(0, 'rekan').find('.raters').text()).toBe('3 penilai')
    expect(row(0, 'others').find('[data-cell="value"]').text()).toBe('3,60')
    expect(row(0, 'others').find('.raters').exists()).toBe(false)
    // Two peers: hidden, in words and without a bar.
    expect(row(1, 'rekan').attributes('data-kind')).toBe('hidden')
    expect(row(1, 'rekan').find('[data-cell="value"]').text()).toBe('disembunyikan — kurang dari 3 penilai')
    expect(row(1, 'rekan').find('.track').exists()).toBe(false)
    expect(row(1, 'bawahan').find('[data-cell="value"]').text()).toBe('disembunyikan — kurang dari 3 penilai')
  })

  it('says when the results of a campaign not closed yet appear, and what to expect without any campaign', async () => {
    const pending = await open([myResults({ state: 'terbuka', results: null, closes: '2027-03-02' })])
    expect(pending.find('[data-testid="results-pending"]').text()).toBe('Hasil tampil setelah kampanye ditutup pada 2 Maret 2027.')
    expect(pending.find('[data-testid="competency-result"]').exists()).toBe(false)
    const none = await open([])
    expect(none.find('[data-testid="results-empty"]').text()).toContain('Anda belum dinilai dalam kampanye umpan balik 360.')
  })

  it('reads in English', async () => {
    const wrapper = await open([myResults()])
    i18n.global.locale.value = 'en'
    await flushPromises()
    const table = wrapper.findAll('[data-testid="competency-result"]')[1]!
    expect(table.find('tr[data-group="rekan"]').text()).toContain('Peer')
    expect(table.find('tr[data-group="rekan"]').text()).toContain('hidden — fewer than 3 raters')
    expect(wrapper.find('[data-testid="feedback-tabs"] [data-tab="results"]').text()).toBe('My 360 results')
  })
})
