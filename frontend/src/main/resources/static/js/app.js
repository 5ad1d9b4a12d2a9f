// Starts the web map and keeps the map, the search panel, the details and the URL in step.
import { lang, onLangChange, t } from './i18n.js';
import { message } from './api.js';
import { pageHeader } from './header.js';
import { loadReference } from './reference.js';
import { MapView } from './map.js';
import { SearchPanel } from './search.js';
import { DetailPanel } from './details.js';
import { StatsView } from './stats.js';
import { readUrl, writeUrl } from './url-state.js';

const TABS = ['space', 'land', 'parks'];
const initial = readUrl();
let ready = false;
let map;
let search;
let details;

pageHeader({ page: 'map', name: 'app.subtitle', language: initial.lang }).showSignedInUser();

function saveUrl() {
  if (!ready) return;
  const v = map.view();
  writeUrl({
    lang: lang() === 'en' ? 'en' : '',
    tab: search.tab === 'space' ? '' : search.tab,
    map: `${v.z}/${v.lat.toFixed(5)}/${v.lng.toFixed(5)}`,
    ...search.values(),
    detail: details.key(),
  });
}

function parseView(text) {
  const [z, lat, lng] = (text ?? '').split('/').map(Number);
  return [z, lat, lng].every(Number.isFinite) ? { z, lat, lng } : null;
}

function select(kind, id, item) {
  details.open(kind, id, { point: item?.point });
  search.markSelected(`${kind}:${id}`);
}

async function start() {
  await loadReference();

  details = new DetailPanel({
    focus: (kind, id, point, data) => {
      if (kind === 'unit') map.focus('building', data.buildingId, point);
      else map.focus(kind, id, point);
      saveUrl();
    },
    open: (kind, id) => select(kind, id),
    searchPark: (tab, code) => search.searchPark(tab, code),
    closed: () => { map.clearSelection(); saveUrl(); },
  });

  map = await MapView.create(document.querySelector('#map'), {
    select: (kind, id) => select(kind, id),
    hoverResult: (key, on) => search?.highlight(key, on),
    moved: () => { saveUrl(); search?.viewChanged(); },
    rightInset: () => {
      const detail = document.querySelector('#detail');
      return detail.hidden || window.innerWidth <= 900 ? 0 : detail.offsetWidth + 10;
    },
  });

  search = new SearchPanel({
    select: (kind, id, item) => select(kind, id, item),
    hover: (key, on) => map.highlightResult(key, on),
    results: (kind, items) => map.setResults(kind, items),
    fit: () => map.fitResults(),
    changed: () => saveUrl(),
    bbox: () => map.bbox(),
  });

  const tab = TABS.includes(initial.tab) ? initial.tab : 'space';
  search.setValues(tab, initial);
  search.showTab(tab);
  if (tab === 'land') map.showParcels();
  const view = parseView(initial.map);
  await map.init(view);
  ready = true;
  await search.run();
  const [kind, id] = (initial.detail ?? '').split(':');
  if (['park', 'building', 'unit', 'parcel'].includes(kind) && id) {
    details.open(kind, id, { focusMap: !view });
  }
  saveUrl();
}

onLangChange(() => {
  if (!ready) return;
  search.fillOptions();
  search.render();
  details.render();
  map.refreshLanguage();
  stats.render();
  saveUrl();
});

const tabList = document.querySelector('[role=tablist]');
tabList.addEventListener('click', e => {
  const tab = e.target.closest('[role=tab]')?.dataset.tab;
  if (!tab || !ready || tab === search.tab) return;
  if (tab === 'land') map.showParcels();
  search.showTab(tab);
  search.page = 0;
  search.run();
});
tabList.addEventListener('keydown', e => {
  if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
  const tabs = [...tabList.querySelectorAll('[role=tab]')];
  const at = tabs.indexOf(document.activeElement);
  const next = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: tabs.length - 1 }[e.key];
  const target = tabs[(next + tabs.length) % tabs.length];
  target.focus();
  target.click();
  e.preventDefault();
});

const stats = new StatsView();
document.querySelector('#stats-open').addEventListener('click', () => stats.open());

const panel = document.querySelector('#panel');
const panelToggle = document.querySelector('#panel-toggle');
panelToggle.addEventListener('click', () => {
  const collapsed = panel.classList.toggle('collapsed');
  panelToggle.setAttribute('aria-expanded', String(!collapsed));
  map?.invalidateSize();
});

document.addEventListener('keydown', e => {
  if (e.key === 'Escape' && !stats.isOpen()) details?.close();
});

start().catch(e => {
  document.querySelector('#results .summary').textContent = t('results.failed', { message: message(e) });
  console.error(e);
});
