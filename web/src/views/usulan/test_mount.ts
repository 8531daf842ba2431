// Mounting a participation page against a fake server: `routes` answers by "METHOD /path" (query left out), and
// every call is kept with its method, path, query and JSON body.
import { vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Component } from 'vue'
import { i18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import type { Role } from '@/api/types'

export interface Call {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
}

export type Answer = { status?: number; body: unknown } | ((call: Call) => { status?: number; body: unknown })

export function fakeServer(routes: Record<string, Answer>) {
  const calls: Call[] = []
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://localhost')
    const method = init?.method ?? 'GET'
    const path = url.pathname.replace(/^\/api\/v1/, '')
    const call: Call = { method, path, query: url.searchParams, body: init?.body ? JSON.parse(String(init.body)) : undefined }
    calls.push(call)
    const route = routes[`${method} ${path}`]
    if (!route) return new Response(JSON.stringify({ error: { code: 'not_found', message: `no fake for ${method} ${path}` } }), { status: 404 })
    const answer = typeof route === 'function' ? route(call) : route
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return { calls, fetchMock, sent: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path) }
}

export interface MountOptions {
  role?: Role
  nip?: string | null
  agency?: string | null
  path?: string
  props?: Record<string, unknown>
  userId?: number
}

export async function mountPage(component: Component, options: MountOptions = {}) {
  i18n.global.locale.value = 'id'
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().user = {
    id: options.userId ?? 7, username: 'u', role: options.role ?? 'asn', agency_code: options.agency === undefined ? 'DINKES' : options.agency,
    nip: options.nip === undefined ? '199001012019032002' : options.nip, institution: null, display_name: null,
  }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] })
  await router.push(options.path ?? '/')
  const wrapper = mount(component, {
    props: options.props ?? {}, attachTo: document.body, global: { plugins: [pinia, router, i18n] },
  })
  await flushPromises()
  return { wrapper, router }
}
