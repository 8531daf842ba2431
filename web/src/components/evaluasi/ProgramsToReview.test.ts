// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ProgramsToReview from './ProgramsToReview.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { reviewList, revision, toReview } from '@/views/evaluasi/review_test_data'

const next = new Date().getFullYear() + 1

describe('ProgramsToReview', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks for next year\'s plan and says in words which year was evaluated and what the planner does', async () => {
    const fake = fakeServer({ 'GET /programs/review': { body: reviewList() } })
    const { wrapper } = await mountPage(ProgramsToReview, { role: 'auditor', nip: null, agency: null })
    expect(fake.sent('GET', '/programs/review')[0]!.query.get('year')).toBe(String(next))
    expect(wrapper.find<HTMLSelectElement>('[data-testid="review-year"]').element.value).toBe(String(next))
    const explain = wrapper.find('[data-testid="review-explain"]').text()
    expect(explain).toContain('Rencana tahun 2027 memakai evaluasi angkatan yang mulai pada tahun 2026')
    expect(explain).toContain('mengalikan perkiraan kenaikan kompetensinya dengan 0,5')
    expect(wrapper.find('[data-testid="review-summary"]').text()).toBe('2 ditandai, 1 sudah direvisi')
  })

  it('shows each program with its deciding offering, verdict, reason and state, in the server\'s order', async () => {
    fakeServer({ 'GET /programs/review': { body: reviewList() } })
    const { wrapper } = await mountPage(ProgramsToReview, { role: 'auditor', nip: null, agency: null })
    const rows = wrapper.findAll('[data-testid="review-table"] tbody tr')
    expect(rows.map((r) => r.attributes('data-program'))).toEqual(['BT.LH.1', 'BT.KEU.1', 'BT.SDM.1'])
    const [lh, keu, sdm] = rows
    expect(lh!.find('[data-cell="verdict"]').attributes('data-verdict')).toBe('menurun')
    expect(lh!.find('[data-cell="verdict"]').text()).toContain('Menurun')
    expect(lh!.classes()).toContain('row-menurun')
    expect(keu!.find('th').text()).toContain('Bimtek Pengelolaan Keuangan Daerah')
    expect(keu!.find('th').text()).toContain('BT.KEU.1')
    expect(keu!.text()).toContain('BPSDM Provinsi Jambi')
    expect(keu!.find('[data-cell="offering"]').attributes('href')).toBe('/evaluasi/BT.KEU.1-2026-1')
    expect(keu!.text()).toContain('2 Maret 2026 s.d. 6 Maret 2026')
    expect(keu!.find('[data-cell="reason"]').text()).toBe('Nilai tes akhir tidak berbeda nyata dari tes awal (p = 0,41).')
    expect(keu!.find('[data-cell="state"]').text()).toContain('Ditandai')
    expect(keu!.find('[data-cell="state"]').text()).toContain('Perkiraan kenaikan × 0,5 sampai ada revisi')
    const state = sdm!.find('[data-cell="state"]').text()
    expect(state).toContain('Sudah direvisi')
    expect(state).toContain('1 Oktober 2026 · Metode')
    expect(state).toContain('Metode ceramah diganti dengan praktik kelompok.')
    expect(state).toContain('dicatat oleh Admin BKD')
    // An auditor reads, records nothing.
    expect(wrapper.find('[data-testid="review-record"]').exists()).toBe(false)
  })

  it('says so when nothing needs a review, and asks again for another year', async () => {
    const fake = fakeServer({ 'GET /programs/review': (call) => ({ body: reviewList({
      year: Number(call.query.get('year')), evaluated_year: Number(call.query.get('year')) - 1, programs: [] }) }) })
    const { wrapper } = await mountPage(ProgramsToReview, { role: 'pengelola_opd' })
    await wrapper.find('[data-testid="review-year"]').setValue(String(next - 1))
    await flushPromises()
    expect(fake.sent('GET', '/programs/review').at(-1)!.query.get('year')).toBe(String(next - 1))
    expect(wrapper.find('[data-testid="review-empty"]').text())
      .toBe(`Tidak ada program yang perlu ditinjau untuk rencana ${next - 1}: tidak ada angkatan tahun ${next - 2} yang hasilnya tidak signifikan atau menurun.`)
  })

  it('records a revision from a row, then reads the list again and shows it revised', async () => {
    let revised = false
    const fake = fakeServer({
      'GET /programs/review': () => ({ body: reviewList({ programs: [toReview(revised
        ? { state: 'revised', revision: revision({ id: 9, tanggal: '2026-11-02' }) } : {})] }) }),
      'POST /programs/BT.KEU.1/revisions': () => { revised = true; return { status: 201, body: { revision: revision({ id: 9, tanggal: '2026-11-02' }) } } },
    })
    const { wrapper } = await mountPage(ProgramsToReview, { role: 'admin_bkd', nip: null, agency: null })
    const button = wrapper.find('[data-testid="review-record"]')
    expect(button.attributes('aria-label')).toBe('Catat revisi untuk Bimtek Pengelolaan Keuangan Daerah')
    await button.trigger('click')
    expect(wrapper.find('[data-testid="revision-sheet"]').text()).toContain('Bimtek Pengelolaan Keuangan Daerah (BT.KEU.1)')
    await wrapper.find('[data-testid="revision-date"]').setValue('2026-11-02')
    await wrapper.find('[data-testid="revision-aspect-materi_metode"]').setValue(true)
    await wrapper.find('[data-testid="revision-summary"]').setValue('Studi kasus APBD diganti dengan data 2026.')
    await wrapper.find('[data-testid="revision-sheet"] form').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', '/programs/BT.KEU.1/revisions')[0]!.body).toMatchObject({ tanggal: '2026-11-02', aspek: 'materi_metode' })
    expect(fake.sent('GET', '/programs/review')).toHaveLength(2)
    expect(wrapper.find('[data-testid="revision-sheet"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="review-notice"]').text()).toBe('Revisi program BT.KEU.1 tersimpan.')
    const row = wrapper.find('tr[data-program="BT.KEU.1"]')
    expect(row.attributes('data-state')).toBe('revised')
    expect(row.find('[data-cell="state"]').text()).toContain('Sudah direvisi')
  })

  it('warns when the saved revision is dated before the offering ended, so the flag stays', async () => {
    fakeServer({
      'GET /programs/review': { body: reviewList({ programs: [toReview()] }) },
      'POST /programs/BT.KEU.1/revisions': { status: 201, body: { revision: revision({ tanggal: '2026-03-01' }) } },
    })
    const { wrapper } = await mountPage(ProgramsToReview, { role: 'lembaga_mitra', nip: null, agency: null })
    await wrapper.find('[data-testid="review-record"]').trigger('click')
    await wrapper.find('[data-testid="revision-date"]').setValue('2026-03-01')
    await wrapper.find('[data-testid="revision-aspect-materi"]').setValue(true)
    await wrapper.find('[data-testid="revision-summary"]').setValue('Materi diperbarui sebelum kelas.')
    await wrapper.find('[data-testid="revision-sheet"] form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="review-notice"]').text()).toContain('tetap ditandai')
  })

  it('offers the chosen plan year\'s list as a PDF and an XLSX, following the year', async () => {
    fakeServer({ 'GET /programs/review': (call) => ({ body: reviewList({
      year: Number(call.query.get('year')), evaluated_year: Number(call.query.get('year')) - 1 }) }) })
    const { wrapper } = await mountPage(ProgramsToReview, { role: 'auditor', nip: null, agency: null })
    const pdf = wrapper.find('[data-testid="review-export-pdf"]')
    const xlsx = wrapper.find('[data-testid="review-export-xlsx"]')
    expect(pdf.text()).toBe('Unduh PDF')
    expect(xlsx.text()).toBe('Unduh XLSX')
    expect(pdf.attributes('href')).toBe(`/api/v1/programs/review/export?year=${next}&format=pdf`)
    expect(xlsx.attributes('href')).toBe(`/api/v1/programs/review/export?year=${next}&format=xlsx`)
    expect(pdf.attributes('download')).toBeDefined()
    expect(wrapper.find('[data-testid="review-panel"] .downloads').attributes('aria-label')).toBe(`Unduh daftar untuk rencana ${next}`)

    await wrapper.find('[data-testid="review-year"]').setValue(String(next - 2))
    await flushPromises()
    expect(wrapper.find('[data-testid="review-export-pdf"]').attributes('href')).toBe(`/api/v1/programs/review/export?year=${next - 2}&format=pdf`)
    expect(wrapper.find('[data-testid="review-export-xlsx"]').attributes('href')).toBe(`/api/v1/programs/review/export?year=${next - 2}&format=xlsx`)
  })

  it('asks for the documents in English when the interface is English', async () => {
    fakeServer({ 'GET /programs/review': { body: reviewList() } })
    const { wrapper } = await mountPage(ProgramsToReview, { role: 'admin_bkd', nip: null, agency: null })
    const { i18n } = await import('@/i18n')
    try {
      i18n.global.locale.value = 'en'
      await flushPromises()
      const pdf = wrapper.find('[data-testid="review-export-pdf"]')
      const xlsx = wrapper.find('[data-testid="review-export-xlsx"]')
      expect(pdf.text()).toBe('Download PDF')
      expect(xlsx.text()).toBe('Download XLSX')
      expect(pdf.attributes('href')).toBe(`/api/v1/programs/review/export?year=${next}&format=pdf&lang=en`)
      expect(xlsx.attributes('href')).toBe(`/api/v1/programs/review/export?year=${next}&format=xlsx&lang=en`)
      await wrapper.find('[data-testid="review-year"]').setValue(String(next - 1))
      await flushPromises()
      expect(wrapper.find('[data-testid="review-export-xlsx"]').attributes('href'))
        .toBe(`/api/v1/programs/review/export?year=${next - 1}&format=xlsx&lang=en`)
    } finally {
      i18n.global.locale.value = 'id'
    }
  })

  it('says why the list could not be read, with a retry', async () => {
    fakeServer({ 'GET /programs/review': { status: 400, body: { error: { code: 'invalid_argument', message: 'Tahun tidak valid: 1800' } } } })
    const { wrapper } = await mountPage(ProgramsToReview, { role: 'admin_bkd', nip: null, agency: null })
    expect(wrapper.find('[data-testid="review-error"]').text()).toContain('Tahun tidak valid: 1800')
    expect(wrapper.find('[data-testid="review-error"] button').exists()).toBe(true)
  })
})
