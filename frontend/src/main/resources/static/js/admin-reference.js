// Reference data (administrators): the parks' names, levels, positioning, managing bodies, contacts and
// planned areas, and the industry catalogue (add, rename, retire, delete what nothing uses), each change
// with If-Match on the version read.
import { api } from './api.js';
import { $, h } from './dom.js';
import { pageHeader } from './header.js';
import { say, sayFailure } from './status.js';

const GROUPS = { STRATEGIC: '战略性新兴 Strategic', FUTURE: '未来 Future', PILLAR: '传统支柱 Pillar' };
const header = pageHeader({ page: 'reference', name: 'page.reference' });
const etag = (version) => `"${version}"`;
let industries = [];
let editing = null;

async function start() {
  const user = await header.signedInUser();
  if (!user) return;
  if (user.role !== 'ADMIN') { say('只有管理员可以修改基础数据 · Only administrators change reference data', true); return; }
  $('industry-form').addEventListener('submit', addIndustry);
  $('park-form').addEventListener('submit', savePark);
  $('park-cancel').addEventListener('click', () => $('park-dialog').close());
  await showIndustries();
  await showParks();
}

async function showParks() {
  const parks = (await api('/api/admin/parks')).data;
  const names = Object.fromEntries(industries.map((i) => [i.code, i.name]));
  $('parks').tBodies[0].replaceChildren(...parks.map((p) => h('tr', { dataset: { code: p.code } },
    h('td', { textContent: p.code }), h('td', { textContent: p.name }), h('td', { textContent: p.level }),
    h('td', { textContent: p.industries.map((c) => names[c] ?? c).join('、') }),
    h('td', { textContent: p.managingBody ?? '' }),
    h('td', { textContent: [p.contactName, p.contactPhone].filter(Boolean).join(' ') }),
    h('td', { className: 'num', textContent: p.plannedAreaM2 ?? '' }),
    h('td', {}, h('button', { type: 'button', textContent: '修改 Edit', onclick: () => openPark(p) })))));
}

function openPark(p) {
  editing = p;
  const form = $('park-form');
  $('park-code').textContent = p.code;
  form.parkName.value = p.name;
  form.level.value = p.level;
  $('p-industries').replaceChildren(...industries
    .filter((i) => !i.retired || p.industries.includes(i.code))
    .map((i) => h('option', { value: i.code, textContent: `${i.name} ${i.nameEn}`, selected: p.industries.includes(i.code) })));
  ['managingBody', 'contactName', 'contactPhone', 'plannedAreaM2'].forEach((f) => { form[f].value = p[f] ?? ''; });
  $('park-message').textContent = '';
  $('park-dialog').showModal();
}

async function savePark(event) {
  event.preventDefault();
  const form = $('park-form');
  const text = (v) => v.trim() || null;
  const body = {
    name: form.parkName.value.trim(),
    level: form.level.value,
    industries: [...$('p-industries').selectedOptions].map((o) => o.value),
    managingBody: text(form.managingBody.value),
    contactName: text(form.contactName.value),
    contactPhone: text(form.contactPhone.value),
    plannedAreaM2: form.plannedAreaM2.value === '' ? null : Number(form.plannedAreaM2.value),
  };
  try {
    await api(`/api/parks/${editing.code}`, { method: 'PATCH', body, headers: { 'If-Match': etag(editing.version) } });
    $('park-dialog').close();
    say(`已保存园区 ${editing.code} · Saved park ${editing.code}`);
    await showParks();
  } catch (e) {
    $('park-message').textContent = e.bilingual ? e.bilingual() : String(e);
  }
}

async function showIndustries() {
  industries = (await api('/api/admin/industries')).data;
  $('industries').tBodies[0].replaceChildren(...industries.map(industryRow));
}

function industryRow(i) {
  const name = h('input', { value: i.name, ariaLabel: `${i.code} 名称 Name`, size: 14 });
  const nameEn = h('input', { value: i.nameEn, ariaLabel: `${i.code} English name`, size: 22 });
  return h('tr', { className: i.retired ? 'disabled' : '', dataset: { code: i.code } },
    h('td', { textContent: i.code }), h('td', {}, name), h('td', {}, nameEn),
    h('td', { textContent: GROUPS[i.group] }), h('td', { className: 'num', textContent: i.usedBy }),
    h('td', { textContent: i.retired ? '已停用 Retired' : '使用中 Active' }),
    h('td', { className: 'actions' },
      h('button', { type: 'button', textContent: '改名 Rename', onclick: () => changeIndustry(i, { name: name.value.trim(), nameEn: nameEn.value.trim() }) }),
      h('button', { type: 'button', textContent: i.retired ? '恢复 Restore' : '停用 Retire', onclick: () => changeIndustry(i, { retired: !i.retired }) }),
      i.usedBy === 0 ? h('button', { type: 'button', textContent: '删除 Delete', onclick: () => deleteIndustry(i) }) : null));
}

async function changeIndustry(i, patch) {
  try {
    await api(`/api/industries/${i.code}`, { method: 'PATCH', body: patch, headers: { 'If-Match': etag(i.version) } });
    say(`已保存产业 ${i.code} · Saved industry ${i.code}`);
    await showIndustries();
  } catch (e) {
    sayFailure(e);
  }
}

async function deleteIndustry(i) {
  try {
    await api(`/api/industries/${i.code}`, { method: 'DELETE', headers: { 'If-Match': etag(i.version) } });
    say(`已删除产业 ${i.code} · Deleted industry ${i.code}`);
    await showIndustries();
  } catch (e) {
    sayFailure(e);
  }
}

async function addIndustry(event) {
  event.preventDefault();
  const form = $('industry-form');
  const body = { code: form.code.value.trim().toUpperCase(), name: form.elements.namedItem('name').value.trim(), nameEn: form.nameEn.value.trim(), group: form.group.value };
  try {
    await api('/api/industries', { method: 'POST', body });
    say(`已新增产业 ${body.code} · Added industry ${body.code}`);
    form.reset();
    await showIndustries();
  } catch (e) {
    sayFailure(e);
  }
}

start().catch(sayFailure);
