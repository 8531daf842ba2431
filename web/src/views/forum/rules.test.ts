import { describe, expect, it } from 'vitest'
import { canLinkProposals, canWrite, parentOf, proposalNumber, threadProblems, threadSubject, type ThreadDraft } from './rules'
import { post, thread } from '@/views/usulan/test_data'

const draft: ThreadDraft = { title: 'Judul', about: 'competency', competency: 'M.03', topic: '', body: 'Isi' }

describe('threadProblems', () => {
  it('accepts a thread about a competency or about a topic', () => {
    expect(threadProblems(draft)).toEqual([])
    expect(threadProblems({ ...draft, about: 'topic', competency: '', topic: 'Literasi digital' })).toEqual([])
  })
  it('names every missing or too long field', () => {
    expect(threadProblems({ ...draft, title: ' ', competency: '', body: '' })).toEqual(['title', 'competency', 'body'])
    expect(threadProblems({ ...draft, about: 'topic', topic: 'x'.repeat(81) })).toEqual(['topic'])
    expect(threadProblems({ ...draft, title: 'x'.repeat(201), body: 'x'.repeat(20001) })).toEqual(['title', 'body'])
  })
})

describe('who does what', () => {
  it('lets everyone but the auditor (and partners) write', () => {
    expect(canWrite({ role: 'asn' })).toBe(true)
    expect(canWrite({ role: 'admin_bkd' })).toBe(true)
    expect(canWrite({ role: 'auditor' })).toBe(false)
    expect(canWrite({ role: 'lembaga_mitra' })).toBe(false)
    expect(canWrite(null)).toBe(false)
  })
  it('lets the author and the agency\'s moderators link proposals', () => {
    const t = thread()
    expect(canLinkProposals({ id: 7, role: 'asn', agency_code: 'DINKES' }, t)).toBe(true)
    expect(canLinkProposals({ id: 8, role: 'asn', agency_code: 'DINKES' }, t)).toBe(false)
    expect(canLinkProposals({ id: 9, role: 'pengelola_opd', agency_code: 'DINKES' }, t)).toBe(true)
    expect(canLinkProposals({ id: 9, role: 'pengelola_opd', agency_code: 'DISDIK' }, t)).toBe(false)
    expect(canLinkProposals({ id: 1, role: 'admin_bkd', agency_code: null }, t)).toBe(true)
  })
})

describe('helpers', () => {
  it('finds the post a reply answers', () => {
    const posts = [post({ id: 1 }), post({ id: 2, parent_id: 1 }), post({ id: 3, parent_id: 99 })]
    expect(parentOf(posts[1]!, posts)?.id).toBe(1)
    expect(parentOf(posts[0]!, posts)).toBeNull()
    expect(parentOf(posts[2]!, posts)).toBeNull()
  })
  it('reads a proposal number typed as 12 or #12', () => {
    expect(proposalNumber('12')).toBe(12)
    expect(proposalNumber(' #12 ')).toBe(12)
    expect(proposalNumber('dua belas')).toBeNull()
    expect(proposalNumber('')).toBeNull()
  })
  it('names the subject by competency or topic', () => {
    expect(threadSubject(thread())).toBe('M.03 Kerja Sama')
    expect(threadSubject(thread({ competency: null, competency_name: null, topic: 'Literasi digital' }))).toBe('Literasi digital')
  })
})
