// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import QuizModule from './QuizModule.vue'
import { fakeServer, mountPage, type Answer } from '@/views/usulan/test_mount'
import type { Attempt } from '@/api/quiz'
import { KODE, QUIZ_MODULE, attempt, course, moduleQuiz, overview, progress, quizModule, reviewed } from '@/views/quiz/test_data'

const QUIZ = `/offerings/${KODE}/modules/${QUIZ_MODULE}/quiz`
const SAVE = '/quiz-attempts/501/answers'
const SUBMIT = '/quiz-attempts/501/submit'

function server(extra: Record<string, Answer> = {}, started: Attempt = attempt()) {
  return fakeServer({
    [`GET ${QUIZ}`]: { body: overview() },
    [`POST ${QUIZ}/attempts`]: { status: 201, body: { attempt: started } },
    [`PUT ${SAVE}`]: { body: { saved_at: '2026-03-10T02:01:00Z' } },
    [`POST ${SUBMIT}`]: { body: { attempt: reviewed(), progress: progress({ status: 'sedang', score: 60 }), course: course() } },
    ...extra,
  })
}

const open = (learner = true, module = quizModule()) =>
  mountPage(QuizModule, { role: learner ? 'asn' : 'admin_bkd', props: { kode: KODE, module, learner } })
type Wrapper = Awaited<ReturnType<typeof open>>['wrapper']
const q = (w: Wrapper) => w.find('[data-testid="attempt-question"]')
const click = async (w: Wrapper, testid: string) => {
  await w.find(`[data-testid="${testid}"]`).trigger('click')
  await flushPromises()
}

describe('QuizModule: before an attempt', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the instructions and the rules, and starts', async () => {
    const fake = server()
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="quiz-instructions"] strong').text()).toBe('dengan jujur')
    const rules = wrapper.find('[data-testid="quiz-rules"]')
    expect(['questions', 'time', 'attempts', 'pass'].map((r) => rules.find(`[data-rule="${r}"]`).text()))
      .toEqual(['3 soal', 'Tanpa batas waktu', '2 kali', '70'])
    expect(wrapper.find('[data-testid="quiz-start"]').text()).toBe('Mulai kuis')
    await click(wrapper, 'quiz-start')
    expect(fake.sent('POST', `${QUIZ}/attempts`)).toHaveLength(1)
    expect(q(wrapper).attributes('data-question-id')).toBe('101')
  })

  it('offers to continue an open attempt with its time left, and lists past attempts', async () => {
    const deadline = new Date(Date.now() + 9 * 60_000 + 30_000).toISOString()
    const { questions: _q, answers: _a, ...past } = reviewed({ id: 499, number: 1 })
    server({ [`GET ${QUIZ}`]: { body: overview({ open: attempt({ number: 2, deadline }), attempts: [past], remaining: 1 }) },
      'GET /quiz-attempts/499': { body: { attempt: reviewed({ id: 499 }) } } })
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="quiz-open"]').text()).toMatch(/^Percobaan ke-2 sedang berjalan; sisa waktu 09:(29|30)\.$/)
    expect(wrapper.find('[data-testid="quiz-start"]').attributes('data-action')).toBe('continue')
    expect(wrapper.find('[data-testid="quiz-history-score"]').text()).toBe('· Nilai 60 · Belum lulus')
    await click(wrapper, 'quiz-history-open')
    expect(wrapper.find('[data-testid="quiz-review"]').exists()).toBe(true)
  })

  it('says why it cannot start and what happens next', async () => {
    server({ [`GET ${QUIZ}`]: { body: overview({ can_start: false, remaining: 0, progress: progress({ status: 'gagal', score: 40 }) }) } })
    const { wrapper } = await open(true, quizModule({ progress: progress({ status: 'gagal', score: 40 }) }))
    expect(wrapper.find('[data-testid="quiz-start"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="quiz-state"]').text()).toContain('percobaan sudah habis')
  })

  it('reads the course again when the overview\'s progress is newer (an expired attempt graded on opening)', async () => {
    server({ [`GET ${QUIZ}`]: { body: overview({ progress: progress({ status: 'selesai', score: 80 }) }) } })
    const { wrapper } = await open()
    expect(wrapper.emitted('finished')).toHaveLength(1)
  })

  it('shows staff the instructions and the settings without a start button', async () => {
    const fake = server()
    const { wrapper } = await open(false, quizModule({ quiz: moduleQuiz({ test: 'pre', attempts: 3, time_limit_minutes: 20 }) }))
    expect(fake.calls).toHaveLength(0)
    expect(wrapper.find('[data-testid="quiz-start"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="quiz-preview"]').text()).toContain('12 soal aktif di bank')
    expect(wrapper.find('[data-rule="attempts"]').text()).toBe('1 kali')
    expect(wrapper.find('[data-rule="time"]').text()).toBe('20 menit')
    expect(wrapper.text()).toContain('pre-test')
  })
})

