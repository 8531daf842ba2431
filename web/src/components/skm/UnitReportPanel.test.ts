// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import UnitReportPanel from './UnitReportPanel.vue'
import { fakeServer, mountPage, type Call } from '@/views/usulan/test_mount'
import { i18n } from '@/i18n'

const ikm = (served: number, required: number, respondents: number) => ({
  unit: 'PKM01', name: 'Puskesmas Kota', agency: 'DINKES', from: '2026-01-01', to: '2026-12-31', respondents,
  nrr: [3, 3, 3, 3, 3, 3, 3, 3, 3], ikm: 3, index: 75, grade: 'B', label: 'Baik', complete: true,
  sample: { served, required, adequate: respondents >= required },
})
const refused = {
  status: 400,
  body: { error: { code: 'invalid_argument', message: 'served harus jumlah orang dilayani, 1 sampai 100.000.000.',
    details: [{ row: 0, column: 'served', message: 'served harus jumlah orang dilayani, 1 sampai 100.000.000.' }] } },
}
/** The fake unit IKM: 758 respondents, Krejcie–Morgan's table for the few numbers the tests type. */
function answer(call: Call) {
  const served = call.query.get('served') ?? ''
  if (!/^\d+$/.test(served) || Number(served) < 1 || Number(served) > 100_000_000) return refused
  const required: Record<string, number> = { '5000': 357, '100': 80, '2000000': 384 }
  return { body: ikm(Number(served), required[served] ?? 1, served === '2000000' ? 120 : 758) }
}
const props = { unit: 'PKM01', name: 'Puskesmas Kota', from: '2026-01-01', to: '2026-12-31' }

async function type(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], text: string): Promise<void> {
  await wrapper.find('[data-testid="skm-served"]').setValue(text)
  await vi.advanceTimersByTimeAsync(400)
  await flushPromises()
}

