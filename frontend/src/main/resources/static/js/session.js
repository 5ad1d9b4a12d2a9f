// Who is signed in: the user, the way to the sign-in page and back, signing out.
import { api, csrfToken } from './api.js';

/** The signed-in user, or null. */
export async function me() {
  try {
    return (await api('/api/me')).data;
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}

/** The signed-in user or null, asked without a 401 for anonymous visitors (public pages). */
export async function signedInOrNull() {
  try {
    return (await api('/api/session')).data.user;
  } catch {
    return null;
  }
}

/** The path of this page, to come back to. */
function here() {
  return encodeURIComponent(window.location.pathname + window.location.search);
}

/**
 * The signed-in user; null after sending the browser to sign in and come back to this page, or to
 * change a password that must be changed first (a one-time password, or "change at first sign-in").
 */
export async function signedInUser() {
  const user = await me();
  if (!user) {
    window.location.href = `/login.html?next=${here()}`;
    return null;
  }
  if (user.passwordChangeRequired && window.location.pathname !== '/password.html') {
    window.location.href = `/password.html?next=${here()}`;
    return null;
  }
  return user;
}

/**
 * Where to go after signing in or changing a password: the given path when it is one of this site
 * (never another origin, also not through "//host", "/\\host" or tabs and line breaks), else fallback.
 */
export function safeNext(next, fallback) {
  if (!next || !next.startsWith('/')) return fallback;
  try {
    const url = new URL(next, window.location.origin);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}

/** The page a user starts on after signing in. */
export function homeOf(user) {
  return user?.role === 'ENTERPRISE' ? '/' : '/manage.html';
}

export async function signOut() {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken() } });
  window.location.href = '/';
}
