// The SCORM runtime of the course player: scorm-again's API object as window.API (SCORM 1.2) or window.API_1484_11
// (SCORM 2004), loaded with the session's CMI before the content initialises, committing to our server.
//
// Every commit goes through CsrfCommitService rather than scorm-again's own HTTP service: the built-in one sends the
// terminate commit (LMSFinish / Terminate) with navigator.sendBeacon, which cannot carry the X-CSRF-Token header that
// every POST needs. Here each commit is a synchronous XMLHttpRequest (SCORM expects LMSCommit to return the LMS's real
// answer); only while the page itself is being unloaded — when browsers refuse synchronous requests — is it a fetch
// with keepalive, whose answer nobody can wait for.
import type { IHttpService, ResultObject, Scorm12API, Scorm2004API, Settings } from 'scorm-again'
import type { ScormCommitAnswer, ScormSession, ScormStandard } from '@/api/elearning'

/** scorm-again's "general commit failure". */
export const COMMIT_FAILURE = 391

export interface CommitTransport {
  csrfToken: () => string | null
  /** True while the page is being unloaded (pagehide / beforeunload). */
  unloading: () => boolean
  /** Called with every parsed answer of the server (progress and course included). */
  onAnswer?: (answer: ScormCommitAnswer) => void
  makeXhr?: () => XMLHttpRequest
  fetchFn?: typeof fetch
}

/** The headers of a commit: JSON, and the session's CSRF token when there is one. */
export function commitHeaders(token: string | null): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' }
  if (token) headers['X-CSRF-Token'] = token
  return headers
}

/** Reads the server's answer to a commit as scorm-again's ResultObject (and the answer itself when it is JSON). */
export function readCommitAnswer(status: number, text: string): { result: ResultObject; answer: ScormCommitAnswer | null } {
  let body: unknown = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  const answer = typeof body === 'object' && body !== null && 'result' in body ? (body as ScormCommitAnswer) : null
  const ok = status >= 200 && status < 300 && answer !== null && (answer.result === true || answer.result === 'true')
  if (ok) return { result: { result: 'true', errorCode: 0 }, answer }
  const errorCode = answer && typeof answer.errorCode === 'number' && answer.errorCode > 0 ? answer.errorCode : COMMIT_FAILURE
  const error = (body as { error?: { message?: unknown } } | null)?.error
  const errorMessage = typeof error?.message === 'string' ? error.message : `HTTP ${status}`
  return { result: { result: 'false', errorCode, errorMessage }, answer }
}

export class CsrfCommitService implements IHttpService {
  private readonly transport: CommitTransport

  constructor(transport: CommitTransport) {
    this.transport = transport
  }

  processHttpRequest(url: string, params: unknown): ResultObject {
    const body = JSON.stringify(params)
    const headers = commitHeaders(this.transport.csrfToken())
    if (this.transport.unloading()) return this.sendWhileUnloading(url, headers, body)
    const xhr = this.transport.makeXhr?.() ?? new XMLHttpRequest()
    try {
      xhr.open('POST', url, false)
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value)
      xhr.withCredentials = true
      xhr.send(body)
    } catch (caught) {
      return { result: 'false', errorCode: COMMIT_FAILURE, errorMessage: caught instanceof Error ? caught.message : String(caught) }
    }
    const { result, answer } = readCommitAnswer(xhr.status, xhr.responseText)
    if (answer) this.transport.onAnswer?.(answer)
    return result
  }

  updateSettings(): void {
    // Nothing taken from scorm-again's settings: the URL comes with each request.
  }

  private sendWhileUnloading(url: string, headers: Record<string, string>, body: string): ResultObject {
    const send = this.transport.fetchFn ?? ((...args: Parameters<typeof fetch>) => fetch(...args))
    try {
      void send(url, { method: 'POST', keepalive: true, credentials: 'same-origin', headers, body }).catch(() => undefined)
    } catch {
      return { result: 'false', errorCode: COMMIT_FAILURE }
    }
    return { result: 'true', errorCode: 0 }
  }
}

type ScormApi = Scorm12API | Scorm2004API

declare global {
  interface Window {
    API?: Scorm12API
    API_1484_11?: Scorm2004API
  }
}

export interface ScormRuntime {
  readonly standard: ScormStandard
  readonly api: ScormApi
  /** The content called LMSInitialize / Initialize and has not finished yet. */
  running(): boolean
  /** Ends the session for content that did not (LMSFinish / Terminate), which sends the last commit. */
  finish(): void
  /** Takes the API off the window. */
  destroy(): void
}

export interface RuntimeOptions extends CommitTransport {
  /** The content finished (LMSFinish / Terminate), successfully or not. */
  onFinish?: () => void
}

/** scorm-again's settings for our server (docs/elearning-api.md: flattened commits). */
export function runtimeSettings(session: ScormSession, service: IHttpService): Settings {
  return {
    lmsCommitUrl: session.commit_url,
    dataCommitFormat: 'flattened',
    autocommit: true,
    autocommitSeconds: 30,
    logLevel: 'NONE',
    httpService: service,
  }
}

// scorm-again 3.4.3's subpath types declare a default export while its ESM builds export the class by name: read
// the name, typed from the package's main entry. Loaded only when a SCORM module opens (it is ~70-360 kB).
async function loadApiClass(standard: ScormStandard): Promise<new (settings: Settings) => ScormApi> {
  if (standard === 'scorm_2004') {
    const module = (await import('scorm-again/scorm2004')) as unknown as { Scorm2004API: typeof Scorm2004API }
    return module.Scorm2004API
  }
  const module = (await import('scorm-again/scorm12')) as unknown as { Scorm12API: typeof Scorm12API }
  return module.Scorm12API
}

/** The session's CMI with every value as text: SCORM values are strings, and scorm-again silently drops some numbers
 * (a 1.2 `cmi.core.score.raw` of 50 loads as ""). null and undefined values are left out. */
export function cmiStrings(cmi: ScormSession['cmi']): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(cmi)) if (value !== null && value !== undefined) out[key] = String(value)
  return out
}

/** Creates the runtime on `window` with the session's CMI loaded; the iframe may load the content afterwards. */
export async function createScormRuntime(session: ScormSession, options: RuntimeOptions, target: Window = window): Promise<ScormRuntime> {
  const ApiClass = await loadApiClass(session.standard)
  const api = new ApiClass(runtimeSettings(session, new CsrfCommitService(options)))
  api.loadFromFlattenedJSON(cmiStrings(session.cmi))
  const is2004 = session.standard === 'scorm_2004'
  if (is2004) target.API_1484_11 = api as Scorm2004API
  else target.API = api as Scorm12API
  if (options.onFinish) api.on(is2004 ? 'Terminate' : 'LMSFinish', options.onFinish)
  return {
    standard: session.standard,
    api,
    running: () => api.isInitialized() && !api.isTerminated(),
    finish(): void {
      if (!api.isInitialized() || api.isTerminated()) return
      if (is2004) (api as Scorm2004API).Terminate('')
      else (api as Scorm12API).LMSFinish('')
    },
    destroy(): void {
      if (is2004 && target.API_1484_11 === api) delete target.API_1484_11
      if (!is2004 && target.API === api) delete target.API
    },
  }
}
