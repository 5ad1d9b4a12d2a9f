// The import page (park managers, administrators): a template, a file dropped or chosen, the job's
// progress while it is validated, the preview (counts, changes before → after, errors by row with the
// cell marked), the commit and the history.
import { api, csrfToken, ApiError } from './api.js';
import { $, h } from './dom.js';
import { pageHeader } from './header.js';
import { say, sayFailure } from './status.js';

const header = pageHeader({ page: 'imports', name: 'page.imports' });
const STATUS = {
  VALIDATING: '校验中 Validating', PREVIEW: '预览 Preview', COMMITTING: '提交中 Committing',
  COMMITTED: '已提交 Committed', REJECTED: '文件被拒 Rejected', FAILED: '失败 Failed',
};
let current = null;

const shown = (v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

async function start() {
  const user = await header.signedInUser();
  if (!user) return;
  if (user.role === 'STAFF') {
    // staff import 亩均效益 results only
    [...$('layer').options].forEach((o) => { o.disabled = o.value !== 'efficiency'; });
    $('layer').value = 'efficiency';
    $('template').href = '/api/imports/templates/efficiency.xlsx';
  }
  $('layer').addEventListener('change', () => {
    $('template').href = `/api/imports/templates/${$('layer').value}.xlsx`;
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files.length) upload(e.dataTransfer.files[0]).catch(sayFailure);
  });
  $('file').addEventListener('change', () => {
    if ($('file').files.length) upload($('file').files[0]).catch(sayFailure);
  });
  $('commit').addEventListener('click', () => commit().catch(sayFailure));
  await history();
}

async function upload(file) {
  const form = new FormData();
  form.append('file', file);
  for (const name of ['crs', 'encoding']) if ($(name).value) form.append(name, $(name).value);
  say(`正在上传 ${file.name} · Uploading ${file.name}`);
  const response = await fetch(`/api/imports/${$('layer').value}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'X-XSRF-TOKEN': csrfToken(), 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' },
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data);
  $('file').value = '';
  await follow(data.id);
}

async function follow(id) {
  for (;;) {
    const { data } = await api(`/api/imports/${id}?size=200`);
    show(data);
    if (data.status !== 'VALIDATING' && data.status !== 'COMMITTING') break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await history();
}

function show(job) {
  current = job;
  $('job').hidden = false;
  $('job-state').textContent = `#${job.id} ${job.fileName} · ${STATUS[job.status] || job.status}`
    + (job.failure ? ` · ${job.failure}` : '');
  $('progress').value = Number(job.progress);
  const c = job.counts;
  $('counts').replaceChildren(...[
    ['新增 New', c.new], ['修改 Changed', c.changed], ['不变 Unchanged', c.unchanged], ['错误 Rejected', c.rejected],
  ].map(([k, v]) => h('div', {}, h('dt', { textContent: k }), h('dd', { textContent: String(v) }))));
  $('commit').disabled = job.status !== 'PREVIEW';
  $('errors').tBodies[0].replaceChildren(...(job.errors || []).map((e) => h('tr', { dataset: { row: e.row } },
    h('td', { textContent: e.row === 0 ? '文件 File' : String(e.row) }),
    h('td', { className: e.field ? 'bad' : '', dataset: { field: e.field || '' } },
      `${e.field || ''}${e.value ? ` = ${e.value}` : ''}`),
    h('td', { textContent: `${e.reasonZh} · ${e.reasonEn}` }))));
  const rows = [];
  for (const d of (job.diff ? job.diff.items : [])) {
    for (const change of d.changes) {
      rows.push(h('tr', {},
        h('td', { textContent: String(d.row) }), h('td', { textContent: d.action }),
        h('td', { textContent: d.id ?? '' }), h('td', { textContent: change.field }),
        h('td', { textContent: shown(change.before) }),
        h('td', { className: 'after', textContent: shown(change.after) })));
    }
  }
  $('diff').tBodies[0].replaceChildren(...rows);
  if (job.status === 'COMMITTED') say(`导入 #${job.id} 已提交 · Import #${job.id} committed`);
  else if (job.status === 'PREVIEW') say(`预览就绪：${c.rejected} 行有错误 · Preview ready: ${c.rejected} rows with errors`);
  else if (job.status === 'REJECTED' || job.status === 'FAILED') say(`${STATUS[job.status]}`);
}

async function commit() {
  if (!current) return;
  const validOnly = $('valid-only').checked;
  await api(`/api/imports/${current.id}/commit?validOnly=${validOnly}`, { method: 'POST' });
  await follow(current.id);
}

async function history() {
  const { data } = await api('/api/imports?size=20');
  $('history').tBodies[0].replaceChildren(...data.items.map((j) => h('tr', {},
    h('td', {}, h('a', { href: '#', textContent: String(j.id), onclick: (e) => { e.preventDefault(); follow(j.id).catch(sayFailure); } })),
    h('td', { textContent: j.createdAt.replace('T', ' ').slice(0, 19) }),
    h('td', { textContent: j.createdBy }),
    h('td', { textContent: j.layer }),
    h('td', { textContent: j.fileName }),
    h('td', { textContent: STATUS[j.status] || j.status }),
    h('td', { textContent: `${j.counts.new} / ${j.counts.changed} / ${j.counts.unchanged} / ${j.counts.rejected}` }))));
}

start().catch(sayFailure);
