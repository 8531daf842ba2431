import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/api'
import type { KindInfo } from '@/api/types'
import { i18n } from '@/i18n'

/** GET /kinds, cached per language (titles and descriptions come in the request's language). */
export const useKindsStore = defineStore('kinds', () => {
  const kinds = ref<KindInfo[]>([])
  const loadedFor = ref<string | null>(null)
  let pending: Promise<void> | null = null

  async function load(): Promise<void> {
    const lang = i18n.global.locale.value
    if (loadedFor.value === lang) return
    if (pending) return pending
    pending = api.get<{ kinds: KindInfo[] }>('/kinds')
      .then((answer) => {
        kinds.value = answer.kinds
        loadedFor.value = lang
      })
      .finally(() => { pending = null })
    return pending
  }

  function find(kind: string): KindInfo | undefined {
    return kinds.value.find((info) => info.kind === kind)
  }

  function title(kind: string): string {
    return find(kind)?.title ?? kind
  }

  return { kinds, load, find, title }
})
