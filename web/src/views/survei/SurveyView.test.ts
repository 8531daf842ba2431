// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import SurveyView from './SurveyView.vue'
import { i18n } from '@/i18n'
import type { SurveyForm } from '@/api/survey'

type PeriodState = Pick<SurveyForm, 'open' | 'period' | 'next'>
const ALWAYS_OPEN: PeriodState = { open: true, period: null, next: null }

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function form(lang = 'id', state: PeriodState = ALWAYS_OPEN): SurveyForm {
  const label = (s: string) => (lang === 'en' ? `${s} (en)` : s)
  return {
    unit: { kode_unit: 'PKM01', nama_unit: 'Puskesmas Kota' },
    agency: { kode_opd: 'DINKES', nama_opd: 'Dinas Kesehatan' },
    lang,
    elements: Array.from({ length: 9 }, (_, i) => ({
      code: `u${i + 1}`,
      name: label(`Unsur ${i + 1}`),
      question: label(`Pertanyaan ${i + 1}?`),
      answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'].map((l, k) => ({ value: k + 1, label: label(l) })),
    })),
    demographics: {
      jenis_kelamin: [{ value: 'L', label: 'Laki-laki' }, { value: 'P', label: 'Perempuan' }],
      umur: { min: 10, max: 120 },
      pendidikan: [{ value: 'SMA', label: 'SMA' }],
      pekerjaan: [{ value: 'Swasta', label: 'Pegawai swasta' }],
    },
    saran_max_chars: 2000,
    ...state,
  }
}

/** A fetch that serves the form on GET and answers POSTs with `post`, recording the calls. */
function server(post: () => Response, state: PeriodState = ALWAYS_OPEN) {
  const calls: Array<{ method: string; url: string; body: unknown; lang: string }> = []
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>
    calls.push({ method: init.method ?? 'GET', url, body: init.body ? JSON.parse(String(init.body)) : null,
      lang: headers['Accept-Language'] ?? '' })
    if (init.method === 'GET') return answer(200, form(headers['Accept-Language'], state))
    return post()
  })
  vi.stubGlobal('fetch', fetchMock)
  return calls
}

async function mountSurvey(kode = 'PKM01') {
  setActivePinia(createPinia())
  const wrapper = mount(SurveyView, { props: { kode }, global: { plugins: [i18n] } })
  await flushPromises()
  return wrapper
}

async function choose(wrapper: Awaited<ReturnType<typeof mountSurvey>>, code: string, value: number) {
  await wrapper.find(`[data-testid="q-${code}"] input[value="${value}"]`).setValue(true)
}

