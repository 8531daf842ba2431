import { describe, expect, it } from 'vitest'
import { crc32 as nodeCrc32 } from 'node:zlib'
import { columnName, crc32, xlsxBytes, zipStored } from './xlsx'

/** The entries of a stored ZIP, read back through its central directory. */
function unzip(bytes: Uint8Array): Map<string, { text: string; crc: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = bytes.length - 22
  expect(view.getUint32(end, true)).toBe(0x06054b50)
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const files = new Map<string, { text: string; crc: number }>()
  const decoder = new TextDecoder()
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50)
    const crc = view.getUint32(at + 16, true)
    const size = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const local = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    expect(view.getUint32(local, true)).toBe(0x04034b50)
    const start = local + 30 + view.getUint16(local + 26, true)
    files.set(name, { text: decoder.decode(bytes.subarray(start, start + size)), crc })
    at += 46 + nameLength
  }
  return files
}

describe('xlsx writer', () => {
  it('computes ZIP\'s CRC-32 like zlib', () => {
    const data = new TextEncoder().encode('123456789')
    expect(crc32(data)).toBe(0xcbf43926)
    const text = new TextEncoder().encode('Kesenjangan ✓ Ω')
    expect(crc32(text)).toBe(nodeCrc32(text))
  })

  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
  })

  it('stores every file with its size and checksum, readable back', () => {
    const files = unzip(zipStored([['a.txt', 'satu'], ['dir/b.xml', '<x>dua</x>']]))
    expect([...files.keys()]).toEqual(['a.txt', 'dir/b.xml'])
    expect(files.get('dir/b.xml')?.text).toBe('<x>dua</x>')
    expect(files.get('a.txt')?.crc).toBe(nodeCrc32(new TextEncoder().encode('satu')))
  })

  it('writes a workbook with a header row, numbers as numbers and text escaped', () => {
    const bytes = xlsxBytes('Per jenis jabatan', ['Kode', 'Pegawai', 'Rata-rata'], [
      ['ahli_muda', 12, 0.5],
      ['<A & B>', null, 1],
    ])
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK')
    const files = unzip(bytes)
    expect([...files.keys()]).toContain('[Content_Types].xml')
    expect(files.get('xl/workbook.xml')?.text).toContain('name="Per jenis jabatan"')
    const sheet = files.get('xl/worksheets/sheet1.xml')?.text ?? ''
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Kode</t></is></c>')
    expect(sheet).toContain('<c r="B2" s="0"><v>12</v></c>')
    expect(sheet).toContain('<c r="C2" s="0"><v>0.5</v></c>')
    expect(sheet).toContain('&lt;A &amp; B&gt;')
    // An empty cell is left out rather than written as an empty string.
    expect(sheet).not.toContain('r="B3"')
  })
})
