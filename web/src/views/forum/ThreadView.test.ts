// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ThreadView from './ThreadView.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { post, thread } from '@/views/usulan/test_data'

const SCRIPT = '<script>window.pwned = 1</script>'

describe('ThreadView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('renders the server\'s html field only: a raw Markdown body with a script never becomes markup', async () => {
    const escaped = '<p>&lt;script&gt;window.pwned = 1&lt;/script&gt;</p>'
    fakeServer({ 'GET /forum/threads/5': { body: { thread: thread(), posts: [post(), post({ id: 2, body: SCRIPT, html: escaped })] } } })
    const { wrapper } = await mountPage(ThreadView, { props: { id: 5 } })
    const bodies = wrapper.findAll('[data-testid="post-body"]')
    expect(bodies[0]!.html()).toContain('<strong>semua</strong>')
    expect(bodies[1]!.find('script').exists()).toBe(false)
    expect(bodies[1]!.text()).toBe(SCRIPT)
    expect(wrapper.find('script').exists()).toBe(false)
  })

  it('sends a reply as Markdown and shows the answer\'s html; refuses an empty one', async () => {
    const server = fakeServer({
      'GET /forum/threads/5': { body: { thread: thread(), posts: [post()] } },
      'POST /forum/threads/5/posts': { status: 201, body: { post: post({ id: 9, body: '*ya*', html: '<p><em>ya</em></p>', parent_id: 1 }) } },
    })
    const { wrapper } = await mountPage(ThreadView, { props: { id: 5 } })
    await wrapper.find('[data-testid="reply-form"]').trigger('submit')
    expect(wrapper.text()).toContain('Mohon isi tanggapan.')
    expect(server.sent('POST', '/forum/threads/5/posts')).toHaveLength(0)
    await wrapper.find('[data-testid="post"] .post-actions .btn').trigger('click')
    await wrapper.find('[data-testid="reply"]').setValue('*ya*')
    await wrapper.find('[data-testid="reply-form"]').trigger('submit')
    await flushPromises()
    expect(server.sent('POST', '/forum/threads/5/posts')[0]?.body).toEqual({ body: '*ya*', parent_id: 1 })
    expect(wrapper.findAll('[data-testid="post-body"]')[1]!.html()).toContain('<em>ya</em>')
    expect((wrapper.find('[data-testid="reply"]').element as HTMLTextAreaElement).value).toBe('')
  })

  it('lets a moderator hide a post with a reason and shows the reason to them', async () => {
    const server = fakeServer({
      'GET /forum/threads/5': { body: { thread: thread(), posts: [post({ can_moderate: true })] } },
      'POST /forum/posts/1/hide': { body: { post: post({ can_moderate: true, hidden: true, hidden_reason: 'Data pribadi' }) } },
    })
    const { wrapper } = await mountPage(ThreadView, { props: { id: 5 }, role: 'pengelola_opd', nip: null })
    await wrapper.find('[data-testid="hide"]').trigger('click')
    const text = document.querySelector('[data-testid="sheet-text"]') as HTMLTextAreaElement
    text.value = 'Data pribadi'
    text.dispatchEvent(new Event('input'))
    ;(document.querySelector('[data-testid="sheet-confirm"]') as HTMLElement).click()
    await flushPromises()
    expect(server.sent('POST', '/forum/posts/1/hide')[0]?.body).toEqual({ reason: 'Data pribadi' })
    expect(wrapper.find('[data-testid="hidden-note"]').text()).toBe('Disembunyikan oleh moderator: Data pribadi')
    expect(wrapper.find('[data-testid="unhide"]').exists()).toBe(true)
  })

  it('offers no moderation to others and no reply box to the auditor', async () => {
    fakeServer({ 'GET /forum/threads/5': { body: { thread: thread(), posts: [post()] } } })
    const { wrapper } = await mountPage(ThreadView, { props: { id: 5 }, role: 'auditor', nip: null, userId: 99 })
    expect(wrapper.find('[data-testid="hide"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="reply-form"]').exists()).toBe(false)
  })

  it('links a proposal typed as #12 and lists it', async () => {
    const server = fakeServer({
      'GET /forum/threads/5': { body: { thread: thread(), posts: [post()] } },
      'POST /forum/threads/5/proposals': { body: { thread: thread({ proposals: [12] }) } },
    })
    const { wrapper } = await mountPage(ThreadView, { props: { id: 5 } })
    await wrapper.find('#link-proposal').setValue('#12')
    await wrapper.find('.link-form').trigger('submit')
    await flushPromises()
    expect(server.sent('POST', '/forum/threads/5/proposals')[0]?.body).toEqual({ proposal_id: 12 })
    expect(wrapper.find('[data-testid="linked-proposals"] a[href="/usulan/12"]').exists()).toBe(true)
  })

  it('says the thread is not there on 404', async () => {
    fakeServer({})
    const { wrapper } = await mountPage(ThreadView, { props: { id: 5 } })
    expect(wrapper.text()).toContain('Topik tidak ditemukan')
  })
})