describe('QuizModule: the attempt', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows one question at a time, saves answers after a pause and at once on a move', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const fake = server()
    const { wrapper } = await open()
    await click(wrapper, 'quiz-start')
    expect(wrapper.findAll('[data-testid="attempt-question"]')).toHaveLength(1)
    expect(wrapper.find('[data-testid="attempt-question-number"]').text()).toBe('Soal 1 dari 4')
    expect(wrapper.findAll('[data-testid="attempt-nav"]')).toHaveLength(4)
    expect(q(wrapper).find('em').text()).toBe('satu')

    await q(wrapper).findAll('input[type="radio"]')[1]!.setValue(true)
    expect(fake.sent('PUT', SAVE)).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1600)
    await flushPromises()
    // Every answer each time (the server keeps the map it last received), null where none is given.
    expect(fake.sent('PUT', SAVE).map((c) => c.body)).toEqual([{ answers: { 101: [1], 102: null, 103: null, 104: null } }])
    expect(wrapper.find('[data-testid="attempt-save"]').attributes('data-state')).toBe('saved')
    expect(wrapper.findAll('[data-testid="attempt-nav"]')[0]!.attributes('data-answered')).toBe('yes')

    await click(wrapper, 'attempt-next')
    const boxes = q(wrapper).findAll('input[type="checkbox"]')
    await boxes[0]!.setValue(true)
    await boxes[2]!.setValue(true)
    await click(wrapper, 'attempt-next')
    expect(fake.sent('PUT', SAVE).at(-1)!.body).toEqual({ answers: { 101: [1], 102: [0, 2], 103: null, 104: null } })

    expect(q(wrapper).findAll('[data-testid="attempt-option"]').map((o) => o.text())).toEqual(['Benar', 'Salah'])
    await wrapper.findAll('[data-testid="attempt-nav"]')[3]!.trigger('click')
    await flushPromises()
    await q(wrapper).find('[data-testid="attempt-number"]').setValue('12,5')
    await click(wrapper, 'attempt-prev')
    expect(fake.sent('PUT', SAVE).at(-1)!.body).toEqual({ answers: { 101: [1], 102: [0, 2], 103: null, 104: 12.5 } })
  })

  it('asks before submitting, naming the unanswered questions, then shows the review and hands up the progress', async () => {
    const fake = server({}, attempt({ answers: { 101: [0], 104: 12.5 } }))
    const { wrapper } = await open()
    await click(wrapper, 'quiz-start')
    await click(wrapper, 'attempt-finish-early')
    const sheet = document.querySelector('[data-testid="confirm-sheet"]')!
    expect(sheet.textContent).toContain('2 soal belum dijawab: nomor 2, 3.')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(fake.sent('POST', SUBMIT)[0]!.body).toEqual({ answers: { 101: [0], 102: null, 103: null, 104: 12.5 } })
    expect(wrapper.find('[data-testid="quiz-review"]').exists()).toBe(true)
    expect(wrapper.emitted('progress')![0]).toEqual([{ progress: progress({ status: 'sedang', score: 60 }), course: course() }])
    expect(fake.sent('GET', QUIZ)).toHaveLength(2)
  })

  it('counts down to the deadline and submits by itself at zero, without asking', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
    vi.setSystemTime(new Date('2026-03-10T02:00:00Z'))
    const fake = server({}, attempt({ deadline: '2026-03-10T02:05:00Z' }))
    const { wrapper } = await open()
    await click(wrapper, 'quiz-start')
    const countdown = () => wrapper.find('[data-testid="attempt-countdown"]')
    expect(countdown().text()).toContain('05:00')
    expect(countdown().attributes('data-level')).toBe('warning')
    await vi.advanceTimersByTimeAsync(4 * 60_000 + 1000)
    expect(countdown().text()).toContain('00:59')
    expect(countdown().attributes('data-level')).toBe('danger')
    await q(wrapper).findAll('input[type="radio"]')[2]!.setValue(true)
    await vi.advanceTimersByTimeAsync(60_000)
    await flushPromises()
    expect(fake.sent('POST', SUBMIT)).toHaveLength(1)
    expect((fake.sent('POST', SUBMIT)[0]!.body as { answers: Record<string, unknown> }).answers['101']).toEqual([2])
    expect(document.querySelector('[data-testid="confirm-sheet"]')).toBeNull()
    expect(wrapper.find('[data-testid="quiz-review"]').exists()).toBe(true)
  })

  it('goes back to the overview when the attempt was submitted elsewhere (409)', async () => {
    server({ [`POST ${SUBMIT}`]: { status: 409, body: { error: { code: 'conflict', message: 'Sudah dikumpulkan.' } } } })
    const { wrapper } = await open()
    await click(wrapper, 'quiz-start')
    await click(wrapper, 'attempt-finish-early')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(wrapper.find('[data-testid="quiz-notice"]').text()).toContain('sudah ditutup')
    expect(wrapper.emitted('finished')).toBeTruthy()
  })
})

