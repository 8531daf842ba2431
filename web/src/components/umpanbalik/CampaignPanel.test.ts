// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import CampaignPanel from './CampaignPanel.vue'
import { fakeServer, mountPage, type Answer } from '@/views/usulan/test_mount'
import type { Role } from '@/api/types'
import { PEER, RATED, campaign, campaignDetail, offeringCampaigns } from '@/views/umpanbalik/test_data'

const LIST = '/offerings/ANG-KES-1/feedback-campaigns'
const mounted: Array<{ unmount(): void }> = []

async function open(role: Role, routes: Record<string, Answer>) {
  const fake = fakeServer(routes)
  const page = await mountPage(CampaignPanel, { role, nip: null, agency: role === 'pengelola_opd' ? 'DINKES' : null, props: { offering: 'ANG-KES-1' } })
  mounted.push(page.wrapper)
  return { wrapper: page.wrapper, fake }
}

describe('CampaignPanel: the 360 campaigns of an offering, for the staff', () => {
  beforeEach(() => {
    // Today inside the sebelum window of the test data (2024-09-04 … 2025-03-02); only Date is faked.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-01-15T08:00:00') })
  })
  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.unmount()
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows each campaign with its dates, state, response and a bar per relationship group', async () => {
    const { wrapper } = await open('auditor', { [`GET ${LIST}`]: { body: offeringCampaigns() } })
    const row = wrapper.find('[data-testid="campaign-row"]')
    expect(row.find('h3').text()).toBe('Sebelum pelatihan')
    expect(row.find('[data-cell="period"]').text()).toBe('6 Januari – 28 Februari 2025')
    expect(row.find('[data-testid="campaign-state"]').text()).toBe('Ditutup')
    expect(row.find('[data-cell="answered"]').text()).toBe('Dijawab 12 dari 20 (60%)')
    const groups = row.findAll('[data-testid="campaign-groups"] li')
    expect(groups.map((g) => g.attributes('data-group'))).toEqual(['mandiri', 'atasan', 'rekan', 'bawahan'])
    expect(groups.map((g) => g.find('.group-count').text())).toEqual(['2/3', '3/3', '5/10', '2/4'])
    expect(groups[2]!.find('.progress').attributes('aria-label')).toBe('Rekan kerja: 5 dari 10 menjawab')
    expect(groups[2]!.find('.progress > span').attributes('style')).toContain('width: 50%')
    // A reader sees the missing phase and its window, but no button to start it.
    const missing = wrapper.find('[data-testid="campaign-missing"]')
    expect(missing.attributes('data-phase')).toBe('sesudah')
    expect(missing.text()).toContain('Belum ada kampanye sesudah pelatihan.')
    expect(missing.text()).toContain('Jendela waktu yang dihitung evaluasi: 7 Juni 2025 – 7 September 2025.')
    expect(wrapper.find('[data-testid="campaign-start"]').exists()).toBe(false)
  })

  it('opens a campaign\'s results: the overall table by group, hidden groups in words, and each participant', async () => {
    const { wrapper } = await open('admin_bkd', {
      [`GET ${LIST}`]: { body: offeringCampaigns() }, 'GET /feedback-campaigns/3': { body: campaignDetail() },
    })
    await wrapper.find('[data-testid="campaign-results-toggle"]').trigger('click')
    await flushPromises()
    const results = wrapper.find('[data-testid="campaign-results"]')
    const overall = results.find('[data-testid="results-table"]')
    expect(overall.findAll('thead th').map((th) => th.text())).toEqual(
      ['Kompetensi', 'Diri sendiri', 'Atasan', 'Rekan kerja', 'Bawahan', 'Orang lain (rata-rata)'])
    const cell = (code: string, group: string) => overall.find(`tr[data-competency="${code}"] td[data-group="${group}"]`)
    expect(cell('M.02', 'rekan').find('.mean').text()).toBe('3,67')
    expect(cell('M.02', 'rekan').find('.raters').text()).toBe('3 penilai')
    expect(cell('M.02', 'others').text()).toBe('3,60')
    expect(cell('M.03', 'rekan').attributes('data-kind')).toBe('hidden')
    expect(cell('M.03', 'rekan').text()).toBe('disembunyikan — kurang dari 3 penilai')
    const people = results.findAll('[data-testid="results-participants"] li')
    expect(people.map((p) => p.attributes('data-nip'))).toEqual([RATED, PEER])
    expect(people[0]!.find('summary').text()).toBe('Siti Aminah 19860926 201505 1 001 · 5 dari 7 menjawab')
    expect(people[0]!.find('[data-testid="results-table"]').findAll('tbody tr')).toHaveLength(2)
    expect(results.find('[data-testid="results-download"]').exists()).toBe(true)
    // Closing it again.
    await wrapper.find('[data-testid="campaign-results-toggle"]').trigger('click')
    expect(wrapper.find('[data-testid="campaign-results"]').exists()).toBe(false)
  })

  it('says when the results appear while a campaign is open, and that a partner sees no participant', async () => {
    const open_ = campaign({ state: 'terbuka', closes: '2025-03-02' })
    const { wrapper } = await open('lembaga_mitra', {
      [`GET ${LIST}`]: { body: offeringCampaigns([open_]) },
      'GET /feedback-campaigns/3': { body: campaignDetail({ ...open_, results: null, participants: [] }) },
    })
    await wrapper.find('[data-testid="campaign-results-toggle"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="results-pending"]').text()).toBe('Hasil tampil setelah kampanye ditutup pada 2 Maret 2025.')
    expect(wrapper.find('[data-testid="partner-note"]').text()).toBe('Hasil per peserta tidak ditampilkan untuk lembaga mitra.')
  })

  it('lets BKD start a missing phase with the window prefilled, checks the days as typed, and asks once', async () => {
    let started = false
    const { wrapper, fake } = await open('admin_bkd', {
      [`GET ${LIST}`]: () => ({ body: offeringCampaigns(started ? [campaign({ state: 'terbuka', opens: '2025-01-15', closes: '2025-02-28' })] : []) }),
      [`POST ${LIST}`]: () => {
        started = true
        return { status: 201, body: campaign({ state: 'terbuka', invited: 14, answered: 0 }) }
      },
    })
    expect(wrapper.find('[data-testid="campaigns-empty"]').text()).toBe('Belum ada kampanye umpan balik 360 untuk angkatan ini.')
    // The after-training window (June–September 2025) lies ahead; the before-training one is still open.
    const starts = wrapper.findAll('[data-testid="campaign-start"]')
    expect(starts.map((s) => s.attributes('data-phase'))).toEqual(['sebelum', 'sesudah'])
    expect(starts[0]!.find('[data-testid="campaign-start-open"]').text()).toBe('Mulai kampanye sebelum pelatihan')
    await starts[0]!.find('[data-testid="campaign-start-open"]').trigger('click')

    const form = wrapper.find('[data-phase="sebelum"][data-testid="campaign-start"]')
    const opens = form.find<HTMLInputElement>('[data-testid="campaign-opens"]')
    const closes = form.find<HTMLInputElement>('[data-testid="campaign-closes"]')
    // Today (15 January 2025) opens it at the earliest; it closes at the window's end.
    expect([opens.element.value, closes.element.value]).toEqual(['2025-01-15', '2025-03-02'])
    expect([opens.attributes('min'), opens.attributes('max')]).toEqual(['2024-09-04', '2025-03-02'])
    await closes.setValue('2025-03-10')
    expect(form.find('[data-testid="campaign-closes-error"]').text()).toBe(
      'Tanggal harus di antara 4 September 2024 dan 2 Maret 2025, agar jawabannya dihitung dalam evaluasi L3.')
    expect(closes.attributes('aria-invalid')).toBe('true')
    expect(form.find('[data-testid="campaign-start-submit"]').attributes('disabled')).toBeDefined()
    await closes.setValue('2025-01-10')
    expect(form.find('[data-testid="campaign-closes-error"]').text()).toBe('Tanggal ditutup tidak boleh sebelum tanggal dibuka.')
    await closes.setValue('2025-02-28')
    expect(form.find('[data-testid="campaign-closes-error"]').text()).toBe('')

    await form.find('form').trigger('submit')
    const sheet = wrapper.find('[data-testid="confirm-sheet"]')
    expect(sheet.text()).toContain('Mulai kampanye sebelum pelatihan?')
    expect(sheet.text()).toContain('Kampanye dibuka 15 Januari 2025 sampai 28 Februari 2025.')
    expect(fake.sent('POST', LIST)).toHaveLength(0)
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.sent('POST', LIST).map((c) => c.body)).toEqual([{ phase: 'sebelum', opens: '2025-01-15', closes: '2025-02-28' }])
    expect(wrapper.find('[data-testid="campaign-started"]').text()).toBe('Kampanye sebelum pelatihan dimulai: 14 permintaan penilaian dikirim.')
    // The list is read again: the new campaign, and only the other phase left to start.
    expect(wrapper.findAll('[data-testid="campaign-row"]')).toHaveLength(1)
    expect(wrapper.findAll('[data-testid="campaign-start"]').map((s) => s.attributes('data-phase'))).toEqual(['sesudah'])
  })

  it('shows the server\'s refusal in its words, at the field it names, and keeps the days typed', async () => {
    const { wrapper } = await open('admin_bkd', {
      [`GET ${LIST}`]: { body: offeringCampaigns([]) },
      [`POST ${LIST}`]: { status: 400, body: { error: { code: 'invalid_argument', message: 'Mohon periksa opens: di luar jendela',
        details: [{ column: 'opens', message: 'Tanggal dibuka di luar jendela evaluasi' }] } } },
    })
    await wrapper.find('[data-testid="campaign-start-open"]').trigger('click')
    await wrapper.find('[data-phase="sebelum"] form').trigger('submit')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    const form = wrapper.find('[data-phase="sebelum"][data-testid="campaign-start"]')
    expect(form.find('[data-testid="campaign-start-error"]').text()).toBe('Mohon periksa opens: di luar jendela')
    expect(form.find('[data-testid="campaign-opens-error"]').text()).toBe('Tanggal dibuka di luar jendela evaluasi')
    expect(form.find<HTMLInputElement>('[data-testid="campaign-opens"]').element.value).toBe('2025-01-15')
  })

  it('shows 409 and 412 in the server\'s words', async () => {
    for (const [status, code, message] of [[409, 'conflict', 'Angkatan ini sudah memiliki kampanye sebelum pelatihan.'],
      [412, 'failed_precondition', 'Program ini belum memiliki kompetensi.']] as const) {
      const { wrapper } = await open('admin_bkd', {
        [`GET ${LIST}`]: { body: offeringCampaigns([]) },
        [`POST ${LIST}`]: { status, body: { error: { code, message, details: [] } } },
      })
      await wrapper.find('[data-testid="campaign-start-open"]').trigger('click')
      await wrapper.find('[data-phase="sebelum"] form').trigger('submit')
      await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
      await flushPromises()
      expect(wrapper.find('[data-testid="campaign-start-error"]').text()).toBe(message)
    }
  })

  it('lets BKD remind the raters of an open campaign after one question, and says the server\'s 409 in its words', async () => {
    const open_ = campaign({ state: 'terbuka', closes: '2025-03-02' })
    let reminded = 0
    const { wrapper, fake } = await open('admin_bkd', {
      [`GET ${LIST}`]: { body: offeringCampaigns([open_, campaign({ id: 4, phase: 'sesudah', state: 'belum_dibuka' })]) },
      'POST /feedback-campaigns/3/remind': () => (reminded++ === 0 ? { body: { reminded: 8 } }
        : { status: 409, body: { error: { code: 'conflict', message: 'Pengingat terakhir dikirim kurang dari 24 jam lalu; berikutnya dapat dikirim 16 Januari 2025 pukul 08.00.', details: [] } } }),
    })
    // Only an open campaign with raters still to answer can be reminded.
    expect(wrapper.findAll('[data-testid="campaign-remind"]')).toHaveLength(1)
    const row = wrapper.find('[data-campaign="3"]')
    await row.find('[data-testid="campaign-remind"]').trigger('click')
    expect(wrapper.find('[data-testid="confirm-sheet"]').text()).toContain('paling sering sekali dalam 24 jam')
    expect(fake.sent('POST', '/feedback-campaigns/3/remind')).toHaveLength(0)
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(row.find('[data-testid="campaign-row-message"]').text()).toBe('Pengingat dikirim ke 8 penilai.')
    await row.find('[data-testid="campaign-remind"]').trigger('click')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    const refused = row.find('[data-testid="campaign-row-message"]')
    expect(refused.classes()).toContain('alert-error')
    expect(refused.text()).toContain('berikutnya dapat dikirim 16 Januari 2025')
  })

  it('offers no reminder to a reader', async () => {
    const { wrapper } = await open('auditor', { [`GET ${LIST}`]: { body: offeringCampaigns([campaign({ state: 'terbuka' })]) } })
    expect(wrapper.find('[data-testid="campaign-remind"]').exists()).toBe(false)
  })

  it('says that a window has passed instead of offering to start it', async () => {
    vi.setSystemTime(new Date('2025-03-05T08:00:00'))
    const { wrapper } = await open('admin_bkd', { [`GET ${LIST}`]: { body: offeringCampaigns([]) } })
    const before = wrapper.find('[data-phase="sebelum"][data-testid="campaign-start"]')
    expect(before.find('[data-testid="window-passed"]').text()).toBe(
      'Jendela kampanye sebelum pelatihan sudah lewat (2 Maret 2025); kampanye ini tidak dapat dimulai lagi.')
    expect(before.find('[data-testid="campaign-start-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-phase="sesudah"] [data-testid="campaign-start-open"]').exists()).toBe(true)
  })
  describe('new days and closing now, for BKD', () => {
    const running = () => campaign({ state: 'terbuka', opens: '2025-01-06', closes: '2025-02-28' })
    const waiting = () => campaign({ id: 4, phase: 'sesudah', state: 'belum_dibuka', opens: '2025-06-10', closes: '2025-08-31', invited: 0, answered: 0, groups: [] })

    it('offers "Ubah tanggal" on a campaign not closed and "Tutup sekarang" on an open one, to BKD only', async () => {
      const list = offeringCampaigns([running(), waiting()])
      const { wrapper } = await open('admin_bkd', { [`GET ${LIST}`]: { body: list } })
      const button = (id: number, testid: string) => wrapper.find(`[data-campaign="${id}"] [data-testid="${testid}"]`)
      expect(button(3, 'campaign-change-days').text()).toBe('Ubah tanggal')
      expect(button(3, 'campaign-change-days').attributes('aria-label')).toBe('Ubah tanggal kampanye sebelum pelatihan')
      expect(button(3, 'campaign-close').text()).toBe('Tutup sekarang')
      expect(button(4, 'campaign-change-days').exists()).toBe(true)
      expect(button(4, 'campaign-close').exists()).toBe(false)
      for (const row of mounted.splice(0)) row.unmount()

      const closed = await open('admin_bkd', { [`GET ${LIST}`]: { body: offeringCampaigns() } })
      expect(closed.wrapper.find('[data-testid="campaign-change-days"]').exists()).toBe(false)
      expect(closed.wrapper.find('[data-testid="campaign-close"]').exists()).toBe(false)
      const reader = await open('auditor', { [`GET ${LIST}`]: { body: list } })
      expect(reader.wrapper.find('[data-testid="campaign-change-days"]').exists()).toBe(false)
      expect(reader.wrapper.find('[data-testid="campaign-close"]').exists()).toBe(false)
    })

    it('changes the closing day of an open campaign: the opening day locked and why, the window, checks as typed, refreshed in place', async () => {
      const { wrapper, fake } = await open('admin_bkd', {
        [`GET ${LIST}`]: { body: offeringCampaigns([running()]) },
        'PATCH /feedback-campaigns/3': { body: campaignDetail({ ...running(), closes: '2025-02-20', answered: 13, results: null }) },
      })
      await wrapper.find('[data-testid="campaign-change-days"]').trigger('click')
      const form = wrapper.find('[data-campaign="3"] [data-testid="campaign-days"]')
      expect(form.find('h4').text()).toBe('Ubah tanggal kampanye')
      expect(form.find('[data-testid="campaign-days-range"]').text()).toBe(
        'Tanggal yang diizinkan: 4 September 2024 – 2 Maret 2025 (jendela evaluasi L3), dan tidak sebelum hari ini.')
      const opens = form.find<HTMLInputElement>('[data-testid="campaign-days-opens"]')
      const closes = form.find<HTMLInputElement>('[data-testid="campaign-days-closes"]')
      expect([opens.element.value, closes.element.value]).toEqual(['2025-01-06', '2025-02-28'])
      expect(opens.attributes('disabled')).toBeDefined()
      expect(form.find('[data-testid="campaign-days-opens-locked"]').text()).toBe('Kampanye sudah dibuka, jadi tanggal dibuka tidak dapat diubah lagi.')
      // The closing day from today (15 January 2025) to the window's end.
      expect([closes.attributes('min'), closes.attributes('max')]).toEqual(['2025-01-15', '2025-03-02'])
      expect(document.activeElement).toBe(closes.element)
      const save = () => form.find('[data-testid="campaign-days-save"]')
      // Nothing changed yet: nothing to save.
      expect(save().attributes('disabled')).toBeDefined()
      await closes.setValue('2025-03-10')
      expect(form.find('[data-testid="campaign-days-closes-error"]').text()).toBe(
        'Tanggal harus di antara 4 September 2024 dan 2 Maret 2025, agar jawabannya dihitung dalam evaluasi L3.')
      expect(closes.attributes('aria-invalid')).toBe('true')
      expect(save().attributes('disabled')).toBeDefined()
      await closes.setValue('2025-01-10')
      expect(form.find('[data-testid="campaign-days-closes-error"]').text()).toBe('Tanggal ditutup tidak boleh sebelum hari ini.')
      await closes.setValue('')
      expect(form.find('[data-testid="campaign-days-closes-error"]').text()).toBe('Mohon isi tanggal ini.')
      await closes.setValue('2025-02-20')
      expect(form.find('[data-testid="campaign-days-closes-error"]').text()).toBe('')
      expect(save().attributes('disabled')).toBeUndefined()
      await form.trigger('submit')
      await flushPromises()
      expect(fake.sent('PATCH', '/feedback-campaigns/3').map((c) => c.body)).toEqual([{ closes: '2025-02-20' }])
      const row = wrapper.find('[data-campaign="3"]')
      expect(row.find('[data-testid="campaign-days"]').exists()).toBe(false)
      expect(row.find('[data-cell="period"]').text()).toBe('6 Januari – 20 Februari 2025')
      expect(row.find('[data-cell="answered"]').text()).toBe('Dijawab 13 dari 20 (65%)')
      expect(row.find('[data-testid="campaign-row-message"]').text()).toBe('Tanggal kampanye diubah: 6 Januari – 20 Februari 2025.')
      // In place: the list was read once only.
      expect(fake.sent('GET', LIST)).toHaveLength(1)
    })

    it('changes both days of a campaign not yet open and shows the server\'s refusal beside the field it names', async () => {
      const { wrapper, fake } = await open('admin_bkd', {
        [`GET ${LIST}`]: { body: offeringCampaigns([waiting()]) },
        'PATCH /feedback-campaigns/4': { status: 400, body: { error: { code: 'invalid_argument', message: 'Mohon periksa kolom opens.',
          details: [{ column: 'opens', message: 'Tanggal dibuka di luar jendela evaluasi' }] } } },
      })
      await wrapper.find('[data-testid="campaign-change-days"]').trigger('click')
      const form = wrapper.find('[data-testid="campaign-days"]')
      const opens = form.find<HTMLInputElement>('[data-testid="campaign-days-opens"]')
      expect(opens.attributes('disabled')).toBeUndefined()
      expect(form.find('[data-testid="campaign-days-opens-locked"]').exists()).toBe(false)
      expect([opens.attributes('min'), opens.attributes('max')]).toEqual(['2025-06-07', '2025-09-07'])
      await opens.setValue('2025-06-01')
      expect(form.find('[data-testid="campaign-days-opens-error"]').text()).toContain('Tanggal harus di antara 7 Juni 2025 dan 7 September 2025')
      await opens.setValue('2025-06-20')
      await form.find<HTMLInputElement>('[data-testid="campaign-days-closes"]').setValue('2025-06-19')
      expect(form.find('[data-testid="campaign-days-closes-error"]').text()).toBe('Tanggal ditutup tidak boleh sebelum tanggal dibuka.')
      await form.find<HTMLInputElement>('[data-testid="campaign-days-closes"]').setValue('2025-07-31')
      await form.trigger('submit')
      await flushPromises()
      expect(fake.sent('PATCH', '/feedback-campaigns/4').map((c) => c.body)).toEqual([{ opens: '2025-06-20', closes: '2025-07-31' }])
      expect(form.find('[data-testid="campaign-days-opens-error"]').text()).toBe('Tanggal dibuka di luar jendela evaluasi')
      expect(opens.attributes('aria-invalid')).toBe('true')
      expect(form.find('[data-testid="campaign-days-error"]').text()).toBe('Mohon periksa kolom opens.')
      // What was typed is kept.
      expect(opens.element.value).toBe('2025-06-20')
      // Cancelling closes the form; the row keeps its days.
      await form.find('[data-testid="campaign-days-cancel"]').trigger('click')
      expect(wrapper.find('[data-testid="campaign-days"]').exists()).toBe(false)
      expect(wrapper.find('[data-cell="period"]').text()).toBe('10 Juni – 31 Agustus 2025')
    })

    it('says a 412 (closed meanwhile) on the row and reads the list again', async () => {
      let reads = 0
      const { wrapper } = await open('admin_bkd', {
        [`GET ${LIST}`]: () => ({ body: offeringCampaigns([reads++ === 0 ? running() : campaign({ closes: '2025-01-14' })]) }),
        'PATCH /feedback-campaigns/3': { status: 412, body: { error: { code: 'failed_precondition', message: 'Kampanye ini sudah ditutup.', details: [] } } },
      })
      await wrapper.find('[data-testid="campaign-change-days"]').trigger('click')
      await wrapper.find<HTMLInputElement>('[data-testid="campaign-days-closes"]').setValue('2025-02-20')
      await wrapper.find('[data-testid="campaign-days"]').trigger('submit')
      await flushPromises()
      const row = wrapper.find('[data-campaign="3"]')
      expect(row.find('[data-testid="campaign-row-message"]').text()).toBe('Kampanye ini sudah ditutup.')
      expect(row.find('[data-testid="campaign-state"]').text()).toBe('Ditutup')
      expect(row.find('[data-testid="campaign-change-days"]').exists()).toBe(false)
    })

    it('closes an open campaign now after one question that says what happens, then shows its results', async () => {
      let closed = false
      const { wrapper, fake } = await open('admin_bkd', {
        [`GET ${LIST}`]: () => ({ body: offeringCampaigns([closed ? campaign({ closes: '2025-01-14' }) : running()]) }),
        'POST /feedback-campaigns/3/close': () => {
          closed = true
          return { body: campaignDetail({ closes: '2025-01-14', results: null }) }
        },
        'GET /feedback-campaigns/3': () => ({ body: closed ? campaignDetail({ closes: '2025-01-14' }) : campaignDetail({ ...running(), results: null }) }),
      })
      // The results open before closing say when they will show.
      await wrapper.find('[data-testid="campaign-results-toggle"]').trigger('click')
      await flushPromises()
      expect(wrapper.find('[data-testid="results-pending"]').exists()).toBe(true)

      await wrapper.find('[data-testid="campaign-close"]').trigger('click')
      const sheet = wrapper.find('[data-testid="confirm-sheet"]')
      expect(sheet.find('h2').text()).toBe('Tutup kampanye sebelum pelatihan sekarang?')
      expect(sheet.text()).toContain('Mulai hari ini penilai tidak dapat lagi menjawab, dan hasil kampanye langsung tampil.')
      expect(sheet.text()).toContain('Jawaban yang sudah masuk (12 dari 20) tetap disimpan.')
      expect(sheet.find('[data-testid="sheet-confirm"]').classes()).toContain('danger')
      expect(fake.sent('POST', '/feedback-campaigns/3/close')).toHaveLength(0)
      // Cancelling sends nothing.
      await sheet.find('[data-testid="sheet-cancel"]').trigger('click')
      expect(wrapper.find('[data-testid="confirm-sheet"]').exists()).toBe(false)
      await wrapper.find('[data-testid="campaign-close"]').trigger('click')
      await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
      await flushPromises()
      expect(fake.sent('POST', '/feedback-campaigns/3/close').map((c) => c.body)).toEqual([{}])
      const row = wrapper.find('[data-campaign="3"]')
      expect(row.find('[data-testid="campaign-row-message"]').text()).toBe('Kampanye sebelum pelatihan ditutup. Hasilnya tampil di bawah.')
      expect(row.find('[data-testid="campaign-state"]').text()).toBe('Ditutup')
      expect(row.find('[data-cell="period"]').text()).toBe('6–14 Januari 2025')
      expect(row.find('[data-testid="campaign-close"]').exists()).toBe(false)
      expect(row.find('[data-testid="campaign-change-days"]').exists()).toBe(false)
      // The results are read again and shown.
      expect(row.find('[data-testid="results-pending"]').exists()).toBe(false)
      expect(row.find('[data-testid="campaign-results"] [data-testid="results-table"]').exists()).toBe(true)
      expect(fake.sent('GET', LIST)).toHaveLength(2)
    })

    it('says a refused close on the row', async () => {
      const { wrapper } = await open('admin_bkd', {
        [`GET ${LIST}`]: { body: offeringCampaigns([running()]) },
        'POST /feedback-campaigns/3/close': { status: 412, body: { error: { code: 'failed_precondition', message: 'Kampanye ini tidak sedang terbuka.', details: [] } } },
      })
      await wrapper.find('[data-testid="campaign-close"]').trigger('click')
      await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
      await flushPromises()
      const message = wrapper.find('[data-campaign="3"] [data-testid="campaign-row-message"]')
      expect(message.classes()).toContain('alert-error')
      expect(message.text()).toBe('Kampanye ini tidak sedang terbuka.')
      expect(wrapper.find('[data-testid="confirm-sheet"]').exists()).toBe(false)
    })
  })
})
