// Questions, quiz overviews and attempts as the quiz API answers them (docs/quiz-api.md), for the tests.
import type { Attempt, AttemptQuestion, ModuleQuiz, Question, QuizOverview } from '@/api/quiz'
import type { LearnerModule } from '@/api/elearning'
import { KODE, course, module, progress } from '@/views/elearning/test_data'

export { KODE, course, progress }
export const QUIZ_MODULE = 15

export function question(overrides: Partial<Question> = {}): Question {
  return {
    id: 101, competency: 'M.05', kind: 'single', text: 'Apa arti **pelayanan prima**?',
    options: ['Cepat dan ramah', 'Lambat', 'Mahal'], answer: [0], tolerance: 0, explanation: 'Pelayanan *prima* itu cepat.',
    points: 1, owner: '', archived: false, created_at: '2026-03-01T02:00:00Z', updated_at: '2026-03-01T02:00:00Z', ...overrides,
  }
}

export function moduleQuiz(overrides: Partial<ModuleQuiz> = {}): ModuleQuiz {
  return {
    competencies: ['M.05'], questions: 3, time_limit_minutes: 0, attempts: 2, pass_score: 70, test: null, review: 'jawaban',
    shuffle: true, available: 12, ...overrides,
  }
}

export function quizModule(overrides: Partial<LearnerModule> = {}): LearnerModule {
  return {
    ...module({ id: QUIZ_MODULE, position: 4, kind: 'quiz', title: 'Kuis pelayanan', body: 'Kerjakan **dengan jujur**.' }),
    quiz: moduleQuiz(), progress: null, ...overrides,
  }
}

/** A single-choice, a multiple-choice, a true/false and a numeric question as drawn (no answers). */
export function drawn(): AttemptQuestion[] {
  return [
    { id: 101, kind: 'single', text: 'Soal *satu*', options: ['A1', 'B1', 'C1'], points: 1 },
    { id: 102, kind: 'multiple', text: 'Soal dua', options: ['A2', 'B2', 'C2'], points: 2 },
    { id: 103, kind: 'true_false', text: 'Soal tiga', options: ['Benar', 'Salah'], points: 1 },
    { id: 104, kind: 'numeric', text: 'Soal empat', options: [], points: 1 },
  ]
}

export function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 501, offering: KODE, module_id: QUIZ_MODULE, number: 1, started_at: '2026-03-10T02:00:00Z', deadline: null,
    submitted_at: null, expired: false, score: null, passed: null, questions: drawn(), answers: {}, ...overrides,
  }
}

/** attempt 501 graded with the full review: 101 right, 102 wrong, 103 right, 104 right. */
export function reviewed(overrides: Partial<Attempt> = {}): Attempt {
  const [a, b, c, d] = drawn() as [AttemptQuestion, AttemptQuestion, AttemptQuestion, AttemptQuestion]
  return attempt({
    submitted_at: '2026-03-10T02:10:00Z', score: 60, passed: false,
    answers: { 101: [0], 102: [1], 103: [1], 104: 12.5 },
    questions: [
      { ...a, right: true, answer: [0], explanation: 'Karena **A1**.' },
      { ...b, right: false, answer: [0, 2], explanation: '' },
      { ...c, right: true, answer: [1] },
      { ...d, right: true, answer: 12, tolerance: 0.5 },
    ],
    ...overrides,
  })
}

export function overview(overrides: Partial<QuizOverview> = {}): QuizOverview {
  const { competencies: _c, ...settings } = moduleQuiz()
  return {
    quiz: settings, instructions: 'Kerjakan **dengan jujur**.', attempts: [], open: null, can_start: true, remaining: 2,
    progress: null, ...overrides,
  }
}
