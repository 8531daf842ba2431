// A small Markdown reader for course text (docs/elearning-api.md: a text module's `body`). It builds a tree of
// blocks and inlines that MarkdownBody.vue renders as Vue nodes: text is always text, so HTML typed into the
// Markdown shows as the characters typed, and a link or image keeps only http(s), mailto or same-site addresses.
// Supported: headings (#), paragraphs, line breaks (two spaces or a backslash), lists (-, *, +, 1.), quotes (>),
// fenced code (```), rules (---), **bold**, *italic* / _italic_, `code`, [links](…) and ![images](…).

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'image'; src: string; alt: string }
  | { type: 'br' }

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'quote'; children: Block[] }
  | { type: 'code'; text: string }
  | { type: 'hr' }

/** The address itself when a link or image may use it; null for javascript:, data:, protocol-relative and the like. */
export function safeUrl(raw: string): string | null {
  const url = raw.trim()
  if (!url || /[\u0000-\u001f\s]/.test(url)) return null
  if (/^(https?:|mailto:)/i.test(url)) return url
  if (url.startsWith('//')) return null
  // A relative address: no scheme before the first "/", "?" or "#".
  return /^[^:/?#]*:/.test(url) ? null : url
}

const LIST_ITEM = /^(\s{0,3})([-*+]|(\d{1,9})[.)])\s+(.*)$/
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/
const FENCE = /^ {0,3}(```|~~~)/
const QUOTE = /^ {0,3}>\s?(.*)$/

function startsBlock(line: string): boolean {
  return HEADING.test(line) || RULE.test(line) || FENCE.test(line) || QUOTE.test(line) || LIST_ITEM.test(line)
}

/** The blocks of a Markdown text. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const blocks: Block[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i] ?? ''
    if (!line.trim()) {
      i++
      continue
    }
    const fence = FENCE.exec(line)
    if (fence) {
      const code: string[] = []
      i++
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(fence[1] ?? '```')) code.push(lines[i++] ?? '')
      i++
      blocks.push({ type: 'code', text: code.join('\n') })
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      blocks.push({ type: 'heading', level: (heading[1] ?? '#').length as 1, children: parseInline(heading[2] ?? '') })
      i++
      continue
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'hr' })
      i++
      continue
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = []
      while (i < lines.length && QUOTE.test(lines[i] ?? '')) quoted.push(QUOTE.exec(lines[i++] ?? '')?.[1] ?? '')
      blocks.push({ type: 'quote', children: parseMarkdown(quoted.join('\n')) })
      continue
    }
    const item = LIST_ITEM.exec(line)
    if (item) {
      const ordered = item[3] !== undefined
      const items: string[][] = []
      while (i < lines.length) {
        const current = lines[i] ?? ''
        const next = LIST_ITEM.exec(current)
        if (next && (next[3] !== undefined) === ordered) {
          items.push([next[4] ?? ''])
        } else if (current.trim() && /^\s+/.test(current) && items.length) {
          items[items.length - 1]!.push(current.trim())
        } else {
          break
        }
        i++
      }
      blocks.push({ type: 'list', ordered, start: ordered ? Number(item[3]) : 1, items: items.map((text) => parseInline(text.join('\n'))) })
      continue
    }
    const paragraph: string[] = []
    while (i < lines.length && (lines[i] ?? '').trim() && (paragraph.length === 0 || !startsBlock(lines[i] ?? ''))) paragraph.push(lines[i++] ?? '')
    blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) })
  }
  return blocks
}

/** Joins neighbouring text nodes. */
function push(out: Inline[], node: Inline): void {
  const last = out[out.length - 1]
  if (node.type === 'text' && last?.type === 'text') last.text += node.text
  else out.push(node)
}

/** The closing delimiter of an emphasis starting at `from`, or -1. */
function closing(text: string, delimiter: string, from: number): number {
  let at = text.indexOf(delimiter, from)
  while (at !== -1) {
    if (at > from && text[at - 1] !== ' ' && text[at - 1] !== '\\') return at
    at = text.indexOf(delimiter, at + 1)
  }
  return -1
}

/** The label and address of "[label](address)" at `at`, or null. */
function bracketed(text: string, at: number): { label: string; url: string; end: number } | null {
  const close = text.indexOf('](', at)
  if (close === -1) return null
  const end = text.indexOf(')', close + 2)
  if (end === -1) return null
  const label = text.slice(at + 1, close)
  if (label.includes('\n\n')) return null
  return { label, url: text.slice(close + 2, end).trim().split(/\s+/)[0] ?? '', end: end + 1 }
}

/** The inlines of a paragraph, heading or list item. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i] ?? ''
    const rest = text.slice(i)
    if (c === '\\' && i + 1 < text.length) {
      if (text[i + 1] === '\n') {
        out.push({ type: 'br' })
      } else {
        push(out, { type: 'text', text: text[i + 1] ?? '' })
      }
      i += 2
      continue
    }
    if (c === '\n') {
      if (/ {2,}$/.test(text.slice(0, i))) {
        const last = out[out.length - 1]
        if (last?.type === 'text') last.text = last.text.replace(/ +$/, '')
        out.push({ type: 'br' })
      } else {
        push(out, { type: 'text', text: ' ' })
      }
      i++
      continue
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1)
      if (end > i + 1) {
        out.push({ type: 'code', text: text.slice(i + 1, end) })
        i = end + 1
        continue
      }
    }
    if (rest.startsWith('**') || rest.startsWith('__')) {
      const end = closing(text, rest.slice(0, 2), i + 2)
      if (end > i + 2) {
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end)) })
        i = end + 2
        continue
      }
    }
    // "_" inside a word (snake_case) is a letter, as in CommonMark.
    const intraword = c === '_' && /\w/.test(text[i - 1] ?? '')
    if ((c === '*' || c === '_') && !intraword && text[i + 1] !== ' ' && text[i + 1] !== undefined) {
      const end = closing(text, c, i + 1)
      if (end > i + 1) {
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, end)) })
        i = end + 1
        continue
      }
    }
    if (c === '!' && text[i + 1] === '[') {
      const found = bracketed(text, i + 1)
      const src = found ? safeUrl(found.url) : null
      if (found) {
        // An image whose address is refused shows its description instead.
        push(out, src ? { type: 'image', src, alt: found.label } : { type: 'text', text: found.label })
        i = found.end
        continue
      }
    }
    if (c === '[') {
      const found = bracketed(text, i)
      if (found) {
        const href = safeUrl(found.url)
        const children = parseInline(found.label)
        if (href) out.push({ type: 'link', href, children })
        else for (const child of children) push(out, child)
        i = found.end
        continue
      }
    }
    push(out, { type: 'text', text: c })
    i++
  }
  return out
}
