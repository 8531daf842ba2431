// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import SkmDashboardView from './SkmDashboardView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import type { IkmOverview } from '@/api/survey'

const overview = (): IkmOverview => ({
  from: '2026-01-01',
  to: '2026-12-31',
  agencies: [
    { agency: 'DINKES', name: 'Dinas Kesehatan', units: 2, respondents: 61, ikm: 3.5, index: 87.5, grade: 'B', label: 'Baik' },
    { agency: 'DISDIK', name: 'Dinas Pendidikan', units: 1, respondents: 0, ikm: null, index: null, grade: null, label: null },
  ],
  units: [
    { unit: 'PKM01', name: 'Puskesmas Kota', agency: 'DINKES', respondents: 60, ikm: 3.6, index: 90.125, grade: 'A', label: 'Sangat Baik', complete: true },
    { unit: 'PKM02', name: 'Puskesmas Desa', agency: 'DINKES', respondents: 1, ikm: null, index: null, grade: null, label: null, complete: false },
    { unit: 'SD01', name: 'SD Negeri 1', agency: 'DISDIK', respondents: 0, ikm: null, index: null, grade: null, label: null, complete: false },
  ],
})
const opd = { total: 2, offset: 0, limit: 500, columns: [], items: [{ kode_opd: 'DINKES', nama_opd: 'Dinas Kesehatan' }, { kode_opd: 'DISDIK', nama_opd: 'Dinas Pendidikan' }] }