describe('SurveyView', () => {
  beforeEach(() => { i18n.global.locale.value = 'id' })
  afterEach(() => { vi.unstubAllGlobals() })

  it('shows the unit and the nine questions with four answers each', async () => {
    server(() => answer(201, {}))
    const wrapper = await mountSurvey()
    expect(wrapper.find('[data-testid="survey-unit"]').text()).toBe('Puskesmas Kota')
    expect(wrapper.findAll('fieldset.question')).toHaveLength(9)
    expect(wrapper.findAll('[data-testid="q-u4"] input[type="radio"]')).toHaveLength(4)
    expect(wrapper.find('[data-testid="q-u1"]').text()).toContain('Sangat sesuai')
  })

  it('asks for at least one answer before calling the server', async () => {
    const calls = server(() => answer(201, {}))
    const wrapper = await mountSurvey()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="survey-error"]').text()).toContain('setidaknya satu pertanyaan')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
  })

  it('sends the answers as skm columns and thanks the respondent', async () => {
    const calls = server(() => answer(201, { ok: true, kode_unit: 'PKM01', tanggal: '2027-01-01', message: 'x' }))
    const wrapper = await mountSurvey()
    await choose(wrapper, 'u1', 4)
    await choose(wrapper, 'u9', 2)
    await wrapper.find('#skm-sex').setValue('P')
    await wrapper.find('#skm-age').setValue('34')
    await wrapper.find('#skm-saran').setValue('  Antrian lebih cepat ')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.url).toBe('/api/v1/public/survey/PKM01')
    expect(post.body).toEqual({ u1: 4, u2: null, u3: null, u4: null, u5: null, u6: null, u7: null, u8: null, u9: 2,
      jenis_kelamin: 'P', umur: 34, saran: 'Antrian lebih cepat' })
    expect(wrapper.find('[data-testid="survey-thanks"]').text()).toContain('Terima kasih!')
    await wrapper.find('[data-testid="survey-thanks"] button').trigger('click')
    expect((wrapper.find('#skm-saran').element as HTMLTextAreaElement).value).toBe('')
  })

  it('says to try later on 429 and keeps what was answered', async () => {
    server(() => answer(429, { error: { code: 'resource_exhausted', message: 'x' } }))
    const wrapper = await mountSurvey()
    await choose(wrapper, 'u3', 3)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="survey-error"]').text()).toContain('Mohon coba lagi nanti')
    expect((wrapper.find('[data-testid="q-u3"] input[value="3"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('shows the server\'s message naming the field on 400', async () => {
    server(() => answer(400, { error: { code: 'invalid_argument', message: 'Mohon periksa pekerjaan: Harus salah satu dari: PNS' } }))
    const wrapper = await mountSurvey()
    await choose(wrapper, 'u2', 1)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="survey-error"]').text()).toContain('pekerjaan')
  })

  it('checks the age as it is typed', async () => {
    server(() => answer(201, {}))
    const wrapper = await mountSurvey()
    await wrapper.find('#skm-age').setValue('7')
    expect(wrapper.text()).toContain('Umur harus antara 10 dan 120 tahun.')
  })

  it('says so when the unit does not exist', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(404, { error: { code: 'not_found', message: 'x' } })))
    const wrapper = await mountSurvey('NOPE')
    expect(wrapper.find('[data-testid="survey-load-error"]').text()).toContain('Unit layanan ini tidak ditemukan')
  })

  it('loads the questions again in English and keeps the answers', async () => {
    const calls = server(() => answer(201, {}))
    const wrapper = await mountSurvey()
    await choose(wrapper, 'u5', 4)
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(calls.at(-1)?.lang).toBe('en')
    expect(wrapper.find('[data-testid="q-u5"]').text()).toContain('Sangat sesuai (en)')
    expect((wrapper.find('[data-testid="q-u5"] input[value="4"]').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.find('button[type="submit"]').text()).toBe('Send my answers')
  })

  it('names the running period above the questions, in long dates', async () => {
    server(() => answer(201, {}), { open: true, period: { nama: 'Semester I 2027', dari: '2027-01-01', sampai: '2027-06-30' }, next: null })
    const wrapper = await mountSurvey()
    expect(wrapper.find('[data-testid="survey-period"]').text()).toBe('Periode survei: Semester I 2027 (1 Januari 2027 – 30 Juni 2027)')
    expect(wrapper.findAll('fieldset.question')).toHaveLength(9)
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(wrapper.find('[data-testid="survey-period"]').text()).toBe('Survey period: Semester I 2027 (1 January 2027 – 30 June 2027)')
  })

  it('says nothing of periods for a unit without them', async () => {
    server(() => answer(201, {}))
    const wrapper = await mountSurvey()
    expect(wrapper.find('[data-testid="survey-period"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="survey-closed"]').exists()).toBe(false)
  })

  it('shows a closed notice with the next period instead of the form', async () => {
    server(() => answer(201, {}), { open: false, period: null, next: { nama: 'Semester II 2027', dari: '2027-07-01', sampai: '2027-12-31' } })
    const wrapper = await mountSurvey()
    const closed = wrapper.find('[data-testid="survey-closed"]')
    expect(closed.find('h2').text()).toBe('Survei unit ini sedang ditutup.')
    expect(closed.find('[data-testid="survey-next"]').text()).toBe('Periode berikutnya: Semester II 2027 (1 Juli 2027 – 31 Desember 2027).')
    expect(closed.attributes('role')).toBe('status')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.find('[data-testid="survey-unit"]').text()).toBe('Puskesmas Kota')
  })

  it('says when no next period is set', async () => {
    server(() => answer(201, {}), { open: false, period: null, next: null })
    const wrapper = await mountSurvey()
    expect(wrapper.find('[data-testid="survey-next"]').text()).toBe('Belum ada periode berikutnya.')
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(wrapper.find('[data-testid="survey-closed"] h2').text()).toBe('The survey of this unit is closed.')
    expect(wrapper.find('[data-testid="survey-next"]').text()).toBe('There is no next period yet.')
  })

  it('shows the server\'s message when the period closed while answering, and keeps the answers', async () => {
    const message = 'Survei unit ini sedang ditutup. Periode berikutnya: Semester II 2027, 1 Juli 2027 – 31 Desember 2027.'
    const calls = server(() => answer(412, { error: { code: 'failed_precondition', message } }),
      { open: true, period: { nama: 'Semester I 2027', dari: '2027-01-01', sampai: '2027-06-30' }, next: null })
    const wrapper = await mountSurvey()
    await choose(wrapper, 'u1', 4)
    await choose(wrapper, 'u7', 3)
    await wrapper.find('#skm-saran').setValue('Parkir sempit')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1)
    expect(wrapper.find('[data-testid="survey-error"]').text()).toBe(message)
    expect(wrapper.find('[data-testid="survey-thanks"]').exists()).toBe(false)
    expect((wrapper.find('[data-testid="q-u1"] input[value="4"]').element as HTMLInputElement).checked).toBe(true)
    expect((wrapper.find('[data-testid="q-u7"] input[value="3"]').element as HTMLInputElement).checked).toBe(true)
    expect((wrapper.find('#skm-saran').element as HTMLTextAreaElement).value).toBe('Parkir sempit')
  })
})
