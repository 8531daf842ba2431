import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { i18n, LANGUAGE_STORAGE_KEY, savedLanguage } from '@/i18n'
import type { Lang } from '@/utils/format'

/** User preferences kept in this browser: the language (persisted in localStorage). */
export const useSettingsStore = defineStore('settings', () => {
  const language = ref<Lang>(savedLanguage())

  function apply(lang: Lang): void {
    i18n.global.locale.value = lang
    if (typeof document !== 'undefined') document.documentElement.lang = lang
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang)
    } catch {
      // Private mode without storage: the choice lasts for this visit only.
    }
  }

  function setLanguage(lang: Lang): void {
    language.value = lang
  }

  watch(language, apply, { immediate: true })
  return { language, setLanguage }
})
