// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ReactionFormView from './ReactionFormView.vue'
import { i18n } from '@/i18n'
import { fakeServer, mountPage, type Answer } from '@/views/usulan/test_mount'
import type { ReactionForm } from '@/api/reaction'
import { reactionForm } from './test_data'

const PATH = '/me/reactions/ANG-KES-1'

function server(post: Answer, form: Partial<ReactionForm> = {}) {
  return fakeServer({
    // The client asks in the chosen language (Accept-Language): answer in the one chosen when asked.
    [`GET ${PATH}`]: () => ({ body: reactionForm(form, i18n.global.locale.value === 'en' ? 'en' : 'id') }),
    [`POST ${PATH}`]: post,
  })
}

const mounted: Array<{ unmount(): void }> = []
async function open() {
  const page = await mountPage(ReactionFormView, { role: 'asn', props: { kode: 'ANG-KES-1' } })
  mounted.push(page.wrapper)
  return page
}
type Wrapper = Awaited<ReturnType<typeof open>>['wrapper']

async function choose(wrapper: Wrapper, code: string, value: number): Promise<void> {
  await wrapper.find(`[data-testid="q-${code}"] input[value="${value}"]`).setValue(true)
}

/** Submits the form and confirms in the sheet. */
async function send(wrapper: Wrapper): Promise<void> {
  await wrapper.find('[data-testid="reaction-form"]').trigger('submit')
  await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
  await flushPromises()
}

const refusal = (status: number, code: string, message: string, details: unknown[] = []): Answer =>
  ({ status, body: { error: { code, message, details } } })

