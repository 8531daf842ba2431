// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ProposalView from './ProposalView.vue'
import { fakeServer, mountPage } from './test_mount'
import { proposal } from './test_data'

const none = { edit: false, submit: false, withdraw: false, review: false, reassign: false, vote: false }
const history = {
  items: [
    { at: '2026-11-20T03:00:00Z', user_id: 7, username: 'siti', action: 'create', from: null, to: 'draft', comment: null },
    { at: '2026-11-21T04:05:00Z', user_id: 8, username: 'budi', action: 'return', from: 'submitted', to: 'returned', comment: 'Perjelas alasan' },
  ],
}

describe('ProposalView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the proposal, its linked threads and its history in order with comments', async () => {
    fakeServer({
      'GET /proposals/12': { body: { proposal: proposal({ status: 'returned', last_comment: 'Perjelas alasan', can: { ...none, edit: true } }), threads: [{ id: 5, title: 'Kerja sama tim' }] } },
      'GET /proposals/12/history': { body: history },
    })
    const { wrapper } = await mountPage(ProposalView, { props: { id: 12 } })
    expect(wrapper.find('h1').text()).toBe('Usulan #12')
    const lines = wrapper.findAll('[data-testid="history"] li')
    expect(lines.map((li) => li.attributes('data-action'))).toEqual(['create', 'return'])
    expect(lines[1]!.text()).toContain('Dikembalikan · 21 November 2026 04:05 · budi')
    expect(lines[1]!.find('.comment').text()).toBe('Perjelas alasan')
    expect(wrapper.find('a[href="/forum/5"]').text()).toBe('Kerja sama tim')
    expect(wrapper.find('[data-testid="edit-proposal"]').attributes('href')).toBe('/usulan/12/ubah')
    expect(wrapper.find('[data-testid="discuss"]').attributes('href')).toBe('/forum?usulan=12')
  })

  it('submits a draft after one question and reloads the history', async () => {
    const server = fakeServer({
      'GET /proposals/12': { body: { proposal: proposal({ status: 'draft', can: { ...none, edit: true, submit: true } }), threads: [] } },
      'GET /proposals/12/history': { body: history },
      'POST /proposals/12/submit': { body: { proposal: proposal({ status: 'submitted' }) } },
    })
    const { wrapper } = await mountPage(ProposalView, { props: { id: 12 } })
    await wrapper.find('[data-testid="submit-proposal"]').trigger('click')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLElement).click()
    await flushPromises()
    expect(server.sent('POST', '/proposals/12/submit')).toHaveLength(1)
    expect(server.sent('GET', '/proposals/12/history')).toHaveLength(2)
    expect(wrapper.find('[data-testid="status-chip"]').text()).toBe('Diajukan')
    expect(wrapper.find('[data-testid="notice"]').text()).toContain('Usulan diajukan.')
  })

  it('lets the reviewer decide from the proposal page (the inbox link lands here)', async () => {
    const server = fakeServer({
      'GET /proposals/12': { body: { proposal: proposal({ can: { ...none, review: true } }), threads: [] } },
      'GET /proposals/12/history': { body: { items: [] } },
      'POST /proposals/12/approve': { body: { proposal: proposal({ status: 'approved' }) } },
    })
    const { wrapper } = await mountPage(ProposalView, { props: { id: 12 }, role: 'atasan', nip: '198609262015051001' })
    expect(wrapper.find('[data-testid="proposal-author"]').exists()).toBe(true)
    await wrapper.find('[data-testid="approve"]').trigger('click')
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLElement).click()
    await flushPromises()
    expect(server.sent('POST', '/proposals/12/approve')).toHaveLength(1)
    expect(wrapper.find('[data-testid="status-chip"]').text()).toBe('Disetujui')
    expect(wrapper.find('[data-testid="review-actions"]').exists()).toBe(false)
  })

  it('says the proposal cannot be seen on 404', async () => {
    fakeServer({})
    const { wrapper } = await mountPage(ProposalView, { props: { id: 12 } })
    expect(wrapper.text()).toContain('Usulan tidak ditemukan atau tidak dapat Anda lihat.')
  })
})