describe('QuizModule: the review', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function reviewOf(result: Attempt, review: 'jawaban' | 'benar_salah' | 'nilai' = 'jawaban') {
    server({
      [`GET ${QUIZ}`]: { body: overview({ quiz: { ...overview().quiz, review } }) },
      [`POST ${SUBMIT}`]: { body: { attempt: result, progress: progress(), course: course() } },
    })
    const { wrapper } = await open()
    await click(wrapper, 'quiz-start')
    await click(wrapper, 'attempt-finish-early')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLButtonElement).click()
    await flushPromises()
    return wrapper.find('[data-testid="quiz-review"]')
  }

  it('shows the score, each question right or wrong, the right answers and the explanations', async () => {
    const review = await reviewOf(reviewed())
    expect(review.attributes('data-level')).toBe('answers')
    expect(review.find('[data-testid="review-score"]').text()).toBe('60')
    expect(review.find('[data-testid="review-passed"]').text()).toContain('Belum lulus')
    expect(review.find('[data-testid="review-right-count"]').text()).toBe('3 dari 4 soal benar')
    const items = review.findAll('[data-testid="review-question"]')
    expect(items.map((i) => i.attributes('data-right'))).toEqual(['yes', 'no', 'yes', 'yes'])
    expect(items[0]!.find('[data-testid="review-explanation"] strong').text()).toBe('A1')
    expect(items[1]!.findAll('li.correct').map((li) => li.text())).toEqual(['A2 ✓ jawaban benar', 'C2 ✓ jawaban benar'])
    expect(items[1]!.find('li.chosen').text()).toBe('B2 pilihan Anda')
    expect(items[3]!.find('[data-testid="review-given"]').text()).toBe('12,5')
    expect(items[3]!.find('[data-testid="review-right-answer"]').text()).toBe('12 ± 0,5')
  })

  it('shows right or wrong only, saying when the answers will appear', async () => {
    const base = reviewed()
    const review = await reviewOf({ ...base, questions: base.questions.map(({ id, kind, text, options, points, right }) => ({ id, kind, text, options, points, right })) })
    expect(review.attributes('data-level')).toBe('right_wrong')
    expect(review.find('[data-testid="review-answers-later"]').exists()).toBe(true)
    expect(review.find('[data-testid="review-right-answer"]').exists()).toBe(false)
    expect(review.findAll('[data-testid="review-given"]').map((g) => g.text())).toEqual(['A1', 'B2', 'Salah', '12,5'])
  })

  it('shows the score alone when the quiz says so', async () => {
    const base = reviewed({ score: 100, passed: true })
    const review = await reviewOf({ ...base, questions: base.questions.map(({ id, kind, text, options, points }) => ({ id, kind, text, options, points })) }, 'nilai')
    expect(review.attributes('data-level')).toBe('score')
    expect(review.find('[data-testid="review-score-only"]').exists()).toBe(true)
    expect(review.findAll('[data-testid="review-question"]')).toHaveLength(0)
    expect(review.find('[data-testid="review-passed"]').attributes('data-passed')).toBe('yes')
  })
})
