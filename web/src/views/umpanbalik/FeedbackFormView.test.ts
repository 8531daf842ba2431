// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import FeedbackFormView from './FeedbackFormView.vue'
import { i18n } from '@/i18n'
import { fakeServer, mountPage, type Answer } from '@/views/usulan/test_mount'
import type { FeedbackForm } from '@/api/feedback'
import { RATED, feedbackForm } from './test_data'

const PATH = `/me/feedback/7/${RATED}`

function server(post: Answer, form: Partial<FeedbackForm> = {}) {
  return fakeServer({
    // The client asks in the chosen language (Accept-Language): answer in the one chosen when asked.
    [`GET ${PATH}`]: () => ({ body: feedbackForm(form, i18n.global.locale.value === 'en' ? 'en' : 'id') }),
    [`POST ${PATH}`]: post,
  })
}

const mounted: Array<{ unmount(): void }> = []
async function open() {
  const page = await mountPage(FeedbackFormView, { role: 'asn', props: { id: '7', nip: RATED } })
  mounted.push(page.wrapper)
  return page
}
type Wrapper = Awaited<ReturnType<typeof open>>['wrapper']

async function choose(wrapper: Wrapper, code: string, value: number | 'na'): Promise<void> {
  await wrapper.find(`[data-testid="c-${code}"] input[value="${value}"]`).setValue(true)
}

/** Submits the form and confirms in the sheet. */
async function send(wrapper: Wrapper): Promise<void> {
  await wrapper.find('[data-testid="feedback-form"]').trigger('submit')
  await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
  await flushPromises()
}

const refusal = (status: number, code: string, message: string, details: unknown[] = []): Answer =>
  ({ status, body: { error: { code, message, details } } })

