// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import DecisionPanel from './DecisionPanel.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import type { Participant } from '@/api/delivery'
import { NIP_A, NIP_B, detail, participants } from '@/views/pelatihan/test_data'

const BASE = '/offerings/ANG-KES-1'

/** Siti with a post-test of 78,5, Budi without one, Rahmat already passed. */
function people(sitiPost: number | null = 78.5): Participant[] {
  const [siti, budi, rahmat] = participants()
  return [{ ...siti!, tests: { pre: 60, post: sitiPost } }, budi!, { ...rahmat!, tests: { pre: 50, post: 95 } }]
}

const mountPanel = (list: Participant[] = people()) =>
  mountPage(DecisionPanel, { role: 'admin_bkd', nip: null, agency: null, props: { offering: detail(), participants: list } })
type Wrapper = Awaited<ReturnType<typeof mountPanel>>['wrapper']
const score = (wrapper: Wrapper, nip: string) => wrapper.find(`tr[data-nip="${nip}"] [data-testid="decide-score"]`)
const value = (wrapper: Wrapper, nip: string) => (score(wrapper, nip).element as HTMLInputElement).value

describe('DecisionPanel: the post-test fills the score', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('fills each score from the post-test, says so, and sends it unless changed', async () => {
    const fake = fakeServer({ [`POST ${BASE}/decisions`]: { body: { items: [] } } })
    const { wrapper } = await mountPanel()
    expect(value(wrapper, NIP_A)).toBe('78,5')
    expect(value(wrapper, NIP_B)).toBe('')
    expect(wrapper.find('[data-testid="decide-prefill-note"]').text()).toContain('post-test')
    expect(wrapper.find(`tr[data-nip="${NIP_A}"] [data-testid="decide-from-post"]`).text()).toBe('dari post-test')
    expect(score(wrapper, NIP_A).attributes('aria-describedby')).toBe(`score-err-${NIP_A}`)
    expect(wrapper.find(`tr[data-nip="${NIP_B}"] [data-testid="decide-from-post"]`).exists()).toBe(false)
    await wrapper.find('[data-testid="decide-form"]').trigger('submit')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/decisions`)[0]!.body).toEqual({ entries: [{ nip: NIP_A, score: 78.5 }, { nip: NIP_B }] })
  })

  it('lets the prefilled score be changed, and drops the hint then', async () => {
    const fake = fakeServer({ [`POST ${BASE}/decisions`]: { body: { items: [] } } })
    const { wrapper } = await mountPanel()
    await score(wrapper, NIP_A).setValue('80')
    expect(wrapper.find(`tr[data-nip="${NIP_A}"] [data-testid="decide-from-post"]`).exists()).toBe(false)
    // A newer post-test read from the server does not overwrite what was typed.
    await wrapper.setProps({ participants: people(91) })
    expect(value(wrapper, NIP_A)).toBe('80')
    await wrapper.find('[data-testid="decide-form"]').trigger('submit')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/decisions`)[0]!.body).toEqual({ entries: [{ nip: NIP_A, score: 80 }, { nip: NIP_B }] })
  })

  it('follows a post-test saved after the page opened, in an input nobody typed in', async () => {
    fakeServer({})
    const { wrapper } = await mountPanel(people(null))
    expect(value(wrapper, NIP_A)).toBe('')
    expect(wrapper.find('[data-testid="decide-prefill-note"]').exists()).toBe(false)
    await wrapper.setProps({ participants: people(66) })
    expect(value(wrapper, NIP_A)).toBe('66')
  })
})
