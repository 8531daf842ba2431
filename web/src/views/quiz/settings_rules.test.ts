import { describe, expect, it } from 'vitest'
import {
  availability, defaultSettings, matchCompetencies, settingsChanged, settingsOf, settingsPayload, settingsProblems,
} from './settings_rules'
import { moduleQuiz } from './test_data'

describe('quiz settings', () => {
  it('starts from the contract\'s defaults and reads a module\'s settings without `available`', () => {
    expect(defaultSettings()).toEqual({
      competencies: [], questions: 10, time_limit_minutes: 0, attempts: 0, pass_score: 70, test: null, review: 'jawaban', shuffle: true,
    })
    const settings = settingsOf(moduleQuiz({ available: 3 }))
    expect('available' in settings).toBe(false)
    expect(settings.competencies).toEqual(['M.05'])
    expect(settingsOf(null)).toEqual(defaultSettings())
  })

  it('checks the server\'s ranges', () => {
    expect(settingsProblems(defaultSettings())).toEqual({})
    expect(settingsProblems({ ...defaultSettings(), questions: 0, time_limit_minutes: 601, attempts: -1, pass_score: 100.5 }))
      .toEqual({ questions: 'questions', timeLimit: 'timeLimit', attempts: 'attempts', passScore: 'passScore' })
    expect(settingsProblems({ ...defaultSettings(), questions: 2.5, pass_score: 72.5 })).toEqual({ questions: 'questions' })
    expect(settingsProblems({ ...defaultSettings(), questions: Number.NaN })).toEqual({ questions: 'questions' })
  })

  it('sees a change (competencies as a set) and sends whole, clean settings', () => {
    const stored = settingsOf(moduleQuiz({ competencies: ['M.05', 'T.KES.01'] }))
    expect(settingsChanged(stored, { ...stored, competencies: ['T.KES.01', 'M.05'] })).toBe(false)
    expect(settingsChanged(stored, { ...stored, shuffle: false })).toBe(true)
    expect(settingsPayload({ ...stored, competencies: [' M.05', 'M.05', ''] }).competencies).toEqual(['M.05'])
  })

  it('warns when the bank is empty or short of one attempt', () => {
    expect(availability({ available: 0, questions: 10 })).toBe('none')
    expect(availability({ available: 4, questions: 10 })).toBe('low')
    expect(availability({ available: 10, questions: 10 })).toBeNull()
    expect(availability({ available: null, questions: 10 })).toBeNull()
  })

  it('finds competencies by code or name, leaving out the chosen ones', () => {
    const dictionary = [{ code: 'M.05', name: 'Pelayanan Publik' }, { code: 'T.KES.01', name: 'Pelayanan Kesehatan' }, { code: 'M.01', name: 'Integritas' }]
    expect(matchCompetencies(dictionary, 'pelayanan', ['M.05']).map((c) => c.code)).toEqual(['T.KES.01'])
    expect(matchCompetencies(dictionary, 'm.0', []).map((c) => c.code)).toEqual(['M.05', 'M.01'])
    expect(matchCompetencies(dictionary, '  ', [])).toEqual([])
  })
})
