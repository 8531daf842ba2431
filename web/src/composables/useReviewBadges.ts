import { computed, ref, watch, type ComputedRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchProgramsToReview, mayReadReview, type ProgramToReview } from '@/api/review'
import type { CellBadgeLookup } from '@/components/data/cell_badge'
import { useSessionStore } from '@/stores/session'

/** The catalog kind and the column the badge sits beside (FORMATS.md `program`). */
const PROGRAM_KIND = 'program'
const PROGRAM_COLUMN = 'kode_program'

/**
 * "Perlu ditinjau" beside the code of every program still flagged for next year's plan (GET /programs/review at
 * the server's default year), for the data browser of programs. Roles that may not read the list, and other
 * kinds, fetch nothing and get no badges; a failed fetch only leaves the badges out (the table still works).
 */
export function useReviewBadges(kind: Ref<string>): ComputedRef<CellBadgeLookup | undefined> {
  const { t } = useI18n()
  const session = useSessionStore()
  const flagged = ref(new Map<string, ProgramToReview>())
  let asked = 0

  async function load(): Promise<void> {
    const ask = ++asked
    flagged.value = new Map()
    if (kind.value !== PROGRAM_KIND || !mayReadReview(session.user)) return
    try {
      const list = await fetchProgramsToReview()
      if (ask !== asked) return
      flagged.value = new Map(list.programs.filter((p) => p.state === 'flagged').map((p) => [p.program, p]))
    } catch {
      // The badge is extra: without the list the catalog reads as before.
    }
  }

  watch([kind, () => session.user?.role], load, { immediate: true })

  return computed(() => {
    if (flagged.value.size === 0) return undefined
    const map = flagged.value
    return (column: string, value: unknown) => {
      const program = column === PROGRAM_COLUMN ? map.get(String(value)) : undefined
      if (!program) return null
      return {
        label: t('evaluasi.review.badge'),
        title: t('evaluasi.review.badgeTitle', { offering: program.offering, verdict: t(`evaluasi.verdict.${program.verdict}`) }),
        tone: program.verdict === 'menurun' ? 'danger' : 'warn',
        to: `/evaluasi/${encodeURIComponent(program.offering)}`,
      }
    }
  })
}
