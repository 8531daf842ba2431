// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import QuestionBankView from './QuestionBankView.vue'
import { fakeServer, mountPage, type Answer } from '@/views/usulan/test_mount'
import { useSessionStore } from '@/stores/session'
import type { Question } from '@/api/quiz'
import type { Role } from '@/api/types'
import { question } from './test_data'

const DICTIONARY = { kind: 'kompetensi', total: 2, offset: 0, limit: 500,
  items: [{ kode: 'M.05', nama: 'Pelayanan Publik' }, { kode: 'M.01', nama: 'Integritas' }] }

function server(items: Question[], extra: Record<string, Answer> = {}) {
  return fakeServer({
    'GET /data/kompetensi': { body: DICTIONARY },
    'GET /questions': { body: { items, counts: [{ competency: 'M.05', questions: items.filter((q) => !q.archived).length }] } },
    ...extra,
  })
}

async function open(role: Role = 'admin_bkd', institution: string | null = null, path = '/bank-soal') {
  const mounted = await mountPage(QuestionBankView, { role, nip: null, agency: null, path })
  useSessionStore().user!.institution = institution
  await flushPromises()
  return mounted
}
type Wrapper = Awaited<ReturnType<typeof open>>['wrapper']
const rows = (w: Wrapper) => w.findAll('[data-testid="question-row"]')

async function fill(w: Wrapper, testid: string, value: string) {
  await w.find(`[data-testid="${testid}"]`).setValue(value)
}