describe('ReactionFormView: the participant\'s reaction survey', () => {
  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.unmount()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    i18n.global.locale.value = 'id'
  })

  it('shows the class, six statements of five labelled answers as radio groups, and "send without my name" ticked', async () => {
    server({ status: 201, body: {} })
    const { wrapper } = await open()
    expect(wrapper.find('h1').text()).toBe('Survei Reaksi')
    expect(wrapper.find('[data-testid="reaction-program"]').text()).toBe('Pelatihan Pelayanan Kesehatan')
    expect(wrapper.text()).toContain('BPSDM Jambi · 3–7 Maret 2025')
    const statements = wrapper.findAll('fieldset.statement')
    expect(statements).toHaveLength(6)
    expect(statements[0]!.find('legend').text()).toBe('Pernyataan 1 dari 6: Materi pelatihan ini relevan dengan tugas dan jabatan saya.')
    const radios = statements[2]!.findAll('input[type="radio"]')
    expect(radios.map((r) => r.attributes('name'))).toEqual(Array(5).fill('reaksi-pengajar'))
    // The number is decoration (aria-hidden): each radio is named by the server's label alone.
    expect(statements[2]!.findAll('label .label').map((l) => l.text())).toEqual(
      ['Sangat tidak setuju', 'Tidak setuju', 'Ragu-ragu', 'Setuju', 'Sangat setuju'])
    expect(statements[2]!.findAll('label .num').every((n) => n.attributes('aria-hidden') === 'true')).toBe(true)
    const anonymous = wrapper.find('[data-testid="reaction-anonymous"]').element as HTMLInputElement
    expect(anonymous.checked).toBe(true)
    expect(wrapper.find('[data-testid="reaction-anonymous-note"]').text()).toBe(
      'Jawaban disimpan tanpa NIP dan nama Anda, sehingga tidak dapat dikaitkan dengan Anda.')
    expect(wrapper.find('[data-testid="reaction-count"]').text()).toBe('0/2000 karakter')
  })

  it('asks for one answer at least before anything is sent', async () => {
    const fake = server({ status: 201, body: {} })
    const { wrapper } = await open()
    await wrapper.find('[data-testid="reaction-form"]').trigger('submit')
    expect(wrapper.find('[data-testid="reaction-error"]').text()).toBe('Mohon jawab setidaknya satu pernyataan sebelum mengirim.')
    expect(wrapper.find('[data-testid="confirm-sheet"]').exists()).toBe(false)
    expect(fake.sent('POST', PATH)).toHaveLength(0)
  })

  it('sends every statement (null when skipped), the trimmed suggestion and anonim true, then thanks', async () => {
    const fake = server({ status: 201, body: { ok: true, anonymous: true, message: 'Terima kasih' } })
    const { wrapper } = await open()
    await choose(wrapper, 'relevansi', 5)
    await choose(wrapper, 'manfaat', 4)
    await choose(wrapper, 'sarana', 2)
    await wrapper.find('[data-testid="q-sarana"] [data-testid="statement-clear"]').trigger('click')
    expect(wrapper.find('[data-testid="q-sarana"]').attributes('data-answered')).toBe('false')
    await wrapper.find('[data-testid="reaction-saran"]').setValue('  Tambah sesi praktik 👍 ')
    expect(wrapper.find('[data-testid="reaction-count"]').text()).toBe('24/2000 karakter')  // the emoji is one character, as the server counts
    expect(wrapper.find('[data-testid="reaction-progress"]').text()).toBe('2 dari 6 pernyataan dijawab')
    await wrapper.find('[data-testid="reaction-form"]').trigger('submit')
    expect(wrapper.find('[data-testid="confirm-sheet"]').text()).toContain('dikirim tanpa nama')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.sent('POST', PATH).map((c) => c.body)).toEqual([{
      relevansi: 5, materi: null, pengajar: null, metode: null, sarana: null, manfaat: 4, saran: 'Tambah sesi praktik 👍', anonim: true,
    }])
    const thanks = wrapper.find('[data-testid="reaction-thanks"]')
    expect(thanks.text()).toContain('Terima kasih, jawaban Anda telah tersimpan.')
    expect(thanks.text()).toContain('Jawaban Anda dikirim tanpa nama.')
    expect(thanks.find('a').attributes('href')).toBe('/pelatihan')
    expect(wrapper.find('[data-testid="reaction-form"]').exists()).toBe(false)
  })

  it('sends anonim false when unticked, and says so before and after', async () => {
    const fake = server({ status: 201, body: { ok: true, anonymous: false, message: 'ok' } })
    const { wrapper } = await open()
    await choose(wrapper, 'materi', 3)
    await wrapper.find('[data-testid="reaction-anonymous"]').setValue(false)
    expect(wrapper.find('[data-testid="reaction-anonymous-note"]').text()).toBe('Jawaban disimpan bersama NIP Anda.')
    await wrapper.find('[data-testid="reaction-form"]').trigger('submit')
    expect(wrapper.find('[data-testid="confirm-sheet"]').text()).toContain('bersama NIP Anda')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect((fake.sent('POST', PATH)[0]!.body as { anonim: boolean }).anonim).toBe(false)
    expect(wrapper.find('[data-testid="reaction-thanks"]').text()).toContain('dikirim bersama NIP Anda')
  })

  it('marks the statement the server names on 400 and keeps every answer', async () => {
    server(refusal(400, 'invalid_argument', 'Mohon periksa metode: Jawaban harus antara 1 dan 5',
      [{ row: 0, column: 'metode', message: 'Jawaban harus antara 1 dan 5' }]))
    const { wrapper } = await open()
    await choose(wrapper, 'metode', 4)
    await choose(wrapper, 'relevansi', 2)
    await wrapper.find('[data-testid="reaction-saran"]').setValue('Baik')
    await send(wrapper)
    const metode = wrapper.find('[data-testid="q-metode"]')
    expect(metode.classes()).toContain('invalid')
    expect(metode.attributes('aria-invalid')).toBe('true')
    expect(metode.find('[data-testid="statement-error"]').text()).toBe('Jawaban harus antara 1 dan 5')
    expect(wrapper.find('[data-testid="q-relevansi"]').classes()).not.toContain('invalid')
    expect(wrapper.find('[data-testid="reaction-error"]').text()).toContain('Mohon periksa metode')
    expect((metode.find('input[value="4"]').element as HTMLInputElement).checked).toBe(true)
    expect((wrapper.find('[data-testid="reaction-saran"]').element as HTMLTextAreaElement).value).toBe('Baik')
    // Answering it again clears the mark.
    await choose(wrapper, 'metode', 5)
    expect(wrapper.find('[data-testid="q-metode"]').classes()).not.toContain('invalid')
  })

  it('marks the suggestion on a 400 about `saran`, and refuses a too long one before sending', async () => {
    const fake = server(refusal(400, 'invalid_argument', 'Mohon periksa saran: terlalu panjang',
      [{ column: 'saran', message: 'Saran paling banyak 2000 karakter' }]), { saran_max_chars: 10 })
    const { wrapper } = await open()
    await choose(wrapper, 'materi', 4)
    await wrapper.find('[data-testid="reaction-saran"]').setValue('sebelas huruf')
    expect(wrapper.find('[data-testid="reaction-count"]').classes()).toContain('error-text')
    await wrapper.find('[data-testid="reaction-form"]').trigger('submit')
    expect(wrapper.find('[data-testid="reaction-error"]').text()).toBe('Saran paling banyak 10 karakter; mohon persingkat.')
    expect(fake.sent('POST', PATH)).toHaveLength(0)
    await wrapper.find('[data-testid="reaction-saran"]').setValue('pendek')
    await send(wrapper)
    expect(wrapper.find('[data-testid="reaction-saran-error"]').text()).toBe('Saran paling banyak 2000 karakter')
    expect(wrapper.find('[data-testid="reaction-saran"]').attributes('aria-invalid')).toBe('true')
  })

  it('shows "already answered" on 409 and the opening day on 412 instead of the form', async () => {
    server(refusal(409, 'conflict', 'Sudah dijawab'))
    const first = (await open()).wrapper
    await choose(first, 'materi', 4)
    await send(first)
    expect(first.find('[data-testid="reaction-state"]').attributes('data-state')).toBe('terkirim')
    expect(first.find('[data-testid="reaction-state"]').text()).toContain('Anda sudah mengisi survei reaksi untuk pelatihan ini.')
    expect(first.find('[data-testid="reaction-form"]').exists()).toBe(false)

    server(refusal(412, 'failed_precondition', 'Belum dibuka'), { opens: '2025-03-07' })
    const second = (await open()).wrapper
    await choose(second, 'materi', 4)
    await send(second)
    expect(second.find('[data-testid="reaction-state"]').text()).toContain('dibuka mulai 7 Maret 2025')
  })

  it('shows a sentence instead of the form when the survey is answered or not open yet', async () => {
    server({ status: 201, body: {} }, { state: 'terkirim' })
    const sent = (await open()).wrapper
    expect(sent.find('[data-testid="reaction-state"]').attributes('data-state')).toBe('terkirim')
    expect(sent.find('fieldset').exists()).toBe(false)
    server({ status: 201, body: {} }, { state: 'belum_dibuka', opens: '2025-12-19' })
    const early = (await open()).wrapper
    expect(early.find('[data-testid="reaction-state"]').text()).toContain(
      'Survei reaksi untuk pelatihan ini dibuka mulai 19 Desember 2025, setelah pelatihan selesai.')
  })

  it('says when the caller is not a participant (403) or the class does not exist (404)', async () => {
    fakeServer({ [`GET ${PATH}`]: refusal(403, 'forbidden', 'x') })
    expect((await open()).wrapper.find('[data-testid="reaction-load-error"]').text()).toContain('Anda tidak terdaftar sebagai peserta angkatan ANG-KES-1')
    fakeServer({ [`GET ${PATH}`]: refusal(404, 'not_found', 'x') })
    expect((await open()).wrapper.find('[data-testid="reaction-load-error"]').text()).toContain('Angkatan ANG-KES-1 tidak ditemukan.')
  })

  it('loads the wording again in English and keeps the answers', async () => {
    const fake = server({ status: 201, body: {} })
    const { wrapper } = await open()
    await choose(wrapper, 'pengajar', 5)
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(fake.sent('GET', PATH)).toHaveLength(2)
    expect(wrapper.find('[data-testid="q-pengajar"]').text()).toContain('Strongly agree')
    expect((wrapper.find('[data-testid="q-pengajar"] input[value="5"]').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.find('[data-testid="reaction-anonymous"]').element.closest('label')!.textContent).toContain('Send without my name')
  })
})
