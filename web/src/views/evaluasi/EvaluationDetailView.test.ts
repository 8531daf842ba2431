// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import EvaluationDetailView from './EvaluationDetailView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { evaluation } from './test_data'
import { history, revision } from './review_test_data'

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

  it('shows the program\'s revisions under a verdict that asks for a review, marking those that lift this offering\'s flag', async () => {
    fakeServer({
      'GET /evaluations/offerings/ANG-EL-1': { body: evaluation({ offering: 'ANG-EL-1', verdict: 'tidak_signifikan', end: '2026-03-20' }) },
      'GET /programs/PRG-KES/revisions': { body: history({ can_record: false, revisions: [
        revision({ id: 3, program: 'PRG-KES', tanggal: '2026-04-01', aspek: 'metode', ringkasan: 'Praktik kelompok ditambah.' }),
        revision({ id: 2, program: 'PRG-KES', tanggal: '2026-01-10', aspek: 'materi', ringkasan: 'Modul lama diganti.', dicatat_oleh: 'mitra' }),
      ] }) },
    })
    const { wrapper } = await mountPage(EvaluationDetailView, { role: 'auditor', nip: null, agency: null, props: { kode: 'ANG-EL-1' } })
    const box = wrapper.find('[data-testid="revision-history"]')
    expect(box.text()).toContain('Riwayat revisi program')
    expect(box.text()).toContain('Revisi bertanggal 20 Maret 2026 atau sesudahnya mencabut tanda program dari angkatan ini.')
    const items = box.findAll('li')
    expect(items.map((li) => li.attributes('data-revision'))).toEqual(['3', '2'])
    expect(items[0]!.text()).toContain('1 April 2026')
    expect(items[0]!.text()).toContain('Metode')
    expect(items[0]!.find('[data-cell="lifts"]').exists()).toBe(true)
    expect(items[1]!.text()).toContain('Modul lama diganti.')
    expect(items[1]!.text()).toContain('dicatat oleh mitra')
    expect(items[1]!.find('[data-cell="lifts"]').exists()).toBe(false)
    expect(box.find('[data-testid="history-record"]').exists()).toBe(false)
  })

  it('records a revision from the offering\'s page when the server allows it, and reads the history again', async () => {
    let revisions = [] as ReturnType<typeof revision>[]
    const fake = fakeServer({
      'GET /evaluations/offerings/ANG-EL-1': { body: evaluation({ offering: 'ANG-EL-1', verdict: 'menurun' }) },
      'GET /programs/PRG-KES/revisions': () => ({ body: history({ revisions }) }),
      'POST /programs/PRG-KES/revisions': () => {
        revisions = [revision({ id: 5, program: 'PRG-KES', tanggal: '2026-11-02' })]
        return { status: 201, body: { revision: revisions[0] } }
      },
    })
    const { wrapper } = await mountPage(EvaluationDetailView, { role: 'admin_bkd', nip: null, agency: null, props: { kode: 'ANG-EL-1' } })
    expect(wrapper.find('[data-testid="history-empty"]').text()).toBe('Belum ada revisi untuk program ini.')
    await wrapper.find('[data-testid="history-record"]').trigger('click')
    expect(wrapper.find('[data-testid="revision-sheet"]').text()).toContain('Pelatihan Pelayanan Kesehatan (PRG-KES)')
    await wrapper.find('[data-testid="revision-date"]').setValue('2026-11-02')
    await wrapper.find('[data-testid="revision-aspect-materi"]').setValue(true)
    await wrapper.find('[data-testid="revision-summary"]').setValue('Materi pelayanan diperbarui.')
    await wrapper.find('[data-testid="revision-sheet"] form').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', '/programs/PRG-KES/revisions')).toHaveLength(1)
    expect(fake.sent('GET', '/programs/PRG-KES/revisions')).toHaveLength(2)
    expect(wrapper.find('[data-testid="revision-sheet"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="revision-history"] li')).toHaveLength(1)
    expect(wrapper.find('[data-testid="history-saved"]').exists()).toBe(true)
  })

  it('leaves the history out for an effective offering without revisions, and shows it when revisions exist', async () => {
    fakeServer({
      'GET /evaluations/offerings/ANG-KES-1': { body: evaluation() },
      'GET /programs/PRG-KES/revisions': { body: history() },
    })
    const first = await mountPage(EvaluationDetailView, { role: 'admin_bkd', nip: null, agency: null, props: { kode: 'ANG-KES-1' } })
    expect(first.wrapper.find('[data-testid="revision-history"]').exists()).toBe(false)
    first.wrapper.unmount()
    fakeServer({
      'GET /evaluations/offerings/ANG-KES-1': { body: evaluation() },
      'GET /programs/PRG-KES/revisions': { body: history({ revisions: [revision({ program: 'PRG-KES' })] }) },
    })
    const second = await mountPage(EvaluationDetailView, { role: 'asn', props: { kode: 'ANG-KES-1' } })
    const box = second.wrapper.find('[data-testid="revision-history"]')
    expect(box.findAll('li')).toHaveLength(1)
    // Not a flagged offering: no hint about lifting its flag.
    expect(box.find('[data-cell="lifts"]').exists()).toBe(false)
    expect(box.text()).not.toContain('mencabut tanda')
  })
})
