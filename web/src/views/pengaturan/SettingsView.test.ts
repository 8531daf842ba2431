// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import SettingsView from './SettingsView.vue'
import { fakeServer, type Call } from '@/views/usulan/test_mount'
import { mountPage } from '@/views/usulan/test_mount'
import { allSettings, DEFAULTS, setting } from './test_data'
import type { SettingValues } from '@/api/settings'

const card = (wrapper: VueWrapper, key: string) => wrapper.find(`[data-setting="${key}"]`)
const input = (wrapper: VueWrapper, key: string, field: string) => wrapper.find(`#setting-${key}-${field}`)
const stored = (key: string, values: SettingValues) => ({
  setting: setting(key, { stored: true, values: { ...DEFAULTS[key], ...values }, updated_by: 'admin', updated_at: '2027-03-15T03:32:00Z' }),
})

describe('SettingsView', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows one card per key in the server\'s order, with its badge and who changed it last', async () => {
    fakeServer({ 'GET /settings': { body: { settings: allSettings({ evaluation: { stored: true, updated_by: 'admin', updated_at: '2027-03-15T03:32:00Z' } }) } } })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    expect(wrapper.findAll('[data-testid="setting-card"]').map((c) => c.attributes('data-setting')))
      .toEqual(['document', 'evaluation', 'delivery', 'analysis', 'plan'])
    expect(wrapper.find('[data-testid="settings-applies"]').text())
      .toBe('Perubahan berlaku untuk perhitungan berikutnya; rencana yang sudah disimpan tetap memakai pengaturan saat dibuat.')
    expect(card(wrapper, 'document').find('h2').text()).toBe('Dokumen')
    expect(card(wrapper, 'document').find('.description').text()).toBe('Penanda tangan dan alamat publik pada dokumen.')
    expect(card(wrapper, 'document').find('[data-testid="setting-badge"]').text()).toBe('Bawaan')
    expect(card(wrapper, 'document').find('[data-testid="setting-changed-by"]').exists()).toBe(false)
    expect(card(wrapper, 'evaluation').find('[data-testid="setting-badge"]').text()).toBe('Diubah')
    expect(card(wrapper, 'evaluation').find('[data-testid="setting-changed-by"]').text()).toMatch(/^Terakhir diubah oleh admin pada 15 Maret 2027 \d\d\.32$/)
    // Only a stored key can go back to its defaults.
    expect(card(wrapper, 'document').find('[data-testid="setting-reset"]').exists()).toBe(false)
    expect(card(wrapper, 'evaluation').find('[data-testid="setting-reset"]').exists()).toBe(true)
  })

  it('builds each form from the values: text, numbers the Indonesian way, a checkbox, the sources in order, the predikat', async () => {
    fakeServer({ 'GET /settings': { body: { settings: allSettings() } } })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    const url = input(wrapper, 'document', 'public_url')
    expect([url.attributes('type'), wrapper.find('label[for="setting-document-public_url"]').text()]).toEqual(['text', 'Alamat publik'])
    expect(card(wrapper, 'document').text()).toContain('Alamat publik Bangkom, dicetak pada kode QR sertifikat dan poster SKM')
    const alpha = input(wrapper, 'evaluation', 'alpha')
    expect([(alpha.element as HTMLInputElement).value, alpha.attributes('inputmode')]).toEqual(['0,05', 'decimal'])
    expect(card(wrapper, 'evaluation').text()).toContain('Taraf signifikansi uji statistik')
    expect(card(wrapper, 'evaluation').text()).toContain('Pengali perkiraan kenaikan kompetensi untuk program yang perlu ditinjau')
    expect(input(wrapper, 'evaluation', 'min_pairs').attributes('inputmode')).toBe('numeric')
    expect(card(wrapper, 'delivery').text()).toContain('Kehadiran minimal agar lulus (%)')
    expect((input(wrapper, 'analysis', 'jp_applies_to_pppk').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.findAll('[data-testid="setting-analysis-source_order-list"] li .name').map((li) => li.text()))
      .toEqual(['Asesmen', 'Penilaian atasan', 'Penilaian rekan', 'Penilaian mandiri'])
    expect(card(wrapper, 'analysis').findAll('.scores-field label').map((l) => l.text()))
      .toEqual(['Sangat baik', 'Baik', 'Butuh perbaikan', 'Kurang', 'Sangat kurang'])
    expect((input(wrapper, 'analysis', 'predikat_score-baik').element as HTMLInputElement).value).toBe('80')
    expect(wrapper.find('[data-testid="default-note"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="bool-state"]').exists()).toBe(false)
  })

  it('saves a section with every field, says Tersimpan and shows the defaults beside the changed fields', async () => {
    const fake = fakeServer({
      'GET /settings': { body: { settings: allSettings() } },
      'PUT /settings/document': (call: Call) => ({ body: stored('document', call.body as SettingValues) }),
    })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    await input(wrapper, 'document', 'ppk_name').setValue('Dr. H. Al Haris, S.Sos., M.H.')
    await input(wrapper, 'document', 'public_url').setValue('https://bangkom.jambiprov.go.id')
    expect(card(wrapper, 'document').find('[data-testid="setting-unsaved"]').exists()).toBe(true)
    expect(card(wrapper, 'document').find('[data-field="setting-document-ppk_name"] [data-testid="default-note"]').text()).toBe('Bawaan: (kosong)')
    await card(wrapper, 'document').find('form').trigger('submit')
    await flushPromises()
    expect(fake.sent('PUT', '/settings/document')[0]!.body).toEqual({ ...DEFAULTS.document,
      ppk_name: 'Dr. H. Al Haris, S.Sos., M.H.', public_url: 'https://bangkom.jambiprov.go.id' })
    expect(card(wrapper, 'document').find('[data-testid="setting-notice"]').text()).toBe('Tersimpan')
    expect(card(wrapper, 'document').find('[data-testid="setting-badge"]').text()).toBe('Diubah')
    expect(card(wrapper, 'document').find('[data-testid="setting-changed-by"]').text()).toContain('admin')
    expect(card(wrapper, 'document').find('[data-testid="setting-unsaved"]').exists()).toBe(false)
    expect(card(wrapper, 'document').findAll('[data-testid="default-note"]').map((n) => n.text())).toEqual(['Bawaan: (kosong)', 'Bawaan: (kosong)'])
  })

  it('shows the server\'s refusal at the field it names, keeping what was typed', async () => {
    const message = 'alpha harus di antara 0 dan 1'
    const fake = fakeServer({
      'GET /settings': { body: { settings: allSettings() } },
      'PUT /settings/evaluation': { status: 400, body: { error: { code: 'invalid_argument', message, details: [{ column: 'alpha', message }] } } },
    })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    await input(wrapper, 'evaluation', 'alpha').setValue('1,5')
    await card(wrapper, 'evaluation').find('form').trigger('submit')
    await flushPromises()
    expect(fake.sent('PUT', '/settings/evaluation')[0]!.body).toMatchObject({ alpha: 1.5, min_pairs: 5 })
    const alpha = card(wrapper, 'evaluation').find('[data-field="setting-evaluation-alpha"]')
    expect(alpha.find('[data-testid="field-error"]').text()).toBe(message)
    expect(input(wrapper, 'evaluation', 'alpha').attributes('aria-invalid')).toBe('true')
    expect((input(wrapper, 'evaluation', 'alpha').element as HTMLInputElement).value).toBe('1,5')
    expect(document.activeElement?.id).toBe('setting-evaluation-alpha')
    expect(card(wrapper, 'evaluation').find('[data-testid="setting-notice"]').exists()).toBe(false)
    expect(card(wrapper, 'evaluation').find('[data-testid="setting-error"]').exists()).toBe(false)
    expect(card(wrapper, 'evaluation').find('[data-testid="setting-badge"]').text()).toBe('Bawaan')
    // Typing again takes the server's message away.
    await input(wrapper, 'evaluation', 'alpha').setValue('0,1')
    expect(alpha.find('[data-testid="field-error"]').exists()).toBe(false)
  })

  it('puts a refusal without a known field at the section', async () => {
    fakeServer({
      'GET /settings': { body: { settings: allSettings() } },
      'PUT /settings/evaluation': { status: 400, body: { error: { code: 'invalid_argument',
        message: 'pengaturan evaluasi tidak valid: feedback_after_months', details: [{ column: 'feedback_after_months', message: 'x' }] } } },
    })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    await input(wrapper, 'evaluation', 'feedback_after_to_months').setValue('2')
    await card(wrapper, 'evaluation').find('form').trigger('submit')
    await flushPromises()
    expect(card(wrapper, 'evaluation').find('[data-testid="setting-error"]').text()).toBe('pengaturan evaluasi tidak valid: feedback_after_months')
    expect(card(wrapper, 'evaluation').find('[data-testid="field-error"]').exists()).toBe(false)
  })

  it('checks numbers as typed and sends nothing while one is wrong, or when nothing changed', async () => {
    const fake = fakeServer({ 'GET /settings': { body: { settings: allSettings() } } })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    await card(wrapper, 'plan').find('form').trigger('submit')
    await flushPromises()
    expect(card(wrapper, 'plan').find('[data-testid="setting-notice"]').text()).toBe('Tidak ada perubahan untuk disimpan.')
    await input(wrapper, 'plan', 'jp_cap').setValue('160,5')
    await input(wrapper, 'plan', 'jp_cap').trigger('blur')
    expect(card(wrapper, 'plan').find('[data-testid="field-error"]').text()).toBe('Mohon isi bilangan bulat, tanpa desimal.')
    await input(wrapper, 'plan', 'shortfall_penalty').setValue('dua')
    await card(wrapper, 'plan').find('form').trigger('submit')
    await flushPromises()
    expect(card(wrapper, 'plan').findAll('[data-testid="field-error"]').map((e) => e.text()))
      .toEqual(['Mohon isi bilangan bulat, tanpa desimal.', 'Mohon isi angka, misalnya 0,2.'])
    expect(card(wrapper, 'plan').find('[data-testid="setting-error"]').text()).toBe('Mohon perbaiki kolom yang ditandai sebelum menyimpan.')
    expect(fake.sent('PUT', '/settings/plan')).toHaveLength(0)
  })

  it('takes decimals wherever the server does not keep the number whole, a whole default or not', async () => {
    const fake = fakeServer({
      'GET /settings': { body: { settings: allSettings() } },
      'PUT /settings/analysis': (call: Call) => ({ body: stored('analysis', call.body as SettingValues) }),
    })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    const mode = (key: string, field: string) => input(wrapper, key, field).attributes('inputmode')
    expect([mode('analysis', 'potential_high'), mode('analysis', 'potential_middle'), mode('analysis', 'window_years'),
      mode('analysis', 'performance_target'), mode('analysis', 'predikat_score-baik'), mode('delivery', 'min_score'),
      mode('plan', 'jp_cap'), mode('plan', 'shortfall_penalty')])
      .toEqual(['decimal', 'decimal', 'numeric', 'numeric', 'numeric', 'decimal', 'numeric', 'decimal'])
    await input(wrapper, 'analysis', 'potential_high').setValue('77,5')
    await input(wrapper, 'analysis', 'potential_high').trigger('blur')
    await input(wrapper, 'analysis', 'potential_middle').setValue('60.5')
    await input(wrapper, 'analysis', 'potential_middle').trigger('blur')
    expect(card(wrapper, 'analysis').find('[data-testid="field-error"]').exists()).toBe(false)
    expect(card(wrapper, 'analysis').find('[data-field="setting-analysis-potential_high"] [data-testid="default-note"]').text()).toBe('Bawaan: 80')
    await card(wrapper, 'analysis').find('form').trigger('submit')
    await flushPromises()
    expect(fake.sent('PUT', '/settings/analysis')[0]!.body).toMatchObject({ potential_high: 77.5, potential_middle: 60.5, window_years: 3 })
    expect(card(wrapper, 'analysis').find('[data-testid="setting-notice"]').text()).toBe('Tersimpan')
    expect((input(wrapper, 'analysis', 'potential_high').element as HTMLInputElement).value).toBe('77,5')
    expect((input(wrapper, 'analysis', 'potential_middle').element as HTMLInputElement).value).toBe('60,5')
  })

  it('refuses a fraction at a number the server keeps whole, a predikat score included, and sends nothing', async () => {
    const fake = fakeServer({ 'GET /settings': { body: { settings: allSettings() } } })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    await input(wrapper, 'analysis', 'window_years').setValue('3,5')
    await input(wrapper, 'analysis', 'predikat_score-baik').setValue('80,5')
    await card(wrapper, 'analysis').find('form').trigger('submit')
    await flushPromises()
    expect(card(wrapper, 'analysis').findAll('[data-testid="field-error"]').map((e) => e.text()))
      .toEqual(['Mohon isi bilangan bulat, tanpa desimal.', 'Mohon isi bilangan bulat, tanpa desimal.'])
    expect(input(wrapper, 'analysis', 'predikat_score-baik').attributes('aria-invalid')).toBe('true')
    expect(fake.sent('PUT', '/settings/analysis')).toHaveLength(0)
  })

  it('moves a source with the buttons and saves the new order', async () => {
    const fake = fakeServer({
      'GET /settings': { body: { settings: allSettings() } },
      'PUT /settings/analysis': (call: Call) => ({ body: stored('analysis', call.body as SettingValues) }),
    })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    const list = () => wrapper.find('[data-testid="setting-analysis-source_order-list"]')
    expect(list().find('[data-code="asesmen"] [data-move="up"]').attributes('disabled')).toBeDefined()
    await list().find('[data-code="atasan"] [data-move="up"]').trigger('click')
    await flushPromises()
    expect(list().findAll('li').map((li) => li.attributes('data-code'))).toEqual(['atasan', 'asesmen', 'rekan', 'mandiri'])
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Turunkan Penilaian atasan')
    expect(card(wrapper, 'analysis').find('[data-field="setting-analysis-source_order"] [data-testid="default-note"]').text())
      .toBe('Bawaan: Asesmen → Penilaian atasan → Penilaian rekan → Penilaian mandiri')
    await input(wrapper, 'analysis', 'jp_applies_to_pppk').setValue(false)
    await card(wrapper, 'analysis').find('form').trigger('submit')
    await flushPromises()
    expect(fake.sent('PUT', '/settings/analysis')[0]!.body).toMatchObject({
      source_order: ['atasan', 'asesmen', 'rekan', 'mandiri'], jp_applies_to_pppk: false, window_years: 3,
      predikat_score: { sangat_baik: 100, baik: 80, butuh_perbaikan: 60, kurang: 40, sangat_kurang: 20 },
    })
    expect(card(wrapper, 'analysis').find('[data-testid="setting-notice"]').text()).toBe('Tersimpan')
  })

  it('restores the defaults after asking once', async () => {
    const fake = fakeServer({
      'GET /settings': { body: { settings: allSettings({ document: stored('document', { ppk_name: 'Budi' }).setting }) } },
      'DELETE /settings/document': { body: { setting: setting('document', { updated_by: 'admin', updated_at: '2027-03-16T01:00:00Z' }) } },
    })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    expect((input(wrapper, 'document', 'ppk_name').element as HTMLInputElement).value).toBe('Budi')
    await card(wrapper, 'document').find('[data-testid="setting-reset"]').trigger('click')
    const sheet = card(wrapper, 'document').find('[data-testid="confirm-sheet"]')
    expect(sheet.text()).toContain('Kembalikan "Dokumen" ke bawaan?')
    expect(fake.sent('DELETE', '/settings/document')).toHaveLength(0)
    await sheet.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.sent('DELETE', '/settings/document')).toHaveLength(1)
    expect(card(wrapper, 'document').find('[data-testid="confirm-sheet"]').exists()).toBe(false)
    expect(card(wrapper, 'document').find('[data-testid="setting-badge"]').text()).toBe('Bawaan')
    expect(card(wrapper, 'document').find('[data-testid="setting-notice"]').text()).toBe('Dikembalikan ke bawaan')
    expect((input(wrapper, 'document', 'ppk_name').element as HTMLInputElement).value).toBe('')
    expect(card(wrapper, 'document').find('[data-testid="setting-reset"]').exists()).toBe(false)
  })

  it('lets the auditor read everything without changing anything', async () => {
    fakeServer({ 'GET /settings': { body: { settings: allSettings({ plan: { stored: true } }) } } })
    const { wrapper } = await mountPage(SettingsView, { role: 'auditor', nip: null, agency: null })
    expect(wrapper.findAll('[data-testid="setting-card"]')).toHaveLength(5)
    expect(wrapper.find('[data-testid="settings-read-only"]').exists()).toBe(true)
    const inputs = wrapper.findAll('input')
    expect(inputs.length).toBeGreaterThan(20)
    expect(inputs.every((i) => i.attributes('disabled') !== undefined)).toBe(true)
    expect(wrapper.find('[data-testid="setting-save"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="setting-reset"]').exists()).toBe(false)
    expect(wrapper.find('[data-move]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="setting-analysis-source_order-list"] li')).toHaveLength(4)
    // A disabled box looks the same ticked or not: the auditor reads it in words.
    expect(card(wrapper, 'analysis').find('[data-testid="bool-state"]').text()).toBe('Ya')
  })

  it('says why the settings could not be read and tries again', async () => {
    let fail = true
    fakeServer({ 'GET /settings': () => (fail ? { status: 500, body: { error: { code: 'internal', message: 'x' } } } : { body: { settings: allSettings() } }) })
    const { wrapper } = await mountPage(SettingsView, { role: 'admin_bkd', nip: null, agency: null })
    expect(wrapper.find('[data-testid="settings-error"]').text()).toContain('Terjadi kesalahan pada server')
    fail = false
    await wrapper.find('[data-testid="settings-error"] button').trigger('click')
    await flushPromises()
    expect(wrapper.findAll('[data-testid="setting-card"]')).toHaveLength(5)
  })
})
