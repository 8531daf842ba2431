// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import EvaluationDetailView from './EvaluationDetailView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { evaluation } from './test_data'

describe('EvaluationDetailView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('says the verdict in plain words, marks the primary level and shows each level\'s figures', async () => {
    fakeServer({ 'GET /evaluations/offerings/ANG-KES-1': { body: evaluation() } })
    const { wrapper } = await mountPage(EvaluationDetailView, { role: 'admin_bkd', nip: null, agency: null, props: { kode: 'ANG-KES-1' } })
    expect(wrapper.find('[data-testid="eval-title"]').text()).toBe('Pelatihan Pelayanan Kesehatan — angkatan ANG-KES-1')
    const verdict = wrapper.find('[data-testid="eval-verdict"]')
    expect(verdict.attributes('data-verdict')).toBe('efektif')
    expect(verdict.text()).toContain('Efektif')
    expect(wrapper.find('[data-testid="eval-reason"]').text()).toBe('IKM unit peserta naik dari 80,50 menjadi 86,25 (p = 0,023).')
    expect(wrapper.find('[data-testid="eval-primary"]').text()).toBe('Hasil utama: L4 (welch, p = 0,023)')
    const level = (code: string) => wrapper.find(`[data-level="${code}"]`)
    expect(level('L4').classes()).toContain('primary')
    expect(level('L4').text()).toContain('hasil utama')
    expect(level('L2').classes()).not.toContain('primary')
    expect(level('L1').text()).toContain('85%')
    expect(level('L1').text()).toContain('r5')
    expect(level('L2').text()).toContain('Selisih rata-rata 12,75 (IK 95% 9,1 s.d. 16,4)')
    expect(level('L2').text()).toContain('p < 0,001')
    expect(level('L2').text()).not.toContain('p = <')
    expect(level('L3').text()).toContain('Data belum cukup')
    expect(level('L3').text()).toContain('4 dari 10 pasangan')
    expect(level('L4').find('[data-testid="eval-did"]').text()).toContain('2 unit pembanding: 4,9 ± 2,2 (p = 0,031)')
    expect(level('L4').text()).toContain('Puskesmas Kota: 80,5 → 86,25')
    expect(wrapper.find('[data-testid="eval-report-pdf"]').attributes('href')).toBe('/api/v1/evaluations/offerings/ANG-KES-1/export?format=pdf')
    expect(wrapper.find('[data-testid="eval-report-xlsx"]').attributes('href')).toBe('/api/v1/evaluations/offerings/ANG-KES-1/export?format=xlsx')
  })

  it('speaks English and reads the reason in English', async () => {
    fakeServer({ 'GET /evaluations/offerings/ANG-EL-1': { body: evaluation({ offering: 'ANG-EL-1', verdict: 'tidak_signifikan', reason_en: 'No significant change.' }) } })
    const { wrapper } = await mountPage(EvaluationDetailView, { role: 'admin_bkd', nip: null, agency: null, props: { kode: 'ANG-EL-1' } })
    const { i18n } = await import('@/i18n')
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(wrapper.find('[data-testid="eval-verdict"]').text()).toContain('Not significant')
    expect(wrapper.find('[data-testid="eval-verdict"]').text()).toContain('review the training material and method')
    expect(wrapper.find('[data-testid="eval-reason"]').text()).toBe('No significant change.')
    expect(wrapper.find('[data-testid="eval-report-pdf"]').attributes('href')).toBe('/api/v1/evaluations/offerings/ANG-EL-1/export?format=pdf&lang=en')
    i18n.global.locale.value = 'id'
  })

  it('says why when the offering is unknown or not the partner\'s', async () => {
    fakeServer({ 'GET /evaluations/offerings/NOPE': { status: 404, body: { error: { code: 'not_found', message: 'Angkatan tidak ditemukan: NOPE' } } } })
    const { wrapper } = await mountPage(EvaluationDetailView, { role: 'lembaga_mitra', nip: null, agency: null, props: { kode: 'NOPE' } })
    expect(wrapper.find('[data-testid="eval-error"]').text()).toContain('NOPE')
    expect(wrapper.find('[data-testid="eval-verdict"]').exists()).toBe(false)
  })
})
