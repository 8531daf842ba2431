import { createI18n } from 'vue-i18n'
import id from './id'
import en from './en'
import type { Lang } from '@/utils/format'

export const LANGUAGES: readonly Lang[] = ['id', 'en']
export const LANGUAGE_STORAGE_KEY = 'bangkom.lang'

/** The saved language, or Indonesian. */
export function savedLanguage(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY)
    return saved === 'en' ? 'en' : 'id'
  } catch {
    return 'id'
  }
}

export type MessageSchema = typeof id

export function makeI18n(locale: Lang = savedLanguage()) {
  return createI18n<[MessageSchema], Lang, false>({
    legacy: false,
    locale,
    fallbackLocale: 'id',
    messages: { id, en },
  })
}

export const i18n = makeI18n()
