// The reaction form's rules, apart from the page so they are tested alone: the body sent to the server, the
// suggestion's length as the server counts it, and what a refusal means for the form.
import type { ReactionItem, ReactionQuestion, ReactionSubmission } from '@/api/reaction'

/** Characters as the server counts them (code points: an emoji is one). */
export function charCount(text: string): number {
  return [...text].length
}

/** How many of the statements have an answer. */
export function answeredCount(answers: Readonly<Record<string, number | null>>, items: readonly ReactionQuestion[]): number {
  return items.filter((item) => typeof answers[item.code] === 'number').length
}

/** Every statement of the form, answered (1–5) or null, the suggestion trimmed, and the anonymity choice. */
export function buildSubmission(
  items: readonly ReactionQuestion[], answers: Readonly<Record<string, number | null>>, saran: string, anonim: boolean,
): ReactionSubmission {
  const body: ReactionSubmission = { saran: saran.trim(), anonim }
  for (const item of items) {
    const value = answers[item.code]
    body[item.code as ReactionItem] = typeof value === 'number' ? value : null
  }
  return body
}

/** What a refused answer means for the form (shared with the other answer-once forms). */
export { submitProblem, type SubmitProblem } from '@/api/submit_problem'
