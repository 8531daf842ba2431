// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import JobProgress from './JobProgress.vue'
import { makeI18n } from '@/i18n'
import type { Job } from '@/api/types'

function mountJob(job: Partial<Job>) {
  const full: Job = { id: 'j1', kind: 'pegawai', state: 'running', percent: 40, message: 'Mengimpor…', result: null, ...job }
  return mount(JobProgress, { props: { job: full }, global: { plugins: [makeI18n('id')] } })
}

describe('JobProgress', () => {
  it('shows a running job as a progress bar with its percent', () => {
    const wrapper = mountJob({ state: 'running', percent: 40 })
    const bar = wrapper.find('[role="progressbar"]')
    expect(bar.attributes('aria-valuenow')).toBe('40')
    expect(bar.attributes('aria-valuetext')).toBe('40%')
    expect(wrapper.text()).toContain('Sedang mengimpor')
    expect(wrapper.find('[data-testid="import-result"]').exists()).toBe(false)
  })

  it('shows the counts of a finished import at 100%', () => {
    const wrapper = mountJob({ state: 'succeeded', percent: 90, result: { rows: 1200, inserted: 1000, updated: 200 } })
    expect(wrapper.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('100')
    expect(wrapper.find('[data-testid="import-result"]').text())
      .toContain('1.200 baris diimpor (1.000 baru, 200 diperbarui)')
  })

  it('lists every row error of a failed import and no progress bar', () => {
    const wrapper = mountJob({
      state: 'failed', percent: 100, message: 'Impor gagal',
      result: { error: { code: 'invalid_argument', message: 'File berisi 2 kesalahan', details: [
        { row: 57, column: 'nip', message: 'NIP harus 18 angka' },
        { row: 90, column: 'kode_opd', message: 'OPD tidak dikenal' },
      ] } },
    })
    expect(wrapper.find('[role="progressbar"]').exists()).toBe(false)
    const items = wrapper.findAll('[data-testid="import-errors"] li').map((li) => li.text())
    expect(items).toEqual(['baris 57, kolom nip: NIP harus 18 angka', 'baris 90, kolom kode_opd: OPD tidak dikenal'])
  })

  it('shows the message of a failed job without details', () => {
    const wrapper = mountJob({ state: 'failed', message: 'Kesalahan server saat impor.', result: null })
    expect(wrapper.find('[role="alert"]').text()).toBe('Kesalahan server saat impor.')
  })
})
