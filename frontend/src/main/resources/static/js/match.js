// Site matching: staff match a saved project, an enterprise (or staff) a new requirement; the
// matches beside the map with their criteria and reasons, near misses, weights, and a shortlist
// to export to Excel or print as brochures.
import { api } from './api.js';
import { $, h } from './dom.js';
import { say, sayFailure } from './status.js';
import { pageHeader } from './header.js';
import { createMap } from './base-map.js';
import { CRITERIA as ALL_CRITERIA, fmt, bars, reasons, failures, unchecked, kindText, placeText, figuresText, futureSupply } from './match-common.js';

const LIMIT = 20;
const SHORTLIST_KEY = 'cfk-shortlist-preview';
const REQUIREMENT_KEY = 'cfk-match-requirement';

let map;
let resultLayer;
let contextLayer;
let pointMarker;
let picking = false;
let point = null;
let query = null; // { projectId } or { requirement }
let rerun;
const layers = new Map();
const parkShapes = new Map();
// The shortlist: a saved project's is on the server, shared by staff (saved: its version); an unsaved
// requirement's stays in this browser tab.
let shortlist = new Map();
let saved = null;
let user;
// The criteria the caller's weights cover, with the caller's defaults (staff: also the 亩均 grade).
let CRITERIA = ALL_CRITERIA;
const header = pageHeader({ page: 'match', name: 'page.match' });
const onServer = () => Boolean(query?.projectId) && ['STAFF', 'ADMIN'].includes(user?.role);

async function start() {
  user = await header.signedInUser();
  if (!user) return;
  if (!['STAFF', 'ADMIN', 'ENTERPRISE'].includes(user.role)) {
    say('选址匹配供招商人员、管理员和企业使用 · Site matching is for investment staff, administrators and enterprises.', true);
    document.querySelector('.tabs').hidden = true;
    $('project-panel').hidden = true;
    return;
  }
  await setUpMap();
  const defaults = (await api('/api/matching/weights')).data;
  CRITERIA = ALL_CRITERIA.filter((c) => c.name in defaults).map((c) => ({ ...c, def: defaults[c.name] }));
  setUpSliders();
  setUpTabs(user.role === 'ENTERPRISE' ? 'preview' : 'project');
  setUpForm();
  await loadShortlist();
  renderShortlist();
  $('export').addEventListener('click', exportShortlist);
  $('brochures').addEventListener('click', () => openBrochures([...shortlist.keys()]));
  await Promise.all([loadReference(), loadProjects()]);
  const wanted = new URLSearchParams(window.location.search).get('project');
  if (wanted) {
    $('project-id').value = wanted;
    query = { projectId: Number(wanted) };
    await run();
  }
}

// ---- the map ------------------------------------------------------------------------------

async function setUpMap() {
  const base = await createMap($('map'));
  map = base.map;
  map.fitBounds(base.cityBounds);
  contextLayer = L.layerGroup().addTo(map);
  resultLayer = L.layerGroup().addTo(map);
  map.on('click', (e) => {
    if (!picking) return;
    picking = false;
    point = { lon: Number(e.latlng.lng.toFixed(6)), lat: Number(e.latlng.lat.toFixed(6)) };
    if (pointMarker) pointMarker.remove();
    pointMarker = L.circleMarker(e.latlng, { radius: 7, color: '#d9480f', weight: 3 }).addTo(map);
    $('point-text').textContent = `${point.lon}, ${point.lat}`;
    $('clear-point').hidden = false;
    map.getContainer().style.cursor = '';
  });
}

function rankIcon(label, near) {
  return L.divIcon({ className: `rank-marker${near ? ' near' : ''}`, html: `<span>${label}</span>`, iconSize: [24, 24] });
}

async function drawParks(codes) {
  contextLayer.clearLayers();
  for (const code of codes) {
    try {
      if (!parkShapes.has(code)) parkShapes.set(code, (await api(`/api/parks/${code}`)).data.geometry);
      L.geoJSON(parkShapes.get(code), { style: { color: '#12466e', weight: 1, dashArray: '4 3', fillOpacity: 0.03 }, interactive: false })
        .addTo(contextLayer);
    } catch (e) {
      // A park we cannot draw only loses its outline on the map.
    }
  }
}

