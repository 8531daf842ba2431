import { ref, watch, type Ref } from 'vue'
import { hiddenByDefault } from '@/utils/columns'

const KEY = 'bangkom.hidden-columns.'

/** The columns a user hid for a kind, remembered in this browser. */
export function useHiddenColumns(kind: Ref<string>, columnNames: Ref<string[]>): Ref<string[]> {
  const hidden = ref<string[]>([])

  function restore(): void {
    let saved: string[] | null = null
    try {
      const text = globalThis.localStorage?.getItem(KEY + kind.value)
      saved = text ? (JSON.parse(text) as string[]) : null
    } catch {
      saved = null
    }
    hidden.value = saved ?? columnNames.value.filter(hiddenByDefault)
  }

  watch([kind, columnNames], restore, { immediate: true })
  watch(hidden, (value) => {
    try {
      globalThis.localStorage?.setItem(KEY + kind.value, JSON.stringify(value))
    } catch {
      // No storage: the choice lasts for this visit.
    }
  })
  return hidden
}
