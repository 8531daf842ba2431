// The number of people served as typed into the SKM report form. Indonesians group thousands with dots
// ("5.000") or spaces; those become plain digits for the server. Anything else is passed on as typed, so that
// the server, which owns the rule (a whole number 1–100 000 000), answers with its 400 on `served`.

/** "5.000" → "5000", " 12 000 " → "12000", "" → ""; other text trimmed and otherwise unchanged. */
export function servedQuery(typed: string): string {
  const text = typed.trim()
  if (/^\d{1,3}([.\s]\d{3})+$/.test(text)) return text.replace(/[.\s]/g, '')
  return text
}
