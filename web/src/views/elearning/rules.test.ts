import { describe, expect, it } from 'vitest'
import {
  acceptFor, contentProblem, courseState, firstModule, hasContent, moduleChange, moduleFromQuery, movedPosition,
  progressPercent, resumePosition, sortCourses, timeParts, videoReport,
} from './rules'
import { course, learnerModules, module, progress } from './test_data'

describe('courseState', () => {
  const today = '2026-03-15'
  it('follows the participant first: passed, failed, learning', () => {
    expect(courseState(course({ participant: { status: 'lulus', score: 90, certificate: 'BKM-2026-AB12-CD34' } }), today, true)).toBe('passed')
    expect(courseState(course({ participant: { status: 'tidak_lulus', score: 40, certificate: null } }), today, true)).toBe('failed')
    expect(courseState(course(), today, true)).toBe('joined')
  })

  it('offers joining when the server says joinable, and a preview to staff without a NIP', () => {
    expect(courseState(course({ participant: null, progress: null, joinable: true }), today, true)).toBe('joinable')
    expect(courseState(course({ participant: null, progress: null }), today, false)).toBe('preview')
  })

  it('tells an employee who cannot join whether it opens later, has ended, or is not for them', () => {
    const outside = { participant: null, progress: null, joinable: false }
    expect(courseState(course({ ...outside, open: false, start: '2026-04-01' }), today, true)).toBe('upcoming')
    expect(courseState(course({ ...outside, open: false, end: '2026-03-01', start: '2026-01-01' }), today, true)).toBe('closed')
    expect(courseState(course({ ...outside, open: true }), today, true)).toBe('unavailable')
  })
})

describe('sortCourses', () => {
  it('puts open courses first, then by start date, ties in the server\'s order', () => {
    const items = [
      course({ offering: 'A', open: false, start: '2026-01-01' }),
      course({ offering: 'B', open: true, start: '2026-03-01' }),
      course({ offering: 'C', open: true, start: '2026-02-01' }),
      course({ offering: 'D', open: true, start: '2026-02-01' }),
    ]
    expect(sortCourses(items).map((c) => c.offering)).toEqual(['C', 'D', 'B', 'A'])
  })
})

describe('progressPercent', () => {
  it('counts required modules done', () => {
    expect(progressPercent({ done: 1, required: 4, percent: 25 })).toBe(25)
    expect(progressPercent({ done: 3, required: 3, percent: 100 })).toBe(100)
    expect(progressPercent(null)).toBe(0)
  })

  it('falls back to the server\'s percent without required modules, read as 0–100 or 0–1', () => {
    expect(progressPercent({ done: 0, required: 0, percent: 0 })).toBe(0)
    expect(progressPercent({ done: 1, required: 0, percent: 50 })).toBe(50)
    expect(progressPercent({ done: 1, required: 0, percent: 0.5 })).toBe(50)
  })
})

describe('firstModule and the ?modul= query', () => {
  it('opens the first required module not done', () => {
    expect(firstModule(learnerModules())).toBe(12)
  })

  it('falls back to an optional module not done, then to the first', () => {
    const [text, pdf, scorm] = learnerModules()
    const done = progress({ status: 'selesai' })
    expect(firstModule([text!, { ...pdf!, progress: done }, { ...scorm!, required: false }])).toBe(13)
    expect(firstModule([text!, { ...pdf!, progress: done }, { ...scorm!, progress: done }])).toBe(11)
    expect(firstModule([])).toBeNull()
  })

  it('takes a failed SCORM module as not done', () => {
    const [text, pdf, scorm] = learnerModules()
    const done = progress({ status: 'selesai' })
    expect(firstModule([text!, { ...pdf!, progress: done }, { ...scorm!, progress: progress({ status: 'gagal' }) }])).toBe(13)
  })

  it('accepts a query naming one of the modules only', () => {
    const modules = learnerModules()
    expect(moduleFromQuery('13', modules)).toBe(13)
    expect(moduleFromQuery('99', modules)).toBeNull()
    expect(moduleFromQuery('1x', modules)).toBeNull()
    expect(moduleFromQuery(['13'], modules)).toBeNull()
    expect(moduleFromQuery(undefined, modules)).toBeNull()
  })

  it('shows text at once and the others once uploaded', () => {
    expect(hasContent(module())).toBe(true)
    expect(hasContent(module({ kind: 'pdf' }))).toBe(false)
    expect(hasContent(learnerModules()[1]!)).toBe(true)
  })
})

