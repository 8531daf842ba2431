// Dasbor Survei Kepuasan Masyarakat (issue 8): IKM per unit layanan dan per perangkat daerah, poster QR.
export default {
  title: 'Survei Kepuasan Masyarakat',
  intro: 'Indeks Kepuasan Masyarakat (IKM, Permenpan RB 14/2017) setiap unit layanan dan perangkat daerah. Cetak poster berkode QR agar masyarakat dapat mengisi survei dari ponsel.',
  filters: {
    legend: 'Saring',
    year: 'Tahun',
    allYears: 'Semua tahun',
    agency: 'Perangkat daerah',
    allAgencies: 'Semua perangkat daerah',
  },
  agencies: {
    title: 'IKM per perangkat daerah',
    units: '{count} unit layanan',
    pooled: 'IKM perangkat daerah dihitung dari semua jawaban unit-unitnya.',
  },
  units: {
    title: 'Unit layanan',
    count: '({count} unit)',
    col: {
      unit: 'Unit layanan',
      agency: 'Perangkat daerah',
      respondents: 'Responden',
      index: 'Nilai IKM',
      grade: 'Mutu pelayanan',
      actions: 'Tindakan',
    },
    poster: 'Poster QR (PDF)',
    posterFor: 'Poster QR unit {unit} (PDF)',
    open: 'Buka survei',
    openFor: 'Buka halaman survei unit {unit}',
    empty: 'Belum ada unit layanan. Impor data unit layanan terlebih dahulu.',
  },
  noAnswers: 'Belum ada jawaban',
  incomplete: 'Belum lengkap',
  incompleteHint: 'Ada unsur yang belum pernah dijawab, sehingga IKM belum dapat dihitung.',
  respondents: '{count} responden',
  loadFailed: 'Data survei tidak dapat dimuat.',
}
