// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import PlanListView from './PlanListView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { plan } from './test_data'

const list = { total: 2, items: [plan(), plan({ id: 3, agency: null, version: 1, status: 'approved', gap: 0.008, cost: 1_500_000 })] }
const opd = { kind: 'opd', total: 2, offset: 0, limit: 500, items: [{ kode_opd: 'DINKES', nama_opd: 'Dinas Kesehatan' }, { kode_opd: 'DISDIK', nama_opd: 'Dinas Pendidikan' }] }

describe('PlanListView', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists the versions with status badges, value, bound, gap, cost and date', async () => {
    server()
    const { wrapper } = await mountPage(PlanListView, { role: 'auditor', nip: null, agency: null })
    const rows = wrapper.findAll('[data-testid="plan-table"] tbody tr')
    expect(rows).toHaveLength(2)
    const cells = rows[0]!.findAll('th, td').map((c) => c.text().replace(/\s+/g, ' '))
    expect(cells).toEqual(['2027 · DINKES Versi 2', 'Draf', '31,5', '33', '4,55%', 'Rp 31.850.000', '3', '28 November 2026'])
    expect(rows[1]!.text()).toContain('Semua OPD')
    expect(rows[1]!.find('[data-testid="plan-status"]').attributes('data-status')).toBe('approved')
    expect(rows[1]!.find('a').attributes('href')).toBe('/rencana/3')
    // The auditor reads only: no form.
    expect(wrapper.find('[data-testid="generate"]').exists()).toBe(false)
  })

  it('asks the server again when a filter changes', async () => {
    const fake = server()
    const { wrapper } = await mountPage(PlanListView, { role: 'admin_bkd', nip: null, agency: null })
    await wrapper.find('[data-testid="filter-agency"]').setValue('DISDIK')
    await wrapper.find('[data-testid="filter-status"]').setValue('submitted')
    await flushPromises()
    const last = fake.sent('GET', '/plans').at(-1)!
    expect([last.query.get('agency'), last.query.get('status')]).toEqual(['DISDIK', 'submitted'])
  })

  it('starts a job for the admin\'s chosen scope, shows its progress and opens the new plan', async () => {
    let polls = 0
    const fake = server({
      'POST /plans/generate': { status: 202, body: { job: { id: 'j1', type: 'plan', kind: 'generate', state: 'queued', percent: 0, message: '', result: null } } },
      'GET /jobs/j1': () => {
        polls += 1
        return polls < 2
          ? { body: { job: { id: 'j1', state: 'running', percent: 42, message: 'greedy', result: null } } }
          : { body: { job: { id: 'j1', state: 'succeeded', percent: 100, message: 'selesai',
            result: { plan_id: 9, year: 2028, agency: 'DINKES', version: 1, status: 'draft', value: 1, bound: 1, gap: 0, cost: 0, assignments: 5 } } } }
      },
    })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper, router } = await mountPage(PlanListView, { role: 'admin_bkd', nip: null, agency: null })
    await wrapper.find('[data-testid="generate-year"]').setValue('2028')
    await wrapper.find('[data-testid="generate-agency"]').setValue('DINKES')
    await wrapper.find('[data-testid="solver-exact"]').setValue(true)
    await wrapper.find('[data-testid="generate-limit"]').setValue('10')
    await wrapper.find('[data-testid="generate"] form').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', '/plans/generate')[0]?.body).toEqual({ year: 2028, agency: 'DINKES', solver: 'exact', time_limit: 10 })
    expect(wrapper.find('[data-testid="generate-job"]').attributes('data-state')).toBe('running')
    expect(wrapper.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('42')
    expect(wrapper.find('[data-testid="generate-submit"]').attributes('disabled')).toBeDefined()
    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(wrapper.find('[data-testid="generate-done"]').text()).toContain('Versi 1 selesai: 5 penugasan')
    expect(wrapper.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('100')
    expect(wrapper.find('[data-testid="generate-open"]').attributes('href')).toBe('/rencana/9')
    await vi.advanceTimersByTimeAsync(1500)
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/rencana/9')
  })

  it('sends the pengelola\'s own agency and shows why a job failed', async () => {
    const fake = server({
      'POST /plans/generate': { status: 202, body: { job: { id: 'j2', state: 'queued', percent: 0, message: '', result: null } } },
      'GET /jobs/j2': { body: { job: { id: 'j2', state: 'failed', percent: 20, message: '',
        result: { error: { code: 'failed_precondition', message: 'Tidak ada angkatan yang dimulai pada tahun 2031.' } } } } },
    })
    const { wrapper } = await mountPage(PlanListView, { role: 'pengelola_opd', nip: null, agency: 'DINKES' })
    expect(wrapper.find('[data-testid="generate-agency"]').exists()).toBe(false)
    await wrapper.find('[data-testid="generate-year"]').setValue('2031')
    await wrapper.find('[data-testid="generate"] form').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', '/plans/generate')[0]?.body).toEqual({ year: 2031, agency: 'DINKES', solver: 'fast', time_limit: 30 })
    expect(wrapper.find('[data-testid="generate-error"]').text()).toBe('Tidak ada angkatan yang dimulai pada tahun 2031.')
    expect(wrapper.find('[data-testid="generate-submit"]').attributes('disabled')).toBeUndefined()
  })

  it('refuses a time limit over 600 seconds before asking the server', async () => {
    const fake = server()
    const { wrapper } = await mountPage(PlanListView, { role: 'admin_bkd', nip: null, agency: null })
    await wrapper.find('[data-testid="generate-limit"]').setValue('900')
    await wrapper.find('[data-testid="generate"] form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="generate-invalid"]').text()).toBe('Batas waktu harus lebih dari 0 dan paling lama 600 detik.')
    expect(fake.sent('POST', '/plans/generate')).toHaveLength(0)
  })
})

function server(extra: Parameters<typeof fakeServer>[0] = {}) {
  return fakeServer({ 'GET /plans': { body: list }, 'GET /data/opd': { body: opd }, ...extra })
}
