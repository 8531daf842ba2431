// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import DataTable from './DataTable.vue'
import { makeI18n } from '@/i18n'
import { ariaSort, nextSort, pageInfo } from './table_state'

const columns = [
  { name: 'nip', label: 'NIP', type: 'nip' },
  { name: 'nama', label: 'Nama', type: 'text' },
  { name: 'anggaran', label: 'Anggaran', type: 'money' },
]
const rows = [
  { nip: '198609262015051001', nama: 'Siti Aminah', anggaran: 1500000 },
  { nip: '199001012019032002', nama: 'Budi Santoso', anggaran: null },
]

function mountTable(props: Record<string, unknown> = {}) {
  return mount(DataTable, {
    props: { caption: 'Pegawai', columns, rows, sort: null, desc: false, total: 120, offset: 0, limit: 50, lang: 'id', ...props },
    global: { plugins: [makeI18n('id')] },
  })
}

describe('DataTable', () => {
  it('shows every cell formatted for id-ID', () => {
    const wrapper = mountTable()
    const cells = wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))
    expect(cells).toEqual([
      ['19860926 201505 1 001', 'Siti Aminah', 'Rp 1.500.000'],
      ['19900101 201903 2 002', 'Budi Santoso', ''],
    ])
  })

  it('marks the sorted column with aria-sort and the others with none', () => {
    const wrapper = mountTable({ sort: 'nama', desc: true })
    const sorts = wrapper.findAll('th').map((th) => th.attributes('aria-sort'))
    expect(sorts).toEqual(['none', 'descending', 'none'])
  })

  it('emits sort ascending for a new column, then flips it on the same column', async () => {
    const wrapper = mountTable({ sort: 'nip', desc: false })
    await wrapper.find('th[data-column="nama"] button').trigger('click')
    await wrapper.find('th[data-column="nip"] button').trigger('click')
    expect(wrapper.emitted('sort')).toEqual([['nama', false], ['nip', true]])
  })

  it('emits page with the next and previous offsets and disables prev on the first page', async () => {
    const wrapper = mountTable({ offset: 50 })
    expect(wrapper.find('[data-testid="page-range"]').text()).toBe('Menampilkan 51–100 dari 120')
    await wrapper.find('[data-testid="page-next"]').trigger('click')
    await wrapper.find('[data-testid="page-prev"]').trigger('click')
    expect(wrapper.emitted('page')).toEqual([[100], [0]])

    const first = mountTable({ offset: 0 })
    expect(first.find('[data-testid="page-prev"]').attributes('disabled')).toBeDefined()
    expect(first.find('[data-testid="page-next"]').attributes('disabled')).toBeUndefined()
  })

  it('disables next on the last page and emits a new page size', async () => {
    const wrapper = mountTable({ offset: 100 })
    expect(wrapper.find('[data-testid="page-next"]').attributes('disabled')).toBeDefined()
    await wrapper.find('select').setValue('100')
    expect(wrapper.emitted('limit')).toEqual([[100]])
  })

  it('shows the empty slot and no pager when there are no rows', () => {
    const wrapper = mount(DataTable, {
      props: { caption: 'Pegawai', columns, rows: [], sort: null, desc: false, total: 0, offset: 0, limit: 50, lang: 'id' },
      slots: { empty: '<p class="empty">Belum ada data</p>' },
      global: { plugins: [makeI18n('id')] },
    })
    expect(wrapper.find('.empty').exists()).toBe(true)
    expect(wrapper.find('[data-testid="page-next"]').exists()).toBe(false)
  })

  it('writes dates in English when the language is English', () => {
    const wrapper = mount(DataTable, {
      props: {
        caption: 'x', columns: [{ name: 'tanggal', label: 'Tanggal', type: 'date' }], rows: [{ tanggal: '2027-03-15' }],
        sort: null, desc: false, total: 1, offset: 0, limit: 50, lang: 'en',
      },
      global: { plugins: [makeI18n('en')] },
    })
    expect(wrapper.find('td').text()).toBe('15 March 2027')
    expect(wrapper.find('[data-testid="page-range"]').text()).toBe('Showing 1–1 of 1')
  })
})

describe('table_state', () => {
  it('computes pages and bounds', () => {
    expect(pageInfo(120, 50, 50)).toEqual({ from: 51, to: 100, page: 2, pages: 3, hasPrev: true, hasNext: true })
    expect(pageInfo(0, 0, 50)).toEqual({ from: 0, to: 0, page: 1, pages: 1, hasPrev: false, hasNext: false })
  })
  it('cycles the sort of one column', () => {
    expect(nextSort({ sort: null, desc: false }, 'nama')).toEqual({ sort: 'nama', desc: false })
    expect(nextSort({ sort: 'nama', desc: false }, 'nama')).toEqual({ sort: 'nama', desc: true })
    expect(ariaSort({ sort: 'nama', desc: false }, 'nama')).toBe('ascending')
  })

  it('puts the badge a caller asks for beside a cell, as a link with its sentence', () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] })
    const wrapper = mount(DataTable, {
      props: { caption: 'Pegawai', columns, rows, sort: null, desc: false, total: 2, offset: 0, limit: 50, lang: 'id',
        badge: (column: string, value: unknown) => column === 'nama' && value === 'Budi Santoso'
          ? { label: 'Perlu ditinjau', title: 'Alasannya', tone: 'warn' as const, to: '/evaluasi/X' } : null },
      global: { plugins: [makeI18n('id'), router] },
    })
    const badges = wrapper.findAll('[data-testid="cell-badge"]')
    expect(badges).toHaveLength(1)
    expect(badges[0]!.attributes('href')).toBe('/evaluasi/X')
    expect(badges[0]!.attributes('title')).toBe('Alasannya')
    expect(wrapper.findAll('tbody tr')[1]!.findAll('td')[1]!.text()).toBe('Budi Santoso Perlu ditinjau: Alasannya')
  })
})
