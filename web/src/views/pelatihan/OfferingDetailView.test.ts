// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { i18n } from '@/i18n'
import OfferingDetailView from './OfferingDetailView.vue'
import { fakeServer, mountPage, type Answer } from '@/views/usulan/test_mount'
import type { OfferingDetail } from '@/api/delivery'
import { NIP_A, NIP_B, NIP_C, detail, participant, participants, reactionSummary } from './test_data'

const BASE = '/offerings/ANG-KES-1'

function server(offering: Partial<OfferingDetail> = {}, extra: Record<string, Answer> = {}) {
  return fakeServer({
    [`GET ${BASE}`]: { body: { offering: detail(offering) } },
    [`GET ${BASE}/participants`]: { body: { items: participants() } },
    ...extra,
  })
}

const open = (role: 'admin_bkd' | 'auditor' | 'pengelola_opd' | 'lembaga_mitra' = 'admin_bkd') =>
  mountPage(OfferingDetailView, { role, nip: null, agency: role === 'pengelola_opd' ? 'DINKES' : null, props: { kode: 'ANG-KES-1' } })

describe('OfferingDetailView: the class and its participants', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the facts and each participant with grouped NIP, attendance, status, reason and certificate link', async () => {
    server({ can: { enroll: false, attend: false, decide: false, tests: false } })
    const { wrapper } = await open('auditor')
    expect(wrapper.find('[data-testid="offering-title"]').text()).toBe('Pelatihan Pelayanan Kesehatan — angkatan ANG-KES-1')
    expect(wrapper.find('[data-fact="dates"]').text()).toBe('3–7 Maret 2025 · Sudah selesai')
    expect(wrapper.find('[data-fact="seats"]').text()).toBe('3/30')
    expect(wrapper.find('[data-fact="rules"]').text()).toBe('Kehadiran minimal 80% dan nilai minimal 60')
    const row = (nip: string) => wrapper.find(`[data-testid="participant-table"] tr[data-nip="${nip}"]`)
    expect(row(NIP_A).find('[data-cell="nip"]').text()).toBe('19860926 201505 1 001')
    expect(row(NIP_A).find('[data-cell="attendance"]').text()).toBe('4/5 hari (80%)')
    expect(row(NIP_B).find('[data-cell="source"]').text()).toBe('Manual')
    expect(row(NIP_C).find('[data-testid="participant-status"]').attributes('data-status')).toBe('lulus')
    expect(row(NIP_C).find('[data-cell="score"]').text()).toBe('85')
    expect(row(NIP_C).find('[data-cell="reason"]').text()).toContain('memenuhi batas 80%')
    expect(row(NIP_C).find('[data-cell="certificate"] a').attributes('href')).toBe('/api/v1/certificates/BKM-2025-7K3M-Q9XD/pdf')
  })

  it('shows the reaction survey\'s summary to a reader who may change nothing', async () => {
    server({ can: { enroll: false, attend: false, decide: false, tests: false } },
      { [`GET ${BASE}/reactions`]: { body: reactionSummary() } })
    const { wrapper } = await open('auditor')
    const panel = wrapper.find('[data-testid="reaction-summary"]')
    expect(panel.find('h2').text()).toBe('Survei reaksi')
    expect(panel.find('[data-figure="answered"] dd').text()).toBe('2 dari 3')
    expect(panel.findAll('[data-testid="reaction-suggestions"] li')).toHaveLength(2)
  })

  it('offers the reaction reminder with `can.decide` only', async () => {
    server({}, { [`GET ${BASE}/reactions`]: { body: reactionSummary() } })
    const partner = (await open('lembaga_mitra')).wrapper
    expect(partner.find('[data-testid="reaction-remind"]').text()).toBe('Ingatkan yang belum mengisi')
    server({ can: { enroll: false, attend: false, decide: false, tests: false } }, { [`GET ${BASE}/reactions`]: { body: reactionSummary() } })
    const auditor = (await open('auditor')).wrapper
    expect(auditor.find('[data-testid="reaction-summary"]').exists()).toBe(true)
    expect(auditor.find('[data-testid="reaction-remind"]').exists()).toBe(false)
  })

  it('links the attendance sheet (PDF) in the page\'s language where the form keeps attendance, not for e-learning', async () => {
    server({ can: { enroll: false, attend: false, decide: false, tests: false } })
    const { wrapper } = await open('auditor')
    const link = wrapper.find('[data-testid="attendance-sheet"]')
    expect(link.text()).toBe('Unduh daftar hadir (PDF)')
    expect(link.attributes('href')).toBe('/api/v1/offerings/ANG-KES-1/attendance-sheet')
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(link.text()).toBe('Download attendance sheet (PDF)')
    expect(link.attributes('href')).toBe('/api/v1/offerings/ANG-KES-1/attendance-sheet?lang=en')
    i18n.global.locale.value = 'id'
    server({ form: 'e_learning', attendance_required: false })
    const elearning = (await open('admin_bkd')).wrapper
    expect(elearning.find('[data-testid="attendance-sheet"]').exists()).toBe(false)
  })

  it('shows the 360 feedback campaigns, with a start button for BKD only', async () => {
    const campaigns = { items: [], window: { sebelum: { from: '2024-09-04', to: '2099-03-02' }, sesudah: { from: '2099-06-07', to: '2099-09-07' } } }
    server({}, { [`GET ${BASE}/feedback-campaigns`]: { body: campaigns } })
    const admin = (await open('admin_bkd')).wrapper
    expect(admin.find('[data-testid="feedback-panel"] h2').text()).toBe('Umpan balik 360')
    expect(admin.findAll('[data-testid="campaign-start-open"]').map((b) => b.text())).toEqual(
      ['Mulai kampanye sebelum pelatihan', 'Mulai kampanye sesudah pelatihan'])
    server({ can: { enroll: false, attend: false, decide: false, tests: false } }, { [`GET ${BASE}/feedback-campaigns`]: { body: campaigns } })
    const auditor = (await open('auditor')).wrapper
    expect(auditor.find('[data-testid="feedback-panel"]').text()).toContain('Belum ada kampanye umpan balik 360 untuk angkatan ini.')
    expect(auditor.find('[data-testid="campaign-start-open"]').exists()).toBe(false)
  })

  it('offers nothing to change when `can` allows nothing', async () => {
    server({ can: { enroll: false, attend: false, decide: false, tests: false } })
    const { wrapper } = await open('auditor')
    for (const id of ['enrol-panel', 'roll-panel', 'decide-panel', 'withdraw']) expect(wrapper.find(`[data-testid="${id}"]`).exists(), id).toBe(false)
    expect(wrapper.text()).toContain('Anda dapat membaca angkatan ini tanpa mengubahnya.')
  })

  it('offers enrolment and withdrawal (for undecided rows only) with `can.enroll`', async () => {
    server({ can: { enroll: true, attend: false, decide: false, tests: false } })
    const { wrapper } = await open('pengelola_opd')
    expect(wrapper.find('[data-testid="enrol-panel"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="roll-panel"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="decide-panel"]').exists()).toBe(false)
    const withdrawable = wrapper.findAll('[data-testid="withdraw"]').map((b) => b.element.closest('tr')!.getAttribute('data-nip'))
    expect(withdrawable).toEqual([NIP_A, NIP_B])
  })

  it('offers the roll and the decision to the partner institution with `can.attend` and `can.decide`', async () => {
    server({ can: { enroll: false, attend: true, decide: true, tests: false } })
    const { wrapper } = await open('lembaga_mitra')
    expect(wrapper.find('[data-testid="enrol-panel"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="roll-panel"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="decide-form"]').exists()).toBe(true)
  })

  it('takes no roll for a form that needs no attendance', async () => {
    server({ form: 'e_learning', attendance_required: false, days: [] })
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="roll-panel"]').exists()).toBe(false)
    expect(wrapper.find(`tr[data-nip="${NIP_A}"] [data-cell="attendance"]`).text()).toBe('tidak diperlukan')
    // and deciding does not wait for a recorded day
    expect(wrapper.find('[data-testid="decide-submit"]').attributes('disabled')).toBeUndefined()
  })

  it('shows a plain sentence for an unknown class', async () => {
    fakeServer({})
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="offering-load-error"]').text()).toContain('Angkatan ANG-KES-1 tidak ditemukan')
  })
})

