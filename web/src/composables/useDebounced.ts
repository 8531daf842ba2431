import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

/** A copy of `source` that follows it only after `delay` ms without change (search boxes). */
export function useDebounced<T>(source: Ref<T>, delay = 300): Ref<T> {
  const debounced = ref(source.value) as Ref<T>
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(source, (value) => {
    clearTimeout(timer)
    timer = setTimeout(() => { debounced.value = value }, delay)
  })
  onBeforeUnmount(() => clearTimeout(timer))
  return debounced
}