// ---- weights ------------------------------------------------------------------------------

function setUpSliders() {
  $('sliders').replaceChildren(...CRITERIA.map((c) => {
    const input = h('input', { type: 'range', min: 0, max: 100, step: 1, value: c.def, id: `w-${c.name}` });
    const output = h('output', { htmlFor: input.id, textContent: c.def });
    input.addEventListener('input', () => {
      output.textContent = input.value;
      updateSum();
      clearTimeout(rerun);
      rerun = setTimeout(() => { if (query) run(); }, 500);
    });
    return h('div', { className: 'slider' }, h('label', { htmlFor: input.id, textContent: `${c.zh} ${c.en}` }), input, output);
  }));
  $('reset-weights').addEventListener('click', () => {
    CRITERIA.forEach((c) => { $(`w-${c.name}`).value = c.def; $(`w-${c.name}`).nextElementSibling.textContent = c.def; });
    updateSum();
    if (query) run();
  });
}

function updateSum() {
  const raw = CRITERIA.reduce((sum, c) => sum + Number($(`w-${c.name}`).value), 0);
  const scaled = weights();
  $('weight-sum').textContent = raw === 100 ? '100'
    : `${raw} → ${CRITERIA.map((c, i) => `${c.zh} ${scaled[i]}`).join('，')}`;
}

/** The slider values scaled to whole points summing to 100 (the defaults when all are 0). */
function weights() {
  const raw = CRITERIA.map((c) => Number($(`w-${c.name}`).value));
  const sum = raw.reduce((a, b) => a + b, 0);
  if (sum === 0) return CRITERIA.map((c) => c.def);
  const scaled = raw.map((v) => Math.round((v * 100) / sum));
  const largest = scaled.indexOf(Math.max(...scaled));
  scaled[largest] += 100 - scaled.reduce((a, b) => a + b, 0);
  return scaled;
}

const weightsText = () => { const w = weights(); return CRITERIA.map((c, i) => `${c.name}:${w[i]}`).join(','); };

// ---- what to match ------------------------------------------------------------------------

function setUpTabs(initial) {
  const show = (which) => {
    $('tab-project').setAttribute('aria-selected', String(which === 'project'));
    $('tab-preview').setAttribute('aria-selected', String(which === 'preview'));
    $('project-panel').hidden = which !== 'project';
    $('preview-panel').hidden = which !== 'preview';
  };
  $('tab-project').addEventListener('click', () => show('project'));
  $('tab-preview').addEventListener('click', () => show('preview'));
  show(initial);
  $('project-panel').addEventListener('submit', (e) => {
    e.preventDefault();
    const id = Number($('project').hidden ? $('project-id').value : ($('project-id').value || $('project').value));
    if (!id) { say('请选择或输入项目编号 · Choose or type a project id', true); return; }
    query = { projectId: id };
    run();
  });
  $('project').addEventListener('change', () => { $('project-id').value = $('project').value; });
}

async function loadProjects() {
  try {
    const { data } = await api('/api/projects?size=500');
    const items = Array.isArray(data) ? data : data?.items;
    if (!items || items.length === 0) throw new Error('no projects');
    $('project').replaceChildren(h('option', { value: '', textContent: '— 选择项目 Choose a project —' }),
      ...items.map((p) => h('option', { value: p.id, textContent: `#${p.id} ${p.name}` })));
    $('project').hidden = false;
    $('project-hint').textContent = '';
  } catch (e) {
    $('project-hint').textContent = '项目列表暂不可用，请直接输入项目编号。· The project list is not available: type a project id.';
  }
}

async function loadReference() {
  const [industries, towns, parks] = await Promise.all([api('/api/industries'), api('/api/towns'), api('/api/parks')]);
  $('industryCode').append(...industries.data.map((i) => h('option', { value: i.code, textContent: `${i.name} ${i.nameEn}` })));
  $('preferredTowns').append(...towns.data.map((t) => h('option', { value: t.code, textContent: `${t.name} ${t.nameEn}` })));
  $('preferredParks').append(...parks.data.map((p) => h('option', { value: p.code, textContent: `${p.code} ${p.name}` })));
}

