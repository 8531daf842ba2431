// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import EvaluationListView from './EvaluationListView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { evaluation } from './test_data'
import { reviewList } from './review_test_data'

const year = () => ({
  year: new Date().getFullYear(),
  counts: { efektif: 1, tidak_signifikan: 1, menurun: 0, data_kurang: 1 },
  offerings: [
    { ...evaluation(), q: 0.046 },
    { ...evaluation({ offering: 'ANG-EL-1', program: 'PRG-EL', program_name: 'E-learning Etika', verdict: 'tidak_signifikan', primary: 'L2', primary_p: 0.41 }), q: 0.41 },
    { ...evaluation({ offering: 'ANG-X-1', program_name: 'Bimtek Arsip', verdict: 'data_kurang', primary: null, primary_p: null }), q: null },
  ],
})

describe('EvaluationListView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists the year\'s offerings with the programs to review first, p and q', async () => {
    const fake = fakeServer({ 'GET /evaluations': { body: year() } })
    const { wrapper } = await mountPage(EvaluationListView, { role: 'admin_bkd', nip: null, agency: null })
    expect(fake.sent('GET', '/evaluations').at(-1)!.query.get('year')).toBe(String(new Date().getFullYear()))
    const rows = wrapper.findAll('[data-testid="eval-table"] tbody tr')
    expect(rows.map((r) => r.attributes('data-offering'))).toEqual(['ANG-EL-1', 'ANG-KES-1', 'ANG-X-1'])
    expect(rows[0]!.find('[data-cell="verdict"]').text()).toBe('Tidak signifikan')
    expect(rows[0]!.find('[data-cell="p"]').text()).toBe('0,41')
    expect(rows[1]!.find('[data-cell="q"]').text()).toBe('0,046')
    expect(rows[2]!.find('[data-cell="q"]').text()).toBe('—')
    expect(rows[1]!.find('a').attributes('href')).toBe('/evaluasi/ANG-KES-1')
    expect(wrapper.find('[data-testid="eval-counts"] [data-verdict="efektif"]').text()).toContain('1')
  })

  it('keeps only the programs to review on request and changes the year', async () => {
    const fake = fakeServer({ 'GET /evaluations': { body: year() } })
    const { wrapper } = await mountPage(EvaluationListView, { role: 'auditor', nip: null, agency: null })
    const y = new Date().getFullYear()
    expect(wrapper.find('[data-testid="eval-export-xlsx"]').attributes('href')).toBe(`/api/v1/evaluations/export?year=${y}&format=xlsx`)
    await wrapper.find('[data-testid="eval-only-review"]').setValue(true)
    expect(wrapper.findAll('[data-testid="eval-table"] tbody tr').map((r) => r.attributes('data-offering'))).toEqual(['ANG-EL-1'])
    // the downloads follow the filter
    expect(wrapper.find('[data-testid="eval-export-pdf"]').attributes('href')).toBe(`/api/v1/evaluations/export?year=${y}&format=pdf&review=1`)
    await wrapper.find('[data-testid="eval-year"]').setValue(String(new Date().getFullYear() - 1))
    await flushPromises()
    expect(fake.sent('GET', '/evaluations').at(-1)!.query.get('year')).toBe(String(new Date().getFullYear() - 1))
  })

  it('lets a partner institution open an offering by its code without listing the year', async () => {
    const fake = fakeServer({})
    const { wrapper, router } = await mountPage(EvaluationListView, { role: 'lembaga_mitra', nip: null, agency: null })
    expect(fake.sent('GET', '/evaluations')).toHaveLength(0)
    expect(wrapper.find('[data-testid="eval-year"]').exists()).toBe(false)
    await wrapper.find('[data-testid="eval-code"]').setValue(' ANG-KES-1 ')
    await wrapper.find('[data-testid="eval-filters"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/evaluasi/ANG-KES-1')
  })

  it('opens the programs to review in their own tab, linkable, without listing the year\'s offerings', async () => {
    const fake = fakeServer({ 'GET /evaluations': { body: year() }, 'GET /programs/review': { body: reviewList() } })
    const { wrapper, router } = await mountPage(EvaluationListView, { role: 'admin_bkd', nip: null, agency: null })
    const tabs = wrapper.findAll('[data-testid="eval-tabs"] a')
    expect(tabs.map((a) => a.text())).toEqual(['Evaluasi angkatan', 'Program perlu ditinjau'])
    expect(tabs[0]!.attributes('aria-current')).toBe('page')
    expect(fake.sent('GET', '/programs/review')).toHaveLength(0)
    await tabs[1]!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ tab: 'tinjau' })
    expect(wrapper.find('[data-testid="eval-table"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="review-table"] tbody tr')).toHaveLength(3)
    expect(wrapper.findAll('[data-testid="review-record"]')).toHaveLength(3)
    expect(wrapper.find('[data-tab="tinjau"]').attributes('aria-current')).toBe('page')
    await wrapper.find('[data-tab="angkatan"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="eval-table"]').exists()).toBe(true)
    expect(fake.sent('GET', '/evaluations')).toHaveLength(1)
  })

  it('gives a partner institution the programs to review of its own institution, to record revisions', async () => {
    const fake = fakeServer({ 'GET /programs/review': { body: reviewList() } })
    const { wrapper } = await mountPage(EvaluationListView, { role: 'lembaga_mitra', nip: null, agency: null, path: '/evaluasi?tab=tinjau' })
    expect(fake.sent('GET', '/evaluations')).toHaveLength(0)
    expect(wrapper.findAll('[data-testid="review-record"]')).toHaveLength(3)
  })

  it('has no programs-to-review tab for a role that may not read them', async () => {
    const fake = fakeServer({ 'GET /evaluations': { body: year() } })
    const { wrapper } = await mountPage(EvaluationListView, { role: 'atasan', path: '/evaluasi?tab=tinjau' })
    expect(wrapper.find('[data-testid="eval-tabs"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="review-panel"]').exists()).toBe(false)
    expect(fake.sent('GET', '/programs/review')).toHaveLength(0)
  })
})
