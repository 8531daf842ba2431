// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import UnitPeriodsSection from './UnitPeriodsSection.vue'
import { fakeServer, mountPage, type Call } from '@/views/usulan/test_mount'
import { i18n } from '@/i18n'
import type { PeriodIkm, UnitPeriods } from '@/api/survey_periods'

const figures = { respondents: 0, ikm: null, index: null, grade: null, label: null, complete: false, sample: null }
const ended: PeriodIkm = {
  id: 1, unit: 'PKM01', nama: 'Semester I 2026', dari: '2026-01-01', sampai: '2026-06-30', served: 5000, state: 'selesai',
  respondents: 412, ikm: 3.2519, index: 81.2975, grade: 'B', label: 'Baik', complete: true,
  sample: { served: 5000, required: 357, adequate: true },
}
const running: PeriodIkm = {
  id: 2, unit: 'PKM01', nama: 'Semester II 2026', dari: '2026-07-01', sampai: '2026-12-31', served: 1200, state: 'berjalan',
  respondents: 60, ikm: 2.8, index: 70, grade: 'C', label: 'Kurang Baik', complete: true,
  sample: { served: 1200, required: 291, adequate: false },
}
const upcoming: PeriodIkm = { id: 3, unit: 'PKM01', nama: 'Tahun 2027', dari: '2027-01-01', sampai: '2027-12-31', served: null, state: 'akan_datang', ...figures }

const unitPeriods = (over: Partial<UnitPeriods> = {}): UnitPeriods => ({
  unit: 'PKM01', name: 'Puskesmas Kota', agency: 'DINKES', today: '2026-08-14', open: true, can_edit: true,
  periods: [ended, running, upcoming], ...over,
})
const props = { unit: 'PKM01' }
const path = '/ikm/units/PKM01/periods'
type Wrapper = Awaited<ReturnType<typeof mountPage>>['wrapper']
const row = (w: Wrapper, id: number) => w.find(`[data-testid="skm-periods-table"] tr[data-period="${id}"]`)
const cell = (w: Wrapper, id: number, name: string) => row(w, id).find(`[data-cell="${name}"]`).text()
const field = (w: Wrapper, name: string) => w.find(`[data-testid="skm-period-form"] [data-field="${name}"]`)
const fieldError = (w: Wrapper, name: string) => w.find(`[data-testid="skm-period-form"] [data-error="${name}"]`).text()

