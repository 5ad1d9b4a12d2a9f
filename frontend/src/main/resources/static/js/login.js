// Signs in through Spring Security's form login, sending the CSRF token as a header.
import { csrfToken } from './api.js';
import { pageHeader } from './header.js';

pageHeader({ page: 'login', name: 'page.login', heading: false }).setUser(null);

const form = document.getElementById('login');
const message = document.getElementById('message');

// Loading any page sets the XSRF-TOKEN cookie; make sure we have one before the first sign-in.
if (!csrfToken()) fetch('/api/towns', { credentials: 'same-origin' });

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
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': csrfToken() },
    body,
  });
  if (!response.ok || response.url.includes('error')) {
    message.textContent = '用户名或密码不正确 · Wrong username or password';
    form.password.select();
    return;
  }
  const next = new URLSearchParams(window.location.search).get('next');
  window.location.href = next && next.startsWith('/') && !next.startsWith('//') ? next : '/manage.html';
});