describe('SkmDashboardView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows each agency pooled and each unit with its IKM, grade and poster', async () => {
    const fake = fakeServer({ 'GET /ikm/units': { body: overview() }, 'GET /data/opd': { body: opd } })
    const { wrapper } = await mountPage(SkmDashboardView, { role: 'admin_bkd', nip: null, agency: null })
    const q = fake.sent('GET', '/ikm/units').at(-1)!.query
    const year = new Date().getFullYear()
    expect([q.get('from'), q.get('to'), q.get('agency')]).toEqual([`${year}-01-01`, `${year}-12-31`, null])
    const kes = wrapper.find('[data-testid="skm-agencies"] [data-agency="DINKES"]')
    expect(kes.find('[data-cell="index"]').text()).toBe('87,50')
    expect(kes.find('[data-cell="index"]').attributes('title')).toBe('IKM 3,50 (skala 1–4)')
    expect(kes.text()).toContain('B · Baik')
    expect(kes.text()).toContain('2 unit layanan')
    expect(wrapper.find('[data-agency="DISDIK"]').text()).toContain('Belum ada jawaban')
    const row = (unit: string) => wrapper.find(`[data-testid="skm-units"] [data-unit="${unit}"]`)
    expect(row('PKM01').find('[data-cell="index"]').text()).toBe('90,13')
    expect(row('PKM01').find('[data-cell="index"]').attributes('title')).toBe('IKM 3,60 (skala 1–4)')
    expect(row('PKM01').find('[data-cell="grade"]').text()).toBe('A · Sangat Baik')
    expect(row('PKM01').text()).toContain('Dinas Kesehatan')
    expect(row('PKM02').find('[data-cell="index"]').text()).toBe('Belum lengkap')
    expect(row('PKM02').find('[data-cell="index"]').attributes('title')).toBe('Ada unsur yang belum pernah dijawab, sehingga IKM belum dapat dihitung.')
    expect(row('SD01').find('[data-cell="index"]').text()).toBe('Belum ada jawaban')
    expect(row('PKM01').find('[data-testid="skm-poster"]').attributes('href')).toBe('/api/v1/survey/PKM01/poster')
    expect(row('PKM01').find('[data-testid="skm-open"]').attributes('href')).toBe('/survei/PKM01')
  })

  it('filters by year and agency, and all years drops the period', async () => {
    const fake = fakeServer({ 'GET /ikm/units': { body: overview() }, 'GET /data/opd': { body: opd } })
    const { wrapper } = await mountPage(SkmDashboardView, { role: 'admin_bkd', nip: null, agency: null })
    const year = new Date().getFullYear()
    await wrapper.find('[data-testid="skm-year"]').setValue(String(year - 1))
    await flushPromises()
    let q = fake.sent('GET', '/ikm/units').at(-1)!.query
    expect([q.get('from'), q.get('to')]).toEqual([`${year - 1}-01-01`, `${year - 1}-12-31`])
    await wrapper.find('[data-testid="skm-agency"]').setValue('DISDIK')
    await flushPromises()
    q = fake.sent('GET', '/ikm/units').at(-1)!.query
    expect(q.get('agency')).toBe('DISDIK')
    await wrapper.find('[data-testid="skm-year"]').setValue('')
    await flushPromises()
    q = fake.sent('GET', '/ikm/units').at(-1)!.query
    expect([q.get('from'), q.get('to'), q.get('agency')]).toEqual([null, null, 'DISDIK'])
  })

  it('keeps pengelola_opd to its agency without a chooser, and the auditor reads without posters', async () => {
    fakeServer({ 'GET /ikm/units': { body: overview() } })
    const own = await mountPage(SkmDashboardView, { role: 'pengelola_opd', nip: null, agency: 'DINKES' })
    expect(own.wrapper.find('[data-testid="skm-agency"]').exists()).toBe(false)
    expect(own.wrapper.findAll('[data-testid="skm-poster"]')).toHaveLength(3)
    own.wrapper.unmount()
    document.body.innerHTML = ''
    fakeServer({ 'GET /ikm/units': { body: overview() }, 'GET /data/opd': { body: opd } })
    const auditor = await mountPage(SkmDashboardView, { role: 'auditor', nip: null, agency: null })
    expect(auditor.wrapper.findAll('[data-testid="skm-poster"]')).toHaveLength(0)
    expect(auditor.wrapper.findAll('[data-testid="skm-open"]')).toHaveLength(3)
  })

  it('opens a unit\'s trend per quarter under its row, with empty quarters shown as such', async () => {
    const quarters = {
      ...overview().units[0], from: '2026-01-01', to: '2026-12-31',
      quarters: [
        { quarter: '2026-Q1', year: 2026, q: 1, from: '2026-01-01', to: '2026-03-31', respondents: 30, ikm: 3.2, index: 80, grade: 'B', label: 'Baik', complete: true },
        { quarter: '2026-Q2', year: 2026, q: 2, from: '2026-04-01', to: '2026-06-30', respondents: 0, ikm: null, index: null, grade: null, label: null, complete: false },
        { quarter: '2026-Q3', year: 2026, q: 3, from: '2026-07-01', to: '2026-09-30', respondents: 30, ikm: 3.8, index: 95, grade: 'A', label: 'Sangat Baik', complete: true },
      ],
    }
    const groups = {
      ...overview().units[0], from: '2026-01-01', to: '2026-12-31',
      dimensions: [{ dimension: 'jenis_kelamin', name: 'Jenis kelamin', groups: [
        { value: 'P', name: 'Perempuan', respondents: 59, ikm: 3.6, index: 90.1, grade: 'A', label: 'Sangat Baik', complete: true },
        { value: '', name: 'Tidak diisi', respondents: 1, ikm: null, index: null, grade: null, label: null, complete: false },
      ] }],
    }
    const fake = fakeServer({
      'GET /ikm/units': { body: overview() }, 'GET /data/opd': { body: opd },
      'GET /ikm/units/PKM01/quarters': { body: quarters }, 'GET /ikm/units/PKM01/groups': { body: groups },
    })
    const { wrapper } = await mountPage(SkmDashboardView, { role: 'auditor', nip: null, agency: null })
    expect(wrapper.find('[data-testid="skm-trend-panel"]').exists()).toBe(false)
    const button = wrapper.find('[data-unit="PKM01"] [data-testid="skm-trend"]')
    await button.trigger('click')
    await flushPromises()
    const year = new Date().getFullYear()
    const q = fake.sent('GET', '/ikm/units/PKM01/quarters').at(-1)!.query
    expect([q.get('from'), q.get('to')]).toEqual([`${year}-01-01`, `${year}-12-31`])
    expect(button.attributes('aria-expanded')).toBe('true')
    const panel = wrapper.find('[data-testid="skm-trend-panel"]')
    expect(panel.text()).toContain('Tren IKM per triwulan — Puskesmas Kota')
    const rows = panel.findAll('[data-quarter]')
    expect(rows.map((r) => r.attributes('data-quarter'))).toEqual(['2026-Q1', '2026-Q2', '2026-Q3'])
    expect(rows[0]!.text()).toContain('Triwulan I 2026')
    expect(rows[0]!.find('[data-cell="index"]').text()).toBe('80,00')
    expect(rows[0]!.find('.bar').attributes('style')).toContain('width: 73.3')
    expect(rows[1]!.find('[data-cell="index"]').text()).toBe('Belum ada jawaban')
    expect(rows[2]!.text()).toContain('Triwulan III 2026')
    expect(rows[2]!.text()).toContain('A · 30 responden')
    expect(rows[2]!.find('[data-cell="index"]').text()).toBe('95,00')
    // The unit's IKM per respondent group, for the same period, between the trend and the report.
    const g = fake.sent('GET', '/ikm/units/PKM01/groups').at(-1)!.query
    expect([g.get('from'), g.get('to')]).toEqual([`${year}-01-01`, `${year}-12-31`])
    const groupsSection = panel.find('[data-testid="skm-groups"]')
    expect(groupsSection.find('h4').text()).toBe('Menurut kelompok responden')
    expect(groupsSection.find('[data-group="P"]').text()).toBe('Perempuan5990,10A')
    expect(groupsSection.find('[data-group=""] [data-cell="value"]').text()).toBe('—')
    // The unit's report to publish, for the page's period.
    expect(button.text()).toBe('Tren & laporan')
    const report = panel.find('[data-testid="skm-report"]')
    expect(report.find('[data-testid="skm-report-pdf"]').attributes('href'))
      .toBe(`/api/v1/ikm/units/PKM01/export?from=${year}-01-01&to=${year}-12-31&format=pdf&lang=id`)
    expect(report.find('[data-testid="skm-report-xlsx"]').attributes('href')).toContain('format=xlsx&lang=id')
    expect(report.find('[data-testid="skm-served"]').exists()).toBe(true)
    await button.trigger('click')
    expect(wrapper.find('[data-testid="skm-trend-panel"]').exists()).toBe(false)
  })

  it('shows the unit\'s survey periods in its panel, and a chosen period\'s dates for the trend, groups and report', async () => {
    const base = { ...overview().units[0], from: null, to: null }
    const period = {
      id: 5, unit: 'PKM01', nama: 'Semester I 2026', dari: '2026-01-01', sampai: '2026-06-30', served: null, state: 'selesai',
      respondents: 30, ikm: 3.2, index: 80, grade: 'B', label: 'Baik', complete: true, sample: null,
    }
    const fake = fakeServer({
      'GET /ikm/units': { body: overview() }, 'GET /data/opd': { body: opd },
      'GET /ikm/units/PKM01/quarters': { body: { ...base, quarters: [] } },
      'GET /ikm/units/PKM01/groups': { body: { ...base, respondents: 0, dimensions: [] } },
      'GET /ikm/units/PKM01/periods': { body: { unit: 'PKM01', name: 'Puskesmas Kota', agency: 'DINKES', today: '2026-08-01', open: false, can_edit: true, periods: [period] } },
    })
    const { wrapper } = await mountPage(SkmDashboardView, { role: 'admin_bkd', nip: null, agency: null })
    await wrapper.find('[data-unit="PKM01"] [data-testid="skm-trend"]').trigger('click')
    await flushPromises()
    const panel = () => wrapper.find('[data-testid="skm-trend-panel"]')
    const periods = panel().find('[data-testid="skm-periods"]')
    expect(periods.find('h4').text()).toBe('Periode survei')
    expect(periods.find('[data-testid="skm-periods-open"]').text()).toBe('Halaman survei publik sedang ditutup hari ini. Belum ada periode berikutnya; tambahkan periode agar survei dibuka kembali.')
    expect(periods.find('[data-period="5"] [data-cell="index"]').text()).toBe('80,00')
    expect(panel().find('[data-testid="skm-period-viewing"]').exists()).toBe(false)

    await periods.find('[data-testid="skm-period-show"]').trigger('click')
    await flushPromises()
    expect(panel().find('[data-testid="skm-period-viewing"]').text()).toContain('Menampilkan periode Semester I 2026 (1 Januari 2026 – 30 Juni 2026).')
    expect(panel().find('[data-testid="skm-period-show"]').attributes('aria-pressed')).toBe('true')
    for (const route of ['/ikm/units/PKM01/quarters', '/ikm/units/PKM01/groups']) {
      const q = fake.sent('GET', route).at(-1)!.query
      expect([q.get('from'), q.get('to')], route).toEqual(['2026-01-01', '2026-06-30'])
    }
    expect(panel().find('[data-testid="skm-report-pdf"]').attributes('href')).toContain('from=2026-01-01&to=2026-06-30')

    const year = new Date().getFullYear()
    const back = panel().find('[data-testid="skm-period-back"]')
    expect(back.text()).toBe(`Kembali ke tahun ${year}`)
    await back.trigger('click')
    await flushPromises()
    expect(panel().find('[data-testid="skm-period-viewing"]').exists()).toBe(false)
    const q = fake.sent('GET', '/ikm/units/PKM01/quarters').at(-1)!.query
    expect([q.get('from'), q.get('to')]).toEqual([`${year}-01-01`, `${year}-12-31`])
    expect(panel().find('[data-testid="skm-report-pdf"]').attributes('href')).toContain(`from=${year}-01-01&to=${year}-12-31`)
  })

  it('says why when the server refuses', async () => {
    fakeServer({ 'GET /ikm/units': { status: 403, body: { error: { code: 'forbidden', message: 'Anda tidak berhak mengakses data ini.' } } }, 'GET /data/opd': { body: opd } })
    const { wrapper } = await mountPage(SkmDashboardView, { role: 'admin_bkd', nip: null, agency: null })
    expect(wrapper.find('[data-testid="skm-error"]').text()).toContain('tidak berhak')
    expect(wrapper.find('[data-testid="skm-units"]').exists()).toBe(false)
  })
})
