import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSessionStore } from '@/stores/session'
import { canOpen, type AreaKey } from '@/utils/nav'
import { tabsFor, type UsulanTab } from '@/views/usulan/rules'

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

const TAB_ROUTE: Record<UsulanTab, string> = {
  mine: 'usulan', colleagues: 'usulan-colleagues', review: 'usulan-review', agency: 'usulan-agency',
}

/** Proposals, forum and inbox (issue 5). /usulan is "Usulan saya"; people who do not propose land on their first tab. */
const participationRoutes: RouteRecordRaw[] = [
  {
    path: 'usulan',
    name: 'usulan',
    component: () => import('@/views/usulan/MyProposalsView.vue'),
    meta: { area: 'usulan' },
    beforeEnter: () => {
      const tabs = tabsFor(useSessionStore().user)
      return tabs.includes('mine') || !tabs[0] ? true : { name: TAB_ROUTE[tabs[0]] }
    },
  },
  { path: 'usulan/baru', name: 'usulan-new', component: () => import('@/views/usulan/ProposalFormView.vue'),
    meta: { area: 'usulan' } },
  { path: 'usulan/rekan', name: 'usulan-colleagues', component: () => import('@/views/usulan/ColleaguesView.vue'),
    meta: { area: 'usulan' } },
  { path: 'usulan/tinjau', name: 'usulan-review', component: () => import('@/views/usulan/ReviewView.vue'),
    meta: { area: 'usulan' } },
  { path: 'usulan/opd', name: 'usulan-agency', component: () => import('@/views/usulan/AgencyProposalsView.vue'),
    meta: { area: 'usulan' } },
  { path: 'usulan/:id(\\d+)', name: 'usulan-detail', component: () => import('@/views/usulan/ProposalView.vue'),
    props: (route) => ({ id: Number(route.params.id) }), meta: { area: 'usulan' } },
  { path: 'usulan/:id(\\d+)/ubah', name: 'usulan-edit', component: () => import('@/views/usulan/ProposalFormView.vue'),
    props: (route) => ({ id: Number(route.params.id) }), meta: { area: 'usulan' } },
  { path: 'forum', name: 'forum', component: () => import('@/views/forum/ForumView.vue'), meta: { area: 'forum' } },
  { path: 'forum/:id(\\d+)', name: 'forum-thread', component: () => import('@/views/forum/ThreadView.vue'),
    props: (route) => ({ id: Number(route.params.id) }), meta: { area: 'forum' } },
  // Every signed-in user has an inbox: no area to check.
  { path: 'kotak-masuk', name: 'inbox', component: () => import('@/views/inbox/InboxView.vue') },
]

export const routes: RouteRecordRaw[] = [
  { path: '/masuk', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { public: true } },
  // The public satisfaction survey of a service unit (issue 8): no session, outside the app shell.
  { path: '/survei/:kode', name: 'survey-public', component: () => import('@/views/survei/SurveyView.vue'),
    props: true, meta: { public: true } },
  // The public check of a certificate number (issue 7; the certificate's QR code leads here): no session, no shell.
  { path: '/verifikasi/:nomor?', name: 'verify', component: () => import('@/views/pelatihan/VerifyView.vue'),
    props: (route) => ({ nomor: typeof route.params.nomor === 'string' ? route.params.nomor : '' }), meta: { public: true } },
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
      ...participationRoutes,
      { path: 'rencana', name: 'rencana', component: () => import('@/views/rencana/PlanListView.vue'), meta: { area: 'rencana' } },
      { path: 'rencana/:id(\\d+)', name: 'rencana-detail', component: () => import('@/views/rencana/PlanDetailView.vue'),
        props: (route) => ({ id: Number(route.params.id) }), meta: { area: 'rencana' } },
      { path: 'pelatihan', name: 'pelatihan', component: () => import('@/views/pelatihan/OfferingListView.vue'), meta: { area: 'pelatihan' } },
      { path: 'pelatihan/:kode', name: 'pelatihan-detail', component: () => import('@/views/pelatihan/OfferingDetailView.vue'),
        props: true, meta: { area: 'pelatihan' } },
      // The participant's reaction survey of one class: the area of the employee's own pages (asn and atasan with a NIP).
      { path: 'pelatihan-saya/:kode/reaksi', name: 'reaksi', component: () => import('@/views/pelatihan/ReactionFormView.vue'),
        props: true, meta: { area: 'profil' } },
      // 360 feedback (docs/feedback-api.md): the people to rate, the caller's own results and the form of one person —
      // the employee's own pages (asn and atasan with a NIP).
      { path: 'umpan-balik', name: 'umpan-balik', component: () => import('@/views/umpanbalik/FeedbackListView.vue'), meta: { area: 'profil' } },
      { path: 'umpan-balik/hasil', name: 'umpan-balik-hasil', component: () => import('@/views/umpanbalik/FeedbackResultsView.vue'),
        meta: { area: 'profil' } },
      { path: 'umpan-balik/:id/:nip', name: 'umpan-balik-form', component: () => import('@/views/umpanbalik/FeedbackFormView.vue'),
        props: true, meta: { area: 'profil' } },
      // E-learning (issue 7): the year's courses, and the player of one course (?modul=<id> opens a module).
      { path: 'e-learning', name: 'elearning', component: () => import('@/views/elearning/ElearningListView.vue'), meta: { area: 'elearning' } },
      { path: 'e-learning/:kode', name: 'elearning-course', component: () => import('@/views/elearning/CoursePlayerView.vue'),
        props: true, meta: { area: 'elearning' } },
      // The quiz question bank (docs/quiz-api.md).
      { path: 'bank-soal', name: 'bank-soal', component: () => import('@/views/quiz/QuestionBankView.vue'), meta: { area: 'bankSoal' } },
      { path: 'evaluasi', name: 'evaluasi', component: () => import('@/views/evaluasi/EvaluationListView.vue'), meta: { area: 'evaluasi' } },
      { path: 'evaluasi/:kode', name: 'evaluasi-detail', component: () => import('@/views/evaluasi/EvaluationDetailView.vue'),
        props: true, meta: { area: 'evaluasi' } },
      { path: 'survei', name: 'survei', component: () => import('@/views/survei/SkmDashboardView.vue'), meta: { area: 'survei' } },
      soon('laporan', 'laporan'),
      // The rules the BKD tunes (docs/settings-api.md): edited by admin_bkd, read by the auditor.
      { path: 'pengaturan', name: 'pengaturan', component: () => import('@/views/pengaturan/SettingsView.vue'), meta: { area: 'pengaturan' } },
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
