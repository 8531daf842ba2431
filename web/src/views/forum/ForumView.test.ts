// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ForumView from './ForumView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { post, thread } from '@/views/usulan/test_data'

const threads = { total: 2, offset: 0, limit: 100, items: [thread(), thread({ id: 6, title: 'Literasi digital', competency: null, competency_name: null, topic: 'Digital' })] }

describe('ForumView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('lists the agency\'s threads with their subject', async () => {
    const server = fakeServer({ 'GET /forum/threads': { body: threads } })
    const { wrapper } = await mountPage(ForumView)
    const items = wrapper.findAll('[data-testid="thread-list"] li')
    expect(items.map((li) => li.find('a').text())).toEqual(['Pelatihan kerja sama tim', 'Literasi digital'])
    expect(items[0]!.text()).toContain('M.03 Kerja Sama')
    expect(items[1]!.text()).toContain('Digital')
    expect(server.calls[0]?.query.get('agency')).toBe('DINKES')
  })

  it('filters by a competency code as a competency and by other words as a search', async () => {
    const server = fakeServer({ 'GET /forum/threads': { body: threads } })
    vi.useFakeTimers()
    const { wrapper } = await mountPage(ForumView)
    await wrapper.find('[data-testid="forum-filter"]').setValue('t.kes.01')
    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()
    expect(server.calls.at(-1)?.query.get('competency')).toBe('T.KES.01')
    await wrapper.find('[data-testid="forum-filter"]').setValue('literasi')
    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()
    expect([server.calls.at(-1)?.query.get('q'), server.calls.at(-1)?.query.get('competency')]).toEqual(['literasi', null])
  })

  it('opens a new thread linked to the proposal it came from, after checking the fields', async () => {
    const server = fakeServer({
      'GET /forum/threads': { body: { total: 0, offset: 0, limit: 100, items: [] } },
      'POST /forum/threads': { status: 201, body: { thread: thread({ id: 31 }), post: post() } },
    })
    const { wrapper, router } = await mountPage(ForumView, { path: '/forum?usulan=12' })
    expect(wrapper.text()).toContain('Belum ada diskusi. Mulailah topik pertama.')
    const form = wrapper.find('[data-testid="new-thread"]')
    await form.trigger('submit')
    expect(form.text()).toContain('Mohon isi judul.')
    expect(server.sent('POST', '/forum/threads')).toHaveLength(0)
    await wrapper.find('[data-testid="thread-title"]').setValue('Butuh coaching kerja sama')
    await wrapper.find('[data-testid="about-topic"]').setValue(true)
    await wrapper.find('[data-testid="thread-topic"]').setValue('Kerja tim')
    await wrapper.find('[data-testid="thread-body"]').setValue('Siapa yang **juga** butuh?')
    await form.trigger('submit')
    await flushPromises()
    expect(server.sent('POST', '/forum/threads')[0]?.body).toEqual({
      title: 'Butuh coaching kerja sama', body: 'Siapa yang **juga** butuh?', topic: 'Kerja tim', proposals: [12],
    })
    expect(router.currentRoute.value.path).toBe('/forum/31')
  })

  it('lets the auditor read but not start a thread', async () => {
    fakeServer({ 'GET /forum/threads': { body: threads }, 'GET /data/opd': { body: { kind: 'opd', total: 0, offset: 0, limit: 500, items: [] } } })
    const { wrapper } = await mountPage(ForumView, { role: 'auditor', nip: null, agency: null })
    expect(wrapper.find('[data-testid="new-thread-button"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="thread-list"] li')).toHaveLength(2)
  })
})
