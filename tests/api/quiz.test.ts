// Quiz API (issue 7, docs/quiz-api.md): the question bank per competency (who reads and writes it, each kind
// checked naming the field, a partner's own questions, archiving and restoring), quiz modules (settings checked,
// one post-test per program, the questions available), and the learner's attempts: a random draw without the
// answers, one open attempt, autosave checked against the attempt's questions, grading, the review that shows the
// answers only once the quiz is finished, attempts running out, the first post-test attempt and the pre-test
// written to the offering's tests, and the course completing with its certificate. Time limits are tested against
// an injected clock in tests/unit/services/course_quiz_test.cpp.
//
// Fixtures: competencies M.03 and T.KES.02; imported here PRG-KUIS (e-learning of Lembaga Mitra Nusantara, raises
// M.03) and its offering ANG-KUIS (open today); `asn` is Siti (DINKES).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client, nips, startServer, type Server } from './harness'

let server: Server
const c: Record<string, Client> = {}
const ids: Record<string, number> = {}

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
}
function send(client: Client, method: string, path: string, body?: unknown) {
  return client.request(method, `/api/v1${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  })
}
const get = (client: Client, path: string) => client.request('GET', `/api/v1${path}`)
async function ok(r: Response, status = 200) {
  const text = await r.text()
  expect(r.status, text).toBe(status)
  return text === '' ? null : JSON.parse(text)
}
async function fails(r: Response, status: number, code: string) {
  const text = await r.text()
  expect(r.status, text).toBe(status)
  expect(JSON.parse(text).error.code).toBe(code)
  return JSON.parse(text)
}
async function waitJob(client: Client, id: string) {
  for (let i = 0; i < 1200; i++) {
    const body = await ok(await get(client, `/jobs/${id}`))
    if (body.job.state === 'succeeded' || body.job.state === 'failed') return body.job
    await new Promise((done) => setTimeout(done, 25))
  }
  throw new Error('job did not finish')
}
async function importCsv(kind: string, csv: string) {
  const started = await ok(await c.admin.upload(`/api/v1/imports/${kind}`, csv), 202)
  expect((await waitJob(c.admin, started.job.id)).state).toBe('succeeded')
}

interface Drawn { id: number, kind: string, options: string[], right?: boolean, answer?: number[] | number, explanation?: string }
/** The answer key of an attempt, read as the auditor (staff see every answer). */
async function keyOf(attempt: number): Promise<Record<string, number[] | number>> {
  const full = await ok(await get(c.auditor, `/quiz-attempts/${attempt}`))
  return Object.fromEntries(full.attempt.questions.map((q: Drawn) => [String(q.id), q.answer!]))
}
function wrong(key: Record<string, number[] | number>, questions: Drawn[]): Record<string, number[] | number> {
  return Object.fromEntries(questions.map((q) => {
    const right = key[String(q.id)]
    if (typeof right === 'number') return [String(q.id), right + 100]
    return [String(q.id), [right[0] === 0 ? 1 : 0]]
  }))
}

beforeAll(async () => {
  server = await startServer()
  for (const u of ['admin', 'auditor', 'pengelola', 'atasan', 'asn', 'mitra']) c[u] = await server.login(u)
  await importCsv('program', 'kode_program,nama,lembaga,bentuk,jp,biaya_per_peserta,kompetensi\n'
    + 'PRG-KUIS,Kerja Sama Tim (kuis),Lembaga Mitra Nusantara,e_learning,6,0,M.03:1\n')
  await importCsv('angkatan', 'kode_angkatan,kode_program,tanggal_mulai,tanggal_selesai,kapasitas,lokasi\n'
    + `ANG-KUIS,PRG-KUIS,${day(-2)},${day(20)},0,\n`)
})
afterAll(async () => server?.stop())

describe('question bank', () => {
  it('is read by admin, partner and auditor, written by admin and partner, each kind checked naming the field', async () => {
    await fails(await get(c.asn, '/questions'), 403, 'forbidden')
    await fails(await get(c.pengelola, '/questions'), 403, 'forbidden')
    await fails(await send(c.auditor, 'POST', '/questions', { competency: 'M.03', kind: 'true_false', text: 'x', answer: [0] }), 403, 'forbidden')
    const refusals: Array<[unknown, string]> = [
      [{ competency: 'X.99', kind: 'single', text: 'Soal', options: ['a', 'b'], answer: [0] }, 'competency'],
      [{ competency: 'M.03', text: 'Soal', options: ['a', 'b'], answer: [0] }, 'kind'],
      [{ competency: 'M.03', kind: 'essay', text: 'Soal' }, 'kind'],
      [{ competency: 'M.03', kind: 'single', text: '', options: ['a', 'b'], answer: [0] }, 'text'],
      [{ competency: 'M.03', kind: 'single', text: 'Soal', options: ['a'], answer: [0] }, 'options'],
      [{ competency: 'M.03', kind: 'single', text: 'Soal', options: ['a', 'b'], answer: [0, 1] }, 'answer'],
      [{ competency: 'M.03', kind: 'multiple', text: 'Soal', options: ['a', 'b'], answer: [2] }, 'answer'],
      [{ competency: 'M.03', kind: 'numeric', text: 'Soal', answer: 'empat' }, 'answer'],
      [{ competency: 'M.03', kind: 'numeric', text: 'Soal', answer: 4, tolerance: -1 }, 'tolerance'],
      [{ competency: 'M.03', kind: 'single', text: 'Soal', options: ['a', 'b'], answer: [0], points: 0 }, 'points'],
    ]
    for (const [body, column] of refusals) {
      const refused = await fails(await send(c.admin, 'POST', '/questions', body), 400, 'invalid_argument')
      expect(refused.error.details[0].column, JSON.stringify(body)).toBe(column)
    }

    const single = await ok(await send(c.admin, 'POST', '/questions', { competency: 'M.03', kind: 'single',
      text: 'Rapat tim macet. Apa yang **pertama** Anda lakukan?', options: ['Diam', 'Merangkum pendapat', 'Pergi'],
      answer: [1], explanation: 'Merangkum membuka jalan.' }), 201)
    expect(single.question).toMatchObject({ competency: 'M.03', kind: 'single', answer: [1], points: 1, owner: '', archived: false })
    ids.single = single.question.id
    const multiple = await ok(await send(c.admin, 'POST', '/questions', { competency: 'M.03', kind: 'multiple',
      text: 'Ciri tim yang sehat?', options: ['Saling percaya', 'Saling menyalahkan', 'Tujuan bersama'], answer: [2, 0], points: 2 }), 201)
    expect(multiple.question.answer).toEqual([0, 2])
    ids.multiple = multiple.question.id
    const tf = await ok(await send(c.admin, 'POST', '/questions', { competency: 'M.03', kind: 'true_false',
      text: 'Kerja sama berarti selalu setuju.', answer: [1] }), 201)
    expect(tf.question.options).toEqual(['Benar', 'Salah'])
    ids.tf = tf.question.id
    const numeric = await ok(await send(c.admin, 'POST', '/questions', { competency: 'M.03', kind: 'numeric',
      text: 'Berapa JP minimal per tahun?', answer: 20, tolerance: 0 }), 201)
    ids.numeric = numeric.question.id
    const other = await ok(await send(c.admin, 'POST', '/questions', { competency: 'T.KES.02', kind: 'true_false',
      text: 'Triase memilah pasien menurut kegawatan.', answer: [0] }), 201)
    ids.other = other.question.id

    const own = await ok(await send(c.mitra, 'POST', '/questions', { competency: 'M.03', kind: 'true_false',
      text: 'Umpan balik sebaiknya spesifik.', answer: [0] }), 201)
    expect(own.question.owner).toBe('Lembaga Mitra Nusantara')
    ids.own = own.question.id
    await fails(await send(c.mitra, 'PATCH', `/questions/${ids.single}`, { text: 'diubah mitra' }), 403, 'forbidden')
    await ok(await send(c.mitra, 'PATCH', `/questions/${ids.own}`, { explanation: 'Spesifik lebih mudah dipakai.' }))
    const edited = await ok(await send(c.admin, 'PATCH', `/questions/${ids.own}`, { points: 1.5 }))
    expect(edited.question).toMatchObject({ points: 1.5, explanation: 'Spesifik lebih mudah dipakai.', owner: 'Lembaga Mitra Nusantara' })
    await fails(await send(c.admin, 'PATCH', `/questions/${ids.single}`, { answer: [5] }), 400, 'invalid_argument')
    await fails(await send(c.admin, 'PATCH', '/questions/999999', { text: 'x' }), 404, 'not_found')

    const bank = await ok(await get(c.auditor, '/questions?competency=M.03'))
    expect(bank.items.map((q: { id: number }) => q.id)).toEqual([ids.single, ids.multiple, ids.tf, ids.numeric, ids.own])
    expect(bank.counts).toEqual([{ competency: 'M.03', questions: 5 }, { competency: 'T.KES.02', questions: 1 }])
    expect((await ok(await get(c.mitra, '/questions?q=TRIASE'))).items.map((q: { id: number }) => q.id)).toEqual([ids.other])
  })

  it('archives instead of deleting and restores', async () => {
    await fails(await send(c.mitra, 'DELETE', `/questions/${ids.other}`), 403, 'forbidden')
    expect((await send(c.admin, 'DELETE', `/questions/${ids.other}`)).status).toBe(204)
    expect((await ok(await get(c.admin, '/questions?competency=T.KES.02'))).items).toEqual([])
    const all = await ok(await get(c.admin, '/questions?competency=T.KES.02&archived=1'))
    expect(all.items[0]).toMatchObject({ id: ids.other, archived: true })
    expect(all.counts).toEqual([{ competency: 'M.03', questions: 5 }])
    await ok(await send(c.admin, 'PATCH', `/questions/${ids.other}`, { archived: false }))
    expect((await ok(await get(c.admin, '/questions?competency=T.KES.02'))).items).toHaveLength(1)
  })
})

describe('quiz modules', () => {
  it('checks the settings, allows one post-test per program and tells how many questions are available', async () => {
    const bad = await fails(await send(c.admin, 'POST', '/programs/PRG-KUIS/modules',
      { kind: 'quiz', title: 'Tes', quiz: { questions: 0 } }), 400, 'invalid_argument')
    expect(bad.error.details[0].column).toBe('questions')
    const unknown = await fails(await send(c.mitra, 'POST', '/programs/PRG-KUIS/modules',
      { kind: 'quiz', title: 'Tes', quiz: { competencies: ['X.99'] } }), 400, 'invalid_argument')
    expect(unknown.error.details[0].column).toBe('competencies')
    await fails(await send(c.admin, 'POST', '/programs/PRG-KUIS/modules',
      { kind: 'quiz', title: 'Tes', quiz: { review: 'semua' } }), 400, 'invalid_argument')

    const post = await ok(await send(c.mitra, 'POST', '/programs/PRG-KUIS/modules', { kind: 'quiz', title: 'Tes akhir',
      body: 'Jawab **semua** soal.', quiz: { questions: 4, attempts: 2, pass_score: 75, test: 'post', time_limit_minutes: 15 } }), 201)
    expect(post.module).toMatchObject({ kind: 'quiz', body: 'Jawab **semua** soal.', package: null, quiz: {
      competencies: [], questions: 4, attempts: 2, pass_score: 75, test: 'post', review: 'jawaban', shuffle: true,
      time_limit_minutes: 15, available: 5 } })
    ids.post = post.module.id
    const again = await fails(await send(c.admin, 'POST', '/programs/PRG-KUIS/modules',
      { kind: 'quiz', title: 'Tes akhir 2', quiz: { test: 'post' } }), 409, 'conflict')
    expect(again.error.details[0].column).toBe('test')
    const pre = await ok(await send(c.admin, 'POST', '/programs/PRG-KUIS/modules', { kind: 'quiz', title: 'Tes awal',
      quiz: { questions: 2, test: 'pre', review: 'nilai', competencies: ['T.KES.02', 'M.03'] } }), 201)
    expect(pre.module.quiz.available).toBe(6)
    ids.pre = pre.module.id
    const moved = await ok(await send(c.admin, 'PATCH', `/modules/${ids.pre}`, { position: 1, quiz: { attempts: 5 } }))
    expect(moved.module).toMatchObject({ position: 1, quiz: { attempts: 5, test: 'pre', questions: 2, review: 'nilai' } })
    await fails(await send(c.admin, 'PUT', `/modules/${ids.pre}/content?name=a.pdf`, '%PDF-1.4'), 400, 'invalid_argument')
    const text = await ok(await send(c.admin, 'POST', '/programs/PRG-KUIS/modules', { kind: 'text', title: 'Bacaan', body: 'Isi', required: false }), 201)
    const notQuiz = await fails(await send(c.admin, 'PATCH', `/modules/${text.module.id}`, { quiz: { questions: 3 } }), 400, 'invalid_argument')
    expect(notQuiz.error.details[0].column).toBe('quiz')
    ids.text = text.module.id
  })
})

describe('taking a quiz', () => {
  it('draws the questions without their answers, keeps one attempt open and checks saved answers', async () => {
    await ok(await send(c.asn, 'POST', '/offerings/ANG-KUIS/join', {}), 201)
    const overview = await ok(await get(c.asn, `/offerings/ANG-KUIS/modules/${ids.post}/quiz`))
    expect(overview).toMatchObject({ quiz: { questions: 4, attempts: 2, pass_score: 75, test: 'post', time_limit_minutes: 15, available: 5 },
      instructions: 'Jawab **semua** soal.', attempts: [], open: null, can_start: true, remaining: 2, progress: null })
    expect(overview.quiz.competencies).toBeUndefined()
    await fails(await get(c.atasan, `/offerings/ANG-KUIS/modules/${ids.post}/quiz`), 403, 'forbidden')
    await fails(await get(c.asn, `/offerings/ANG-KUIS/modules/${ids.text}/quiz`), 400, 'invalid_argument')
    await fails(await send(c.asn, 'POST', `/offerings/ANG-KUIS/modules/${ids.post}/progress`, { done: true }), 400, 'invalid_argument')

    const started = await ok(await send(c.asn, 'POST', `/offerings/ANG-KUIS/modules/${ids.post}/quiz/attempts`, {}), 201)
    const a = started.attempt
    expect(a).toMatchObject({ number: 1, submitted_at: null, score: null, passed: null, answers: {} })
    expect(Date.parse(a.deadline) - Date.parse(a.started_at)).toBe(15 * 60_000)
    expect(a.questions).toHaveLength(4)
    expect(new Set(a.questions.map((q: Drawn) => q.id)).size).toBe(4)
    for (const q of a.questions) {
      expect(q).not.toHaveProperty('answer')
      expect(q).not.toHaveProperty('right')
      expect(q).not.toHaveProperty('explanation')
    }
    ids.first = a.id
    const same = await ok(await send(c.asn, 'POST', `/offerings/ANG-KUIS/modules/${ids.post}/quiz/attempts`, {}))
    expect(same.attempt.id).toBe(a.id)
    // the module is under way from the first attempt on
    expect((await ok(await get(c.asn, `/offerings/ANG-KUIS/modules/${ids.post}/quiz`))).progress)
      .toMatchObject({ status: 'sedang', score: null })
    await fails(await get(c.atasan, `/quiz-attempts/${a.id}`), 403, 'forbidden')
    await fails(await send(c.atasan, 'PUT', `/quiz-attempts/${a.id}/answers`, { answers: {} }), 404, 'not_found')

    await fails(await send(c.asn, 'PUT', `/quiz-attempts/${a.id}/answers`, { answers: { [String(ids.other)]: [0] } }), 400, 'invalid_argument')
    const choice = a.questions.find((q: Drawn) => q.kind !== 'numeric')
    await fails(await send(c.asn, 'PUT', `/quiz-attempts/${a.id}/answers`, { answers: { [choice.id]: [choice.options.length] } }), 400, 'invalid_argument')
    const saved = await ok(await send(c.asn, 'PUT', `/quiz-attempts/${a.id}/answers`, { answers: { [choice.id]: [0] } }))
    expect(saved.saved_at).toMatch(/Z$/)
    const reread = await ok(await get(c.asn, `/quiz-attempts/${a.id}`))
    expect(reread.attempt.answers).toEqual({ [choice.id]: [0] })
  })

  it('grades, shows right and wrong, and keeps the answers back while attempts remain', async () => {
    const key = await keyOf(ids.first)
    const attempt = (await ok(await get(c.asn, `/quiz-attempts/${ids.first}`))).attempt
    const answers = wrong(key, attempt.questions)
    const keep = attempt.questions.find((q: Drawn) => q.id === ids.single || q.id === ids.tf)
    const points = (q: Drawn) => (q.id === ids.multiple ? 2 : q.id === ids.own ? 1.5 : 1)
    const total = attempt.questions.reduce((sum: number, q: Drawn) => sum + points(q), 0)
    let expected = 0
    if (keep) {
      answers[String(keep.id)] = key[String(keep.id)]
      expected = Math.round((100 * points(keep)) / total * 100) / 100
    }
    const submitted = await ok(await send(c.asn, 'POST', `/quiz-attempts/${ids.first}/submit`, { answers }))
    expect(submitted.attempt.score).toBe(expected)
    expect(submitted.attempt.passed).toBe(false)
    expect(submitted.progress).toMatchObject({ status: 'sedang', score: expected })
    for (const q of submitted.attempt.questions) {
      expect(q.right).toBe(keep !== undefined && q.id === keep.id)
      expect(q).not.toHaveProperty('answer')  // one attempt left: no answers yet
    }
    await fails(await send(c.asn, 'POST', `/quiz-attempts/${ids.first}/submit`, { answers }), 409, 'conflict')
    await fails(await send(c.asn, 'PUT', `/quiz-attempts/${ids.first}/answers`, { answers: {} }), 409, 'conflict')
    const participants = await ok(await get(c.admin, '/offerings/ANG-KUIS/participants'))
    expect(participants.items[0]).toMatchObject({ nip: nips.siti, status: 'terdaftar', tests: { pre: null, post: expected } })
  })

  it('passes on the last attempt, then shows the answers, and the first attempt stays the post-test score', async () => {
    const started = await ok(await send(c.asn, 'POST', `/offerings/ANG-KUIS/modules/${ids.post}/quiz/attempts`, {}), 201)
    expect(started.attempt.number).toBe(2)
    const key = await keyOf(started.attempt.id)
    const submitted = await ok(await send(c.asn, 'POST', `/quiz-attempts/${started.attempt.id}/submit`, { answers: key }))
    expect(submitted.attempt).toMatchObject({ score: 100, passed: true, expired: false })
    expect(submitted.progress).toMatchObject({ status: 'selesai', score: 100 })
    for (const q of submitted.attempt.questions) {
      expect(q.right).toBe(true)
      expect(q.answer).toEqual(key[String(q.id)])
      expect(q).toHaveProperty('explanation')
    }
    expect(submitted.course.participant.status).toBe('terdaftar')  // the pre-test is still to do
    const overview = await ok(await get(c.asn, `/offerings/ANG-KUIS/modules/${ids.post}/quiz`))
    expect(overview).toMatchObject({ can_start: false, remaining: 0, open: null })
    expect(overview.attempts.map((x: { number: number, passed: boolean }) => [x.number, x.passed])).toEqual([[1, false], [2, true]])
    await fails(await send(c.asn, 'POST', `/offerings/ANG-KUIS/modules/${ids.post}/quiz/attempts`, {}), 409, 'conflict')

    // content cannot pass a quiz for the learner: an xAPI statement naming the pre-test is stored, nothing moves
    const client = await ok(await send(c.admin, 'POST', '/xapi-clients', { name: 'Konten kuis' }), 201)
    const stored = await fetch(`${server.base}/xapi/statements`, { method: 'POST', body: JSON.stringify({
      actor: { objectType: 'Agent', account: { homePage: 'https://bangkom.jambiprov.go.id', name: nips.siti } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'id-ID': 'lulus' } },
      object: { id: `https://bangkom.jambiprov.go.id/api/v1/modules/${ids.pre}`, objectType: 'Activity' },
      result: { score: { scaled: 1 }, completion: true },
    }), headers: { 'x-experience-api-version': '1.0.3', 'content-type': 'application/json',
      authorization: 'Basic ' + Buffer.from(`${client.client.key}:${client.secret}`).toString('base64') } })
    expect(stored.status).toBe(200)
    expect((await ok(await get(c.asn, `/offerings/ANG-KUIS/modules/${ids.pre}/quiz`))).progress).toBeNull()
    const first = (await ok(await get(c.admin, '/offerings/ANG-KUIS/participants'))).items[0]
    expect(first.tests.post).not.toBe(100)
  })

  it('takes the pre-test once, shows only its score, and completes the course with a certificate', async () => {
    const started = await ok(await send(c.asn, 'POST', `/offerings/ANG-KUIS/modules/${ids.pre}/quiz/attempts`, {}), 201)
    expect(started.attempt.questions).toHaveLength(2)
    const submitted = await ok(await send(c.asn, 'POST', `/quiz-attempts/${started.attempt.id}/submit`, {}))
    expect(submitted.attempt).toMatchObject({ score: 0, passed: false })
    for (const q of submitted.attempt.questions) {
      expect(q).not.toHaveProperty('right')  // review "nilai": the score only
      expect(q).not.toHaveProperty('answer')
    }
    expect(submitted.progress.status).toBe('selesai')  // a pre-test is done once taken
    expect(submitted.course.participant.status).toBe('lulus')
    expect(submitted.course.participant.certificate).toMatch(/\S/)
    expect(submitted.course.participant.score).toBe(50)  // mean of the scored modules: 100 and 0
    const overview = await ok(await get(c.asn, `/offerings/ANG-KUIS/modules/${ids.pre}/quiz`))
    expect(overview).toMatchObject({ quiz: { attempts: 1 }, remaining: 0, can_start: false })
    const participant = (await ok(await get(c.admin, '/offerings/ANG-KUIS/participants'))).items[0]
    expect(participant.tests.pre).toBe(0)

    const audit = await ok(await get(c.admin, '/audit?limit=500'))
    const actions = audit.entries.map((e: { action: string; entity_key: string }) => `${e.action} ${e.entity_key}`)
    expect(actions).toEqual(expect.arrayContaining([`question.create ${ids.single}`, `question.update ${ids.own}`,
      `question.archive ${ids.other}`, `attempt.start ${started.attempt.id}`, `attempt.submit ${started.attempt.id}`,
      `participant.decide ANG-KUIS/${nips.siti}`]))
    await ok(await get(c.auditor, `/quiz-attempts/${started.attempt.id}`))
    await fails(await get(c.auditor, '/quiz-attempts/999999'), 404, 'not_found')
  })
})
