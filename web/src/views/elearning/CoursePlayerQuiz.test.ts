// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import CoursePlayerView from './CoursePlayerView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { KODE, QUIZ_MODULE, attempt, course, overview, progress, quizModule, reviewed } from '@/views/quiz/test_data'
import { learnerModules } from './test_data'

describe('CoursePlayerView: a quiz module', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('takes the quiz and moves the module and the course with the submission\'s answer', async () => {
    const done = progress({ status: 'selesai', score: 100, completed_at: '2026-03-10T02:10:00Z' })
    const quiz = `/offerings/${KODE}/modules/${QUIZ_MODULE}/quiz`
    let submitted = false
    const fake = fakeServer({
      [`GET /offerings/${KODE}/course`]: () => ({ body: {
        course: course({ modules: 4, progress: { done: submitted ? 2 : 1, required: 4, percent: submitted ? 50 : 25 } }),
        modules: [...learnerModules(), quizModule({ progress: submitted ? done : null })],
      } }),
      [`GET ${quiz}`]: () => ({ body: overview({ progress: submitted ? done : null }) }),
      [`POST ${quiz}/attempts`]: { status: 201, body: { attempt: attempt() } },
      'PUT /quiz-attempts/501/answers': { body: { saved_at: '2026-03-10T02:01:00Z' } },
      'POST /quiz-attempts/501/submit': () => {
        submitted = true
        return { body: { attempt: reviewed({ score: 100, passed: true }), progress: done, course: course({ modules: 4, progress: { done: 2, required: 4, percent: 50 } }) } }
      },
    })
    const { wrapper } = await mountPage(CoursePlayerView, { role: 'asn', path: `/e-learning/${KODE}?modul=${QUIZ_MODULE}`, props: { kode: KODE } })
    const viewer = wrapper.find('[data-testid="module-viewer"]')
    expect(viewer.attributes('data-kind')).toBe('quiz')
    expect(viewer.find('.kicker').text()).toContain('Kuis')
    await wrapper.find('[data-testid="quiz-start"]').trigger('click')
    await flushPromises()
    await wrapper.find('[data-testid="attempt-question"] input[type="radio"]').setValue(true)
    await wrapper.find('[data-testid="attempt-finish-early"]').trigger('click')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(wrapper.find(`[data-testid="module-list"] li[data-module-id="${QUIZ_MODULE}"]`).attributes('data-status')).toBe('selesai')
    expect(wrapper.find('[data-testid="course-progress"]').text()).toBe('2 dari 4 modul wajib selesai (50%)')
    expect(wrapper.find('[data-testid="module-stats"]').text()).toContain('Nilai: 100')
    expect(wrapper.find('[data-testid="quiz-review"] [data-testid="review-passed"]').attributes('data-passed')).toBe('yes')
    // The submission's answer was enough: the course is not read again.
    expect(fake.sent('GET', `/offerings/${KODE}/course`)).toHaveLength(1)
  })
})