describe('QuestionBankView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists the questions with the competency counts, and filters by competency, text and archived', async () => {
    const fake = server([question(), question({ id: 102, kind: 'numeric', text: '# Berapa\n\nJam **buka**?', options: [], answer: 8, owner: 'Universitas Jambi' })])
    const { wrapper, router } = await open()
    expect(rows(wrapper).map((r) => r.find('[data-testid="question-snippet"]').text())).toEqual(['Apa arti pelayanan prima?', 'Berapa Jam buka?'])
    expect(rows(wrapper)[1]!.text()).toContain('Universitas Jambi')
    expect(rows(wrapper)[0]!.text()).toContain('BKD/BPSDM')
    expect(wrapper.find('[data-testid="competency-item"][data-code="M.05"]').text()).toContain('Pelayanan Publik')
    expect(wrapper.find('[data-testid="competency-other"]').findAll('option').map((o) => o.attributes('value'))).toEqual(['', 'M.01'])

    await wrapper.find('[data-testid="competency-item"][data-code="M.05"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.kompetensi).toBe('M.05')
    await wrapper.find('[data-testid="bank-archived"]').setValue(true)
    await flushPromises()
    const queries = fake.sent('GET', '/questions').map((c) => c.query.toString())
    expect(queries).toEqual(['', 'competency=M.05', 'competency=M.05&archived=1'])
  })

  it('shows a question rendered from its Markdown with the right option marked', async () => {
    server([question()])
    const { wrapper } = await open('auditor')
    await rows(wrapper)[0]!.find('[data-testid="question-show"]').trigger('click')
    const detail = wrapper.find('[data-testid="question-detail"]')
    expect(detail.find('strong').text()).toBe('pelayanan prima')
    expect(detail.findAll('[data-testid="preview-options"] li').map((li) => li.attributes('data-right'))).toEqual(['yes', 'no', 'no'])
    expect(detail.find('[data-testid="preview-explanation"] em').text()).toBe('prima')
  })

  it('lets the auditor read only: no add, edit or archive buttons', async () => {
    server([question()])
    const { wrapper } = await open('auditor')
    expect(wrapper.find('[data-testid="question-add"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="question-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="bank-role-note"]').text()).toContain('Anda dapat membaca semua soal')
  })

  it('shows a partner the buttons on its own institution\'s questions only', async () => {
    server([question({ id: 1, owner: 'BPSDM Provinsi Jambi' }), question({ id: 2, owner: '' })])
    const { wrapper } = await open('lembaga_mitra', 'BPSDM Provinsi Jambi')
    expect(rows(wrapper).map((r) => r.find('[data-testid="question-edit"]').exists())).toEqual([true, false])
    expect(wrapper.find('[data-testid="question-add"]').exists()).toBe(true)
  })

  it('adds a single-choice question: checks first, then sends it and reads the bank again', async () => {
    const fake = server([], { 'POST /questions': { status: 201, body: { question: question({ id: 130 }) } } })
    const { wrapper } = await open('admin_bkd', null, '/bank-soal?kompetensi=M.05')
    expect(wrapper.find('[data-testid="bank-empty"]').text()).toContain('Belum ada soal untuk kompetensi ini')
    await wrapper.find('[data-testid="question-add"]').trigger('click')
    await flushPromises()
    const form = () => wrapper.find('[data-testid="question-form"]')
    expect((form().find('[data-testid="question-competency"]').element as HTMLSelectElement).value).toBe('M.05')
    await form().trigger('submit')
    expect(form().text()).toContain('Mohon isi teks soal.')
    expect(form().text()).toContain('Mohon tandai satu jawaban benar.')
    expect(fake.sent('POST', '/questions')).toHaveLength(0)

    await fill(wrapper, 'question-text', 'Apa arti **prima**?')
    const options = form().findAll('[data-testid="option-text"]')
    await options[0]!.setValue('Cepat')
    await options[1]!.setValue('Lambat')
    await form().findAll('[data-testid="option-correct"]')[0]!.setValue(true)
    await fill(wrapper, 'question-points', '2')
    expect(form().find('[data-testid="question-preview"] strong').text()).toBe('prima')
    await form().trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', '/questions')[0]!.body).toEqual({
      competency: 'M.05', kind: 'single', text: 'Apa arti **prima**?', explanation: '', points: 2, options: ['Cepat', 'Lambat'], answer: [0],
    })
    expect(wrapper.find('[data-testid="question-form"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="bank-notice"]').text()).toBe('Soal ditambahkan.')
    expect(fake.sent('GET', '/questions')).toHaveLength(2)
  })

  it('keeps what was typed and puts the server\'s sentence at the field it names', async () => {
    server([], { 'POST /questions': { status: 400, body: { error: { code: 'invalid_argument', message: 'Jawaban tidak valid.', details: [{ column: 'answer', message: 'Toleransi terlalu besar.' }] } } } })
    const { wrapper } = await open('admin_bkd', null, '/bank-soal?kompetensi=M.05')
    await wrapper.find('[data-testid="question-add"]').trigger('click')
    await flushPromises()
    await wrapper.find('[data-testid="question-kind"]').setValue('numeric')
    await fill(wrapper, 'question-text', 'Berapa?')
    await fill(wrapper, 'question-numeric', '12,5')
    await wrapper.find('[data-testid="question-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="question-error"]').text()).toBe('Jawaban tidak valid.')
    expect(wrapper.find('[data-testid="question-form"]').text()).toContain('Toleransi terlalu besar.')
    expect((wrapper.find('[data-testid="question-numeric"]').element as HTMLInputElement).value).toBe('12,5')
  })

  it('edits a question with only the changed fields, and archives after one question', async () => {
    const fake = server([question()], {
      'PATCH /questions/101': { body: { question: question({ text: 'Baru' }) } },
      'DELETE /questions/101': { status: 200, body: {} },
    })
    const { wrapper } = await open()
    await rows(wrapper)[0]!.find('[data-testid="question-edit"]').trigger('click')
    await flushPromises()
    await fill(wrapper, 'question-text', 'Baru')
    await wrapper.find('[data-testid="question-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('PATCH', '/questions/101')[0]!.body).toEqual({ text: 'Baru' })

    await rows(wrapper)[0]!.find('[data-testid="question-archive"]').trigger('click')
    expect(document.querySelector('[data-testid="confirm-sheet"]')?.textContent).toContain('tidak akan diundi lagi')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(fake.sent('DELETE', '/questions/101')).toHaveLength(1)
    expect(wrapper.find('[data-testid="bank-notice"]').text()).toBe('Soal diarsipkan.')
  })

  it('restores an archived question', async () => {
    const fake = server([question({ archived: true })], { 'PATCH /questions/101': { body: { question: question() } } })
    const { wrapper } = await open()
    expect(rows(wrapper)[0]!.attributes('data-archived')).toBe('yes')
    await rows(wrapper)[0]!.find('[data-testid="question-restore"]').trigger('click')
    await flushPromises()
    expect(fake.sent('PATCH', '/questions/101')[0]!.body).toEqual({ archived: false })
  })
})
