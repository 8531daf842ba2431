// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import AgencyProposalsView from './AgencyProposalsView.vue'
import { fakeServer, mountPage, type Answer } from './test_mount'
import { proposal } from './test_data'

const YEAR = new Date().getUTCFullYear() + 1
const ranking = {
  agency: 'DINKES', year: YEAR,
  items: [
    { competency: 'M.03', competency_name: 'Kerja Sama', proposals: 3, approved: 2, submitted: 1, votes: 4, employees_with_gap: 12, weighted_need: 14.5, score: 7 },
    { competency: 'M.01', competency_name: 'Integritas', proposals: 0, approved: 0, submitted: 0, votes: 0, employees_with_gap: 30, weighted_need: 40, score: 0 },
  ],
}
const reassignable = { edit: false, submit: false, withdraw: false, review: true, reassign: true, vote: false }
const list = { total: 2, offset: 0, limit: 500, items: [proposal({ id: 12, can: reassignable }), proposal({ id: 13, form: 'seminar', status: 'approved' })] }
const window = { window: { year: YEAR, agency: 'DINKES', opens: null, closes: null, open: false } }

function server(extra: Record<string, Answer> = {}) {
  return fakeServer({
    'GET /proposals/ranking': { body: ranking },
    'GET /proposals': { body: list },
    [`GET /proposal-windows/${YEAR}/DINKES`]: { body: window },
    ...extra,
  })
}

describe('AgencyProposalsView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('ranks competencies with proposals, +1s and measured gaps side by side, with the report as XLSX', async () => {
    const fake = server()
    const { wrapper } = await mountPage(AgencyProposalsView, { role: 'pengelola_opd', nip: null })
    expect(fake.sent('GET', '/proposals/ranking')[0]?.query.get('agency')).toBe('DINKES')
    const table = wrapper.find('[data-testid="ranking-table"]')
    const headers = table.findAll('thead th').map((th) => th.text().replace(/[↕▲▼]/g, '').trim())
    expect(headers).toEqual(['Kompetensi', 'Usulan', 'Disetujui', 'Dukungan (+1)', 'Pegawai berkesenjangan', 'Kebutuhan berbobot', 'Skor'])
    const first = table.findAll('tbody tr')[0]!.findAll('td').map((td) => td.text())
    expect(first).toEqual(['M.03 Kerja Sama', '3', '2', '4', '12', '14,5', '7'])
    expect(table.find('[data-testid="export-xlsx"]').attributes('href')).toBe(`/api/v1/proposals/report/export?agency=DINKES&year=${YEAR}&format=xlsx`)
  })

  it('filters the proposals by status and competency on the server, by form here', async () => {
    const fake = server()
    const { wrapper } = await mountPage(AgencyProposalsView, { role: 'pengelola_opd', nip: null })
    await wrapper.find('[data-testid="filter-status"]').setValue('approved')
    await flushPromises()
    const last = fake.sent('GET', '/proposals').at(-1)!
    expect([last.query.get('view'), last.query.get('status'), last.query.get('agency')]).toEqual(['all', 'approved', 'DINKES'])
    await wrapper.find('[data-testid="filter-competency"]').setValue('M.03')
    await flushPromises()
    expect(fake.sent('GET', '/proposals').at(-1)!.query.get('competency')).toBe('M.03')
    await wrapper.find('[data-testid="filter-form"]').setValue('seminar')
    await flushPromises()
    expect(wrapper.findAll('[data-testid="proposal-table"] tbody tr')).toHaveLength(1)
  })

  it('sets the window of its own agency and refuses closes before opens', async () => {
    const fake = server({
      [`PUT /proposal-windows/${YEAR}/DINKES`]: (call) => ({ body: { window: { year: YEAR, agency: 'DINKES', ...(call.body as object), open: true } } }),
    })
    const { wrapper } = await mountPage(AgencyProposalsView, { role: 'pengelola_opd', nip: null })
    expect(wrapper.find('[data-testid="window-current"]').text()).toBe('Belum diatur.')
    await wrapper.find('[data-testid="window-opens"]').setValue('2026-12-01')
    await wrapper.find('[data-testid="window-closes"]').setValue('2026-11-01')
    expect(wrapper.text()).toContain('Tanggal tutup harus sesudah tanggal buka.')
    expect(wrapper.find('[data-testid="window-save"]').attributes('disabled')).toBeDefined()
    await wrapper.find('[data-testid="window-closes"]').setValue('2026-12-31')
    await wrapper.find('[data-testid="window-setting"] form').trigger('submit')
    await flushPromises()
    expect(fake.sent('PUT', `/proposal-windows/${YEAR}/DINKES`)[0]?.body).toEqual({ opens: '2026-12-01', closes: '2026-12-31' })
    expect(wrapper.find('[data-testid="window-current"]').text()).toContain('1 Desember 2026 – 31 Desember 2026')
  })

  it('shows the window read-only to the auditor, who picks the agency', async () => {
    server({ 'GET /data/opd': { body: { kind: 'opd', total: 1, offset: 0, limit: 500, items: [{ kode_opd: 'DINKES', nama_opd: 'Dinas Kesehatan' }] } } })
    const { wrapper } = await mountPage(AgencyProposalsView, { role: 'auditor', nip: null, agency: null })
    expect(wrapper.find('[data-testid="window-setting"]').exists()).toBe(false)
    await wrapper.find('[data-testid="agency-pick"]').setValue('DINKES')
    await flushPromises()
    expect(wrapper.find('[data-testid="window-setting"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="window-opens"]').exists()).toBe(false)
  })

  it('reassigns a reviewer by NIP typed with spaces, and refuses a short one', async () => {
    const fake = server({
      'POST /proposals/12/reviewer': { body: { proposal: proposal({ id: 12, reviewer_nip: '198001012005011002', reviewer_name: 'Dewi', can: reassignable }) } },
    })
    const { wrapper } = await mountPage(AgencyProposalsView, { role: 'pengelola_opd', nip: null })
    expect(wrapper.findAll('[data-testid="reassign"]')).toHaveLength(1)
    await wrapper.find('[data-testid="reassign"]').trigger('click')
    const text = document.querySelector('[data-testid="sheet-text"]') as HTMLTextAreaElement
    const confirm = () => (document.querySelector('[data-testid="sheet-confirm"]') as HTMLElement).click()
    text.value = '12345'
    text.dispatchEvent(new Event('input'))
    confirm()
    await flushPromises()
    expect(document.body.textContent).toContain('NIP harus 18 angka.')
    expect(fake.sent('POST', '/proposals/12/reviewer')).toHaveLength(0)
    text.value = '19800101 200501 1 002'
    text.dispatchEvent(new Event('input'))
    confirm()
    await flushPromises()
    expect(fake.sent('POST', '/proposals/12/reviewer')[0]?.body).toEqual({ nip: '198001012005011002' })
    expect(wrapper.find('[data-testid="proposal-table"]').text()).toContain('Dewi')
  })
})