describe('UnitReportPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    i18n.global.locale.value = 'id'
    document.body.innerHTML = ''
  })

  it('offers the report as PDF and XLSX for the period in the interface language, without served at first', async () => {
    const fake = fakeServer({ 'GET /ikm/units/PKM01': answer })
    const { wrapper } = await mountPage(UnitReportPanel, { role: 'admin_bkd', nip: null, agency: null, props })
    expect(wrapper.find('[data-testid="skm-report-pdf"]').attributes('href'))
      .toBe('/api/v1/ikm/units/PKM01/export?from=2026-01-01&to=2026-12-31&format=pdf&lang=id')
    expect(wrapper.find('[data-testid="skm-report-xlsx"]').attributes('href'))
      .toBe('/api/v1/ikm/units/PKM01/export?from=2026-01-01&to=2026-12-31&format=xlsx&lang=id')
    expect(wrapper.find('[data-testid="skm-report-pdf"]').text()).toBe('Unduh laporan PDF')
    expect(wrapper.find('[data-testid="skm-report-xlsx"]').text()).toBe('Unduh XLSX')
    expect(wrapper.find('[data-testid="skm-report-pdf"]').attributes('download')).toBeDefined()
    expect(wrapper.text()).toContain('Periode 1 Januari 2026 s.d. 31 Desember 2026')
    expect(wrapper.find('label').text()).toBe('Jumlah orang dilayani pada periode ini')
    expect(fake.calls).toHaveLength(0)
    expect(wrapper.find('[data-testid="skm-sample"]').exists()).toBe(false)
  })

  it('checks the sample once typing stops and puts the accepted number into both links', async () => {
    const fake = fakeServer({ 'GET /ikm/units/PKM01': answer })
    const { wrapper } = await mountPage(UnitReportPanel, { role: 'admin_bkd', nip: null, agency: null, props })
    const input = wrapper.find('[data-testid="skm-served"]')
    await input.setValue('5')
    await vi.advanceTimersByTimeAsync(200)
    await input.setValue('5.000')  // grouped the Indonesian way
    await vi.advanceTimersByTimeAsync(399)
    expect(fake.calls).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    await flushPromises()
    expect(fake.calls).toHaveLength(1)
    const q = fake.calls[0]!.query
    expect([q.get('from'), q.get('to'), q.get('served')]).toEqual(['2026-01-01', '2026-12-31', '5000'])
    const sample = wrapper.find('[data-testid="skm-sample"]')
    expect(sample.text()).toBe('Sampel memadai: 758 responden dari minimal 357 untuk 5.000 orang dilayani')
    expect(sample.attributes('data-adequate')).toBe('true')
    expect(sample.classes()).toContain('sample-ok')
    expect(wrapper.find('[data-testid="skm-report-pdf"]').attributes('href'))
      .toBe('/api/v1/ikm/units/PKM01/export?from=2026-01-01&to=2026-12-31&served=5000&format=pdf&lang=id')
    expect(wrapper.find('[data-testid="skm-report-xlsx"]').attributes('href')).toContain('served=5000&format=xlsx')

    await type(wrapper, '')
    expect(fake.calls).toHaveLength(1)
    expect(wrapper.find('[data-testid="skm-sample"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="skm-report-pdf"]').attributes('href')).not.toContain('served')
  })

  it('says in amber when the sample is not yet adequate', async () => {
    fakeServer({ 'GET /ikm/units/PKM01': answer })
    const { wrapper } = await mountPage(UnitReportPanel, { role: 'admin_bkd', nip: null, agency: null, props })
    await type(wrapper, '2000000')
    const sample = wrapper.find('[data-testid="skm-sample"]')
    expect(sample.text()).toBe('Sampel belum memadai: perlu minimal 384 responden untuk 2.000.000 orang dilayani, baru 120')
    expect(sample.attributes('data-adequate')).toBe('false')
    expect(sample.classes()).toContain('sample-short')
  })

  it('shows the server\'s 400 on served as a field error and keeps it out of the links', async () => {
    const fake = fakeServer({ 'GET /ikm/units/PKM01': answer })
    const { wrapper } = await mountPage(UnitReportPanel, { role: 'admin_bkd', nip: null, agency: null, props })
    await type(wrapper, '0')
    expect(fake.calls.at(-1)!.query.get('served')).toBe('0')
    const input = wrapper.find('[data-testid="skm-served"]')
    const error = wrapper.find('[data-testid="skm-served-error"]')
    expect(error.text()).toBe('Isi jumlah orang dilayani dengan bilangan bulat 1 sampai 100.000.000.')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toContain(error.attributes('id'))
    expect((input.element as HTMLInputElement).value).toBe('0')  // what was typed stays
    expect(wrapper.find('[data-testid="skm-sample"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="skm-report-pdf"]').attributes('href')).not.toContain('served')

    await type(wrapper, '100')
    expect(wrapper.find('[data-testid="skm-served-error"]').exists()).toBe(false)
    expect(input.attributes('aria-invalid')).toBeUndefined()
    expect(wrapper.find('[data-testid="skm-sample"]').text()).toContain('758 responden dari minimal 80 untuk 100 orang')
  })

  it('says why when the unit cannot be read', async () => {
    fakeServer({ 'GET /ikm/units/PKM01': { status: 403, body: { error: { code: 'forbidden', message: 'Anda tidak berhak mengakses data ini.' } } } })
    const { wrapper } = await mountPage(UnitReportPanel, { role: 'pengelola_opd', nip: null, agency: 'DISDIK', props })
    await type(wrapper, '5000')
    expect(wrapper.find('[role="alert"]').text()).toContain('tidak berhak')
    expect(wrapper.find('[data-testid="skm-served-error"]').exists()).toBe(false)
  })

  it('speaks English with lang=en links and without a period for all years', async () => {
    fakeServer({ 'GET /ikm/units/PKM01': answer })
    const { wrapper } = await mountPage(UnitReportPanel, { role: 'auditor', nip: null, agency: null, props: { unit: 'PKM01', name: 'Puskesmas Kota' } })
    i18n.global.locale.value = 'en'
    await type(wrapper, '5000')
    expect(wrapper.find('[data-testid="skm-report-pdf"]').attributes('href'))
      .toBe('/api/v1/ikm/units/PKM01/export?served=5000&format=pdf&lang=en')
    expect(wrapper.find('[data-testid="skm-report-pdf"]').text()).toBe('Download PDF report')
    expect(wrapper.find('[data-testid="skm-sample"]').text())
      .toBe('Sample adequate: 758 respondents, at least 357 needed for 5.000 people served')
    expect(wrapper.text()).toContain('All periods')
  })

  it('fills in the people served of a chosen survey period, and takes them away with it', async () => {
    const fake = fakeServer({ 'GET /ikm/units/PKM01': answer })
    const { wrapper } = await mountPage(UnitReportPanel, { role: 'admin_bkd', nip: null, agency: null, props: { ...props, served: 5000 } })
    await vi.advanceTimersByTimeAsync(400)
    await flushPromises()
    expect((wrapper.find('[data-testid="skm-served"]').element as HTMLInputElement).value).toBe('5.000')
    expect(fake.sent('GET', '/ikm/units/PKM01').at(-1)!.query.get('served')).toBe('5000')
    expect(wrapper.find('[data-testid="skm-sample"]').text()).toContain('Sampel memadai')
    await wrapper.setProps({ served: null })
    expect((wrapper.find('[data-testid="skm-served"]').element as HTMLInputElement).value).toBe('')
    // A number typed by hand stays when the period goes.
    await wrapper.setProps({ served: 100 })
    await type(wrapper, '2.000.000')
    await wrapper.setProps({ served: undefined })
    expect((wrapper.find('[data-testid="skm-served"]').element as HTMLInputElement).value).toBe('2.000.000')
  })
})
