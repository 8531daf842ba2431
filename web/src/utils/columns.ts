// Column headers and default visibility for the generic Data Master table.

const UPPER = new Set(['opd', 'nip', 'jp', 'skp', 'id', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'])

/** "nama_opd" → "Nama OPD", "kode_jabatan_target" → "Kode jabatan target". Headers stay in the template's words. */
export function columnLabel(name: string): string {
  const words = name.split('_').filter(Boolean)
  return words
    .map((word, index) => {
      if (UPPER.has(word)) return word.toUpperCase()
      return index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word
    })
    .join(' ')
}

/** Long free-text columns start hidden; people can show them with the column chooser. */
export function hiddenByDefault(name: string): boolean {
  return name === 'deskripsi' || name === 'saran' || /^level_[1-5]$/.test(name)
}

/** Codes of enumerations as words: "di_atas" → "di atas". */
export function codeLabel(code: unknown): string {
  if (code === null || code === undefined) return ''
  return String(code).replace(/_/g, ' ')
}
