import { onBeforeUnmount, ref, type Ref } from 'vue'

/** The time in ms, renewed every `interval` ms while the component lives (a countdown's clock). */
export function useNow(interval = 1000): Ref<number> {
  const now = ref(Date.now())
  const timer = setInterval(() => { now.value = Date.now() }, interval)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
