// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import MyCourses from './MyCourses.vue'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { course } from '@/views/pelatihan/test_data'

describe('MyCourses: the reaction survey of each class', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('offers the survey while it is open, notes it once sent, and says when it opens', async () => {
    const { reaction: _r, ...older } = course({ offering: 'ANG-OLD-1' })
    fakeServer({ 'GET /me/courses': { body: { items: [
      course({ offering: 'ANG-A', reaction: 'terbuka' }),
      course({ offering: 'ANG-B', reaction: 'terkirim' }),
      course({ offering: 'ANG-C', status: 'terdaftar', certificate: null, end: '2025-12-19', reaction: 'belum_dibuka' }),
      older,
    ] } } })
    const { wrapper } = await mountPage(MyCourses)
    const card = (kode: string) => wrapper.find(`[data-testid="my-courses"] li[data-offering="${kode}"]`)
    const open = card('ANG-A').find('[data-testid="my-reaction-open"]')
    expect(open.text()).toBe('Isi survei reaksi')
    expect(open.attributes('href')).toBe('/pelatihan-saya/ANG-A/reaksi')
    expect(open.attributes('aria-label')).toBe('Isi survei reaksi Pelatihan Pelayanan Kesehatan')
    expect(card('ANG-B').find('[data-testid="my-reaction"]').text()).toBe('✓ Survei reaksi terkirim')
    expect(card('ANG-B').find('[data-testid="my-reaction-open"]').exists()).toBe(false)
    expect(card('ANG-C').find('[data-testid="my-reaction"]').text()).toBe('Survei reaksi dibuka mulai 19 Desember 2025')
    // An older server says nothing about the survey: nothing is shown.
    expect(card('ANG-OLD-1').find('[data-testid="my-reaction"]').exists()).toBe(false)
  })
})