describe('OfferingDetailView: enrolling', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('checks the NIP as it is typed and sends nothing until it has 18 digits', async () => {
    const fake = server()
    const { wrapper } = await open()
    const input = wrapper.find('[data-testid="enrol-nip"]')
    await input.setValue('1986 0926')
    expect(wrapper.find('[data-testid="enrol-problem"]').text()).toBe('NIP terdiri dari 18 angka; yang diketik 8 angka.')
    expect(input.attributes('aria-invalid')).toBe('true')
    await wrapper.find('[data-testid="enrol-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/participants`)).toHaveLength(0)
    await input.setValue('19860926 201505 1 00A')
    expect(wrapper.find('[data-testid="enrol-problem"]').text()).toBe('NIP hanya berisi angka.')
    await input.setValue('19860926 201505 1 001')
    expect(wrapper.find('[data-testid="enrol-problem"]').text()).toBe('')
  })

  it('sends the digits, keeps the input and shows the server\'s sentence when it refuses', async () => {
    const fake = server({}, {
      [`POST ${BASE}/participants`]: { status: 409, body: { error: { code: 'conflict', message: 'Pegawai ini sudah mengikuti angkatan ANG-X-2 pada tanggal yang sama.' } } },
    })
    const { wrapper } = await open()
    await wrapper.find('[data-testid="enrol-nip"]').setValue('19900101 201903 2 002')
    await wrapper.find('[data-testid="enrol-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/participants`)[0]!.body).toEqual({ nip: NIP_B })
    const alert = wrapper.find('[data-testid="enrol-error"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toBe('Pegawai ini sudah mengikuti angkatan ANG-X-2 pada tanggal yang sama.')
    expect((wrapper.find('[data-testid="enrol-nip"]').element as HTMLInputElement).value).toBe('19900101 201903 2 002')
  })

  it('clears the input after an enrolment and reads the participants again', async () => {
    const fake = server({}, {
      [`POST ${BASE}/participants`]: { status: 201, body: { participant: participant({ nip: NIP_B, name: 'Budi Santoso', source: 'manual' }) } },
    })
    const { wrapper } = await open()
    await wrapper.find('[data-testid="enrol-nip"]').setValue(NIP_B)
    await wrapper.find('[data-testid="enrol-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="enrol-notice"]').text()).toBe('Budi Santoso terdaftar dan diberi tahu lewat kotak masuk.')
    expect((wrapper.find('[data-testid="enrol-nip"]').element as HTMLInputElement).value).toBe('')
    expect(fake.sent('GET', `${BASE}/participants`)).toHaveLength(2)
  })

  it('takes participants from the plan after asking once, and says how many were added', async () => {
    const fake = server({}, { [`POST ${BASE}/participants/from-plan`]: { body: { added: 3, already: 1, plans: [4] } } })
    const { wrapper } = await open()
    await wrapper.find('[data-testid="from-plan"]').trigger('click')
    expect(fake.sent('POST', `${BASE}/participants/from-plan`)).toHaveLength(0)
    expect(wrapper.find('[data-testid="confirm-sheet"]').text()).toContain('rencana tahun 2025 yang disetujui')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/participants/from-plan`)).toHaveLength(1)
    expect(wrapper.find('[data-testid="enrol-notice"]').text()).toBe('3 peserta ditambahkan. 1 sudah terdaftar sebelumnya.')
    expect(wrapper.find('[data-testid="confirm-sheet"]').exists()).toBe(false)
  })

  it('withdraws an undecided participant after asking once', async () => {
    const fake = server({}, { [`DELETE ${BASE}/participants/${NIP_B}`]: { status: 200, body: {} } })
    const { wrapper } = await open()
    await wrapper.find(`tr[data-nip="${NIP_B}"] [data-testid="withdraw"]`).trigger('click')
    expect(wrapper.find('[data-testid="confirm-sheet"]').text()).toContain('Budi Santoso (19900101 201903 2 002) dikeluarkan dari angkatan ANG-KES-1')
    expect(fake.calls.filter((c) => c.method === 'DELETE')).toHaveLength(0)
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([`${BASE}/participants/${NIP_B}`])
    expect(wrapper.find('[data-testid="withdraw-notice"]').text()).toBe('Budi Santoso tidak lagi terdaftar di angkatan ini.')
  })
})

describe('OfferingDetailView: the roll of a day', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  const checks = (wrapper: Awaited<ReturnType<typeof open>>['wrapper']) => Object.fromEntries(
    wrapper.findAll('[data-testid="roll-check"]').map((c) => [c.attributes('data-nip'), (c.element as HTMLInputElement).checked]))

  it('starts on the last day allowed, ticks who was saved present, and lists undecided participants only', async () => {
    server()
    const { wrapper } = await open()
    expect((wrapper.find('[data-testid="roll-date"]').element as HTMLInputElement).value).toBe('2025-03-07')
    expect(wrapper.find('[data-testid="roll-date"]').attributes('max')).toBe('2025-03-07')
    expect(wrapper.find('[data-testid="roll-date"]').attributes('min')).toBe('2025-03-03')
    expect(checks(wrapper)).toEqual({ [NIP_A]: false, [NIP_B]: true })
    await wrapper.find('[data-testid="roll-date"]').setValue('2025-03-04')
    expect(checks(wrapper)).toEqual({ [NIP_A]: true, [NIP_B]: false })
    expect(wrapper.text()).toContain('Tanggal ini sudah tercatat; menyimpan lagi akan menggantinya.')
  })

  it('posts the chosen day with the ticked NIPs and says what was saved', async () => {
    const fake = server({}, { [`POST ${BASE}/attendance`]: { body: { date: '2025-03-04', present: 1, absent: 1 } } })
    const { wrapper } = await open()
    await wrapper.find('[data-day="2025-03-04"]').trigger('click')
    await wrapper.find(`[data-testid="roll-check"][data-nip="${NIP_A}"]`).setValue(false)
    await wrapper.find(`[data-testid="roll-check"][data-nip="${NIP_B}"]`).setValue(true)
    await wrapper.find('[data-testid="roll-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/attendance`)[0]!.body).toEqual({ date: '2025-03-04', present: [NIP_B] })
    expect(wrapper.find('[data-testid="roll-notice"]').text()).toBe('Daftar hadir 4 Maret 2025 disimpan: 1 hadir, 1 tidak hadir.')
    expect(fake.sent('GET', BASE)).toHaveLength(2)
  })

  it('ticks everyone or nobody at once', async () => {
    const fake = server({}, { [`POST ${BASE}/attendance`]: { body: { date: '2025-03-07', present: [NIP_A, NIP_B], absent: [] } } })
    const { wrapper } = await open()
    await wrapper.find('[data-testid="roll-all"]').trigger('click')
    await wrapper.find('[data-testid="roll-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/attendance`)[0]!.body).toEqual({ date: '2025-03-07', present: [NIP_A, NIP_B] })
    expect(wrapper.find('[data-testid="roll-notice"]').text()).toContain('2 hadir, 0 tidak hadir')
    await wrapper.find('[data-testid="roll-none"]').trigger('click')
    expect(Object.values(checks(wrapper))).toEqual([false, false])
  })

  it('refuses a day outside the period before asking the server, and shows the server\'s refusal', async () => {
    const fake = server({}, {
      [`POST ${BASE}/attendance`]: { status: 400, body: { error: { code: 'invalid_argument', message: 'Daftar hadir tidak dapat disimpan.',
        details: [{ row: 0, column: 'present', message: 'NIP 198609262015051001 sudah diputuskan.' },
          { row: 0, column: 'present', message: 'Daftar hadir tidak dapat disimpan.' }] } } },
    })
    const { wrapper } = await open()
    await wrapper.find('[data-testid="roll-date"]').setValue('2025-03-09')
    await wrapper.find('[data-testid="roll-form"]').trigger('submit')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/attendance`)).toHaveLength(0)
    expect(wrapper.find('[data-testid="roll-error"]').text()).toBe('Pilih tanggal antara 3 Maret 2025 dan 7 Maret 2025.')
    await wrapper.find('[data-testid="roll-date"]').setValue('2025-03-05')
    await wrapper.find('[data-testid="roll-form"]').trigger('submit')
    await flushPromises()
    const alert = wrapper.find('[data-testid="roll-error"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('Daftar hadir tidak dapat disimpan.')
    expect(alert.findAll('li').map((li) => li.text())).toEqual(['NIP 198609262015051001 sudah diputuskan.'])
  })

  it('offers no roll once every participant is decided', async () => {
    fakeServer({
      [`GET ${BASE}`]: { body: { offering: detail() } },
      [`GET ${BASE}/participants`]: { body: { items: participants().filter((p) => p.status === 'lulus') } },
    })
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="roll-nobody"]').text()).toBe('Tidak ada peserta yang belum diputuskan.')
    expect(wrapper.find('[data-testid="roll-form"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="decide-nobody"]').exists()).toBe(true)
  })

  it('waits for the first day of a class that has not started', async () => {
    server({ start: '2999-01-04', end: '2999-01-08', days: [], ended: false })
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="roll-not-yet"]').text()).toBe('Daftar hadir dapat diisi mulai 4 Januari 2999.')
    expect(wrapper.find('[data-testid="roll-form"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="decide-not-ended"]').text()).toContain('8 Januari 2999')
  })
})

describe('OfferingDetailView: deciding', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  const decided = {
    items: [
      { nip: NIP_A, status: 'lulus', reason: 'Kehadiran 4 dari 5 hari (80%) memenuhi batas 80%; nilai 78,5 memenuhi batas 60.', certificate: 'BKM-2025-ABCD-EFGH' },
      { nip: NIP_B, status: 'tidak_lulus', reason: 'Kehadiran 2 dari 5 hari (40%) di bawah batas 80%.', certificate: null },
    ],
  }

  it('checks scores as typed, asks once, posts each score (none when empty) and shows each result', async () => {
    const fake = server({}, { [`POST ${BASE}/decisions`]: { body: decided } })
    const { wrapper } = await open()
    const score = (nip: string) => wrapper.find(`[data-testid="decide-form"] tr[data-nip="${nip}"] [data-testid="decide-score"]`)
    expect(wrapper.findAll('[data-testid="decide-form"] tbody tr').map((r) => r.attributes('data-nip'))).toEqual([NIP_A, NIP_B])
    await score(NIP_A).setValue('120')
    expect(score(NIP_A).attributes('aria-invalid')).toBe('true')
    await wrapper.find('[data-testid="decide-form"]').trigger('submit')
    expect(wrapper.find('[data-testid="decide-error"]').text()).toBe('Mohon perbaiki nilai yang ditandai.')
    expect(wrapper.find('[data-testid="confirm-sheet"]').exists()).toBe(false)
    await score(NIP_A).setValue('78,5')
    await wrapper.find('[data-testid="decide-form"]').trigger('submit')
    expect(wrapper.find('[data-testid="confirm-sheet"]').text()).toContain('Keputusan untuk 2 peserta bersifat final')
    expect(fake.sent('POST', `${BASE}/decisions`)).toHaveLength(0)
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    expect(fake.sent('POST', `${BASE}/decisions`)[0]!.body).toEqual({ entries: [{ nip: NIP_A, score: 78.5 }, { nip: NIP_B }] })
    const results = wrapper.find('[data-testid="decide-results"]')
    expect(results.text()).toContain('1 lulus, 1 tidak lulus.')
    const a = results.find(`li[data-nip="${NIP_A}"]`)
    expect(a.text()).toContain('Siti Aminah')
    expect(a.find('[data-testid="participant-status"]').attributes('data-status')).toBe('lulus')
    expect(a.find('[data-cell="reason"]').text()).toContain('nilai 78,5 memenuhi batas 60')
    expect(a.find('[data-cell="certificate"]').text()).toBe('Sertifikat BKM-2025-ABCD-EFGH')
    expect(a.find('[data-cell="certificate"]').attributes('href')).toBe('/api/v1/certificates/BKM-2025-ABCD-EFGH/pdf')
    const b = results.find(`li[data-nip="${NIP_B}"]`)
    expect(b.find('[data-cell="reason"]').text()).toBe('Kehadiran 2 dari 5 hari (40%) di bawah batas 80%.')
    expect(b.find('[data-cell="certificate"]').exists()).toBe(false)
  })

  it('names the participant of each row the server refuses', async () => {
    server({}, {
      [`POST ${BASE}/decisions`]: { status: 400, body: { error: { code: 'invalid_argument', message: 'Keputusan tidak dapat ditetapkan.',
        details: [{ row: 2, column: 'nip', message: 'bukan peserta angkatan ini' }] } } },
    })
    const { wrapper } = await open()
    await wrapper.find('[data-testid="decide-form"]').trigger('submit')
    await wrapper.find('[data-testid="sheet-confirm"]').trigger('click')
    await flushPromises()
    const alert = wrapper.find('[data-testid="decide-error"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('Keputusan tidak dapat ditetapkan.')
    expect(alert.text()).toContain('Baris 2 (Budi Santoso): bukan peserta angkatan ini')
    expect(wrapper.find('[data-testid="decide-results"]').exists()).toBe(false)
  })

  it('waits for a recorded day when the form needs attendance', async () => {
    server({ days: [] })
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="decide-no-days"]').text()).toBe('Belum ada hari yang tercatat: simpan daftar hadir terlebih dahulu.')
    expect(wrapper.find('[data-testid="decide-submit"]').attributes('disabled')).toBeDefined()
  })

  it('says when the class ends instead of offering a decision too early', async () => {
    server({ ended: false, end: '2999-03-07' })
    const { wrapper } = await open()
    expect(wrapper.find('[data-testid="decide-not-ended"]').text()).toBe('Keputusan dapat ditetapkan setelah angkatan selesai pada 7 Maret 2999.')
    expect(wrapper.find('[data-testid="decide-form"]').exists()).toBe(false)
  })
})
