import { ref, type Ref } from 'vue'
import { listCompetencyDictionary } from '@/api/quiz'

export interface Competency {
  code: string
  name: string
}

let cached: Promise<Competency[]> | null = null

/** The competency dictionary (GET /data/kompetensi), read once per page load and shared by every form that needs it;
 * a failed read is tried again by the next form. */
export function useCompetencyDictionary(): { competencies: Ref<Competency[]>; loaded: Ref<boolean> } {
  const competencies = ref<Competency[]>([])
  const loaded = ref(false)
  cached ??= listCompetencyDictionary().catch((error: unknown) => {
    cached = null
    throw error
  })
  cached.then((items) => {
    competencies.value = items
    loaded.value = true
  }).catch(() => undefined)
  return { competencies, loaded }
}

/** Forgets the cached dictionary (tests). */
export function resetCompetencyDictionary(): void {
  cached = null
}
