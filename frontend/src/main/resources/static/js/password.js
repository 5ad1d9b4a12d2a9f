// Everyone changes their own password here; a one-time password (or "change at first sign-in") leads here
// first, and the page then goes on to where the user was going.
import { api } from './api.js';
import { $ } from './dom.js';
import { pageHeader } from './header.js';
import { homeOf, safeNext } from './session.js';
import { say, sayFailure } from './status.js';

const header = pageHeader({ page: 'password', name: 'page.password', heading: false });
const form = $('password-form');

async function start() {
  const user = await header.signedInUser();
  if (!user) return;
  $('required').hidden = !user.passwordChangeRequired;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.newPassword.value !== form.repeat.value) {
      say('两次输入的新密码不一致 · The two new passwords differ', true);
      form.repeat.select();
      return;
    }
    try {
      await api('/api/me/password', {
        method: 'POST',
        body: { currentPassword: form.current.value, newPassword: form.newPassword.value },
      });
      say('密码已修改 · Password changed');
      const next = safeNext(new URLSearchParams(window.location.search).get('next'), homeOf(user));
      window.location.href = next === '/password.html' ? homeOf(user) : next;
    } catch (e) {
      sayFailure(e);
      const field = e.problem?.field;
      (field === 'currentPassword' ? form.current : form.newPassword).select();
    }
  });
}

start().catch(sayFailure);
