// 360 feedback answers as docs/feedback-api.md gives them, for the page tests.
import type {
  Campaign, CampaignDetail, CompetencyResult, FeedbackForm, FeedbackRequest, GroupResult, MyCampaignResults, OfferingCampaigns,
} from '@/api/feedback'

export const RATED = '198609262015051001'
export const PEER = '199001012019032002'

export function request(overrides: Partial<FeedbackRequest> = {}): FeedbackRequest {
  return {
    campaign: 7, offering: 'ANG-KES-1', program_name: 'Pelatihan Kerja Sama Tim', phase: 'sebelum', opens: '2025-02-10',
    closes: '2025-03-02', state: 'terbuka', rated: { nip: RATED, name: 'Siti Aminah' }, relationship: 'rekan', answered: false,
    ...overrides,
  }
}

const COMPETENCIES = [
  { code: 'M.02', id: 'Kerja Sama', en: 'Teamwork' },
  { code: 'M.03', id: 'Komunikasi', en: 'Communication' },
  { code: 'T.KES.01', id: 'Pelayanan Kesehatan Dasar', en: 'Primary Health Care' },
]
const SCALE = {
  id: ['Sangat kurang', 'Kurang', 'Cukup', 'Baik', 'Sangat baik'],
  en: ['Very poor', 'Poor', 'Fair', 'Good', 'Very good'],
}

/** GET /me/feedback/7/<RATED> in `lang`, open to answer as a peer. */
export function feedbackForm(overrides: Partial<FeedbackForm> = {}, lang: 'id' | 'en' = 'id'): FeedbackForm {
  return {
    ...request(), rated: { nip: RATED, name: 'Siti Aminah', position: 'Perawat Ahli Pertama' },
    question: lang === 'en'
      ? 'How well does Siti Aminah show each of these competencies in daily work?'
      : 'Seberapa baik Siti Aminah menunjukkan kompetensi berikut dalam pekerjaan sehari-hari?',
    competencies: COMPETENCIES.map((c) => ({ code: c.code, name: lang === 'en' ? c.en : c.id })),
    scale: SCALE[lang].map((label, i) => ({ value: i + 1, label })),
    ...overrides,
  }
}

const group = (raters: number, mean: number | null, hidden = false): GroupResult => ({ raters, mean, hidden })

/** Kerja Sama with every group shown; Komunikasi with two peers (hidden) and nobody below. */
export function competencyResults(): CompetencyResult[] {
  return [
    { code: 'M.02', name: 'Kerja Sama', others: 3.6,
      groups: { mandiri: group(1, 4), atasan: group(1, 3.5), rekan: group(3, 3.666666), bawahan: group(4, 3.75) } },
    { code: 'M.03', name: 'Komunikasi', others: 3,
      groups: { mandiri: group(1, 5), atasan: group(1, 3), rekan: group(2, null, true), bawahan: group(0, null, true) } },
  ]
}

export function myResults(overrides: Partial<MyCampaignResults> = {}): MyCampaignResults {
  return {
    id: 3, offering: 'ANG-KES-1', program_name: 'Pelatihan Kerja Sama Tim', phase: 'sebelum', opens: '2025-01-06',
    closes: '2025-02-28', state: 'ditutup', results: { competencies: competencyResults() }, ...overrides,
  }
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 3, offering: 'ANG-KES-1', program_name: 'Pelatihan Kerja Sama Tim', phase: 'sebelum', opens: '2025-01-06',
    closes: '2025-02-28', state: 'ditutup', invited: 20, answered: 12,
    groups: [
      { relationship: 'atasan', invited: 3, answered: 3 },
      { relationship: 'rekan', invited: 10, answered: 5 },
      { relationship: 'bawahan', invited: 4, answered: 2 },
      { relationship: 'mandiri', invited: 3, answered: 2 },
    ],
    ...overrides,
  }
}

export function offeringCampaigns(items: Campaign[] = [campaign()]): OfferingCampaigns {
  return {
    items,
    window: { sebelum: { from: '2024-09-04', to: '2025-03-02' }, sesudah: { from: '2025-06-07', to: '2025-09-07' } },
  }
}

export function campaignDetail(overrides: Partial<CampaignDetail> = {}): CampaignDetail {
  return {
    ...campaign(), competencies: [{ code: 'M.02', name: 'Kerja Sama' }, { code: 'M.03', name: 'Komunikasi' }],
    results: { competencies: competencyResults() },
    participants: [
      { nip: RATED, name: 'Siti Aminah', invited: 7, answered: 5, competencies: competencyResults() },
      { nip: PEER, name: 'Budi Santoso', invited: 6, answered: 4, competencies: competencyResults().slice(0, 1) },
    ],
    ...overrides,
  }
}
