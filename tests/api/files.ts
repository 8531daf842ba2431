// Reading the files the API sends back as a user's tools would: XLSX (a zip of XML) unpacked here, PDF text through
// pdftotext (poppler-utils), so that tests check what people see rather than bytes.
import { inflateRawSync } from 'node:zlib'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The files of a zip (XLSX) by name, inflated. */
export function unzip(bytes: Buffer): Map<string, string> {
  const files = new Map<string, string>()
  let end = bytes.length - 22
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--
  let at = bytes.readUInt32LE(end + 16)
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    const method = bytes.readUInt16LE(at + 10)
    const size = bytes.readUInt32LE(at + 20)
    const nameLength = bytes.readUInt16LE(at + 28)
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength)
    const local = bytes.readUInt32LE(at + 42)
    const data = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    const raw = bytes.subarray(data, data + size)
    files.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'))
    at += 46 + skip
  }
  return files
}

/** A cell of sheet `n` (1-based): its type ('text', 'n', …) and text (shared strings resolved). */
export function cell(files: Map<string, string>, n: number, ref: string): { type: string; text: string } | undefined {
  const sheet = files.get(`xl/worksheets/sheet${n}.xml`) ?? ''
  const found = new RegExp(`<c r="${ref}"([^>]*)>(.*?)</c>`).exec(sheet)
  if (!found) return undefined
  const type = /t="([^"]+)"/.exec(found[1])?.[1] ?? 'n'
  const value = /<v>(.*?)<\/v>/.exec(found[2])?.[1] ?? /<t[^>]*>(.*?)<\/t>/.exec(found[2])?.[1] ?? ''
  if (type === 'inlineStr' || type === 'str') return { type: 'text', text: value }
  if (type !== 's') return { type, text: value }
  const strings = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>(.*?)<\/si>/g)]
  return { type: 'text', text: strings[Number(value)]?.[1].replace(/<[^>]+>/g, '') ?? '' }
}

/** The sheet names of a workbook, in order. */
export function sheetNames(files: Map<string, string>): string[] {
  return [...(files.get('xl/workbook.xml') ?? '').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])
}

/** The text of a PDF as pdftotext reads it, whitespace runs folded to one space; and its page count. */
export function pdfText(bytes: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bangkom-pdf-'))
  try {
    const file = join(dir, 'document.pdf')
    writeFileSync(file, bytes)
    const text = execFileSync('pdftotext', ['-q', file, '-']).toString()
    const info = execFileSync('pdfinfo', [file]).toString()
    return { text: text.replace(/\s+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
