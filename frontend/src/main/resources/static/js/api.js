// Talking to the API as the web app: JSON in and out, the session cookie, the CSRF token (from the
// XSRF-TOKEN cookie) on writes, and failures as ApiError with the problem's Chinese and English details.
import { lang, textIn } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detailEn ?? problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** The message in the current language. */
  text() {
    const p = this.problem;
    return (lang() === 'zh' ? p.detailZh : p.detailEn) ?? p.detail ?? this.message;
  }

  /** "中文 · English", for the pages that show both languages at once. */
  bilingual() {
    const p = this.problem;
    return p.detailZh || p.detailEn ? `${p.detailZh || ''} · ${p.detailEn || ''}` : this.message;
  }
}

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/**
 * fetch with the session, the CSRF header for writes and a JSON body; answers { data, etag, response }
 * (data: the parsed JSON, null for other bodies). A failure throws ApiError (status 0: no answer).
 */
export async function api(path, { method = 'GET', body, headers = {}, signal } = {}) {
  const init = {
    method,
    signal,
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json', ...headers },
  };
  if (method !== 'GET' && method !== 'HEAD') init.headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    if (!init.headers['Content-Type']) init.headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { detailZh: textIn('zh', 'error.network'), detailEn: textIn('en', 'error.network') });
  }
  const json = (response.headers.get('Content-Type') || '').includes('json');
  if (!response.ok) throw new ApiError(response.status, json ? await response.json().catch(() => null) : null);
  return { data: json ? await response.json() : null, etag: response.headers.get('ETag'), response };
}

export async function getJson(url, signal) {
  return (await api(url, { signal })).data;
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, v);
  });
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** An error's message in the current language. */
export function message(error) {
  return error instanceof ApiError ? error.text() : String(error?.message ?? error);
}

/** An error's message in both languages, "中文 · English". */
export function problemText(error) {
  return error instanceof ApiError ? error.bilingual() : String(error?.message ?? error);
}
