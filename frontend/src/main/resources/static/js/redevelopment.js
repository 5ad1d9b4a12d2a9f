// 工改工 / 留改拆 (issue 16), for staff: the village industrial parks with their class, building ages
// and occupants by 亩均 grade; the redevelopment projects, each moved one stage on from here; and the
// floor area expected to complete by quarter (/api/stats/redevelopment/completions) as a chart.
import { api, getJson } from './api.js';
import { $, h } from './dom.js';
import { num } from './format.js';
import { pageHeader } from './header.js';
import { loadECharts } from './stats.js';
import { say, sayFailure } from './status.js';

const header = pageHeader({ page: 'redevelopment', name: 'page.redevelopment' });
const STAGES = ['APPROVED', 'DEMOLITION', 'CONSTRUCTION', 'COMPLETED'];
const STAGE_TEXT = { APPROVED: '立项 Approved', DEMOLITION: '拆除 Demolition', CONSTRUCTION: '在建 Under construction', COMPLETED: '竣工 Completed' };
const CLASS_TEXT = { 留: '留 Keep', 改: '改 Renovate', 拆: '拆 Redevelop' };
const GRADES = ['A', 'B', 'C', 'D', 'NONE'];

function table(id, head, rows) {
  $(id).tHead.replaceChildren(h('tr', {}, ...head.map(text => h('th', { scope: 'col' }, text))));
  $(id).tBodies[0].replaceChildren(...rows.map(cells => h('tr', {}, ...cells.map(cell => h('td', {}, cell)))));
}

const years = (n) => (n == null ? '—' : `${n} 年`);
const grades = (g) => GRADES.map(k => `${k === 'NONE' ? '未评 None' : k}: ${g[k]}`).join(' · ');

async function moveOn(project) {
  const next = STAGES[STAGES.indexOf(project.stage) + 1];
  try {
    const current = await api(`/api/redevelopment/projects/${project.id}`);
    await api(`/api/redevelopment/projects/${project.id}/stage`, {
      method: 'POST', body: { stage: next }, headers: { 'If-Match': current.etag } });
    await show();
    say(`${project.name}：已推进到 ${STAGE_TEXT[next]} · moved on`);
  } catch (e) {
    sayFailure(e);
  }
}

function moveButton(p) {
  if (p.stage === 'COMPLETED') {
    return '—';
  }
  const next = STAGES[STAGES.indexOf(p.stage) + 1];
  const button = h('button', { type: 'button' }, `推进到 ${STAGE_TEXT[next]}`);
  button.addEventListener('click', () => moveOn(p));
  return button;
}

/**
 * The buildings the project puts up, each a link to its details on the map; a project in 在建 takes
 * another by its id (its units become future supply, available from the expected completion).
 */
function buildingsCell(p) {
  const links = p.buildingIds.map(id => h('a', { href: `/#detail=building:${id}` }, `#${id}`));
  if (p.stage !== 'CONSTRUCTION') {
    return h('span', {}, ...(links.length ? links : ['—']));
  }
  const input = h('input', { type: 'number', min: '1', step: '1', ariaLabel: `${p.name} 楼栋编号 building id`, className: 'building-id' });
  const button = h('button', { type: 'button' }, '关联楼栋 Link building');
  button.addEventListener('click', async () => {
    try {
      await api(`/api/redevelopment/projects/${p.id}/buildings`, { method: 'POST', body: { buildingId: Number(input.value) } });
      await show();
      say(`${p.name}：已关联楼栋 #${input.value} · building linked`);
    } catch (e) {
      sayFailure(e);
    }
  });
  return h('span', {}, ...links, ' ', input, button);
}

/** A new expected completion for a project not yet 竣工 (its buildings' units follow). */
function dateCell(p) {
  if (p.stage === 'COMPLETED') {
    return p.expectedCompletion;
  }
  const input = h('input', { type: 'date', value: p.expectedCompletion, ariaLabel: `${p.name} 预计竣工 expected completion` });
  const button = h('button', { type: 'button' }, '改期 Reschedule');
  button.addEventListener('click', async () => {
    try {
      const current = await api(`/api/redevelopment/projects/${p.id}`);
      await api(`/api/redevelopment/projects/${p.id}/expected-completion`, {
        method: 'POST', body: { expectedCompletion: input.value || null }, headers: { 'If-Match': current.etag } });
      await show();
      say(`${p.name}：预计竣工 ${input.value} · rescheduled`);
    } catch (e) {
      sayFailure(e);
    }
  });
  return h('span', {}, input, button);
}

async function show() {
  const [areas, projects, completions, echarts] = await Promise.all([
    getJson('/api/redevelopment/areas'), getJson('/api/redevelopment/projects'),
    getJson('/api/stats/redevelopment/completions'), loadECharts()]);
  table('areas', ['名称 Name', '镇街 Town', '类别 Class', '楼栋 Buildings', '建筑面积 m² Floor area',
    '最老楼龄 Oldest', '楼龄中位数 Median age', '占用单元按亩均等级 Occupied units by grade'],
  areas.map(a => [a.name, a.townCode, CLASS_TEXT[a.renewalClass], num(a.buildings), num(a.floorAreaM2),
    years(a.oldestAgeYears), years(a.medianAgeYears), grades(a.occupantsByGrade)]));
  table('projects', ['名称 Name', '镇村工业园 Area', '阶段 Stage', '预计新增建筑面积 m² Expected floor area',
    '预计竣工 Expected completion', '在建楼栋 Buildings', '操作 Action'],
  projects.map(p => [p.name, p.areaName, STAGE_TEXT[p.stage], num(p.expectedFloorAreaM2), dateCell(p),
    buildingsCell(p), moveButton(p)]));
  table('completions', ['季度 Quarter', '项目 Projects', '预计新增 m² Expected', '其中在建 m² Under construction'],
    completions.map(q => [q.quarter, num(q.projects), num(q.expectedFloorAreaM2), num(q.underConstructionM2)]));
  const title = '预计竣工建筑面积 Expected completions (m²)';
  const element = $('chart-completions');
  element.setAttribute('aria-label', title);
  (echarts.getInstanceByDom(element) ?? echarts.init(element)).setOption({
    title: { text: title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 24 },
    grid: { left: 70, right: 30, top: 64, bottom: 30 },
    xAxis: { type: 'category', data: completions.map(q => q.quarter) },
    yAxis: { type: 'value', name: 'm²' },
    series: [
      { name: '预计新增 Expected', type: 'bar', data: completions.map(q => Number(q.expectedFloorAreaM2)) },
      { name: '其中在建 Under construction', type: 'bar', data: completions.map(q => Number(q.underConstructionM2)) },
    ],
  });
}

async function start() {
  await header.showSignedInUser();
  try {
    await show();
    say('');
  } catch (e) {
    sayFailure(e);
  }
}

start();
