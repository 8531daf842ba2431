import { describe, expect, it } from 'vitest'
import { codeLabel, columnLabel, hiddenByDefault } from './columns'

describe('columnLabel', () => {
  it('capitalises the first word and keeps known abbreviations upper case', () => {
    expect(columnLabel('nama_opd')).toBe('Nama OPD')
    expect(columnLabel('nip_atasan')).toBe('NIP atasan')
    expect(columnLabel('kode_jabatan_target')).toBe('Kode jabatan target')
    expect(columnLabel('jp')).toBe('JP')
  })
})

describe('hiddenByDefault', () => {
  it('hides long text columns only', () => {
    expect(hiddenByDefault('deskripsi')).toBe(true)
    expect(hiddenByDefault('level_3')).toBe(true)
    expect(hiddenByDefault('level')).toBe(false)
    expect(hiddenByDefault('nama')).toBe(false)
  })
})

describe('codeLabel', () => {
  it('writes codes as words and empty values as nothing', () => {
    expect(codeLabel('sangat_baik')).toBe('sangat baik')
    expect(codeLabel(null)).toBe('')
  })
})