function setUpForm() {
  const form = $('preview-panel');
  const toggle = () => {
    const kind = form.siteKind.value;
    form.querySelectorAll('.space-only').forEach((n) => { n.hidden = kind === 'LAND'; });
    form.querySelectorAll('.land-only').forEach((n) => { n.hidden = kind === 'SPACE'; });
  };
  form.siteKind.addEventListener('change', toggle);
  toggle();
  $('pick-point').addEventListener('click', () => {
    picking = true;
    map.getContainer().style.cursor = 'crosshair';
    say('请在地图上点击位置 · Click the place on the map');
  });
  $('clear-point').addEventListener('click', () => {
    point = null;
    if (pointMarker) pointMarker.remove();
    $('point-text').textContent = '';
    $('clear-point').hidden = true;
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    query = { requirement: requirement(form) };
    run();
  });
}

function requirement(form) {
  const kind = form.siteKind.value;
  const number = (name) => (form[name].value === '' || form[name].closest('[hidden]') || form[name].hidden
    ? undefined : Number(form[name].value));
  const r = { siteKind: kind };
  if (kind !== 'LAND') Object.assign(r, { minAreaM2: number('minAreaM2'), maxAreaM2: number('maxAreaM2') });
  if (kind !== 'SPACE') Object.assign(r, { minAreaMu: number('minAreaMu'), maxAreaMu: number('maxAreaMu') });
  for (const name of ['minCeilingHeightM', 'minFloorLoadKgM2', 'minPowerKva', 'maxRentYuanM2Month', 'budgetWanYuan']) {
    const v = number(name);
    if (v !== undefined) r[name] = v;
  }
  if (form.fireClass.value) r.fireClass = form.fireClass.value;
  if (form.pollutionClass.value) r.pollutionClass = Number(form.pollutionClass.value);
  if (form.industryCode.value) r.industryCode = form.industryCode.value;
  r.preferredTowns = [...form.preferredTowns.selectedOptions].map((o) => o.value);
  r.preferredParks = [...form.preferredParks.selectedOptions].map((o) => o.value);
  r.locationHard = form.locationHard.checked;
  if (form.neededBy.value) r.neededBy = form.neededBy.value;
  if (point) r.point = point;
  return r;
}

// ---- matching and the results -------------------------------------------------------------

async function run() {
  say('匹配中… · Matching…');
  try {
    await showContext();
    const params = `limit=${LIMIT}&weights=${encodeURIComponent(weightsText())}`;
    const { data } = query.projectId
      ? await api(`/api/projects/${query.projectId}/matches?${params}`)
      : await api(`/api/matching/preview?${params}`, { method: 'POST', body: query.requirement });
    render(data);
    showAppliedWeights(data.weights);
    renderShortlist();
    say(`找到 ${data.items.length} 个匹配场地、${data.nearMisses.length} 个接近匹配 · ${data.items.length} matches, ${data.nearMisses.length} near misses`);
  } catch (e) {
    sayFailure(e);
  }
}

function render(answer) {
  resultLayer.clearLayers();
  layers.clear();
  $('item-count').textContent = `(${answer.items.length})`;
  $('items').replaceChildren(...answer.items.map((item, i) => card(item, String(i + 1), false)));
  $('near').replaceChildren(...answer.nearMisses.map((item, i) => card(item, `N${i + 1}`, true)));
  if (answer.items.length === 0) {
    $('items').append(h('li', { className: 'hint', textContent: '没有完全符合的场地，请看接近匹配或放宽条件。· Nothing fits every filter: see the near misses or relax the requirement.' }));
  }
  const all = [...answer.items, ...answer.nearMisses];
  drawParks([...new Set(all.map((i) => i.parkCode).filter(Boolean))]);
  const bounds = L.latLngBounds([]);
  layers.forEach((layer) => bounds.extend(layer.getBounds()));
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 16 });
}

