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

/** The signed-in user; null after sending the browser to sign in and come back to this page. */
export async function signedInUser() {
  const user = await me();
  if (!user) window.location.href = `/login.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`;
  return user;
}

export async function signOut() {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken() } });
  window.location.href = '/';
}
