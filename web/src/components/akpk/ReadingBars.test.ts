// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReadingBars from './ReadingBars.vue'
import { i18n } from '@/i18n'

describe('ReadingBars', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id'
  })

  it('counts employees whose reading cannot be made as "belum dapat dibaca", never as maintain', () => {
    const counts = { training: 2, non_training: 1, future_development: 3, maintain: 2, unknown: 2 }
    const wrapper = mount(ReadingBars, { props: { counts }, global: { plugins: [i18n] } })
    const unknown = wrapper.find('[data-reading="unknown"]')
    expect(unknown.text()).toContain('Belum dapat dibaca')
    expect(unknown.text()).toContain('2 (20%)')
    expect(wrapper.find('[data-reading="maintain"]').text()).toContain('2 (20%)')
  })

  it('leaves the row out when every reading could be made', () => {
    const counts = { training: 1, non_training: 0, future_development: 0, maintain: 1, unknown: 0 }
    const wrapper = mount(ReadingBars, { props: { counts }, global: { plugins: [i18n] } })
    expect(wrapper.find('[data-reading="unknown"]').exists()).toBe(false)
    expect(wrapper.find('[data-reading="training"]').text()).toContain('1 (50%)')
  })
})
