// The bell in the header (issue 14): the signed-in user's unread notifications (a unit that now fits
// or no longer fits a saved search or an open project, a follow-up that is due), the latest of them on
// a click, and "mark all read". A unit's notification for a project links to the project's matches.
import { api } from './api.js';
import { h } from './dom.js';

const REFRESH_MS = 30000;

export function bell() {
  const count = h('span', { className: 'bell-count', hidden: true });
  const list = h('div', { className: 'bell-list', hidden: true });
  const button = h('button', {
    type: 'button', className: 'bell', 'aria-expanded': 'false', 'aria-label': '提醒 Notifications',
    onclick: () => {
      list.hidden = !list.hidden;
      button.setAttribute('aria-expanded', String(!list.hidden));
      if (!list.hidden) refresh();
    },
  }, '🔔', count);

  async function refresh() {
    try {
      const { data } = await api('/api/me/notifications?size=10');
      count.textContent = String(data.unread);
      count.hidden = data.unread === 0;
      // the visible count is part of the button's name (axe: label-content-name-mismatch)
      button.setAttribute('aria-label', data.unread ? `提醒 Notifications ${data.unread}` : '提醒 Notifications');
      list.replaceChildren(
        h('p', { className: 'bell-head' }, `未读 ${data.unread} 条 · ${data.unread} unread `,
          h('button', { type: 'button', onclick: readAll }, '全部已读 Mark all read')),
        ...(data.items.length ? data.items : [null]).map((n) => (n
          ? h('p', { className: n.read ? 'bell-item' : 'bell-item unread' },
            h('strong', {}, n.subjectName ?? `#${n.subjectId}`), h('br'), n.what, h('br'),
            ...(n.projectId && n.subjectKind === 'unit'
              ? [h('a', { href: `/match.html?project=${n.projectId}` }, '查看项目匹配 · See the project\'s matches'), h('br')]
              : []),
            h('small', {}, new Date(n.createdAt).toLocaleString('zh-CN')))
          : h('p', { className: 'bell-item' }, '暂无提醒 · No notifications yet'))));
    } catch {
      // the bell stays as it was; the next round tries again
    }
  }

  async function readAll() {
    await api('/api/me/notifications/read', { method: 'POST', body: {} });
    await refresh();
  }

  refresh();
  setInterval(refresh, REFRESH_MS);
  return h('span', { className: 'bell-box' }, button, list);
}
