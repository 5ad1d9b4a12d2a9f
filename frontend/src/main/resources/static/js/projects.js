// Expansion projects: the list and pipeline board, the overdue badge, and the project form.
import { api } from './api.js';
import { $, h, keepOption } from './dom.js';
import { labelled, labelOf, say, sayFailure } from './status.js';
import { pageHeader } from './header.js';

const PIPELINE = ['INTENT', 'SITING', 'SIGNED', 'STARTED', 'PRODUCING', 'DROPPED'];
const STATUS = {
  INTENT: '意向 Intent', SITING: '选址 Siting', SIGNED: '签约 Signed',
  STARTED: '动工 Started', PRODUCING: '投产 Producing', DROPPED: '终止 Dropped',
};
const NUMBER_FIELDS = ['minAreaM2', 'maxAreaM2', 'minAreaMu', 'maxAreaMu', 'minCeilingHeightM', 'minFloorLoadKgM2',
  'minPowerKva', 'maxRentYuanM2Month', 'budgetWanYuan', 'investmentWanYuan', 'plannedTaxWanYuanYear',
  'plannedOutputWanYuanYear', 'plannedEnergyTceYear'];
let user;
let board = false;
let overdueOnly = false;
let leadsOnly = false;
let editing = null;
let logging = null;
const KIND = { NOTE: '备注 Note', CALL: '电话 Call', VISIT: '拜访 Visit' };
let enterprisesByName = {};
const header = pageHeader({ page: 'projects', name: 'page.projects' });

const mayWrite = () => user && (user.role === 'STAFF' || user.role === 'ADMIN');
const isEnterprise = () => user && user.role === 'ENTERPRISE';

function needs(p) {
  const parts = [];
  if (p.minAreaM2 != null) parts.push(`${p.minAreaM2}–${p.maxAreaM2} m²`);
  if (p.minAreaMu != null) parts.push(`${p.minAreaMu}–${p.maxAreaMu} 亩`);
  return parts.join(' / ');
}

async function start() {
  user = await header.signedInUser();
  if (!user) return;
  const [industries, towns] = await Promise.all([api('/api/industries'), api('/api/towns')]);
  for (const s of PIPELINE) $('f-status').append(h('option', { value: s, textContent: STATUS[s] }));
  for (const i of industries.data) {
    $('f-industry').append(h('option', { value: i.code, textContent: `${i.name} ${i.nameEn}` }));
    $('p-industry').append(h('option', { value: i.code, textContent: `${i.name} ${i.nameEn}` }));
  }
  for (const t of towns.data) {
    $('f-town').append(h('option', { value: t.code, textContent: `${t.name} ${t.nameEn}` }));
    $('p-preferredTowns').append(h('option', { value: t.code, textContent: t.name }));
  }
  ['f-status', 'f-industry', 'f-town', 'f-mine'].forEach((id) => $(id).addEventListener('change', refresh));
  $('overdue-badge').addEventListener('click', () => {
    overdueOnly = !overdueOnly;
    $('overdue-badge').setAttribute('aria-pressed', String(overdueOnly));
    refresh();
  });
  $('view-toggle').addEventListener('click', () => {
    board = !board;
    $('view-toggle').innerHTML = board ? '列表视图 <small>List</small>' : '看板视图 <small>Board</small>';
    refresh();
  });
  $('leads-badge').hidden = !mayWrite();
  $('leads-badge').addEventListener('click', () => {
    leadsOnly = !leadsOnly;
    $('leads-badge').setAttribute('aria-pressed', String(leadsOnly));
    refresh();
  });
  $('new-project').hidden = !mayWrite() && !isEnterprise();
  if (isEnterprise()) $('new-project').innerHTML = '登记需求 <small>Register a requirement</small>';
  document.querySelectorAll('.staff-only').forEach((e) => { e.hidden = !mayWrite(); });
  $('new-project').addEventListener('click', () => openForm(null));
  $('export').hidden = !mayWrite();
  $('log-close').addEventListener('click', () => $('log-dialog').close());
  $('log-form').addEventListener('submit', saveLog);
  $('cancel').addEventListener('click', () => $('project-dialog').close());
  $('project-form').addEventListener('submit', saveProject);
  $('p-enterprise').addEventListener('input', suggestEnterprises);
  $('p-new-enterprise-row').hidden = !mayWrite();
  $('p-new-enterprise').addEventListener('click', createEnterprise);
  await refresh();
}