function card(item, label, near) {
  const shape = L.featureGroup();
  if (item.geometry) {
    L.geoJSON(item.geometry, { style: near
      ? { color: '#6c757d', weight: 2, dashArray: '5 4', fillOpacity: 0.1 }
      : { color: item.kind === 'UNITS' ? '#d9480f' : '#2b8a3e', weight: 2, fillOpacity: 0.35 } }).addTo(shape);
  }
  if (item.point) L.marker([item.point.lat, item.point.lon], { icon: rankIcon(label, near), title: `${label} ${item.id}` }).addTo(shape);
  shape.addTo(resultLayer);
  layers.set(item.id + label, shape);

  const li = h('li', { className: 'card' });
  const select = () => {
    document.querySelectorAll('.card.selected').forEach((n) => n.classList.remove('selected'));
    li.classList.add('selected');
    if (shape.getBounds().isValid()) map.fitBounds(shape.getBounds(), { maxZoom: 17, padding: [40, 40] });
  };
  shape.on('click', () => { select(); li.scrollIntoView({ block: 'nearest', behavior: 'smooth' }); });

  const text = `${kindText(item)} · ${placeText(item)}`;
  if (shortlist.has(item.id) && !shortlist.get(item.id)) shortlist.set(item.id, text);
  const check = h('input', { type: 'checkbox', checked: shortlist.has(item.id) });
  check.addEventListener('change', () => {
    if (check.checked) shortlist.set(item.id, text);
    else shortlist.delete(item.id);
    changeShortlist();
  });
  const detail = item.kind === 'UNITS' ? `building:${item.buildingId}` : `parcel:${item.parcelIds?.[0]}`;
  const details = h('a', { href: `/#detail=${detail}`, target: '_blank', rel: 'noopener', className: 'details',
    textContent: '场地详情 Site details' });
  const show = h('button', { type: 'button', className: 'link-like', textContent: '在地图上查看 Show on map' });
  show.addEventListener('click', select);
  const brochure = h('button', { type: 'button', textContent: '简介 Brochure' });
  brochure.addEventListener('click', () => openBrochures([item.id]));

  li.append(...[
    h('div', { className: 'head' },
      h('span', { className: 'rank', textContent: label }),
      h('span', { className: 'score', textContent: fmt(item.score, 1) }), h('small', { textContent: '分 points' }),
      h('span', { textContent: kindText(item) }), h('span', { className: 'id', textContent: item.id })),
    h('div', { className: 'where', textContent: placeText(item) }),
    h('div', { className: 'figures', textContent: figuresText(item) }),
    futureSupply(item),
    near && item.failed ? failures(item.failed) : null,
    unchecked(item),
    bars(item.criteria),
    h('details', {}, h('summary', { textContent: '理由 Reasons' }), reasons(item.criteria)),
    h('div', { className: 'actions' }, h('label', {}, check, ' 加入候选 Shortlist'), show, details, brochure),
  ].filter(Boolean));
  return li;
}

// ---- shortlist ----------------------------------------------------------------------------

function renderShortlist() {
  if (!query?.projectId) sessionStorage.setItem(SHORTLIST_KEY, JSON.stringify([...shortlist.entries()]));
  $('shortlist-count').textContent = `(${shortlist.size})`;
  $('shortlist-saved').textContent = onServer() && saved?.updatedBy
    ? `已随项目保存（${saved.updatedBy}，${saved.updatedAt.replace('T', ' ').slice(0, 16)}）· Saved with the project`
    : (onServer() ? '随项目保存，招商人员共享 · Saved with the project, shared by staff' : '');
  $('shortlist').replaceChildren(...[...shortlist.entries()].map(([id, text]) => {
    const remove = h('button', { type: 'button', className: 'small', textContent: '移除 Remove' });
    remove.addEventListener('click', () => {
      shortlist.delete(id);
      changeShortlist();
      document.querySelectorAll('.card input[type=checkbox]').forEach((c) => {
        if (c.closest('.card').querySelector('.id').textContent === id) c.checked = false;
      });
    });
    return h('li', {}, text ? `${id} · ${text} ` : `${id} `, remove);
  }));
  $('export').disabled = shortlist.size === 0 || !query;
  $('brochures').disabled = shortlist.size === 0 || !query;
}

/** The shortlist that goes with what is matched: the project's from the server, else this tab's own. */
async function loadShortlist() {
  if (onServer()) {
    const { data } = await api(`/api/projects/${query.projectId}/shortlist`);
    saved = data;
    shortlist = new Map(data.candidates.map((id) => [id, shortlist.get(id) ?? '']));
  } else {
    saved = null;
    shortlist = new Map(query?.projectId ? [] : JSON.parse(sessionStorage.getItem(SHORTLIST_KEY) || '[]'));
  }
}

