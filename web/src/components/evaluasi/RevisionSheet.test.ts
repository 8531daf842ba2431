// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import RevisionSheet from './RevisionSheet.vue'
import { localToday } from './revision_rules'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import { revision } from '@/views/evaluasi/review_test_data'
import type { ProgramRevision } from '@/api/review'

const saved: ProgramRevision[] = []
const closed = ref(0)
const Host = defineComponent({
  props: { end: { type: String, default: '2026-03-06' } },
  setup(props) {
    return () => h(RevisionSheet, {
      open: true, program: { kode: 'BT.KEU.1', nama: 'Bimtek Keuangan' }, offering: { kode: 'BT.KEU.1-2026-1', end: props.end },
      onSaved: (r: ProgramRevision) => saved.push(r), onClose: () => { closed.value++ },
    })
  },
})

async function mountSheet(end?: string) {
  const { wrapper } = await mountPage(Host, { role: 'admin_bkd', nip: null, agency: null, props: end ? { end } : {} })
  return wrapper
}

describe('RevisionSheet', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    saved.length = 0
    closed.value = 0
  })

  it('starts with today, at most today, with the three aspects named in Indonesian', async () => {
    fakeServer({})
    const wrapper = await mountSheet()
    const date = wrapper.find<HTMLInputElement>('[data-testid="revision-date"]')
    expect(date.element.value).toBe(localToday())
    expect(date.attributes('max')).toBe(localToday())
    expect(wrapper.findAll('.choice').map((c) => c.text())).toEqual(['Materi', 'Metode', 'Materi dan metode'])
    expect(wrapper.text()).toContain('Revisi bertanggal 6 Maret 2026 atau sesudahnya mencabut tanda program.')
    expect(wrapper.find('[data-testid="revision-counter"]').text()).toBe('0 dari 2.000 karakter')
  })

  it('says what is missing before sending anything, and counts as the user types', async () => {
    const fake = fakeServer({})
    const wrapper = await mountSheet()
    await wrapper.find('[data-testid="revision-summary"]').setValue('Terlalu')
    expect(wrapper.find('[data-testid="revision-counter"]').text()).toBe('7 dari 2.000 karakter')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fake.calls).toHaveLength(0)
    expect(wrapper.find('[data-testid="revision-aspect-error"]').text()).toContain('materi, metode, atau keduanya')
    expect(wrapper.find('[data-testid="revision-summary-error"]').text()).toBe('Ringkasan perubahan minimal 10 karakter.')
    expect(wrapper.find('[data-testid="revision-summary"]').attributes('aria-invalid')).toBe('true')
    // The error goes as soon as the text is long enough.
    await wrapper.find('[data-testid="revision-summary"]').setValue('Terlalu pendek? Tidak lagi.')
    expect(wrapper.find('[data-testid="revision-summary-error"]').exists()).toBe(false)
  })

  it('refuses a date after today and warns that a date before the offering ended keeps the flag', async () => {
    fakeServer({})
    const wrapper = await mountSheet()
    const date = wrapper.find('[data-testid="revision-date"]')
    await date.setValue('2999-01-01')
    await date.trigger('blur')
    expect(wrapper.find('[data-testid="revision-date-error"]').text()).toBe('Tanggal revisi tidak boleh setelah hari ini.')
    await date.setValue('2026-03-05')
    expect(wrapper.find('[data-testid="revision-date-error"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="revision-date-warn"]').text()).toContain('sebelum angkatan BT.KEU.1-2026-1 selesai (6 Maret 2026)')
    await date.setValue('2026-03-06')
    expect(wrapper.find('[data-testid="revision-date-warn"]').exists()).toBe(false)
  })

  it('shows the server\'s refusal beside the field it names and keeps what was typed', async () => {
    const fake = fakeServer({ 'POST /programs/BT.KEU.1/revisions': { status: 400, body: { error: {
      code: 'invalid_argument', message: 'Data tidak valid',
      details: [{ row: 0, column: 'ringkasan', message: 'Ringkasan terlalu pendek: minimal 10 karakter.' }] } } } })
    const wrapper = await mountSheet()
    await wrapper.find('[data-testid="revision-aspect-metode"]').setValue(true)
    await wrapper.find('[data-testid="revision-summary"]').setValue('  Metode diganti praktik.  ')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fake.calls[0]!.body).toEqual({ tanggal: localToday(), aspek: 'metode', ringkasan: 'Metode diganti praktik.' })
    expect(wrapper.find('[data-testid="revision-summary-error"]').text()).toBe('Ringkasan terlalu pendek: minimal 10 karakter.')
    expect(wrapper.find<HTMLTextAreaElement>('[data-testid="revision-summary"]').element.value).toBe('  Metode diganti praktik.  ')
    expect(document.activeElement?.getAttribute('data-testid')).toBe('revision-summary')
    expect(saved).toHaveLength(0)
    // Editing the field clears the server's word about it.
    await wrapper.find('[data-testid="revision-summary"]').setValue('Metode ceramah diganti praktik kelompok.')
    expect(wrapper.find('[data-testid="revision-summary-error"]').exists()).toBe(false)
  })

  it('says a refusal that names no field in words above the buttons', async () => {
    fakeServer({ 'POST /programs/BT.KEU.1/revisions': { status: 403, body: { error: { code: 'forbidden', message: 'Program ini bukan milik lembaga Anda.' } } } })
    const wrapper = await mountSheet()
    await wrapper.find('[data-testid="revision-aspect-materi"]').setValue(true)
    await wrapper.find('[data-testid="revision-summary"]').setValue('Materi diperbarui seluruhnya.')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="revision-error"]').text()).toBe('Program ini bukan milik lembaga Anda.')
  })

  it('hands the saved revision back, and closes on cancel or Escape', async () => {
    fakeServer({ 'POST /programs/BT.KEU.1/revisions': { status: 201, body: { revision: revision({ id: 12 }) } } })
    const wrapper = await mountSheet()
    await wrapper.find('[data-testid="revision-aspect-materi_metode"]').setValue(true)
    await wrapper.find('[data-testid="revision-summary"]').setValue('Materi dan metode diperbarui.')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(saved.map((r) => r.id)).toEqual([12])
    await wrapper.find('[data-testid="revision-cancel"]').trigger('click')
    await wrapper.find('[data-testid="revision-sheet"]').trigger('keydown', { key: 'Escape' })
    expect(closed.value).toBe(2)
  })
})
