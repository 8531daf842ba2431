import { describe, expect, it } from 'vitest'
import id from './id'
import en from './en'

/** Every leaf key as "a.b.c". */
function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()
}

function lookup(tree: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree)
}

describe('i18n messages', () => {
  const idKeys = leafKeys(id)
  const enKeys = leafKeys(en)

  it('has every Indonesian key in English and no extra', () => {
    expect(enKeys.filter((k) => !idKeys.includes(k))).toEqual([])
    expect(idKeys.filter((k) => !enKeys.includes(k))).toEqual([])
  })

  it('uses the same placeholders in both languages', () => {
    const mismatched = idKeys.filter((key) => {
      const a = placeholders(String(lookup(id, key)))
      const b = placeholders(String(lookup(en, key)))
      return a.join(',') !== b.join(',')
    })
    expect(mismatched).toEqual([])
  })

  it('has no empty message and no characters vue-i18n would misread', () => {
    for (const key of [...idKeys]) {
      for (const messages of [id, en]) {
        const text = String(lookup(messages, key))
        expect(text.trim(), key).not.toBe('')
        expect(text, key).not.toMatch(/[@|]/)
      }
    }
  })
})
