// What a refused form submission means for the form that sent it — shared by the phone forms that answer once
// (the reaction survey, the 360 feedback): 409 already answered, 412 not open (or closed), 400 naming a field.
import { ApiError } from '@/api/client'

export type SubmitProblem =
  | { kind: 'field'; column: string; message: string }
  | { kind: 'answered' }
  | { kind: 'not_open' }
  | { kind: 'other' }

export function submitProblem(error: unknown): SubmitProblem {
  if (!(error instanceof ApiError)) return { kind: 'other' }
  if (error.status === 409) return { kind: 'answered' }
  if (error.status === 412) return { kind: 'not_open' }
  const detail = error.details[0]
  if (error.status === 400 && detail?.column) return { kind: 'field', column: detail.column, message: detail.message || error.message }
  return { kind: 'other' }
}
