// Enterprise sign-up: an unverified enterprise account named after the credit code.
import { api } from './api.js';
import { $ } from './dom.js';
import { pageHeader } from './header.js';
import { say, sayFailure } from './status.js';

pageHeader({ page: 'signup', name: 'page.signup', heading: false }).setUser(null);
const form = $('signup');

// any answer sets the XSRF-TOKEN cookie that the sign-up needs
api('/api/sign-in-options').catch(() => {});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (form.password.value !== form.repeat.value) {
    say('两次输入的密码不一致 · The two passwords differ', true);
    return;
  }
  const text = (name) => form.elements.namedItem(name).value.trim() || null;
  try {
    const { data } = await api('/api/signup', {
      method: 'POST',
      body: {
        companyName: text('companyName'), creditCode: text('creditCode'), contactName: text('contactName'),
        contactPhone: text('contactPhone'), contactEmail: text('contactEmail'), password: form.password.value,
      },
    });
    form.reset();
    say(`注册成功：用户名 ${data.username}，待招商人员审核 · Signed up as ${data.username}; the account waits for verification`);
  } catch (e) {
    sayFailure(e);
  }
});
