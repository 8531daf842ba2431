// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import InboxView from './InboxView.vue'
import InboxBell from '@/components/participation/InboxBell.vue'
import { refreshUnread, setUnread, unreadCount } from '@/components/participation/unread'
import { i18n } from '@/i18n'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { notification } from '@/views/usulan/test_data'

const inbox = {
  total: 2, unread: 2, offset: 0, limit: 100,
  items: [
    notification({ id: 3 }),
    notification({ id: 4, type: 'thread_reply', title: 'Rudi membalas topik Anda', proposal_id: null, thread_id: 5 }),
    notification({ id: 1, type: 'proposal_decision', title: 'Usulan Anda disetujui', read: true }),
  ],
}

describe('InboxView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    setUnread(0)
  })

  it('lists the notifications, unread ones marked, and sets the bell\'s count from the answer', async () => {
    fakeServer({ 'GET /inbox': { body: inbox } })
    const { wrapper } = await mountPage(InboxView)
    const items = wrapper.findAll('[data-testid="inbox-item"]')
    expect(items.map((i) => i.classes('unread'))).toEqual([true, true, false])
    expect(items[0]!.text()).toContain('Usulan perlu ditinjau')
    expect(items[1]!.text()).toContain('Tanggapan baru di topik Anda')
    expect(unreadCount.value).toBe(2)
  })

  it('opening an item marks it read, lowers the count and leads to its object', async () => {
    const server = fakeServer({ 'GET /inbox': { body: inbox }, 'POST /inbox/4/read': { body: { ok: true } } })
    const { wrapper, router } = await mountPage(InboxView)
    await wrapper.findAll('[data-testid="inbox-item"] .open')[1]!.trigger('click')
    await flushPromises()
    expect(server.sent('POST', '/inbox/4/read')).toHaveLength(1)
    expect(unreadCount.value).toBe(1)
    expect(router.currentRoute.value.path).toBe('/forum/5')
  })

  it('does not mark a read item again when it is opened', async () => {
    const server = fakeServer({ 'GET /inbox': { body: inbox } })
    const { wrapper, router } = await mountPage(InboxView)
    await wrapper.findAll('[data-testid="inbox-item"] .open')[2]!.trigger('click')
    await flushPromises()
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    expect(router.currentRoute.value.path).toBe('/usulan/12')
  })

  it('marks everything read at once', async () => {
    const server = fakeServer({ 'GET /inbox': { body: inbox }, 'POST /inbox/read-all': { body: { ok: true, marked: 2 } } })
    const { wrapper } = await mountPage(InboxView)
    await wrapper.find('[data-testid="read-all"]').trigger('click')
    await flushPromises()
    expect(server.sent('POST', '/inbox/read-all')).toHaveLength(1)
    expect(wrapper.findAll('.unread')).toHaveLength(0)
    expect(unreadCount.value).toBe(0)
    expect(wrapper.find('[data-testid="read-all"]').exists()).toBe(false)
  })

  it('says what to expect when empty', async () => {
    fakeServer({ 'GET /inbox': { body: { total: 0, unread: 0, offset: 0, limit: 100, items: [] } } })
    const { wrapper } = await mountPage(InboxView)
    expect(wrapper.text()).toContain('Tidak ada pemberitahuan.')
  })
})

describe('InboxBell', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setUnread(0)
  })

  it('shows the unread count from the server and names it for screen readers', async () => {
    fakeServer({ 'GET /inbox/unread-count': { body: { unread: 3 } } })
    await refreshUnread()
    const wrapper = mount(InboxBell, { global: { plugins: [i18n], stubs: { RouterLink: { template: '<a v-bind="$attrs"><slot /></a>' } } } })
    await flushPromises()
    expect(wrapper.find('[data-testid="inbox-count"]').text()).toBe('3')
    expect(wrapper.attributes('aria-label')).toBe('Kotak masuk, 3 belum dibaca')
    setUnread(0)
    await flushPromises()
    expect(wrapper.find('[data-testid="inbox-count"]').exists()).toBe(false)
    expect(wrapper.attributes('aria-label')).toBe('Kotak masuk')
  })

  it('keeps the last count when the server cannot be asked', async () => {
    setUnread(2)
    fakeServer({ 'GET /inbox/unread-count': { status: 500, body: {} } })
    await refreshUnread()
    expect(unreadCount.value).toBe(2)
  })
})