async function refresh() {
  const params = new URLSearchParams({ size: '500' });
  if ($('f-status').value) params.set('status', $('f-status').value);
  if ($('f-industry').value) params.set('industry', $('f-industry').value);
  if ($('f-town').value) params.set('town', $('f-town').value);
  if ($('f-mine').checked) params.set('assignedStaff', user.username);
  if (overdueOnly) params.set('overdue', 'true');
  if (leadsOnly) params.set('source', 'ENTERPRISE');
  if (overdueOnly) params.set('sort', '-daysOverdue');
  const exportParams = new URLSearchParams(params);
  exportParams.delete('size');
  $('export').href = `/api/projects/export.xlsx?${exportParams}`;
  try {
    const [list, overdue] = await Promise.all([api(`/api/projects?${params}`), api('/api/projects/overdue?size=1')]);
    $('overdue-count').textContent = overdue.data.total;
    if (mayWrite()) {
      const leads = await api('/api/projects?source=ENTERPRISE&status=INTENT&size=1');
      $('leads-count').textContent = leads.data.total;
    }
    $('total').textContent = `共 ${list.data.total} 个项目 · ${list.data.total} project(s)`;
    $('list-view').hidden = board;
    $('board-view').hidden = !board;
    if (board) showBoard(list.data.items); else showList(list.data.items);
  } catch (e) {
    sayFailure(e);
  }
}

function statusCell(p) {
  const cell = h('span', { textContent: STATUS[p.status] });
  if (p.overdue) {
    cell.append(h('span', { className: 'overdue-tag', textContent: `逾期 ${p.daysOverdue} 天 · ${p.daysOverdue} d overdue` }));
  }
  if (p.source === 'ENTERPRISE') cell.append(h('span', { className: 'lead-tag', textContent: '企业登记 Lead' }));
  return cell;
}

function actions(p) {
  const box = h('span', { className: 'moves' });
  box.append(h('a', { href: `/match.html?project=${p.id}`, textContent: '匹配 Match' }));
  if (!mayWrite()) return box;
  box.append(' ', h('button', { type: 'button', textContent: '编辑 Edit', onclick: () => openForm(p) }));
  box.append(h('button', { type: 'button', textContent: '跟进 Log', onclick: () => openLog(p) }));
  const next = PIPELINE[PIPELINE.indexOf(p.status) + 1];
  if (next && next !== 'DROPPED') {
    box.append(h('button', { type: 'button', textContent: `→ ${STATUS[next]}`, onclick: () => move(p, next) }));
  }
  if (p.status !== 'DROPPED' && p.status !== 'PRODUCING') {
    box.append(h('button', { type: 'button', textContent: '终止 Drop', onclick: () => move(p, 'DROPPED') }));
  }
  return box;
}

function showList(items) {
  $('projects').tBodies[0].replaceChildren(...items.map((p) => h('tr', {},
    h('td', { textContent: p.id }), h('td', { textContent: p.name }), h('td', { textContent: p.enterpriseName ?? '—' }),
    h('td', { textContent: needs(p) }), h('td', {}, statusCell(p)), h('td', { textContent: p.plannedStart ?? '—' }),
    h('td', {}, p.assignedStaff ?? '—', p.nextAction ? h('br') : '',
      p.nextAction ? h('small', { textContent: `下一步 ${p.nextAction}${p.nextActionDue ? ` · ${p.nextActionDue}` : ''}` }) : ''),
    h('td', {}, actions(p)))));
}

function showBoard(items) {
  $('board-view').replaceChildren(...PIPELINE.map((s) => {
    const cards = items.filter((p) => p.status === s);
    return h('div', { className: 'column' }, h('h3', { textContent: `${STATUS[s]} (${cards.length})` }),
      ...cards.map((p) => h('div', { className: 'card' },
        h('strong', { textContent: p.name }), h('br'), `${needs(p)}`, h('br'),
        `计划动工 ${p.plannedStart ?? '—'}`, p.overdue ? h('span', { className: 'overdue-tag', textContent: '逾期' }) : '',
        actions(p))));
  }));
}

async function move(p, status) {
  try {
    await api(`/api/projects/${p.id}`, {
      method: 'PATCH', body: { status },
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': `"${p.version}"` },
    });
    say(`项目“${p.name}”已改为 ${STATUS[status]} · Project moved to ${status}`);
  } catch (e) {
    say(e.status === 412 ? '项目已被他人修改，已重新加载 · Someone else changed this project: reloaded' : labelled(labelOf(e.problem?.field), e), true);
  }
  await refresh();
}

async function suggestEnterprises() {
  const q = $('p-enterprise').value.trim();
  if (q.length < 2) return;
  const { data } = await api(`/api/enterprises?q=${encodeURIComponent(q)}&limit=20`);
  enterprisesByName = Object.fromEntries(data.map((e) => [e.name, e.id]));
  $('p-enterprises').replaceChildren(...data.map((e) => h('option', { value: e.name, textContent: e.creditCode })));
}

/**
 * Staff add the enterprise named in the form inline (with its credit code, or none for a prospect); a
 * credit code that exists picks the enterprise that has it.
 */
