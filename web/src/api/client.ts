// The one way the web app talks to the server: fetch with the session cookie (same origin), the CSRF token
// on every state-changing call, the chosen language, and errors as ApiError values carrying `details`.
import type { ApiErrorBody, RowError } from './types'

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: RowError[]

  constructor(status: number, code: string, message: string, details: RowError[] = []) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }

  /** True when the server (or the network) could not be reached at all. */
  get isNetwork(): boolean {
    return this.status === 0
  }
}

export interface ClientOptions {
  base?: string
  fetchFn?: typeof fetch
  language?: () => string
  csrfToken?: () => string | null
  /** Called when a call other than login answers 401 (the session ended). */
  onUnauthenticated?: () => void
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined | null>
  json?: unknown
  body?: BodyInit
  contentType?: string
  signal?: AbortSignal
  /** Lets the request outlive the page (sent while it unloads); its answer may never be read. */
  keepalive?: boolean
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Builds "/api/v1/data/pegawai?q=x&limit=50", leaving out empty query values. */
export function buildUrl(base: string, path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    params.set(key, String(value))
  }
  const text = params.toString()
  return `${base}${path}${text ? `?${text}` : ''}`
}

function isErrorBody(value: unknown): value is { error: ApiErrorBody } {
  if (typeof value !== 'object' || value === null) return false
  const error = (value as { error?: unknown }).error
  return typeof error === 'object' && error !== null && typeof (error as ApiErrorBody).message === 'string'
}

/** Turns a non-2xx answer into an ApiError, whatever its body. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    body = null
  }
  if (isErrorBody(body)) {
    const details = Array.isArray(body.error.details) ? body.error.details : []
    return new ApiError(response.status, body.error.code ?? 'unknown', body.error.message, details)
  }
  return new ApiError(response.status, codeForStatus(response.status), response.statusText || `HTTP ${response.status}`)
}

/** The canonical code for a status when the body did not carry one (a proxy's error page). */
export function codeForStatus(status: number): string {
  const codes: Record<number, string> = {
    400: 'invalid_argument', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict',
    412: 'failed_precondition', 413: 'payload_too_large', 429: 'resource_exhausted',
  }
  return codes[status] ?? (status >= 500 ? 'internal' : 'unknown')
}

export class ApiClient {
  private readonly base: string
  private readonly fetchFn: typeof fetch
  private readonly options: ClientOptions

  constructor(options: ClientOptions = {}) {
    this.base = options.base ?? '/api/v1'
    this.fetchFn = options.fetchFn ?? ((...args) => fetch(...args))
    this.options = options
  }

  /** Sends a request and returns the raw response when it is 2xx; otherwise throws an ApiError. */
  async raw(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    const language = this.options.language?.()
    if (language) headers['Accept-Language'] = language
    if (STATE_CHANGING.has(method)) {
      const token = this.options.csrfToken?.()
      if (token) headers['X-CSRF-Token'] = token
    }
    let body = options.body
    if (options.json !== undefined) {
      body = JSON.stringify(options.json)
      headers['Content-Type'] = 'application/json'
    } else if (options.contentType) {
      headers['Content-Type'] = options.contentType
    }
    let response: Response
    try {
      response = await this.fetchFn(buildUrl(this.base, path, options.query), {
        method, headers, body, credentials: 'same-origin', signal: options.signal,
        ...(options.keepalive ? { keepalive: true } : {}),
      })
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
      throw new ApiError(0, 'network', 'network')
    }
    if (response.ok) return response
    const error = await errorFromResponse(response)
    if (error.status === 401 && path !== '/auth/login' && path !== '/auth/me') this.options.onUnauthenticated?.()
    throw error
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.raw(method, path, options)
    if (response.status === 204) return undefined as T
    return (await response.json()) as T
  }

  get<T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal): Promise<T> {
    return this.request<T>('GET', path, { query, signal })
  }

  post<T>(path: string, json?: unknown): Promise<T> {
    return this.request<T>('POST', path, { json: json ?? {} })
  }

  /** Uploads raw file bytes (imports). */
  upload<T>(path: string, file: Blob): Promise<T> {
    return this.request<T>('POST', path, { body: file, contentType: 'application/octet-stream' })
  }

  /** The URL of a GET download (exports, templates) for a plain link. */
  url(path: string, query?: RequestOptions['query']): string {
    return buildUrl(this.base, path, query)
  }
}
