import { describe, expect, it } from 'vitest'
import { checkImportFile, MAX_UPLOAD_BYTES } from './upload'

describe('checkImportFile', () => {
  it('accepts .xlsx and .csv files up to 50 MiB, whatever the case of the extension', () => {
    expect(checkImportFile({ name: 'pegawai.xlsx', size: 1000 })).toBeNull()
    expect(checkImportFile({ name: 'PEGAWAI.CSV', size: MAX_UPLOAD_BYTES })).toBeNull()
  })
  it('refuses a file over 50 MiB and says its size', () => {
    const problem = checkImportFile({ name: 'besar.xlsx', size: MAX_UPLOAD_BYTES + 1 })
    expect(problem?.key).toBe('importer.tooLarge')
    expect(problem?.values.size).toBe('50 MiB')
  })
  it('refuses other file types and empty files', () => {
    expect(checkImportFile({ name: 'pegawai.xls', size: 10 })?.key).toBe('importer.wrongType')
    expect(checkImportFile({ name: 'pegawai.pdf', size: 10 })?.key).toBe('importer.wrongType')
    expect(checkImportFile({ name: 'kosong.csv', size: 0 })?.key).toBe('importer.emptyFile')
  })
})
