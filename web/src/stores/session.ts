import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, ApiError, setCsrfToken } from '@/api'
import type { SessionAnswer, User } from '@/api/types'

/** The signed-in user and their CSRF token. `restore` asks the server once whether a session cookie exists. */
export const useSessionStore = defineStore('session', () => {
  const user = ref<User | null>(null)
  const checked = ref(false)
  const sessionEnded = ref(false)

  const displayName = computed(() => user.value?.display_name || user.value?.username || '')
  const isSignedIn = computed(() => user.value !== null)

  function accept(answer: SessionAnswer): void {
    user.value = answer.user
    setCsrfToken(answer.csrf_token)
    sessionEnded.value = false
  }

  function forget(): void {
    user.value = null
    setCsrfToken(null)
  }

  async function restore(): Promise<void> {
    if (checked.value) return
    try {
      accept(await api.get<SessionAnswer>('/auth/me'))
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error
      forget()
    } finally {
      checked.value = true
    }
  }

  async function login(username: string, password: string): Promise<void> {
    accept(await api.post<SessionAnswer>('/auth/login', { username, password }))
    checked.value = true
  }

  async function logout(): Promise<void> {
    try {
      await api.post('/auth/logout')
    } finally {
      forget()
    }
  }

  /** The server said 401 on a call: the session expired elsewhere. */
  function expire(): void {
    if (user.value) sessionEnded.value = true
    forget()
  }

  return { user, checked, sessionEnded, displayName, isSignedIn, restore, login, logout, expire }
})
