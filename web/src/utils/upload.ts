// Client-side checks of an import file before any byte is sent (the server checks again).
import { formatBytes } from './format'

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

export interface FileProblem {
  key: 'importer.tooLarge' | 'importer.wrongType' | 'importer.emptyFile'
  values: Record<string, string>
}

/** Null when the file may be sent; otherwise the message key and its values. */
export function checkImportFile(file: { name: string; size: number }): FileProblem | null {
  const values = { name: file.name, size: formatBytes(file.size) }
  if (!/\.(xlsx|csv)$/i.test(file.name)) return { key: 'importer.wrongType', values }
  if (file.size === 0) return { key: 'importer.emptyFile', values }
  if (file.size > MAX_UPLOAD_BYTES) return { key: 'importer.tooLarge', values }
  return null
}
