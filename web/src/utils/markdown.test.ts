import { describe, expect, it } from 'vitest'
import { parseInline, parseMarkdown, safeUrl } from './markdown'

const text = (t: string) => ({ type: 'text', text: t })

describe('parseMarkdown: blocks', () => {
  it('reads headings, paragraphs joined across lines, and rules', () => {
    expect(parseMarkdown('# Judul\n\nBaris satu\nbaris dua\n\n---\n### Sub ###')).toEqual([
      { type: 'heading', level: 1, children: [text('Judul')] },
      { type: 'paragraph', children: [text('Baris satu baris dua')] },
      { type: 'hr' },
      { type: 'heading', level: 3, children: [text('Sub')] },
    ])
  })

  it('reads bullet and numbered lists, with a continued line and the first number', () => {
    expect(parseMarkdown('- satu\n- dua\n  lanjut\n\n3. tiga\n4. empat')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [[text('satu')], [text('dua lanjut')]] },
      { type: 'list', ordered: true, start: 3, items: [[text('tiga')], [text('empat')]] },
    ])
  })

  it('ends a paragraph where a list or heading starts without a blank line', () => {
    expect(parseMarkdown('Langkah:\n- isi formulir\n## Catatan').map((b) => b.type)).toEqual(['paragraph', 'list', 'heading'])
  })

  it('keeps fenced code as it is, Markdown and HTML included', () => {
    expect(parseMarkdown('```\n**bukan tebal**\n<b>x</b>\n```\nsesudah')).toEqual([
      { type: 'code', text: '**bukan tebal**\n<b>x</b>' },
      { type: 'paragraph', children: [text('sesudah')] },
    ])
  })

  it('reads quotes as blocks of their own', () => {
    expect(parseMarkdown('> Pelayanan **prima**\n> selalu')).toEqual([
      { type: 'quote', children: [{ type: 'paragraph', children: [text('Pelayanan '), { type: 'strong', children: [text('prima')] }, text(' selalu')] }] },
    ])
  })

  it('treats HTML as plain text', () => {
    expect(parseMarkdown('<script>alert(1)</script>\n<img src=x onerror=alert(1)>')).toEqual([
      { type: 'paragraph', children: [text('<script>alert(1)</script> <img src=x onerror=alert(1)>')] },
    ])
  })
})

describe('parseInline', () => {
  it('reads bold, italic and code', () => {
    expect(parseInline('**tebal** dan *miring* dan _juga_ dan `kode *x*`')).toEqual([
      { type: 'strong', children: [text('tebal')] }, text(' dan '), { type: 'em', children: [text('miring')] }, text(' dan '),
      { type: 'em', children: [text('juga')] }, text(' dan '), { type: 'code', text: 'kode *x*' },
    ])
  })

  it('leaves lone stars, snake_case and escaped characters as typed', () => {
    expect(parseInline('2 * 3 = 6')).toEqual([text('2 * 3 = 6')])
    expect(parseInline('nama_file_baru')).toEqual([text('nama_file_baru')])
    expect(parseInline('\\*bukan miring\\*')).toEqual([text('*bukan miring*')])
  })

  it('reads links and images with safe addresses only', () => {
    expect(parseInline('[Permenpan](https://jdih.menpan.go.id/a) dan [dok](/api/v1/x)')).toEqual([
      { type: 'link', href: 'https://jdih.menpan.go.id/a', children: [text('Permenpan')] }, text(' dan '),
      { type: 'link', href: '/api/v1/x', children: [text('dok')] },
    ])
    // An unsafe address leaves the label as text (and the ")" the address did not take).
    expect(parseInline('[klik](javascript:alert(1))')).toEqual([text('klik)')])
    expect(parseInline('[klik](javascript:void)')).toEqual([text('klik')])
    expect(parseInline('![bagan](https://contoh.go.id/a.png)')).toEqual([{ type: 'image', src: 'https://contoh.go.id/a.png', alt: 'bagan' }])
    expect(parseInline('![bagan](data:image/png;base64,AAA)')).toEqual([text('bagan')])
  })

  it('breaks a line after two spaces or a backslash, and joins it otherwise', () => {
    expect(parseInline('a  \nb\\\nc\nd')).toEqual([text('a'), { type: 'br' }, text('b'), { type: 'br' }, text('c d')])
  })
})

describe('safeUrl', () => {
  it('keeps web, mail and same-site addresses', () => {
    for (const url of ['https://a.go.id', 'http://a.go.id/x?y=1', 'mailto:bkd@jambiprov.go.id', '/api/v1/modules/3/content', 'materi.pdf', '#bagian-2']) {
      expect(safeUrl(url), url).toBe(url)
    }
  })

  it('refuses scripts, data, other schemes, protocol-relative addresses and hidden characters', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/x', 'java\tscript:x', '', 'file:///etc/passwd']) {
      expect(safeUrl(url), url).toBeNull()
    }
  })
})
