// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import ParticipantTable from './ParticipantTable.vue'
import { downloadXlsx, xlsxBytes } from '@/components/akpk/xlsx'
import { fakeServer, mountPage } from '@/views/usulan/test_mount'
import type { Participant } from '@/api/delivery'
import { NIP_A, NIP_B, NIP_C, detail, participants } from '@/views/pelatihan/test_data'

vi.mock('@/components/akpk/xlsx', () => ({ xlsxBytes: vi.fn(() => new Uint8Array()), downloadXlsx: vi.fn() }))

/** Siti 62 → 81, Budi only a pre-test of 70,5, Rahmat (passed) 90 → 85,5. */
function people(): Participant[] {
  const [siti, budi, rahmat] = participants()
  return [
    { ...siti!, tests: { pre: 62, post: 81 } },
    { ...budi!, tests: { pre: 70.5, post: null } },
    { ...rahmat!, tests: { pre: 90, post: 85.5 } },
  ]
}

const mountTable = (list: Participant[] = people()) =>
  mountPage(ParticipantTable, { role: 'admin_bkd', nip: null, agency: null, props: { offering: detail(), participants: list } })

describe('ParticipantTable: pre-test and post-test', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.clearAllMocks()
    document.body.innerHTML = ''
  })

  it('shows "pre → post" with the gain when both exist, and a dash when there is neither', async () => {
    fakeServer({})
    const none = { ...participants()[0]!, nip: '197805152003121002', name: 'Tanpa Nilai' }
    const { wrapper } = await mountTable([...people(), none])
    const cell = (nip: string, name: string) => wrapper.find(`tr[data-nip="${nip}"] [data-cell="${name}"]`)
    expect(wrapper.findAll('thead th').map((th) => th.text())).toContain('Pre → post')
    expect(cell(NIP_A, 'prepost').text()).toBe('62 → 81')
    expect(cell(NIP_A, 'gain').text()).toBe('+19')
    expect(cell(NIP_A, 'tests').text()).toContain('Pre-test 62, post-test 81, kenaikan +19')
    expect(cell(NIP_B, 'prepost').text()).toBe('70,5 → —')
    expect(cell(NIP_B, 'gain').exists()).toBe(false)
    expect(cell(NIP_C, 'gain').text()).toBe('−4,5')
    expect(cell('197805152003121002', 'tests').text()).toBe('—')
    expect(cell('197805152003121002', 'prepost').exists()).toBe(false)
  })

  it('downloads the pre-test, post-test and gain as plain numbers in the XLSX', async () => {
    fakeServer({})
    const { wrapper } = await mountTable()
    await wrapper.find('[data-testid="participants-xlsx"]').trigger('click')
    expect(downloadXlsx).toHaveBeenCalledWith('peserta_ANG-KES-1.xlsx', expect.any(Uint8Array))
    const [, header, rows] = vi.mocked(xlsxBytes).mock.calls[0]!
    const at = (name: string) => header.indexOf(name)
    expect(header.slice(at('Status'), at('Nilai') + 1)).toEqual(['Status', 'Pre-test', 'Post-test', 'Kenaikan', 'Nilai'])
    const column = (name: string) => rows.map((row) => row[at(name)])
    expect(column('Pre-test')).toEqual([62, 70.5, 90])
    expect(column('Post-test')).toEqual([81, null, 85.5])
    expect(column('Kenaikan')).toEqual([19, null, -4.5])
  })
})
