// Talking to the API as the signed-in user of the web app: session cookie, CSRF token from the
// XSRF-TOKEN cookie, and errors as bilingual problem details.

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

/** fetch with the session, the CSRF header for writes, and problem+json turned into ApiError. */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = {
    method,
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json', ...headers },
  };
  if (method !== 'GET' && method !== 'HEAD') init.headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    if (!init.headers['Content-Type']) init.headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, init);
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return { data, etag: response.headers.get('ETag'), response };
}

/** The signed-in user, or null. */
export async function me() {
  try {
    return (await api('/api/me')).data;
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}

export async function signOut() {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken() } });
  window.location.href = '/';
}

/** "中文 / English" of a problem, for a message line. */
export function problemText(error) {
  const p = error.problem || {};
  if (p.detailZh || p.detailEn) return `${p.detailZh || ''} · ${p.detailEn || ''}`;
  return error.message;
}
