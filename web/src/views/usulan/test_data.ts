// Answers of docs/participation-api.md for the component tests.
import type { Notification, Post, Proposal, Suggestion, Thread } from '@/api/participation'

export function proposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: 12, nip: '199001012019032002', name: 'Siti Aminah', agency: 'DINKES', agency_name: 'Dinas Kesehatan',
    competency: 'M.03', competency_name: 'Kerja Sama', year: 2027, reason: 'Tugas baru memimpin tim lintas bidang',
    form: 'coaching', priority: 1, status: 'submitted', reviewer_nip: '198609262015051001', reviewer_name: 'Budi Santoso',
    last_comment: null, votes: 0, voted: false, created_at: '2026-11-20T03:00:00Z', updated_at: '2026-11-21T04:00:00Z',
    can: { edit: false, submit: false, withdraw: false, review: false, reassign: false, vote: false },
    ...overrides,
  }
}

export function suggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    competency: 'M.01', competency_name: 'Integritas', competency_kind: 'manajerial', required: 3, held: 2, gap: 1,
    target_gap: 0, weighted_need: 1.5, proposed: false, ...overrides,
  }
}

export function thread(overrides: Partial<Thread> = {}): Thread {
  return {
    id: 5, agency: 'DINKES', title: 'Pelatihan kerja sama tim', competency: 'M.03', competency_name: 'Kerja Sama', topic: null,
    author: { user_id: 7, name: 'Siti Aminah' }, created_at: '2026-11-20T03:00:00Z', last_post_at: '2026-11-21T03:00:00Z',
    posts: 2, proposals: [], ...overrides,
  }
}

export function post(overrides: Partial<Post> = {}): Post {
  return {
    id: 1, thread_id: 5, parent_id: null, author: { user_id: 7, name: 'Siti Aminah' }, created_at: '2026-11-20T03:00:00Z',
    body: 'Halo **semua**', html: '<p>Halo <strong>semua</strong></p>', hidden: false, hidden_reason: null,
    can_moderate: false, ...overrides,
  }
}

export function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 3, type: 'proposal_review', title: 'Usulan baru dari Siti Aminah: M.03 Kerja Sama', proposal_id: 12,
    thread_id: null, created_at: '2026-11-21T04:00:00Z', read: false, ...overrides,
  }
}
