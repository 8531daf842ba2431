import { describe, expect, it } from 'vitest'
import { servedQuery } from './served'

describe('servedQuery', () => {
  it('reads digits grouped the Indonesian way as a plain number', () => {
    expect(servedQuery('5.000')).toBe('5000')
    expect(servedQuery('1.250.000')).toBe('1250000')
    expect(servedQuery(' 12 000 ')).toBe('12000')
    expect(servedQuery('750')).toBe('750')
  })

  it('leaves anything else for the server to refuse', () => {
    expect(servedQuery('')).toBe('')
    expect(servedQuery('   ')).toBe('')
    expect(servedQuery('12,5')).toBe('12,5')
    expect(servedQuery('5.00')).toBe('5.00')
    expect(servedQuery('-3')).toBe('-3')
    expect(servedQuery('lima ribu')).toBe('lima ribu')
  })
})
