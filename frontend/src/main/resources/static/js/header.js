// The header every page shares: brand and page name, the sample-data notice, the navigation, who is
// signed in, and the language switch (kept in the browser). A page's own header items stay in its
// <header id="page-header">: those marked data-slot="start" go before the brand, the others lead the
// navigation.
import { h } from './dom.js';
import { lang, markBilingual, markBilingualText, onLangChange, setLang, t, translate } from './i18n.js';
import { signedInOrNull, signedInUser, signOut } from './session.js';
import { bell } from './bell.js';

const LANG_KEY = 'cfk.lang';

/**
 * The pages in the navigation. An item with roles shows only once a user with one of them is signed
 * in; an item without roles shows to everyone. textFor: the item's name for some roles (an enterprise's
 * projects are its requirements).
 */
export const NAVIGATION = [
  { page: 'map', href: '/', text: 'nav.map' },
  { page: 'projects', href: '/projects.html', text: 'nav.projects', roles: ['STAFF', 'ADMIN', 'ENTERPRISE'],
    textFor: { ENTERPRISE: 'nav.requirements' } },
  { page: 'match', href: '/match.html', text: 'nav.match', roles: ['STAFF', 'ADMIN', 'ENTERPRISE'],
    textFor: { ENTERPRISE: 'nav.myMatches' } },
  { page: 'enquiries', href: '/enquiries.html', text: 'nav.enquiries', roles: ['STAFF', 'ADMIN', 'PARK_MANAGER', 'ENTERPRISE'] },
  { page: 'dashboard', href: '/dashboard.html', text: 'nav.dashboard', roles: ['STAFF', 'ADMIN'] },
  { page: 'standard-land', href: '/standard-land.html', text: 'nav.standardLand', roles: ['STAFF', 'ADMIN'] },
  { page: 'redevelopment', href: '/redevelopment.html', text: 'nav.redevelopment', roles: ['STAFF', 'ADMIN'] },
  { page: 'manage', href: '/manage.html', text: 'nav.manage', roles: ['STAFF', 'ADMIN', 'PARK_MANAGER'] },
  { page: 'imports', href: '/imports.html', text: 'nav.imports', roles: ['PARK_MANAGER', 'STAFF', 'ADMIN'] },
  { page: 'enterprises', href: '/admin-enterprises.html', text: 'nav.enterprises', roles: ['STAFF', 'ADMIN'] },
  { page: 'efficiency', href: '/efficiency.html', text: 'nav.efficiency', roles: ['STAFF', 'ADMIN'] },
  { page: 'users', href: '/admin-users.html', text: 'nav.users', roles: ['ADMIN'] },
  { page: 'reference', href: '/admin-reference.html', text: 'nav.reference', roles: ['ADMIN'] },
  { page: 'audit', href: '/admin-audit.html', text: 'nav.audit', roles: ['ADMIN'] },
  { page: 'password', href: '/password.html', text: 'nav.password', roles: ['ADMIN', 'STAFF', 'PARK_MANAGER', 'ENTERPRISE'] },
  // outside the demo the API docs are for administrators
  { page: 'api', href: '/swagger-ui.html', text: 'nav.api', wide: true, roles: ['ADMIN'] },
];

/**
 * Renders the header and starts the language: the given one (e.g. from the URL), else the one last
 * chosen, else Chinese. page: this page's NAVIGATION entry (marked current); name: the i18n key of the
 * page's name, also in the document title; heading: false where the page has an h1 of its own.
 * Answers { setUser(user), signedInUser(), showSignedInUser() }: setUser(null) shows the way to sign in;
 * signedInUser() answers the signed-in user and shows them, or null after sending the browser to sign in
 * (or to change a password that must be changed first) and come back; showSignedInUser() shows whoever is
 * signed in on a public page, sending nobody anywhere.
 */
export function pageHeader({ page, name, heading = true, language }) {
  const header = document.getElementById('page-header');
  const own = [...header.children];
  const links = NAVIGATION.map(item => ({
    item,
    link: h('a', {
      href: item.href,
      className: item.wide ? 'wide' : '',
      'aria-current': item.page === page ? 'page' : null,
      hidden: Boolean(item.roles),
      dataset: { i18n: item.text },
    }),
  }));
  const who = h('span', { className: 'who' });
  const switcher = h('button', {
    type: 'button',
    id: 'lang-switch',
    dataset: { i18n: 'nav.otherLanguage', i18nAria: 'nav.switchLanguage' },
    onclick: () => {
      setLang(lang() === 'zh' ? 'en' : 'zh');
      localStorage.setItem(LANG_KEY, lang());
    },
  });
  header.replaceChildren(
    ...own.filter(el => el.dataset.slot === 'start'),
    h(heading ? 'h1' : 'p', { className: 'title' },
      h('a', { className: 'brand', href: '/', dataset: { i18n: 'app.title' } }), ' ', h('small', { dataset: { i18n: name } })),
    h('p', { className: 'notice', role: 'note', dataset: { i18n: 'app.sample' } }),
    h('nav', { className: 'actions', dataset: { i18nAria: 'nav.label' } },
      ...own.filter(el => el.dataset.slot !== 'start'), ...links.map(l => l.link), who, switcher));

  markBilingual(document.body);
  markBilingualText(document.body);
  // what the page's scripts write later follows the language too
  new MutationObserver((changes) => changes.forEach((change) => {
    if (change.type === 'characterData') {
      if (change.target.isConnected) markBilingualText(change.target.parentElement ?? document.body);
      return;
    }
    change.addedNodes.forEach((node) => {
      if (node.nodeType === Node.ELEMENT_NODE && !node.closest('#page-header')) markBilingualText(node);
      else if (node.nodeType === Node.TEXT_NODE && node.isConnected) markBilingualText(node.parentElement);
    });
  })).observe(document.body, { childList: true, subtree: true, characterData: true });
  onLangChange(() => {
    switcher.setAttribute('lang', lang() === 'zh' ? 'en' : 'zh-CN');
    document.title = `${t(name)} · ${t('app.title')}`;
  });
  setLang(language ?? localStorage.getItem(LANG_KEY) ?? 'zh');

  return {
    async signedInUser() {
      const user = await signedInUser();
      if (user) this.setUser(user);
      return user;
    },
    async showSignedInUser() {
      this.setUser(null);
      const user = await signedInOrNull();
      if (user && !user.passwordChangeRequired) this.setUser(user);
      return user;
    },
    setUser(user) {
      links.forEach(({ item, link }) => {
        link.hidden = Boolean(item.roles) && !item.roles.includes(user?.role);
        link.dataset.i18n = item.textFor?.[user?.role] ?? item.text;
      });
      if (user && !who.previousElementSibling?.classList.contains('bell-box')) who.before(bell());
      if (user) {
        who.replaceChildren(`${user.username} · `, h('span', { dataset: { i18n: `role.${user.role}` } }), ' ',
          h('button', { type: 'button', id: 'sign-out', onclick: signOut, dataset: { i18n: 'nav.signOut' } }));
      } else {
        who.replaceChildren(page === 'login' ? '' : h('a', { href: '/login.html', dataset: { i18n: 'nav.signIn' } }));
      }
      translate(header);
    },
  };
}