describe('videoReport', () => {
  it('reports on timeupdate at most every 15 s', () => {
    expect(videoReport('timeupdate', 10, 100, 0, 14_999)).toBeNull()
    expect(videoReport('timeupdate', 15.04, 100, 0, 15_000)).toEqual({ position: 15, duration: 100 })
  })

  it('reports a pause at once, and the end as the full length', () => {
    expect(videoReport('pause', 42.26, 100, 1000, 1001)).toEqual({ position: 42.3, duration: 100 })
    expect(videoReport('ended', 99.7, 100, 1000, 1001)).toEqual({ position: 100, duration: 100 })
  })

  it('reports nothing before the length is known', () => {
    expect(videoReport('pause', 5, Number.NaN, 0, 60_000)).toBeNull()
    expect(videoReport('ended', 5, Number.POSITIVE_INFINITY, 0, 60_000)).toBeNull()
    expect(videoReport('pause', 5, 0, 0, 60_000)).toBeNull()
  })
})

describe('resumePosition', () => {
  it('resumes a video from a stored position inside it, not when done or near the end', () => {
    expect(resumePosition(progress({ location: '42.5' }), 100)).toBe(42.5)
    expect(resumePosition(progress({ location: '98' }), 100)).toBeNull()
    expect(resumePosition(progress({ location: '42', status: 'selesai' }), 100)).toBeNull()
    expect(resumePosition(progress({ location: 'bab-2' }), 100)).toBeNull()
    expect(resumePosition(null, 100)).toBeNull()
  })
})

describe('timeParts', () => {
  it('splits a learning time into hours and minutes', () => {
    expect(timeParts(0)).toEqual({ hours: 0, minutes: 0 })
    expect(timeParts(89)).toEqual({ hours: 0, minutes: 1 })
    expect(timeParts(3900)).toEqual({ hours: 1, minutes: 5 })
  })
})

describe('the module editor', () => {
  it('accepts each kind\'s file types only', () => {
    expect(acceptFor('pdf')).toBe('.pdf,application/pdf')
    expect(acceptFor('text')).toBe('')
    expect(contentProblem('video', { name: 'Materi.MP4', size: 10 })).toBeNull()
    expect(contentProblem('video', { name: 'materi.avi', size: 10 })).toEqual({ key: 'elearning.editor.wrongType', values: { name: 'materi.avi', types: '.mp4, .webm' } })
    expect(contentProblem('scorm', { name: 'paket.zip', size: 0 })).toEqual({ key: 'elearning.editor.emptyFile', values: { name: 'paket.zip' } })
    expect(contentProblem('pdf', { name: 'a.pdf', size: 3 })).toBeNull()
  })

  it('sends only what an edit changed', () => {
    const text = module()
    expect(moduleChange(text, { title: ' Pengantar pelayanan publik ', body: text.body!, required: true })).toEqual({})
    expect(moduleChange(text, { title: 'Baru', body: 'isi', required: false })).toEqual({ title: 'Baru', body: 'isi', required: false })
    // A PDF has no body to send.
    expect(moduleChange(module({ kind: 'pdf', body: null }), { title: 'Pengantar pelayanan publik', body: 'x', required: true })).toEqual({})
  })

  it('moves within the list only', () => {
    expect(movedPosition(1, -1, 3)).toBeNull()
    expect(movedPosition(1, 1, 3)).toBe(2)
    expect(movedPosition(3, 1, 3)).toBeNull()
    expect(movedPosition(3, -1, 3)).toBe(2)
  })
})
