// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import UnitGroupsSection from './UnitGroupsSection.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { i18n } from '@/i18n'
import type { GroupIkm, UnitGroups } from '@/api/survey'

const group = (value: string, name: string, respondents: number, ikm: number | null, index: number | null,
  grade: GroupIkm['grade'] = null, label: string | null = null): GroupIkm =>
  ({ value, name, respondents, ikm, index, grade, label, complete: index !== null })

/** The answer of GET /ikm/units/PKM01/groups, names in the language asked for as the server gives them. */
function groups(lang: 'id' | 'en'): UnitGroups {
  const en = lang === 'en'
  return {
    unit: 'PKM01', name: 'Puskesmas Kota', agency: 'DINKES', from: '2026-01-01', to: '2026-12-31',
    respondents: 12, ikm: 2.8293, index: 70.7345, grade: 'C', label: 'Kurang Baik', complete: true,
    dimensions: [
      { dimension: 'jenis_kelamin', name: en ? 'Sex' : 'Jenis kelamin', groups: [
        group('L', en ? 'Male' : 'Laki-laki', 7, 2.844, 71.1, 'C', 'Kurang Baik'),
        group('P', en ? 'Female' : 'Perempuan', 3, 3.5, 87.5, 'B', 'Baik'),
        group('', en ? 'Not given' : 'Tidak diisi', 2, null, null),
      ] },
      { dimension: 'umur', name: en ? 'Age' : 'Umur', groups: [
        group('25-34', en ? '25–34 years' : '25–34 tahun', 1, 4, 100, 'A', 'Sangat Baik'),
        group('55+', en ? '55 and over' : '55 tahun ke atas', 11, 2.7, 67.5, 'C', 'Kurang Baik'),
      ] },
      { dimension: 'pendidikan', name: en ? 'Education' : 'Pendidikan', groups: [
        group('SMA', en ? 'Senior high school' : 'SMA', 12, 2.8293, 70.7345, 'C', 'Kurang Baik'),
      ] },
      { dimension: 'pekerjaan', name: en ? 'Occupation' : 'Pekerjaan', groups: [
        group('Swasta', en ? 'Private employee' : 'Pegawai swasta', 12, 2.8293, 70.7345, 'C', 'Kurang Baik'),
      ] },
    ],
  }
}
const props = { unit: 'PKM01', from: '2026-01-01', to: '2026-12-31' }
const answer = () => ({ body: groups(i18n.global.locale.value === 'en' ? 'en' : 'id') })
type Wrapper = Awaited<ReturnType<typeof mountPage>>['wrapper']
const row = (w: Wrapper, dimension: string, value: string) => w.find(`[data-dimension="${dimension}"] [data-group="${value}"]`)

