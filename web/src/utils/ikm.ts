// The one way the SKM dashboard writes an IKM figure (UI.md "Numbers and dates"): the raw IKM (1–4) and the
// converted index ("nilai IKM konversi", 25–100) alike, always with two decimals and a comma — "70,73", "80,00" —
// so that two numbers side by side never differ in precision ("71,1" beside "70,73").

const kIkmDecimals = 2

/** An IKM figure in id-ID with exactly two decimals: 70.7345 → "70,73", 80 → "80,00", 2.8 → "2,80"; '' if not finite. */
export function formatIkm(value: number): string {
  if (!Number.isFinite(value)) return ''
  const fixed = Math.abs(value).toFixed(kIkmDecimals)
  const [whole = '0', fraction = ''] = fixed.split('.')
  const sign = value < 0 && /[1-9]/.test(fixed) ? '-' : ''
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`
}