describe('UnitPeriodsSection', () => {
  enableAutoUnmount(afterEach)
  afterEach(() => {
    vi.unstubAllGlobals()
    i18n.global.locale.value = 'id'
    document.body.innerHTML = ''
  })

  it('lists the periods by date with long dates, state, respondents, IKM, grade and the sample check', async () => {
    fakeServer({ [`GET ${path}`]: { body: unitPeriods() } })
    const { wrapper } = await mountPage(SkmSection(), { role: 'admin_bkd', nip: null, agency: null, props })
    expect(wrapper.find('h4').text()).toBe('Periode survei')
    const rows = wrapper.findAll('[data-testid="skm-periods-table"] tbody tr')
    expect(rows.map((r) => r.attributes('data-period'))).toEqual(['1', '2', '3'])
    expect(row(wrapper, 1).find('[data-cell="name"]').text()).toBe('Semester I 2026')
    expect(cell(wrapper, 1, 'dates')).toBe('1 Januari 2026 – 30 Juni 2026')
    expect([cell(wrapper, 1, 'state'), cell(wrapper, 2, 'state'), cell(wrapper, 3, 'state')]).toEqual(['Selesai', 'Berjalan', 'Akan datang'])
    expect(cell(wrapper, 1, 'respondents')).toBe('412')
    expect(cell(wrapper, 1, 'ikm')).toBe('3,25')
    expect(cell(wrapper, 1, 'index')).toBe('81,30')
    expect(cell(wrapper, 1, 'grade')).toBe('B · Baik')
    expect(cell(wrapper, 1, 'sample')).toBe('Cukup')
    expect(cell(wrapper, 1, 'served')).toBe('untuk 5.000 orang dilayani')
    expect(cell(wrapper, 2, 'sample')).toBe('Kurang: perlu 291 responden')
    expect(row(wrapper, 2).find('[data-cell="sample"]').attributes('data-adequate')).toBe('false')
    expect(cell(wrapper, 3, 'index')).toBe('Belum ada jawaban')
    expect(cell(wrapper, 3, 'ikm')).toBe('—')
    expect(cell(wrapper, 3, 'sample')).toBe('—')
    expect(wrapper.find('[data-testid="skm-periods-open"]').text())
      .toBe('Halaman survei publik menerima jawaban hari ini: periode Semester II 2026 berjalan sampai 31 Desember 2026.')
  })

  it('says the survey opens every day for a unit without periods', async () => {
    fakeServer({ [`GET ${path}`]: { body: unitPeriods({ periods: [] }) } })
    const { wrapper } = await mountPage(SkmSection(), { role: 'admin_bkd', nip: null, agency: null, props })
    const line = wrapper.find('[data-testid="skm-periods-open"]')
    expect(line.text()).toBe('Survei dibuka setiap hari (belum ada periode).')
    expect(line.attributes('data-open')).toBe('true')
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.find('[data-testid="skm-periods-empty"]').text()).toContain('Tambahkan periode')
  })

  it('says the page is closed today, with the next period or that there is none', async () => {
    fakeServer({ [`GET ${path}`]: { body: unitPeriods({ open: false, today: '2026-12-31', periods: [ended, upcoming] }) } })
    const next = await mountPage(SkmSection(), { role: 'admin_bkd', nip: null, agency: null, props })
    expect(next.wrapper.find('[data-testid="skm-periods-open"]').text())
      .toBe('Halaman survei publik sedang ditutup hari ini. Periode berikutnya: Tahun 2027, mulai 1 Januari 2027.')
    expect(next.wrapper.find('[data-testid="skm-periods-open"]').attributes('data-open')).toBe('false')
    next.wrapper.unmount()
    fakeServer({ [`GET ${path}`]: { body: unitPeriods({ open: false, periods: [ended] }) } })
    const none = await mountPage(SkmSection(), { role: 'admin_bkd', nip: null, agency: null, props })
    expect(none.wrapper.find('[data-testid="skm-periods-open"]').text())
      .toBe('Halaman survei publik sedang ditutup hari ini. Belum ada periode berikutnya; tambahkan periode agar survei dibuka kembali.')
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(none.wrapper.find('[data-testid="skm-periods-open"]').text())
      .toBe('The public survey page is closed today. There is no next period yet; add one to open the survey again.')
    expect(cell(none.wrapper, 1, 'dates')).toBe('1 January 2026 – 30 June 2026')
    expect(cell(none.wrapper, 1, 'state')).toBe('Ended')
  })

  it('offers no changes to a reader without can_edit, but lets them show a period', async () => {
    fakeServer({ [`GET ${path}`]: { body: unitPeriods({ can_edit: false }) } })
    const { wrapper } = await mountPage(SkmSection(), { role: 'auditor', nip: null, agency: null, props })
    expect(wrapper.find('[data-testid="skm-period-add"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="skm-period-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="skm-period-delete"]').exists()).toBe(false)
    await row(wrapper, 2).find('[data-testid="skm-period-show"]').trigger('click')
    const section = wrapper.findComponent(UnitPeriodsSection)
    expect(section.emitted('select')?.[0]?.[0]).toMatchObject({ id: 2, dari: '2026-07-01', sampai: '2026-12-31' })
  })

  it('adds a period with the quick fill, sends it, and lists it again', async () => {
    let periods = [ended, running]
    const fake = fakeServer({
      [`GET ${path}`]: () => ({ body: unitPeriods({ periods }) }),
      [`POST ${path}`]: (call: Call) => {
        periods = [...periods, { ...upcoming, id: 9, ...(call.body as object) }]
        return { status: 201, body: { period: { ...upcoming, id: 9, ...(call.body as object) } } }
      },
    })
    const { wrapper } = await mountPage(SkmSection(), { role: 'pengelola_opd', nip: null, agency: 'DINKES', props })
    await wrapper.find('[data-testid="skm-period-add"]').trigger('click')
    expect(wrapper.find('[data-testid="skm-period-form"] h5').text()).toBe('Tambah periode survei')
    // Today is in the running Semester II 2026: the next free semester is the first of 2027.
    await wrapper.find('[data-quick="semester"]').trigger('click')
    expect((field(wrapper, 'nama').element as HTMLInputElement).value).toBe('Semester I 2027')
    expect((field(wrapper, 'dari').element as HTMLInputElement).value).toBe('2027-01-01')
    expect((field(wrapper, 'sampai').element as HTMLInputElement).value).toBe('2027-06-30')
    // The browser writes a date input its own way; the day in words stands under it.
    expect(wrapper.find('[data-long="dari"]').text()).toBe('1 Januari 2027')
    expect(wrapper.find('[data-long="sampai"]').text()).toBe('30 Juni 2027')
    await field(wrapper, 'served').setValue('2.500')
    await wrapper.find('[data-testid="skm-period-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', path).map((c) => c.body)).toEqual([{ nama: 'Semester I 2027', dari: '2027-01-01', sampai: '2027-06-30', served: 2500 }])
    expect(wrapper.find('[data-testid="skm-period-form"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="skm-periods-notice"]').text()).toBe('Periode Semester I 2027 telah disimpan.')
    expect(fake.sent('GET', path)).toHaveLength(2)
    expect(row(wrapper, 9).find('[data-cell="name"]').text()).toBe('Semester I 2027')
    expect(wrapper.findComponent(UnitPeriodsSection).emitted('changed')).toHaveLength(1)
  })

  it('says what is wrong as it is typed and sends nothing until it is right', async () => {
    const fake = fakeServer({ [`GET ${path}`]: { body: unitPeriods({ periods: [] }) } })
    const { wrapper } = await mountPage(SkmSection(), { role: 'admin_bkd', nip: null, agency: null, props })
    await wrapper.find('[data-testid="skm-period-add"]').trigger('click')
    await field(wrapper, 'dari').setValue('2027-07-01')
    await field(wrapper, 'dari').trigger('change')
    await field(wrapper, 'sampai').setValue('2027-06-30')
    await field(wrapper, 'sampai').trigger('change')
    expect(fieldError(wrapper, 'sampai')).toBe('Tanggal selesai tidak boleh sebelum tanggal mulai.')
    expect(field(wrapper, 'sampai').attributes('aria-invalid')).toBe('true')
    expect(fieldError(wrapper, 'nama')).toBe('')
    await wrapper.find('[data-testid="skm-period-form"]').trigger('submit')
    await flushPromises()
    expect(fieldError(wrapper, 'nama')).toBe('Isi nama periode.')
    expect(document.activeElement).toBe(field(wrapper, 'nama').element)
    await field(wrapper, 'served').setValue('0')
    await field(wrapper, 'served').trigger('blur')
    expect(fieldError(wrapper, 'served')).toBe('Isi bilangan bulat 1 sampai 100.000.000, atau kosongkan.')
    expect(fake.sent('POST', path)).toHaveLength(0)
  })

  it('shows the server\'s field errors beside their fields and the overlap at the form, keeping what was typed', async () => {
    const overlap = 'Periode bertumpang tindih dengan \'Semester II 2026\' (2026-07-01 s.d. 2026-12-31).'
    let refusal = { status: 400, body: { error: { code: 'invalid_argument', message: 'Mohon periksa isian.', details: [
      { column: 'nama', message: 'Nama periode sudah dipakai oleh server.' }, { column: 'served', message: 'Di luar rentang.' }] } } }
    fakeServer({ [`GET ${path}`]: { body: unitPeriods() }, [`POST ${path}`]: () => refusal })
    const { wrapper } = await mountPage(SkmSection(), { role: 'admin_bkd', nip: null, agency: null, props })
    await wrapper.find('[data-testid="skm-period-add"]').trigger('click')
    await field(wrapper, 'nama').setValue('Triwulan IV 2026')
    await field(wrapper, 'dari').setValue('2026-10-01')
    await field(wrapper, 'sampai').setValue('2026-12-31')
    await field(wrapper, 'served').setValue('300')
    await wrapper.find('[data-testid="skm-period-form"]').trigger('submit')
    await flushPromises()
    expect(fieldError(wrapper, 'nama')).toBe('Nama periode sudah dipakai oleh server.')
    expect(fieldError(wrapper, 'served')).toBe('Di luar rentang.')
    expect(field(wrapper, 'served').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('[data-testid="skm-period-form-error"]').exists()).toBe(false)
    // Editing a refused field leaves it to the server again.
    await field(wrapper, 'served').setValue('400')
    expect(fieldError(wrapper, 'served')).toBe('')
    expect(fieldError(wrapper, 'nama')).toBe('Nama periode sudah dipakai oleh server.')

    refusal = { status: 409, body: { error: { code: 'conflict', message: overlap } } } as typeof refusal
    await wrapper.find('[data-testid="skm-period-form"]').trigger('submit')
    await flushPromises()
    const atForm = wrapper.find('[data-testid="skm-period-form-error"]')
    expect(atForm.text()).toBe(overlap)
    expect(atForm.attributes('role')).toBe('alert')
    expect((field(wrapper, 'nama').element as HTMLInputElement).value).toBe('Triwulan IV 2026')
    expect((field(wrapper, 'dari').element as HTMLInputElement).value).toBe('2026-10-01')
  })

  it('changes a period with its values filled in, and PUTs it', async () => {
    const fake = fakeServer({
      [`GET ${path}`]: { body: unitPeriods() },
      [`PUT ${path}/2`]: (call: Call) => ({ body: { period: { ...running, ...(call.body as object) } } }),
    })
    const { wrapper } = await mountPage(SkmSection(), { role: 'admin_bkd', nip: null, agency: null, props })
    await row(wrapper, 2).find('[data-testid="skm-period-edit"]').trigger('click')
    expect(wrapper.find('[data-testid="skm-period-form"] h5').text()).toBe('Ubah periode Semester II 2026')
    expect(wrapper.find('[data-testid="skm-period-quick"]').exists()).toBe(false)
    expect((field(wrapper, 'served').element as HTMLInputElement).value).toBe('1.200')
    await field(wrapper, 'served').setValue('')
    await field(wrapper, 'sampai').setValue('2026-11-30')
    await wrapper.find('[data-testid="skm-period-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('PUT', `${path}/2`).map((c) => c.body)).toEqual([{ nama: 'Semester II 2026', dari: '2026-07-01', sampai: '2026-11-30', served: null }])
    await wrapper.find('[data-testid="skm-period-add"]').trigger('click')
    await wrapper.find('[data-testid="skm-period-cancel"]').trigger('click')
    expect(wrapper.find('[data-testid="skm-period-form"]').exists()).toBe(false)
  })

  it('asks before deleting, saying the answers are kept, then deletes and lists again', async () => {
    let periods = [ended, running, upcoming]
    const fake = fakeServer({
      [`GET ${path}`]: () => ({ body: unitPeriods({ periods }) }),
      [`DELETE ${path}/1`]: () => { periods = [running, upcoming]; return { body: { ok: true } } },
    })
    const { wrapper } = await mountPage(SkmSection(), { role: 'admin_bkd', nip: null, agency: null, props })
    await row(wrapper, 1).find('[data-testid="skm-period-delete"]').trigger('click')
    const sheet = wrapper.find('[data-testid="confirm-sheet"]')
    expect(sheet.find('h2').text()).toBe('Hapus periode Semester I 2026?')
    expect(sheet.text()).toContain('Periode Semester I 2026 (1 Januari 2026 – 30 Juni 2026) akan dihapus. Jawaban survei yang sudah masuk tetap disimpan')
    await wrapper.find('[data-testid="sheet-cancel"]').trigger('click')
    expect(wrapper.find('[data-testid="confirm-sheet"]').exists()).toBe(false)
    expect(fake.sent('DELETE', `${path}/1`)).toHaveLength(0)

    await row(wrapper, 1).find('[data-testid="skm-period-delete"]').trigger('click')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.sent('DELETE', `${path}/1`)).toHaveLength(1)
    expect(wrapper.find('[data-testid="confirm-sheet"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="skm-periods-notice"]').text()).toBe('Periode Semester I 2026 telah dihapus. Jawaban survei pada tanggal tersebut tetap disimpan.')
    expect(row(wrapper, 1).exists()).toBe(false)
  })

  it('keeps the question open with the server\'s sentence when the delete is refused, and says why a load fails', async () => {
    fakeServer({
      [`GET ${path}`]: { body: unitPeriods() },
      [`DELETE ${path}/3`]: { status: 403, body: { error: { code: 'forbidden', message: 'Anda tidak berhak mengubah periode unit ini.' } } },
    })
    const { wrapper } = await mountPage(SkmSection(), { role: 'admin_bkd', nip: null, agency: null, props })
    await row(wrapper, 3).find('[data-testid="skm-period-delete"]').trigger('click')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="confirm-sheet"] [role="alert"]').text()).toBe('Anda tidak berhak mengubah periode unit ini.')
    wrapper.unmount()
    document.body.innerHTML = ''
    fakeServer({ [`GET ${path}`]: { status: 404, body: { error: { code: 'not_found', message: 'Unit layanan PKM01 tidak ditemukan.' } } } })
    const missing = await mountPage(SkmSection(), { role: 'admin_bkd', nip: null, agency: null, props })
    expect(missing.wrapper.find('[role="alert"]').text()).toBe('Unit layanan PKM01 tidak ditemukan.')
  })
})

/** The section inside a parent, so that its emitted events can be read with findComponent. */
function SkmSection() {
  return { components: { UnitPeriodsSection }, props: ['unit'], template: '<UnitPeriodsSection :unit="unit" />' }
}