async function createEnterprise() {
  const name = $('p-enterprise').value.trim();
  if (!name) {
    $('form-message').textContent = '请先填写企业名称 · Enter the enterprise name first';
    return;
  }
  const creditCode = $('p-new-creditCode').value.trim() || null;
  try {
    const { data } = await api('/api/enterprises', { method: 'POST', body: { name, creditCode } });
    enterprisesByName[data.name] = data.id;
    $('p-enterprise').value = data.name;
    $('form-message').textContent = `已新建企业“${data.name}” · Enterprise added`;
  } catch (e) {
    const existing = e.problem?.existing;
    if (existing) {
      enterprisesByName[existing.name] = existing.id;
      $('p-enterprise').value = existing.name;
    }
    $('form-message').textContent = labelled(labelOf(e.problem?.field), e);
  }
}

function openForm(p) {
  editing = p;
  const form = $('project-form');
  form.reset();
  $('form-message').textContent = '';
  $('project-heading').innerHTML = p ? `编辑项目 #${p.id} <small>Edit project</small>` : '新建项目 <small>New project</small>';
  if (p) {
    form.name.value = p.name;
    form.enterprise.value = p.enterpriseName ?? '';
    if (p.enterpriseId) enterprisesByName[p.enterpriseName] = p.enterpriseId;
    keepOption(form.industryCode, p.industryCode, `${p.industryCode}（已停用 retired）`);
    form.industryCode.value = p.industryCode ?? '';
    form.siteKind.value = p.siteKind;
    for (const f of NUMBER_FIELDS) form[f].value = p[f] ?? '';
    form.fireClass.value = p.fireClass ?? '';
    form.pollutionClass.value = p.pollutionClass ?? '';
    [...form.preferredTowns.options].forEach((o) => { o.selected = p.preferredTowns.includes(o.value); });
    form.locationHard.checked = p.locationHard;
    form.neededBy.value = p.neededBy ?? '';
    form.plannedStart.value = p.plannedStart ?? '';
    form.staffNotes.value = p.staffNotes ?? '';
    form.nextAction.value = p.nextAction ?? '';
    form.nextActionDue.value = p.nextActionDue ?? '';
  }
  $('project-dialog').showModal();
}

async function saveProject(event) {
  event.preventDefault();
  const form = $('project-form');
  const body = {
    name: form.name.value.trim(),
    industryCode: form.industryCode.value || null,
    siteKind: form.siteKind.value,
    fireClass: form.fireClass.value || null,
    pollutionClass: form.pollutionClass.value ? Number(form.pollutionClass.value) : null,
    preferredTowns: [...form.preferredTowns.selectedOptions].map((o) => o.value),
    locationHard: form.locationHard.checked,
    neededBy: form.neededBy.value || null,
    plannedStart: form.plannedStart.value || null,
  };
  for (const f of NUMBER_FIELDS) body[f] = form[f].value === '' ? null : Number(form[f].value);
  if (mayWrite()) {
    const enterprise = form.enterprise.value.trim();
    body.enterpriseId = enterprise ? (enterprisesByName[enterprise] ?? -1) : null;
    body.staffNotes = form.staffNotes.value.trim() || null;
    body.nextAction = form.nextAction.value.trim() || null;
    body.nextActionDue = form.nextActionDue.value || null;
    if (!editing) body.assignedStaff = user.username;
  }
  try {
    if (editing) {
      await api(`/api/projects/${editing.id}`, {
        method: 'PATCH', body,
        headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': `"${editing.version}"` },
      });
    } else {
      await api('/api/projects', { method: 'POST', body });
    }
    $('project-dialog').close();
    say(`项目“${body.name}”已保存 · Project saved`);
    await refresh();
  } catch (e) {
    $('form-message').textContent = e.problem?.field === 'enterpriseId'
      ? '请从下拉列表中选择企业 · Pick the enterprise from the list'
      : labelled(labelOf(e.problem?.field), e);
  }
}

async function openLog(p) {
  logging = p;
  $('log-form').reset();
  $('log-message').textContent = '';
  $('log-heading').innerHTML = `跟进记录 · ${p.name} <small>Follow-up log</small>`;
  await showLog();
  $('log-dialog').showModal();
}

async function showLog() {
  try {
    const { data } = await api(`/api/projects/${logging.id}/activities`);
    $('log-entries').replaceChildren(...data.map((a) => h('li', {},
      h('strong', { textContent: `${a.occurredOn} ${KIND[a.kind]}` }), ` ${a.text} `, h('small', { textContent: `— ${a.actor}` }))));
  } catch (e) {
    $('log-message').textContent = labelled(labelOf(e.problem?.field), e);
  }
}

async function saveLog(event) {
  event.preventDefault();
  const form = $('log-form');
  const body = { kind: form.kind.value, text: form.text.value.trim(), occurredOn: form.occurredOn.value || null };
  try {
    await api(`/api/projects/${logging.id}/activities`, { method: 'POST', body });
    form.reset();
    $('log-message').textContent = '';
    await showLog();
  } catch (e) {
    $('log-message').textContent = labelled(labelOf(e.problem?.field), e);
  }
}

start().catch(sayFailure);
