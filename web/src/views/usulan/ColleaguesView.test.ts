// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ColleaguesView from './ColleaguesView.vue'
import MyProposalsView from './MyProposalsView.vue'
import { fakeServer, mountPage } from './test_mount'
import { proposal } from './test_data'

const can = { edit: false, submit: false, withdraw: false, review: false, reassign: false, vote: true }

describe('ColleaguesView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks for the visible proposals and adds, then takes back, a +1', async () => {
    const server = fakeServer({
      'GET /proposals': { body: { total: 1, offset: 0, limit: 200, items: [proposal({ votes: 2, can })] } },
      'POST /proposals/12/vote': { body: { votes: 3, voted: true } },
      'DELETE /proposals/12/vote': { body: { votes: 2, voted: false } },
    })
    const { wrapper } = await mountPage(ColleaguesView)
    expect(server.calls[0]?.query.get('view')).toBe('visible')
    expect(wrapper.find('[data-testid="proposal-votes"]').text()).toBe('2 rekan juga membutuhkan')
    const button = wrapper.find('[data-testid="vote"]')
    expect(button.text()).toContain('Saya juga membutuhkan ini')
    await button.trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="proposal-votes"]').text()).toBe('3 rekan juga membutuhkan')
    expect(wrapper.find('[data-testid="vote"]').attributes('aria-pressed')).toBe('true')
    await wrapper.find('[data-testid="vote"]').trigger('click')
    await flushPromises()
    expect(server.sent('DELETE', '/proposals/12/vote')).toHaveLength(1)
    expect(wrapper.find('[data-testid="proposal-votes"]').text()).toBe('2 rekan juga membutuhkan')
  })

  it('says why a second +1 was refused', async () => {
    fakeServer({
      'GET /proposals': { body: { total: 1, offset: 0, limit: 200, items: [proposal({ can })] } },
      'POST /proposals/12/vote': { status: 409, body: { error: { code: 'conflict', message: 'Anda sudah memberi dukungan.' } } },
    })
    const { wrapper } = await mountPage(ColleaguesView)
    await wrapper.find('[data-testid="vote"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('.alert-error').text()).toBe('Anda sudah memberi dukungan.')
  })
})

describe('MyProposalsView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  const window = (open: boolean) => ({ window: { year: 2027, agency: 'DINKES', opens: '2026-11-01', closes: '2026-12-31', open } })

  it('offers a new proposal while the window is open, and an empty state that says what to do', async () => {
    fakeServer({ 'GET /proposals': { body: { total: 0, offset: 0, limit: 200, items: [] } }, [`GET /proposal-windows/${new Date().getUTCFullYear() + 1}/DINKES`]: { body: window(true) } })
    const { wrapper } = await mountPage(MyProposalsView)
    expect(wrapper.find('[data-testid="new-proposal"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="window-notice"]').text()).toContain('dibuka sampai 31 Desember 2026')
    expect(wrapper.text()).toContain('Belum ada usulan. Ajukan kebutuhan pertama Anda.')
  })

  it('is read-only when the window is closed; a returned proposal comes first with its comment and a resubmit link', async () => {
    const items = [
      proposal({ id: 1, status: 'approved' }),
      proposal({ id: 2, status: 'returned', last_comment: 'Perjelas alasan', can: { ...can, vote: false, edit: true } }),
    ]
    const server = fakeServer({ 'GET /proposals': { body: { total: 2, offset: 0, limit: 200, items } }, [`GET /proposal-windows/${new Date().getUTCFullYear() + 1}/DINKES`]: { body: window(false) } })
    const { wrapper } = await mountPage(MyProposalsView)
    expect(server.calls[0]?.query.get('view')).toBe('mine')
    expect(wrapper.find('[data-testid="new-proposal"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="window-notice"]').attributes('data-window')).toBe('closed')
    const cards = wrapper.findAll('[data-testid="proposal-card"]')
    expect(cards.map((c) => c.attributes('data-status'))).toEqual(['returned', 'approved'])
    expect(cards[0]!.find('[data-testid="reviewer-note"]').text()).toContain('Perjelas alasan')
    expect(cards[0]!.find('[data-testid="edit-proposal"]').text()).toBe('Ajukan ulang')
    expect(cards[0]!.find('[data-testid="status-chip"]').text()).toBe('Dikembalikan')
  })
})
