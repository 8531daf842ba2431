// Courses, modules and progress as the e-learning API answers them (docs/elearning-api.md), for the page tests.
import type { Course, CourseModule, LearnerModule, Progress, ProgramModules } from '@/api/elearning'

export const KODE = 'EL-PP-1'
export const PROGRAM = 'PRG-EL-PP'

export function course(overrides: Partial<Course> = {}): Course {
  return {
    offering: KODE, program: PROGRAM, program_name: 'Pelayanan Publik Prima', institution: 'BPSDM Provinsi Jambi',
    form: 'e_learning', jp: 12, start: '2026-03-02', end: '2026-04-30', open: true, joinable: false, modules: 3,
    participant: { status: 'terdaftar', score: null, certificate: null },
    progress: { done: 1, required: 3, percent: 33.33 }, ...overrides,
  }
}

export function progress(overrides: Partial<Progress> = {}): Progress {
  return {
    status: 'sedang', score: null, location: '', total_seconds: 0, sessions: 0, completed_at: null,
    updated_at: '2026-03-10T02:00:00Z', ...overrides,
  }
}

export function module(overrides: Partial<CourseModule> = {}): CourseModule {
  return {
    id: 11, program: PROGRAM, position: 1, kind: 'text', title: 'Pengantar pelayanan publik',
    body: '# Pengantar\n\nPelayanan **prima** dimulai dari *standar*.', required: true, content: null, package: null,
    created_at: '2026-03-01T02:00:00Z', updated_at: '2026-03-01T02:00:00Z', ...overrides,
  }
}

/** A text module (done), a PDF (not started) and a SCORM quiz (not started). */
export function learnerModules(): LearnerModule[] {
  return [
    { ...module(), progress: progress({ status: 'selesai', completed_at: '2026-03-10T02:00:00Z' }) },
    { ...module({ id: 12, position: 2, kind: 'pdf', title: 'Standar pelayanan', body: null,
      content: { name: 'standar.pdf', size: 20480, content_type: 'application/pdf', sha256: 'ab'.repeat(32) } }), progress: null },
    { ...module({ id: 13, position: 3, kind: 'scorm', title: 'Kuis SKM', body: null,
      content: { name: 'kuis.zip', size: 4096, content_type: 'application/zip', sha256: 'cd'.repeat(32) },
      package: { standard: 'scorm_1.2', version: '1.2', title: 'Kuis SKM', launch: 'index.html',
        items: [{ identifier: 'SCO1', title: 'Kuis', launch: 'index.html' }], mastery_score: 70 } }), progress: null },
  ]
}

export function programModules(overrides: Partial<ProgramModules> = {}): ProgramModules {
  return {
    program: { kode: PROGRAM, nama: 'Pelayanan Publik Prima', lembaga: 'BPSDM Provinsi Jambi', bentuk: 'e_learning', jp: 12 },
    can_edit: true,
    modules: learnerModules().map(({ progress: _p, ...m }) => m),
    ...overrides,
  }
}