async function changeShortlist() {
  renderShortlist();
  if (!onServer()) return;
  try {
    const { data } = await api(`/api/projects/${query.projectId}/shortlist`, {
      method: 'PUT', body: { candidates: [...shortlist.keys()] }, headers: { 'If-Match': `"${saved.version}"` },
    });
    saved = data;
    renderShortlist();
  } catch (e) {
    if (e.status === 412) {
      await loadShortlist();
      say('候选清单已被其他同事修改，已重新载入 · A colleague changed the shortlist meanwhile: reloaded', true);
      document.querySelectorAll('.card input[type=checkbox]').forEach((c) => {
        c.checked = shortlist.has(c.closest('.card').querySelector('.id').textContent);
      });
      renderShortlist();
    } else {
      sayFailure(e);
    }
  }
}

// ---- what is matched ------------------------------------------------------------------------

const range = (min, max, unit) => (min == null && max == null ? null : `${fmt(min ?? 0)}–${max == null ? '…' : fmt(max)} ${unit}`);

/** A requirement in a line: the area wanted and the minimums and maximums set. */
function requirementText(r) {
  return [
    range(r.minAreaM2, r.maxAreaM2, 'm²'), range(r.minAreaMu, r.maxAreaMu, '亩 mu'),
    r.minCeilingHeightM != null ? `层高 Height ≥ ${r.minCeilingHeightM} m` : null,
    r.minFloorLoadKgM2 != null ? `荷载 Load ≥ ${r.minFloorLoadKgM2} kg/m²` : null,
    r.minPowerKva != null ? `电力 Power ≥ ${r.minPowerKva} kVA` : null,
    r.maxRentYuanM2Month != null ? `租金 Rent ≤ ${r.maxRentYuanM2Month} 元/m²·月` : null,
    r.fireClass ? `火灾危险性 Fire class ${r.fireClass}` : null,
    r.industryCode ? `产业 Industry ${r.industryCode}` : null,
  ].filter(Boolean).join(' · ');
}

/** Names what is being matched, with its requirement, and brings its shortlist. */
async function showContext() {
  if (query.projectId) {
    const { data } = await api(`/api/projects/${query.projectId}`);
    $('context-title').textContent = `项目 Project #${data.id} ${data.name}`;
    $('context-requirement').textContent = requirementText(data);
  } else {
    $('context-title').textContent = '新需求 New requirement';
    $('context-requirement').textContent = requirementText(query.requirement);
  }
  $('context').hidden = false;
  await loadShortlist();
}

/** The weights the server applied, whole points of 100. */
function showAppliedWeights(applied) {
  const entries = CRITERIA.map((c) => [c, applied?.[c.name] ?? 0]);
  const sum = Math.round(entries.reduce((total, [, w]) => total + w, 0));
  $('weights-applied').textContent = `应用权重 Applied: ${entries.map(([c, w]) => `${c.zh} ${fmt(w)}`).join(' + ')} = ${sum}`;
}

function context() {
  return query.projectId ? { projectId: query.projectId } : { requirement: query.requirement };
}

async function exportShortlist() {
  try {
    const { response } = await api('/api/matching/shortlist.xlsx', {
      // a project's saved shortlist is the server's to list; never one carried over from elsewhere
      method: 'POST',
      body: { ...context(), weights: weightsText(), ...(onServer() ? {} : { candidates: [...shortlist.keys()] }) },
      headers: { Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json' },
    });
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', { href: url, download: `候选场地-shortlist-${new Date().toISOString().slice(0, 10)}.xlsx` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (e) {
    sayFailure(e);
  }
}

function openBrochures(ids) {
  if (!query || ids.length === 0) return;
  const params = new URLSearchParams({ ids: ids.join(','), weights: weightsText() });
  if (query.projectId) params.set('project', query.projectId);
  else sessionStorage.setItem(REQUIREMENT_KEY, JSON.stringify(query.requirement));
  window.open(`/brochure.html?${params}`, '_blank');
}

start().catch(sayFailure);
