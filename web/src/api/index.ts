// The app's single API client. The session store sets the CSRF token; the language comes from vue-i18n.
import { ApiClient } from './client'
import { i18n } from '@/i18n'

let csrfToken: string | null = null
let onUnauthenticated: (() => void) | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

/** The session's CSRF token, for the few requests that cannot go through `api` (the SCORM runtime's commits). */
export function currentCsrfToken(): string | null {
  return csrfToken
}

export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler
}

export const api = new ApiClient({
  language: () => i18n.global.locale.value,
  csrfToken: () => csrfToken,
  onUnauthenticated: () => onUnauthenticated?.(),
})

export { ApiError } from './client'
