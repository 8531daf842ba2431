// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ModuleEditor from './ModuleEditor.vue'
import type { CourseModule } from '@/api/elearning'
import { resetCompetencyDictionary } from '@/composables/useCompetencyDictionary'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { PROGRAM, programModules } from '@/views/elearning/test_data'
import { moduleQuiz, quizModule } from '@/views/quiz/test_data'

const LIST = `/programs/${PROGRAM}/modules`
const DICTIONARY = { kind: 'kompetensi', total: 3, offset: 0, limit: 500, items: [
  { kode: 'M.05', nama: 'Pelayanan Publik' }, { kode: 'M.01', nama: 'Integritas' }, { kode: 'T.KES.01', nama: 'Pelayanan Kesehatan' }] }

function withQuiz(quiz = moduleQuiz()): CourseModule[] {
  const { progress: _p, ...m } = quizModule({ quiz })
  return [...programModules().modules, m]
}

const mountEditor = () => mountPage(ModuleEditor, { role: 'admin_bkd', nip: null, agency: null, props: { program: PROGRAM } })
type Wrapper = Awaited<ReturnType<typeof mountEditor>>['wrapper']
const quizRow = (w: Wrapper) => w.find('[data-testid="editor-module"][data-kind="quiz"]')

describe('ModuleEditor: quiz modules', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    resetCompetencyDictionary()
    document.body.innerHTML = ''
  })

  it('shows a quiz\'s settings in one line and warns when the bank holds fewer questions than an attempt draws', async () => {
    fakeServer({ [`GET ${LIST}`]: { body: programModules({ modules: withQuiz(moduleQuiz({ questions: 10, available: 4, time_limit_minutes: 15, test: 'post' })) }) },
      'GET /data/kompetensi': { body: DICTIONARY } })
    const { wrapper } = await mountEditor()
    expect(quizRow(wrapper).find('[data-testid="editor-quiz"]').text())
      .toBe('10 soal per percobaan · 15 menit · nilai lulus 70 · 2 kali percobaan · Post-test')
    expect(quizRow(wrapper).find('[data-testid="editor-quiz-available"]').classes()).toContain('warn')
    expect(quizRow(wrapper).find('[data-testid="editor-quiz-available"]').text()).toContain('hanya berisi 4 soal aktif')
    // No file to upload for a quiz, and it does not count as a module waiting for its file.
    expect(quizRow(wrapper).find('[data-testid="editor-file"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="editor-missing"]').exists()).toBe(false)
  })

  it('says plainly when the bank is empty, and nothing alarming when it is enough', async () => {
    fakeServer({ [`GET ${LIST}`]: { body: programModules({ modules: withQuiz(moduleQuiz({ available: 0 })) }) } })
    const { wrapper } = await mountEditor()
    expect(quizRow(wrapper).find('[data-testid="editor-quiz-available"]').text()).toContain('masih kosong')
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    fakeServer({ [`GET ${LIST}`]: { body: programModules({ modules: withQuiz() }) } })
    const again = await mountEditor()
    expect(quizRow(again.wrapper).find('[data-testid="editor-quiz-available"]').text()).toBe('12 soal aktif tersedia di bank')
  })

  it('adds a quiz with its instructions and settings, competencies chosen from the dictionary', async () => {
    const fake = fakeServer({
      [`GET ${LIST}`]: { body: programModules() },
      'GET /data/kompetensi': { body: DICTIONARY },
      [`POST ${LIST}`]: { status: 201, body: { module: withQuiz()[3] } },
    })
    const { wrapper } = await mountEditor()
    await wrapper.find('[data-testid="module-add-kind"]').setValue('quiz')
    await flushPromises()
    const form = wrapper.find('[data-testid="module-add-form"]')
    expect(form.find('label[for="module-body-new"]').text()).toBe('Petunjuk (Markdown)')
    await form.find('[data-testid="module-add-title"]').setValue('Kuis akhir')
    await form.find('[data-testid="module-add-body"]').setValue('Jawab **semua** soal.')
    await form.find('[data-testid="competency-search"]').setValue('pelayanan')
    expect(form.findAll('[data-testid="competency-matches"] button').map((b) => b.attributes('data-code'))).toEqual(['M.05', 'T.KES.01'])
    await form.find('[data-testid="competency-matches"] button[data-code="T.KES.01"]').trigger('click')
    expect(form.find('[data-testid="competency-chosen"]').text()).toContain('T.KES.01')
    await form.find('[data-testid="quiz-questions"]').setValue('5')
    await form.find('[data-testid="quiz-time_limit_minutes"]').setValue('20')
    await form.find('[data-testid="quiz-attempts"]').setValue('3')
    await form.find('[data-testid="quiz-pass_score"]').setValue('75')
    await form.find('[data-testid="quiz-test"]').setValue('pre')
    await form.find('[data-testid="quiz-review"]').setValue('benar_salah')
    await form.find('[data-testid="quiz-shuffle"]').setValue(false)
    await form.trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', LIST)[0]!.body).toEqual({
      kind: 'quiz', title: 'Kuis akhir', required: true, body: 'Jawab **semua** soal.',
      quiz: { competencies: ['T.KES.01'], questions: 5, time_limit_minutes: 20, attempts: 3, pass_score: 75, test: 'pre', review: 'benar_salah', shuffle: false },
    })
  })

  it('checks the ranges as the author types and sends nothing out of range', async () => {
    const fake = fakeServer({ [`GET ${LIST}`]: { body: programModules() } })
    const { wrapper } = await mountEditor()
    await wrapper.find('[data-testid="module-add-kind"]').setValue('quiz')
    await wrapper.find('[data-testid="module-add-title"]').setValue('Kuis')
    await wrapper.find('[data-testid="quiz-questions"]').setValue('0')
    expect(wrapper.find('[data-testid="quiz-settings"]').text()).toContain('Soal per percobaan: 1 sampai 100.')
    await wrapper.find('[data-testid="module-add-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', LIST)).toHaveLength(0)
  })

  it('edits a quiz\'s instructions and settings, sending the settings whole', async () => {
    const fake = fakeServer({
      [`GET ${LIST}`]: { body: programModules({ modules: withQuiz() }) },
      'PATCH /modules/15': { body: { module: withQuiz()[3] } },
    })
    const { wrapper } = await mountEditor()
    await quizRow(wrapper).find('[data-testid="editor-edit"]').trigger('click')
    const row = quizRow(wrapper)
    expect((row.find('[data-testid="editor-form-body"]').element as HTMLTextAreaElement).value).toBe('Kerjakan **dengan jujur**.')
    expect(row.find('[data-testid="quiz-available"]').text()).toBe('12 soal aktif tersedia di bank')
    expect((row.find('[data-testid="quiz-questions"]').element as HTMLInputElement).value).toBe('3')
    await row.find('[data-testid="quiz-pass_score"]').setValue('80')
    await row.find('[data-testid="editor-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('PATCH', '/modules/15')[0]!.body).toEqual({
      quiz: { competencies: ['M.05'], questions: 3, time_limit_minutes: 0, attempts: 2, pass_score: 80, test: null, review: 'jawaban', shuffle: true },
    })
  })

  it('warns in the edit form as soon as the attempt would draw more than the bank holds', async () => {
    fakeServer({ [`GET ${LIST}`]: { body: programModules({ modules: withQuiz() }) } })
    const { wrapper } = await mountEditor()
    await quizRow(wrapper).find('[data-testid="editor-edit"]').trigger('click')
    await quizRow(wrapper).find('[data-testid="quiz-questions"]').setValue('20')
    expect(quizRow(wrapper).find('[data-testid="quiz-available"]').text()).toContain('kurang dari 20 soal per percobaan')
  })
})
