// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ProposalFormView from './ProposalFormView.vue'
import { fakeServer, mountPage } from './test_mount'
import { proposal, suggestion } from './test_data'

const suggestions = {
  year: 2027,
  items: [
    suggestion({ competency: 'M.01', competency_name: 'Integritas', proposed: true }),
    suggestion({ competency: 'M.03', competency_name: 'Kerja Sama', required: 3, held: 1.5, gap: 1.5 }),
    suggestion({ competency: 'T.KES.01', competency_name: 'Surveilans', held: null, gap: 3 }),
  ],
}

describe('ProposalFormView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the own gaps first with the gap in words, the already proposed one last and disabled', async () => {
    fakeServer({ 'GET /proposals/suggestions': { body: suggestions } })
    const { wrapper } = await mountPage(ProposalFormView)
    const options = wrapper.find('[data-testid="my-gaps"]').findAll('label.option')
    expect(options.map((o) => o.attributes('data-code'))).toEqual(['M.03', 'T.KES.01', 'M.01'])
    expect(options[0]!.text()).toContain('kurang 1,5 level (standar 3, dimiliki 1,5)')
    expect(options[1]!.text()).toContain('standar 3, belum dinilai')
    expect(options[2]!.find('input').attributes('disabled')).toBeDefined()
  })

  it('refuses to leave step 1 without a competency, then walks the three steps and submits after one question', async () => {
    const server = fakeServer({
      'GET /proposals/suggestions': { body: suggestions },
      'POST /proposals': (call) => ({ status: 201, body: { proposal: proposal({ id: 44, ...(call.body as object) }) } }),
    })
    const { wrapper, router } = await mountPage(ProposalFormView)
    await wrapper.find('[data-testid="next"]').trigger('click')
    expect(wrapper.text()).toContain('Mohon pilih satu kompetensi.')

    await wrapper.find('label.option[data-code="M.03"] input').setValue(true)
    expect(wrapper.find('[data-testid="chosen"]').text()).toBe('Dipilih: Kerja Sama (M.03)')
    await wrapper.find('[data-testid="next"]').trigger('click')
    expect(wrapper.find('[data-step="2"]').exists()).toBe(true)

    await wrapper.find('[data-testid="next"]').trigger('click')
    expect(wrapper.text()).toContain('Mohon pilih bentuk pengembangan.')
    await wrapper.find('[data-testid="form-select"]').setValue('coaching')
    await wrapper.find('[data-testid="priority-1"]').setValue(true)
    await wrapper.find('[data-testid="next"]').trigger('click')

    await wrapper.find('[data-testid="reason"]').setValue('pendek')
    expect(wrapper.text()).toContain('paling sedikit 10 karakter (sekarang 6)')
    await wrapper.find('[data-testid="reason"]').setValue('Saya memimpin tim lintas bidang mulai Januari')
    expect(wrapper.find('[data-testid="summary"]').text()).toContain('Coaching')

    await wrapper.find('[data-testid="submit"]').trigger('click')
    expect(server.sent('POST', '/proposals')).toHaveLength(0)
    const sheet = document.querySelector('[data-testid="confirm-sheet"]')
    expect(sheet?.textContent).toContain('Setelah diajukan')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLElement).click()
    await flushPromises()

    expect(server.sent('POST', '/proposals')[0]?.body).toEqual({
      competency: 'M.03', reason: 'Saya memimpin tim lintas bidang mulai Januari', form: 'coaching', priority: 1, submit: true,
    })
    expect(router.currentRoute.value.fullPath).toBe('/usulan/44?saved=submitted')
  })

  it('keeps what was typed and goes back to the refused field when the server says no', async () => {
    fakeServer({
      'GET /proposals/suggestions': { body: suggestions },
      'POST /proposals': { status: 400, body: { error: { code: 'invalid_argument', message: 'Bentuk tidak dikenal.', details: [{ column: 'form', message: 'x' }] } } },
    })
    const { wrapper } = await mountPage(ProposalFormView)
    await wrapper.find('label.option[data-code="M.03"] input').setValue(true)
    await wrapper.find('[data-testid="next"]').trigger('click')
    await wrapper.find('[data-testid="form-select"]').setValue('seminar')
    await wrapper.find('[data-testid="next"]').trigger('click')
    await wrapper.find('[data-testid="reason"]').setValue('Alasan yang cukup panjang')
    await wrapper.find('[data-testid="save-draft"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="form-error"]').text()).toBe('Bentuk tidak dikenal.')
    expect(wrapper.find('[data-step="2"]').exists()).toBe(true)
    expect((wrapper.find('[data-testid="form-select"]').element as HTMLSelectElement).value).toBe('seminar')
  })

  it('edits a returned proposal: shows the reviewer\'s comment, saves with PUT and resubmits', async () => {
    const returned = proposal({ id: 9, status: 'returned', last_comment: 'Mohon perjelas alasan', can: { edit: true, submit: true, withdraw: false, review: false, reassign: false, vote: false } })
    const server = fakeServer({
      'GET /proposals/9': { body: { proposal: returned, threads: [] } },
      'GET /proposals/suggestions': { body: suggestions },
      'PUT /proposals/9': (call) => ({ body: { proposal: { ...returned, ...(call.body as object) } } }),
      'POST /proposals/9/submit': { body: { proposal: { ...returned, status: 'submitted' } } },
    })
    const { wrapper, router } = await mountPage(ProposalFormView, { props: { id: 9 } })
    expect(wrapper.find('h1').text()).toBe('Ubah usulan')
    expect(wrapper.find('[data-testid="reviewer-note"]').text()).toContain('Mohon perjelas alasan')
    await wrapper.find('[data-testid="next"]').trigger('click')
    await wrapper.find('[data-testid="next"]').trigger('click')
    await wrapper.find('[data-testid="reason"]').setValue('Alasan yang sudah diperjelas dengan contoh')
    await wrapper.find('[data-testid="proposal-form"]').trigger('submit')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLElement).click()
    await flushPromises()
    expect(server.sent('PUT', '/proposals/9')[0]?.body).toEqual({
      competency: 'M.03', reason: 'Alasan yang sudah diperjelas dengan contoh', form: 'coaching', priority: 1,
    })
    expect(server.sent('POST', '/proposals/9/submit')).toHaveLength(1)
    expect(router.currentRoute.value.path).toBe('/usulan/9')
  })

  it('searches the dictionary when the gaps do not hold the competency', async () => {
    const server = fakeServer({
      'GET /proposals/suggestions': { body: { year: 2027, items: [] } },
      'GET /data/kompetensi': { body: { kind: 'kompetensi', total: 1, offset: 0, limit: 10, items: [{ kode: 'T.TI.02', nama: 'Keamanan Informasi' }] } },
    })
    vi.useFakeTimers()
    try {
      const { wrapper } = await mountPage(ProposalFormView)
      expect(wrapper.text()).toContain('Tidak ada kesenjangan tercatat.')
      await wrapper.find('[data-testid="competency-search"]').setValue('keamanan')
      await vi.advanceTimersByTimeAsync(300)
      await flushPromises()
      expect(server.sent('GET', '/data/kompetensi')[0]?.query.get('q')).toBe('keamanan')
      await wrapper.find('[data-testid="search-results"] input').setValue(true)
      expect(wrapper.find('[data-testid="chosen"]').text()).toBe('Dipilih: Keamanan Informasi (T.TI.02)')
    } finally {
      vi.useRealTimers()
    }
  })
})
