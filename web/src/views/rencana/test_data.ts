// Plans as the API answers them (docs/plan-api.md), for the page tests.
import type { Assignment, Plan, PlanDetail } from '@/api/plans'

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 4, year: 2027, agency: 'DINKES', version: 2, status: 'draft', status_label: 'draf', solver: 'fast',
    value: 31.5, bound: 33, gap: 0.045455, cost: 31_850_000, assignments: 3, created_by: 1,
    created_at: '2026-11-28T10:00:00Z', updated_at: '2026-11-28T10:00:00Z', comment: null,
    can: { submit: true, approve: false, return: false }, ...overrides,
  }
}

export function detail(overrides: Partial<PlanDetail> = {}): PlanDetail {
  return {
    ...plan(),
    settings: { target_jp: 20, jp_cap: 60, shortfall_penalty: 1 },
    summary: {
      agencies: [{ agency: 'DINKES', budget: 840_000_000, used: 31_850_000 }],
      offerings: [{ offering: 'ANG-KES-1', seats: 30, used: 2 }],
      jp: { employees: 8, meeting_20: 7, short: 1 },
    },
    ...overrides,
  }
}

export function assignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    nip: '198609262015051001', name: 'Siti Aminah', agency: 'DINKES', offering: 'ANG-KES-1', program: 'PRG-KES',
    jp: 24, cost: 1_500_000, reasons: ['kesenjangan', 'pemenuhan_20_jp'], closes: [{ competency: 'M.03', levels: 1 }],
    ...overrides,
  }
}
