import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSessionStore } from '@/stores/session'
import { canOpen, type AreaKey } from '@/utils/nav'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session. */
    public?: boolean
    /** The navigation area this page belongs to (checked against the role). */
    area?: AreaKey
  }
}

const soon = (area: AreaKey, path: string): RouteRecordRaw => ({
  path,
  name: `soon-${area}`,
  component: () => import('@/views/ComingSoonView.vue'),
  props: { area },
  meta: { area },
})

export const routes: RouteRecordRaw[] = [
  { path: '/masuk', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('@/views/AppLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('@/views/HomeView.vue'), meta: { area: 'home' } },
      { path: 'profil', name: 'profile', component: () => import('@/views/ProfileView.vue'), meta: { area: 'profil' } },
      { path: 'data', name: 'data-index', component: () => import('@/views/DataIndexView.vue'), meta: { area: 'data' } },
      {
        path: 'data/:kind',
        name: 'data',
        component: () => import('@/views/DataView.vue'),
        props: true,
        meta: { area: 'data' },
      },
      { path: 'impor', name: 'import', component: () => import('@/views/ImportView.vue'), meta: { area: 'impor' } },
      {
        path: 'akpk',
        name: 'akpk',
        component: () => import('@/views/akpk/AkpkView.vue'),
        meta: { area: 'akpk' },
        // An employee's needs analysis is their own gap profile: the menu goes straight there.
        beforeEnter: () => {
          const user = useSessionStore().user
          return user?.role === 'asn' && user.nip ? { name: 'akpk-employee', params: { nip: user.nip } } : true
        },
      },
      {
        path: 'akpk/opd/:kode',
        name: 'akpk-agency',
        component: () => import('@/views/akpk/AkpkAgencyView.vue'),
        props: true,
        meta: { area: 'akpk' },
      },
      {
        path: 'akpk/pegawai/:nip',
        name: 'akpk-employee',
        component: () => import('@/views/akpk/AkpkEmployeeView.vue'),
        props: true,
        meta: { area: 'akpk' },
      },
      soon('usulan', 'usulan'),
      soon('forum', 'forum'),
      soon('rencana', 'rencana'),
      soon('pelatihan', 'pelatihan'),
      soon('elearning', 'e-learning'),
      soon('evaluasi', 'evaluasi'),
      soon('survei', 'survei'),
      soon('laporan', 'laporan'),
      soon('pengaturan', 'pengaturan'),
      { path: ':path(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
    ],
  },
]

export function makeRouter() {
  const router = createRouter({ history: createWebHistory('/'), routes })
  router.beforeEach(async (to) => {
    const session = useSessionStore()
    try {
      await session.restore()
    } catch {
      // Server unreachable: the login page says so when the user tries.
    }
    if (to.meta.public) return session.isSignedIn && to.name === 'login' ? { name: 'home' } : true
    if (!session.isSignedIn) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
    if (to.meta.area && !canOpen(session.user, to.meta.area)) return { name: 'home' }
    return true
  })
  return router
}
