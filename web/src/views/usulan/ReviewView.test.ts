// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ReviewView from './ReviewView.vue'
import { fakeServer, mountPage } from './test_mount'
import { proposal } from './test_data'

const can = { edit: false, submit: false, withdraw: false, review: true, reassign: false, vote: false }
const queue = { total: 2, offset: 0, limit: 200, items: [proposal({ id: 12, can }), proposal({ id: 13, name: 'Rudi', competency_name: 'Komunikasi', can })] }

const click = (testid: string) => (document.querySelector(`[data-testid="${testid}"]`) as HTMLElement).click()

describe('ReviewView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists what waits for the supervisor, with the author', async () => {
    const server = fakeServer({ 'GET /proposals': { body: queue } })
    const { wrapper } = await mountPage(ReviewView, { role: 'atasan' })
    expect(server.calls[0]?.query.get('view')).toBe('review')
    expect(wrapper.findAll('[data-testid="proposal-card"]')).toHaveLength(2)
    expect(wrapper.find('[data-testid="proposal-author"]').text()).toContain('Siti Aminah')
  })

  it('approves after one confirmation, sends no comment, and takes the proposal off the queue', async () => {
    const server = fakeServer({
      'GET /proposals': { body: queue },
      'POST /proposals/12/approve': { body: { proposal: proposal({ id: 12, status: 'approved' }) } },
    })
    const { wrapper } = await mountPage(ReviewView, { role: 'atasan' })
    await wrapper.find('[data-id="12"] [data-testid="approve"]').trigger('click')
    expect(server.sent('POST', '/proposals/12/approve')).toHaveLength(0)
    expect(document.querySelector('[data-testid="confirm-sheet"]')?.textContent).toContain('Setujui usulan Kerja Sama dari Siti Aminah?')
    click('sheet-confirm')
    await flushPromises()
    expect(server.sent('POST', '/proposals/12/approve')[0]?.body).toEqual({})
    expect(wrapper.findAll('[data-testid="proposal-card"]').map((c) => c.attributes('data-id'))).toEqual(['13'])
    expect(wrapper.find('[data-testid="notice"]').text()).toContain('Usulan disetujui.')
  })

  it('will not return without a comment, then sends it', async () => {
    const server = fakeServer({
      'GET /proposals': { body: queue },
      'POST /proposals/13/return': { body: { proposal: proposal({ id: 13, status: 'returned' }) } },
    })
    const { wrapper } = await mountPage(ReviewView, { role: 'atasan' })
    await wrapper.find('[data-id="13"] [data-testid="return"]').trigger('click')
    click('sheet-confirm')
    await flushPromises()
    expect(server.sent('POST', '/proposals/13/return')).toHaveLength(0)
    expect(document.body.textContent).toContain('Mohon isi catatan atau alasan.')
    const text = document.querySelector('[data-testid="sheet-text"]') as HTMLTextAreaElement
    text.value = 'Mohon pilih bentuk coaching'
    text.dispatchEvent(new Event('input'))
    click('sheet-confirm')
    await flushPromises()
    expect(server.sent('POST', '/proposals/13/return')[0]?.body).toEqual({ comment: 'Mohon pilih bentuk coaching' })
  })

  it('keeps the sheet open with the server\'s reason when a rejection is refused', async () => {
    fakeServer({
      'GET /proposals': { body: queue },
      'POST /proposals/12/reject': { status: 412, body: { error: { code: 'failed_precondition', message: 'Usulan sudah diputuskan.' } } },
    })
    const { wrapper } = await mountPage(ReviewView, { role: 'atasan' })
    await wrapper.find('[data-id="12"] [data-testid="reject"]').trigger('click')
    const text = document.querySelector('[data-testid="sheet-text"]') as HTMLTextAreaElement
    text.value = 'Sudah ada di rencana'
    text.dispatchEvent(new Event('input'))
    click('sheet-confirm')
    await flushPromises()
    expect(document.querySelector('[data-testid="confirm-sheet"]')?.textContent).toContain('Usulan sudah diputuskan.')
    expect(wrapper.findAll('[data-testid="proposal-card"]')).toHaveLength(2)
  })

  it('says so when nothing waits', async () => {
    fakeServer({ 'GET /proposals': { body: { total: 0, offset: 0, limit: 200, items: [] } } })
    const { wrapper } = await mountPage(ReviewView, { role: 'atasan' })
    expect(wrapper.text()).toContain('Tidak ada usulan yang menunggu tinjauan Anda.')
  })
})
