// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { useSettingsStore } from './settings'
import { i18n, LANGUAGE_STORAGE_KEY, savedLanguage } from '@/i18n'

describe('settings store', () => {
  beforeEach(() => {
    localStorage.clear()
    i18n.global.locale.value = 'id'
    setActivePinia(createPinia())
  })

  it('starts in Indonesian when nothing was chosen', () => {
    const settings = useSettingsStore()
    expect(settings.language).toBe('id')
    expect(document.documentElement.lang).toBe('id')
  })

  it('switches vue-i18n, the page language and the saved choice together', async () => {
    const settings = useSettingsStore()
    settings.setLanguage('en')
    await nextTick()
    expect(i18n.global.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en')
    expect(i18n.global.t('nav.data')).toBe('Master Data')
  })

  it('starts in the saved language on the next visit and ignores unknown values', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en')
    expect(useSettingsStore().language).toBe('en')
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr')
    expect(savedLanguage()).toBe('id')
  })
})