describe('UnitGroupsSection', () => {
  // The language is global: a page left mounted by an earlier test would ask again when a later one switches it.
  enableAutoUnmount(afterEach)
  afterEach(() => {
    vi.unstubAllGlobals()
    i18n.global.locale.value = 'id'
    document.body.innerHTML = ''
  })

  it('shows one table per dimension for the period: group, respondents, index with two decimals and the grade', async () => {
    const fake = fakeServer({ 'GET /ikm/units/PKM01/groups': answer })
    const { wrapper } = await mountPage(UnitGroupsSection, { role: 'auditor', nip: null, agency: null, props })
    const q = fake.sent('GET', '/ikm/units/PKM01/groups').at(-1)!.query
    expect([q.get('from'), q.get('to')]).toEqual(['2026-01-01', '2026-12-31'])
    expect(wrapper.find('h4').text()).toBe('Menurut kelompok responden')
    expect(wrapper.find('[data-testid="skm-groups-caution"]').text())
      .toBe('Nilai kelompok dengan sedikit responden belum dapat diandalkan; perhatikan jumlah respondennya.')
    const tables = wrapper.findAll('table[data-dimension]')
    expect(tables.map((t) => t.attributes('data-dimension'))).toEqual(['jenis_kelamin', 'umur', 'pendidikan', 'pekerjaan'])
    expect(tables.map((t) => t.find('caption').text())).toEqual(['Jenis kelamin', 'Umur', 'Pendidikan', 'Pekerjaan'])
    expect(tables[0]!.findAll('thead th').map((th) => th.text())).toEqual(['Kelompok', 'Responden', 'Nilai IKM'])
    expect(tables[0]!.findAll('tbody tr').map((r) => r.attributes('data-group'))).toEqual(['L', 'P', ''])

    const male = row(wrapper, 'jenis_kelamin', 'L')
    expect(male.find('th').text()).toBe('Laki-laki')
    expect(male.find('[data-cell="respondents"]').text()).toBe('7')
    expect(male.find('[data-cell="value"]').text()).toBe('71,10')
    expect(male.find('[data-cell="grade"]').text()).toBe('C')
    expect(male.find('[data-cell="grade"]').attributes('title')).toBe('Kurang Baik')
    expect(male.find('[data-cell="index"]').attributes('title')).toBe('IKM 2,84 (skala 1–4)')
    expect(row(wrapper, 'jenis_kelamin', 'P').find('[data-cell="value"]').text()).toBe('87,50')
    expect(row(wrapper, 'umur', '25-34').find('[data-cell="value"]').text()).toBe('100,00')
    expect(row(wrapper, 'pendidikan', 'SMA').find('[data-cell="value"]').text()).toBe('70,73')
    expect(row(wrapper, 'umur', '55+').find('[data-cell="respondents"]').text()).toBe('11')
  })

  it('shows an incomplete group\'s index as a dash with the reason on hover and for screen readers', async () => {
    fakeServer({ 'GET /ikm/units/PKM01/groups': answer })
    const { wrapper } = await mountPage(UnitGroupsSection, { role: 'auditor', nip: null, agency: null, props })
    const none = row(wrapper, 'jenis_kelamin', '')
    expect(none.find('th').text()).toBe('Tidak diisi')
    expect(none.find('[data-cell="respondents"]').text()).toBe('2')
    const reason = 'Ada unsur yang belum dijawab oleh kelompok ini, sehingga IKM-nya belum dapat dihitung.'
    const cell = none.find('[data-cell="index"]')
    expect(cell.attributes('title')).toBe(reason)
    expect(cell.find('[data-cell="value"]').text()).toBe('—')
    expect(cell.find('[data-cell="value"]').attributes('aria-hidden')).toBe('true')
    expect(cell.find('[data-cell="reason"]').text()).toBe(reason)
    expect(cell.find('[data-cell="reason"]').classes()).toContain('visually-hidden')
    expect(cell.find('[data-cell="grade"]').exists()).toBe(false)
  })

  it('follows the interface language: asks again and shows the English names, headers and sentence', async () => {
    const fake = fakeServer({ 'GET /ikm/units/PKM01/groups': answer })
    const { wrapper } = await mountPage(UnitGroupsSection, { role: 'auditor', nip: null, agency: null, props })
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(fake.sent('GET', '/ikm/units/PKM01/groups')).toHaveLength(2)
    const headers = fake.fetchMock.mock.calls.at(-1)![1]!.headers as Record<string, string>
    expect(headers['Accept-Language']).toBe('en')
    expect(wrapper.find('h4').text()).toBe('By respondent group')
    expect(wrapper.find('[data-testid="skm-groups-caution"]').text())
      .toBe('The score of a group with few respondents is not reliable; mind its number of respondents.')
    const tables = wrapper.findAll('table[data-dimension]')
    expect(tables.map((t) => t.find('caption').text())).toEqual(['Sex', 'Age', 'Education', 'Occupation'])
    expect(tables[0]!.findAll('thead th').map((th) => th.text())).toEqual(['Group', 'Respondents', 'IKM score'])
    expect(row(wrapper, 'jenis_kelamin', 'P').find('th').text()).toBe('Female')
    // Numbers stay in the id-ID form of the interface (UI.md), in English too.
    expect(row(wrapper, 'jenis_kelamin', 'L').find('[data-cell="value"]').text()).toBe('71,10')
    expect(row(wrapper, 'jenis_kelamin', 'L').find('[data-cell="index"]').attributes('title')).toBe('IKM 2,84 (scale 1–4)')
    expect(row(wrapper, 'jenis_kelamin', '').find('[data-cell="index"]').attributes('title'))
      .toBe('An element has not been answered by this group, so its IKM cannot be computed yet.')
  })

  it('says when the period has no answers, and why when the server refuses', async () => {
    const empty = { ...groups('id'), respondents: 0, ikm: null, index: null, grade: null, label: null, complete: false,
      dimensions: groups('id').dimensions.map((d) => ({ ...d, groups: [] })) }
    fakeServer({ 'GET /ikm/units/PKM01/groups': { body: empty } })
    const none = await mountPage(UnitGroupsSection, { role: 'auditor', nip: null, agency: null, props })
    expect(none.wrapper.find('[data-testid="skm-groups-empty"]').text()).toBe('Belum ada jawaban pada periode ini.')
    expect(none.wrapper.find('table').exists()).toBe(false)
    none.wrapper.unmount()
    document.body.innerHTML = ''
    fakeServer({ 'GET /ikm/units/PKM01/groups': { status: 403, body: { error: { code: 'forbidden', message: 'Anda tidak berhak mengakses data ini.' } } } })
    const refused = await mountPage(UnitGroupsSection, { role: 'pengelola_opd', nip: null, agency: 'DISDIK', props })
    expect(refused.wrapper.find('[role="alert"]').text()).toContain('tidak berhak')
    expect(refused.wrapper.find('table').exists()).toBe(false)
  })
})
