// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import PlanDetailView from './PlanDetailView.vue'
import { fakeServer, mountPage, type Answer } from '@/views/usulan/test_mount'
import { assignment, detail, plan } from './test_data'

const page = (items = [assignment(), assignment({ nip: '197911022001011001', name: 'Budi', offering: 'ANG-EL-1', program: 'PRG-EL', jp: 10, cost: 0, reasons: ['usulan_pegawai'], closes: [] })], total = items.length) =>
  ({ total, offset: 0, limit: 50, items })

function server(extra: Record<string, Answer> = {}, body = detail()) {
  return fakeServer({
    'GET /plans/4': { body: { plan: body } },
    'GET /plans/4/assignments': { body: page() },
    ...extra,
  })
}

describe('PlanDetailView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the figures, the budget bars, the 20 JP compliance and the XLSX link', async () => {
    server()
    const { wrapper } = await mountPage(PlanDetailView, { role: 'pengelola_opd', nip: null, props: { id: 4 } })
    expect(wrapper.find('[data-testid="plan-title"]').text()).toBe('Rencana 2027 — DINKES')
    expect(wrapper.find('[data-testid="plan-status"]').text()).toBe('Draf')
    const figure = (name: string) => wrapper.find(`[data-figure="${name}"]`).text()
    expect([figure('value'), figure('bound'), figure('gap'), figure('cost'), figure('assignments')])
      .toEqual(['31,5', '33', '4,55%', 'Rp 31.850.000', '3'])
    const bar = wrapper.find('[data-testid="budget-bars"] [data-agency="DINKES"]')
    expect(bar.text()).toContain('Rp 31.850.000 dari Rp 840.000.000')
    expect(bar.text()).toContain('(3,8%)')
    const jp = (name: string) => wrapper.find(`[data-jp="${name}"]`).text()
    expect([jp('employees'), jp('meeting'), jp('short')]).toEqual(['8', '7', '1'])
    expect(wrapper.find('[data-testid="plan-jp"]').text()).toContain('Memenuhi 20 JP')
    expect(wrapper.find('[data-testid="plan-export"]').attributes('href')).toBe('/api/v1/plans/4/export?format=xlsx')
    expect(wrapper.find('[data-testid="plan-export-pdf"]').attributes('href')).toBe('/api/v1/plans/4/export?format=pdf')
    expect(wrapper.find('[data-testid="plan-export-pdf"]').text()).toBe('Unduh PDF')
  })

  it('lists the programs last year\'s evaluation flagged, and nothing when there are none', async () => {
    server({}, detail({ summary: { ...detail().summary!, flagged_programs: [
      { program: 'PRG-KES', offering: 'ANG-KES-2026', verdict: 'tidak_signifikan', factor: 0.5 },
      { program: 'PRG-EL', offering: 'ANG-EL-2026', verdict: 'menurun', factor: 0.5 }] } }))
    const { wrapper } = await mountPage(PlanDetailView, { role: 'admin_bkd', nip: null, props: { id: 4 } })
    const panel = wrapper.find('[data-testid="plan-flagged"]')
    expect(panel.find('h2').text()).toBe('Program yang perlu ditinjau')
    expect(panel.find('[data-program="PRG-KES"]').text()).toContain('tidak signifikan')
    expect(panel.find('[data-program="PRG-KES"]').text()).toContain('× 0,5')
    expect(panel.find('[data-program="PRG-EL"]').text()).toContain('menurun (ANG-EL-2026)')
    wrapper.unmount()
    document.body.innerHTML = ''
    server()
    const plain = await mountPage(PlanDetailView, { role: 'admin_bkd', nip: null, props: { id: 4 } })
    expect(plain.wrapper.find('[data-testid="plan-figures"], [data-figure="value"]').exists()).toBe(true)
    expect(plain.wrapper.find('[data-testid="plan-flagged"]').exists()).toBe(false)
  })

  it('lists the assignments with the reasons in Indonesian and what each closes', async () => {
    server({}, detail({ can: { submit: false, approve: false, return: false } }))
    const { wrapper } = await mountPage(PlanDetailView, { role: 'auditor', nip: null, agency: null, props: { id: 4 } })
    const rows = wrapper.findAll('[data-testid="assign-table"] tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('19860926 201505 1 001')
    expect(rows[0]!.findAll('.reason').map((r) => r.text())).toEqual(['Kesenjangan kompetensi', 'Pemenuhan 20 JP'])
    expect(rows[0]!.text()).toContain('M.03 (+1 level)')
    expect(rows[1]!.findAll('.reason').map((r) => r.text())).toEqual(['Usulan pegawai'])
    expect(wrapper.find('[data-testid="assign-total"]').text()).toBe('(2 penugasan)')
    // The auditor reads only.
    expect(wrapper.find('[data-testid="plan-submit"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="plan-flow"]').text()).toContain('Anda hanya dapat membaca rencana ini.')
  })

  it('speaks English when the user chose it', async () => {
    server()
    const { wrapper } = await mountPage(PlanDetailView, { role: 'pengelola_opd', nip: null, props: { id: 4 } })
    const { i18n } = await import('@/i18n')
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(wrapper.find('[data-testid="plan-title"]').text()).toBe('Plan 2027 — DINKES')
    expect(wrapper.findAll('[data-testid="assign-table"] tbody tr')[0]!.findAll('.reason').map((r) => r.text()))
      .toEqual(['Competency gap', '20 JP fulfilment'])
    expect(wrapper.find('[data-testid="plan-submit"]').text()).toBe('Submit')
    i18n.global.locale.value = 'id'
  })

  it('filters on the server by agency, NIP typed with spaces, offering and program, and pages', async () => {
    const fake = server({
      'GET /plans/4': { body: { plan: detail({ agency: null, summary: { ...detail().summary!, agencies: [
        { agency: 'DINKES', budget: 1, used: 0 }, { agency: 'DISDIK', budget: 1, used: 0 }] } }) } },
      'GET /plans/4/assignments': (call) => ({ body: { ...page([assignment()], 120), offset: Number(call.query.get('offset') ?? 0) } }),
    })
    const { wrapper } = await mountPage(PlanDetailView, { role: 'admin_bkd', nip: null, agency: null, props: { id: 4 } })
    await wrapper.find('[data-testid="assign-agency"]').setValue('DISDIK')
    await flushPromises()
    expect(fake.sent('GET', '/plans/4/assignments').at(-1)!.query.get('agency')).toBe('DISDIK')
    // The downloads follow the agency filter: that agency's document with its employees.
    expect(wrapper.find('[data-testid="plan-export-pdf"]').attributes('href'))
      .toBe('/api/v1/plans/4/export?format=pdf&agency=DISDIK')
    expect(wrapper.find('[data-testid="plan-export"]').attributes('href'))
      .toBe('/api/v1/plans/4/export?format=xlsx&agency=DISDIK')
    await wrapper.find('[data-testid="assign-nip"]').setValue('19860926 201505 1 001')
    await wrapper.find('[data-testid="assign-offering"]').setValue('ANG-KES-1')
    await wrapper.find('[data-testid="assign-program"]').setValue('PRG-KES')
    await wrapper.find('[data-testid="assign-filters"]').trigger('submit')
    await flushPromises()
    const q = fake.sent('GET', '/plans/4/assignments').at(-1)!.query
    expect([q.get('agency'), q.get('nip'), q.get('offering'), q.get('program'), q.get('offset'), q.get('limit')])
      .toEqual(['DISDIK', '198609262015051001', 'ANG-KES-1', 'PRG-KES', '0', '50'])
    await wrapper.find('[data-testid="assign-next"]').trigger('click')
    await flushPromises()
    expect(fake.sent('GET', '/plans/4/assignments').at(-1)!.query.get('offset')).toBe('50')
    expect(wrapper.find('[data-testid="assign-range"]').text()).toBe('51–51 dari 120')
  })

  it('submits a draft after one question and shows the new status', async () => {
    const fake = server({ 'POST /plans/4/submit': { body: { plan: plan({ status: 'submitted', can: { submit: false, approve: false, return: false } }) } } })
    const { wrapper } = await mountPage(PlanDetailView, { role: 'pengelola_opd', nip: null, props: { id: 4 } })
    await wrapper.find('[data-testid="plan-submit"]').trigger('click')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLElement).click()
    await flushPromises()
    expect(fake.sent('POST', '/plans/4/submit')[0]?.body).toEqual({})
    expect(wrapper.find('[data-testid="plan-status"]').text()).toBe('Diajukan')
    expect(wrapper.find('[data-testid="flow-notice"]').text()).toBe('Rencana telah diajukan.')
    expect(wrapper.find('[data-testid="plan-submit"]').exists()).toBe(false)
    // The summary stays: the action answers the plan without it.
    expect(wrapper.find('[data-jp="employees"]').text()).toBe('8')
  })

  it('returns a submitted plan only with a comment, and shows that comment', async () => {
    const can = { submit: false, approve: true, return: true }
    const fake = server({
      'POST /plans/4/return': (call) => ({ body: { plan: plan({ status: 'returned', comment: (call.body as { comment: string }).comment,
        can: { submit: false, approve: false, return: false } }) } }),
    }, detail({ status: 'submitted', can }))
    const { wrapper } = await mountPage(PlanDetailView, { role: 'admin_bkd', nip: null, agency: null, props: { id: 4 } })
    expect(wrapper.find('[data-testid="plan-approve"]').exists()).toBe(true)
    await wrapper.find('[data-testid="plan-return"]').trigger('click')
    const confirm = () => (document.querySelector('[data-testid="sheet-confirm"]') as HTMLElement).click()
    confirm()
    await flushPromises()
    expect(document.body.textContent).toContain('Mohon isi')
    expect(fake.sent('POST', '/plans/4/return')).toHaveLength(0)
    const text = document.querySelector('[data-testid="sheet-text"]') as HTMLTextAreaElement
    text.value = 'Anggaran DINKES perlu ditinjau'
    text.dispatchEvent(new Event('input'))
    confirm()
    await flushPromises()
    expect(fake.sent('POST', '/plans/4/return')[0]?.body).toEqual({ comment: 'Anggaran DINKES perlu ditinjau' })
    expect(wrapper.find('[data-testid="plan-status"]').text()).toBe('Dikembalikan')
    expect(wrapper.find('[data-testid="plan-comment"]').text()).toContain('Anggaran DINKES perlu ditinjau')
  })

  it('approves with an optional comment and says when the plan is unknown', async () => {
    const fake = server({ 'POST /plans/4/approve': { body: { plan: plan({ status: 'approved', can: { submit: false, approve: false, return: false } }) } } },
      detail({ status: 'submitted', can: { submit: false, approve: true, return: true } }))
    const { wrapper } = await mountPage(PlanDetailView, { role: 'admin_bkd', nip: null, agency: null, props: { id: 4 } })
    await wrapper.find('[data-testid="plan-approve"]').trigger('click')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLElement).click()
    await flushPromises()
    expect(fake.sent('POST', '/plans/4/approve')[0]?.body).toEqual({})
    expect(wrapper.find('[data-testid="plan-status"]').text()).toBe('Disetujui')
    wrapper.unmount()
    document.body.innerHTML = ''
    fakeServer({ 'GET /plans/99': { status: 404, body: { error: { code: 'not_found', message: 'x' } } },
      'GET /plans/99/assignments': { status: 404, body: { error: { code: 'not_found', message: 'x' } } } })
    const missing = await mountPage(PlanDetailView, { role: 'admin_bkd', nip: null, agency: null, props: { id: 99 } })
    expect(missing.wrapper.find('[data-testid="plan-error"]').text()).toContain('Rencana tidak ditemukan.')
  })
})
