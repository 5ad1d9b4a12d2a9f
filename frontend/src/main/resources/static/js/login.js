// Signs in through Spring Security's form login, sending the CSRF token as a header. The server answers
// with the user (or a problem); the page then goes to `next` when it is a path of this site, to the
// password page when the password must be changed first, else to the user's start page.
import { api, csrfToken } from './api.js';
import { pageHeader } from './header.js';
import { homeOf, safeNext } from './session.js';

pageHeader({ page: 'login', name: 'page.login', heading: false }).setUser(null);

const form = document.getElementById('login');
const message = document.getElementById('message');

// Loading any answer sets the XSRF-TOKEN cookie; this one also says whether the demo accounts exist.
api('/api/sign-in-options')
  .then(({ data }) => { document.getElementById('demo-hint').hidden = !data.demoAccounts; })
  .catch(() => {});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.textContent = '';
  const body = new URLSearchParams({ username: form.username.value.trim(), password: form.password.value });
  if (!body.get('username') || !body.get('password')) {
    message.textContent = '请输入用户名和密码 · Enter your username and password';
    return;
  }
  const response = await fetch('/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-XSRF-TOKEN': csrfToken(),
      'X-Requested-With': 'XMLHttpRequest',
      Accept: 'application/json',
    },
    body,
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    message.textContent = response.status === 429 && problem
      ? `${problem.detailZh} · ${problem.detailEn}`
      : '用户名或密码不正确，或账号已停用 · Wrong username or password, or the account is disabled';
    form.password.select();
    return;
  }
  const user = await response.json();
  const next = safeNext(new URLSearchParams(window.location.search).get('next'), homeOf(user));
  window.location.href = user.passwordChangeRequired ? `/password.html?next=${encodeURIComponent(next)}` : next;
});
