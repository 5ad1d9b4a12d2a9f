// Reads the API; errors carry the problem's Chinese and English details.
import { lang, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detailEn ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The message in the current language. */
  text() {
    if (!this.problem) return this.message;
    return (lang() === 'zh' ? this.problem.detailZh : this.problem.detailEn) ?? this.problem.detail ?? this.message;
  }
}

export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { detailZh: t('error.network'), detailEn: t('error.network') });
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  return response.json();
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

export function message(error) {
  return error instanceof ApiError ? error.text() : String(error?.message ?? error);
}