describe('FeedbackFormView: the rater\'s 360 form', () => {
  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.unmount()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    i18n.global.locale.value = 'id'
  })

  it('shows who is rated, as whom, the question, and per competency five labelled scores plus "Tidak dapat menilai"', async () => {
    server({ status: 201, body: {} })
    const { wrapper } = await open()
    expect(wrapper.find('h1').text()).toBe('Umpan balik 360')
    expect(wrapper.find('[data-testid="feedback-rated"]').text()).toBe('Siti Aminah')
    expect(wrapper.text()).toContain('Perawat Ahli Pertama')
    expect(wrapper.find('[data-testid="feedback-relationship"]').text()).toBe('Anda menilai sebagai rekan kerjanya')
    expect(wrapper.find('[data-testid="feedback-program"]').text()).toBe('Pelatihan Kerja Sama Tim · Sebelum pelatihan')
    expect(wrapper.text()).toContain('Terbuka sampai 2 Maret 2025')
    expect(wrapper.find('[data-testid="feedback-question"]').text()).toBe(
      'Seberapa baik Siti Aminah menunjukkan kompetensi berikut dalam pekerjaan sehari-hari?')
    const rows = wrapper.findAll('fieldset.rating')
    expect(rows).toHaveLength(3)
    expect(rows[1]!.find('legend').text()).toBe('Kompetensi 2 dari 3: Komunikasi')
    const radios = rows[1]!.findAll('input[type="radio"]')
    expect(radios.map((r) => r.attributes('name'))).toEqual(Array(6).fill('fb-M.03'))
    expect(rows[1]!.findAll('label').map((l) => l.find('.label').text())).toEqual(
      ['Sangat kurang', 'Kurang', 'Cukup', 'Baik', 'Sangat baik', 'Tidak dapat menilai'])
    // Nothing is chosen at first.
    expect(radios.some((r) => (r.element as HTMLInputElement).checked)).toBe(false)
    expect(wrapper.find('[data-testid="feedback-progress"]').text()).toBe('0 dari 3 kompetensi dinilai')
  })

  it('asks for one score at least before anything is sent: "Tidak dapat menilai" alone is not enough', async () => {
    const fake = server({ status: 201, body: {} })
    const { wrapper } = await open()
    await choose(wrapper, 'M.02', 'na')
    await wrapper.find('[data-testid="feedback-form"]').trigger('submit')
    expect(wrapper.find('[data-testid="feedback-error"]').text()).toBe('Mohon beri nilai setidaknya satu kompetensi sebelum mengirim.')
    expect(wrapper.find('[data-testid="confirm-sheet"]').exists()).toBe(false)
    expect(fake.sent('POST', PATH)).toHaveLength(0)
    // Scoring one clears the message.
    await choose(wrapper, 'M.03', 4)
    expect(wrapper.find('[data-testid="feedback-error"]').exists()).toBe(false)
  })

  it('sends each competency (null for "cannot judge" and for one left alone) after one question, then thanks', async () => {
    const fake = server({ status: 201, body: { ok: true, message: 'Terima kasih' } })
    const { wrapper } = await open()
    await choose(wrapper, 'M.02', 5)
    await choose(wrapper, 'M.03', 2)
    await choose(wrapper, 'M.03', 'na')
    expect(wrapper.find('[data-testid="c-M.03"] label.na').classes()).toContain('picked')
    expect(wrapper.find('[data-testid="feedback-progress"]').text()).toBe('1 dari 3 kompetensi dinilai')
    await wrapper.find('[data-testid="feedback-form"]').trigger('submit')
    expect(wrapper.find('[data-testid="confirm-sheet"]').text()).toContain('Penilaian untuk Siti Aminah tidak dapat diubah setelah terkirim.')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.sent('POST', PATH).map((c) => c.body)).toEqual([{ scores: { 'M.02': 5, 'M.03': null, 'T.KES.01': null } }])
    const thanks = wrapper.find('[data-testid="feedback-thanks"]')
    expect(thanks.text()).toContain('Terima kasih, penilaian Anda telah tersimpan.')
    expect(thanks.find('a').attributes('href')).toBe('/umpan-balik')
    expect(wrapper.find('[data-testid="feedback-form"]').exists()).toBe(false)
  })

  it('says "self-rating" for one\'s own form', async () => {
    server({ status: 201, body: {} }, { relationship: 'mandiri' })
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="feedback-relationship"]').text()).toBe('Penilaian diri sendiri')
    await choose(wrapper, 'M.02', 3)
    await wrapper.find('[data-testid="feedback-form"]').trigger('submit')
    expect(wrapper.find('[data-testid="confirm-sheet"]').text()).toContain('Penilaian diri Anda tidak dapat diubah setelah terkirim.')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="feedback-thanks"]').text()).toContain('Penilaian diri Anda tampil di Hasil 360 saya')
  })

  it('marks the competency the server names on 400 and keeps every choice', async () => {
    server(refusal(400, 'invalid_argument', 'Mohon periksa T.KES.01: bukan kompetensi program ini',
      [{ row: 0, column: 'T.KES.01', message: 'Bukan kompetensi program ini' }]))
    const { wrapper } = await open()
    await choose(wrapper, 'T.KES.01', 4)
    await choose(wrapper, 'M.02', 2)
    await send(wrapper)
    const row = wrapper.find('[data-testid="c-T.KES.01"]')
    expect(row.classes()).toContain('invalid')
    expect(row.attributes('aria-invalid')).toBe('true')
    expect(row.find('[data-testid="rating-error"]').text()).toBe('Bukan kompetensi program ini')
    expect(wrapper.find('[data-testid="c-M.02"]').classes()).not.toContain('invalid')
    expect(wrapper.find('[data-testid="feedback-error"]').text()).toBe(
      'Mohon periksa kompetensi yang ditandai: Mohon periksa T.KES.01: bukan kompetensi program ini')
    expect((row.find('input[value="4"]').element as HTMLInputElement).checked).toBe(true)
    expect((wrapper.find('[data-testid="c-M.02"] input[value="2"]').element as HTMLInputElement).checked).toBe(true)
    // The refused row gets the focus on its chosen answer.
    expect(document.activeElement).toBe(row.find('input[value="4"]').element)
    // Choosing again clears the mark.
    await choose(wrapper, 'T.KES.01', 5)
    expect(wrapper.find('[data-testid="c-T.KES.01"]').classes()).not.toContain('invalid')
  })

  it('says a 400 without a known competency in words, marking nothing', async () => {
    server(refusal(400, 'invalid_argument', 'Kolom tidak dikenal: komentar', [{ column: 'komentar', message: 'tidak dikenal' }]))
    const { wrapper } = await open()
    await choose(wrapper, 'M.02', 4)
    await send(wrapper)
    expect(wrapper.find('[data-testid="feedback-error"]').text()).toBe('Kolom tidak dikenal: komentar')
    expect(wrapper.findAll('fieldset.invalid')).toHaveLength(0)
  })

  it('shows "already sent" on 409 and the closing day on 412 after the campaign closed', async () => {
    server(refusal(409, 'conflict', 'Sudah dijawab'))
    const first = (await open()).wrapper
    await choose(first, 'M.02', 4)
    await send(first)
    expect(first.find('[data-testid="feedback-state"]').attributes('data-state')).toBe('terkirim')
    expect(first.find('[data-testid="feedback-state"]').text()).toContain('Penilaian untuk Siti Aminah sudah dikirim. Terima kasih.')
    expect(first.find('[data-testid="feedback-form"]').exists()).toBe(false)

    // The form was read while open (2025); by today the campaign has closed.
    server(refusal(412, 'failed_precondition', 'Sudah ditutup'))
    const second = (await open()).wrapper
    await choose(second, 'M.02', 4)
    await send(second)
    expect(second.find('[data-testid="feedback-state"]').attributes('data-state')).toBe('ditutup')
    expect(second.find('[data-testid="feedback-state"]').text()).toContain('sudah ditutup pada 2 Maret 2025')
  })

  it('shows a sentence with the dates instead of the form when answered, not open yet or closed', async () => {
    server({ status: 201, body: {} }, { answered: true })
    const sent = (await open()).wrapper
    expect(sent.find('[data-testid="feedback-state"]').attributes('data-state')).toBe('terkirim')
    expect(sent.find('fieldset').exists()).toBe(false)
    server({ status: 201, body: {} }, { state: 'belum_dibuka', opens: '2027-02-10', closes: '2027-03-02' })
    const early = (await open()).wrapper
    expect(early.find('[data-testid="feedback-state"]').text()).toContain(
      'Penilaian ini belum dibuka. Anda dapat mengisinya mulai 10 Februari 2027 sampai 2 Maret 2027.')
    server({ status: 201, body: {} }, { state: 'ditutup' })
    const late = (await open()).wrapper
    expect(late.find('[data-testid="feedback-state"]').text()).toContain(
      'Penilaian ini sudah ditutup pada 2 Maret 2025; jawaban tidak dapat dikirim lagi.')
  })

  it('says when the caller was not asked (403) or the campaign does not exist (404)', async () => {
    fakeServer({ [`GET ${PATH}`]: refusal(403, 'forbidden', 'x') })
    expect((await open()).wrapper.find('[data-testid="feedback-load-error"]').text()).toContain(
      'Anda tidak diminta menilai pegawai ini pada kampanye tersebut.')
    fakeServer({ [`GET ${PATH}`]: refusal(404, 'not_found', 'x') })
    expect((await open()).wrapper.find('[data-testid="feedback-load-error"]').text()).toContain('Kampanye umpan balik ini tidak ditemukan.')
  })

  it('loads the wording again in English and keeps the choices', async () => {
    const fake = server({ status: 201, body: {} })
    const { wrapper } = await open()
    await choose(wrapper, 'M.03', 5)
    await choose(wrapper, 'M.02', 'na')
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(fake.sent('GET', PATH)).toHaveLength(2)
    expect(wrapper.find('[data-testid="c-M.03"]').text()).toContain('Very good')
    expect(wrapper.find('[data-testid="c-M.03"]').text()).toContain('Communication')
    expect((wrapper.find('[data-testid="c-M.03"] input[value="5"]').element as HTMLInputElement).checked).toBe(true)
    expect((wrapper.find('[data-testid="c-M.02"] input[value="na"]').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.find('[data-testid="c-M.02"] label.na').text()).toBe('Cannot judge')
    expect(wrapper.find('[data-testid="feedback-relationship"]').text()).toBe('You rate as their peer')
  })
})
