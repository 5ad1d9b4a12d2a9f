// The search panel: filters for floor space and land, the park list, and the result list that is kept
// in step with the map's markers (hover highlights both, a click opens the details).
import { api, getJson, message, query } from './api.js';
import { label, t } from './i18n.js';
import { floors, futureText, list, num, pct, qty } from './format.js';
import { h } from './dom.js';
import { reference, industryName, townName } from './reference.js';

const PAGE_SIZE = 20;

const KINDS = {
  space: {
    form: '#space-form',
    endpoint: '/api/spaces',
    marker: 'unit',
    fields: ['town', 'park', 'industry', 'minArea', 'maxArea', 'minCeilingHeight', 'minFloorLoad', 'minPowerKva',
      'maxRent', 'fireClass', 'availableBy', 'q', 'groundFloor', 'futureSupply', 'sort', 'inView'],
    defaultSort: '-updated',
    summary: 'results.spaces',
  },
  land: {
    form: '#land-form',
    endpoint: '/api/parcels',
    marker: 'parcel',
    fields: ['town', 'park', 'minAreaMu', 'maxAreaMu', 'planningUse', 'status', 'availableBy', 'sort', 'inView'],
    defaultSort: 'parcelNo',
    summary: 'results.parcels',
  },
};

const OPTIONS = {
  towns: () => [['', t('f.any')], ...reference.towns.map(x => [x.code, townName(x.code)])],
  parks: () => [['', t('f.any')], ...reference.parks.map(x => [x.code, x.name])],
  industries: () => [['', t('f.any')], ...reference.industries.map(x => [x.code, industryName(x.code)])],
  fireClasses: () => [['', t('f.any')], ...['甲', '乙', '丙', '丁', '戊'].map(c => [c, label('fire', c)])],
  planningUses: () => [['', t('f.any')], ...['M0', 'M1', 'M2', 'M3', 'W'].map(c => [c, label('use', c)])],
  parcelStatuses: () => [['', t('f.any')],
    ...['AVAILABLE', 'RESERVE', 'UNDER_CONSTRUCTION', 'SUPPLIED', 'BUILT'].map(c => [c, label('parcelStatus', c)])],
  spaceSorts: () => ['-updated', 'rent', '-rent', '-area', 'area'].map(s => [s, t(`sort.${s}`)]),
  landSorts: () => ['parcelNo', '-area', 'area', 'price', 'supplyDate'].map(s => [s, t(`sort.${s}`)]),
};

export class SearchPanel {
  /** hooks: select(kind, id, item), hover(key, on), results(kind, items), fit(), changed(), bbox() */
  constructor(hooks) {
    this.hooks = hooks;
    this.tab = 'space';
    this.page = 0;
    this.last = null;
    this.list = document.querySelector('.result-list');
    this.summary = document.querySelector('#results .summary');
    this.pager = document.querySelector('#results .pager');
    this.fitButton = document.querySelector('#results .fit-results');
    this.fitButton.addEventListener('click', () => this.hooks.fit());
    this.fillOptions();
    Object.entries(KINDS).forEach(([kind, spec]) => {
      const form = document.querySelector(spec.form);
      form.addEventListener('submit', e => { e.preventDefault(); this.page = 0; this.run(); });
      form.addEventListener('reset', () => setTimeout(() => { this.page = 0; this.run(); }));
      form.addEventListener('change', e => {
        if (e.target.matches('select, input[type=checkbox], input[type=date]')) { this.page = 0; this.run(); }
      });
      form.dataset.kind = kind;
    });
    document.querySelector('#space-form .save-search')?.addEventListener('click', () => this.saveSearch());
    this.pager.querySelector('[data-page=prev]').addEventListener('click', () => { this.page--; this.run(); });
    this.pager.querySelector('[data-page=next]').addEventListener('click', () => { this.page++; this.run(); });
  }

  fillOptions() {
    document.querySelectorAll('select[data-options]').forEach(select => {
      const value = select.value;
      select.replaceChildren(...OPTIONS[select.dataset.options]().map(([v, text]) => h('option', { value: v }, text)));
      select.value = value || select.options[0]?.value || '';
    });
  }

  form(kind = this.tab) {
    return document.querySelector(KINDS[kind].form);
  }

  /** The filters of the current tab that differ from the defaults, as the URL keeps them. */
  values() {
    if (this.tab === 'parks') return {};
    const spec = KINDS[this.tab];
    const form = this.form();
    const values = {};
    spec.fields.forEach(name => {
      const field = form.elements[name];
      const value = field.type === 'checkbox' ? (field.checked ? '1' : '') : field.value.trim();
      if (value && !(name === 'sort' && value === spec.defaultSort)) values[name] = value;
    });
    if (this.page > 0) values.page = this.page + 1;
    return values;
  }

  setValues(tab, values) {
    this.tab = tab;
    if (tab === 'parks') return;
    const spec = KINDS[tab];
    const form = this.form(tab);
    spec.fields.forEach(name => {
      const field = form.elements[name];
      if (field.type === 'checkbox') field.checked = values[name] === '1';
      else field.value = values[name] ?? (name === 'sort' ? spec.defaultSort : '');
    });
    this.page = Math.max(0, (parseInt(values.page, 10) || 1) - 1);
  }

  showTab(tab) {
    this.tab = tab;
    document.querySelectorAll('[role=tab]').forEach(b => {
      const selected = b.dataset.tab === tab;
      b.setAttribute('aria-selected', String(selected));
      b.tabIndex = selected ? 0 : -1;
    });
    document.querySelectorAll('[role=tabpanel]').forEach(p => { p.hidden = p.id !== `pane-${tab}`; });
  }

  /** Runs the search of the current tab and shows its page of results. */
  async run() {
    if (this.tab === 'parks') {
      this.showParks();
      return;
    }
    const kind = this.tab;
    const spec = KINDS[kind];
    const form = this.form();
    const error = form.querySelector('.form-error');
    const params = { ...this.values(), page: this.page, size: PAGE_SIZE };
    delete params.inView;
    if (form.elements.inView.checked) params.bbox = this.hooks.bbox();
    this.hooks.changed();
    this.abort?.abort();
    const controller = new AbortController();
    this.abort = controller;
    this.summary.textContent = t('results.loading');
    form.querySelectorAll('[aria-invalid]').forEach(el => el.removeAttribute('aria-invalid'));
    try {
      const page = await getJson(spec.endpoint + query(params), controller.signal);
      error.hidden = true;
      this.last = { kind, page };
      this.exportLinks(kind, params);
      this.render();
      this.hooks.results(spec.marker, page.items);
    } catch (e) {
      if (e.name === 'AbortError') return;
      error.textContent = t('results.failed', { message: message(e) });
      error.hidden = false;
      const field = e.problem?.field && form.elements[e.problem.field];
      if (field) field.setAttribute('aria-invalid', 'true');
      this.summary.textContent = '';
      this.list.replaceChildren();
      this.pager.hidden = true;
      this.hooks.results(spec.marker, []);
    }
  }

  /**
   * Keeps the space filters as a saved search (issue 14): its owner is told when a unit starts or
   * stops being a hit. The query is what /api/spaces is asked, without sort, page and map view.
   */
  async saveSearch() {
    const params = { ...this.values() };
    ['sort', 'page', 'inView'].forEach(name => delete params[name]);
    const form = this.form('space');
    const error = form.querySelector('.form-error');
    try {
      await api('/api/me/saved-searches', { method: 'POST', body: { kind: 'spaces', query: query(params).slice(1) || 'q=' } });
      error.hidden = true;
      this.summary.textContent = t('f.searchSaved');
    } catch (e) {
      error.textContent = e.status === 401 || e.status === 403 ? t('f.signInToSave') : message(e);
      error.hidden = false;
    }
  }

  /** The results' export links: the space search with all its filters; land by its park and town. */
  exportLinks(kind, params) {
    const box = document.querySelector('#results .exports');
    const filters = { ...params };
    delete filters.page;
    delete filters.size;
    const scope = kind === 'space' ? filters : { park: filters.park, town: filters.town };
    box.querySelectorAll('a').forEach(a => {
      a.href = `/api/exports/${kind === 'space' ? 'spaces' : 'parcels'}.${a.dataset.format}${query(scope)}`;
    });
    box.hidden = false;
  }

  /** Redraws the last results, e.g. in the other language. */
  render() {
    if (this.tab === 'parks') {
      this.showParks();
      return;
    }
    if (!this.last || this.last.kind !== this.tab) return;
    const { kind, page } = this.last;
    const spec = KINDS[kind];
    this.summary.textContent = page.total === 0 ? t('results.none') : t(spec.summary, { total: num(page.total) });
    this.list.replaceChildren(...page.items.map(item => this.item(spec.marker, item,
      kind === 'space' ? spaceContent(item) : parcelContent(item))));
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    this.pager.hidden = page.total <= page.size;
    this.fitButton.hidden = !page.items.some(item => item.point);
    this.pager.querySelector('.page-of').textContent = t('results.pageOf', { page: page.page + 1, pages });
    this.pager.querySelector('[data-page=prev]').disabled = page.page === 0;
    this.pager.querySelector('[data-page=next]').disabled = page.page + 1 >= pages;
  }

  showParks() {
    const parks = [...reference.parks].sort((a, b) => b.vacancyRate - a.vacancyRate || a.code.localeCompare(b.code));
    this.summary.textContent = t('results.parks', { total: parks.length });
    this.pager.hidden = true;
    this.fitButton.hidden = true;
    this.list.replaceChildren(...parks.map(p => this.item('park', { id: p.code }, [
      h('span', { className: 'title' }, p.name),
      h('span', { className: 'sub' }, `${label('level', p.level)} · ${list(p.towns.map(townName))}`),
      h('span', { className: 'facts' },
        h('span', {}, `${t('detail.vacancyRate')} ${pct(p.vacancyRate)}`),
        h('span', {}, `${t('detail.vacantArea')} ${qty(p.vacantAreaM2, 'unit.m2')}`),
        h('span', {}, `${t('detail.availableLand')} ${qty(p.availableLandMu, 'unit.mu', 1)}`)),
    ])));
    this.hooks.results('park', []);
  }

  item(kind, item, content) {
    const key = `${kind}:${item.id}`;
    const button = h('button', {
      type: 'button',
      onclick: () => this.hooks.select(kind, item.id, item),
      onmouseenter: () => this.hooks.hover(key, true),
      onmouseleave: () => this.hooks.hover(key, false),
      onfocus: () => this.hooks.hover(key, true),
      onblur: () => this.hooks.hover(key, false),
    }, content);
    return h('li', { dataset: { key } }, button);
  }

  /** Highlights the list item of a marker the pointer is over. */
  highlight(key, on) {
    this.list.querySelector(`li[data-key="${CSS.escape(key)}"]`)?.classList.toggle('hover', on);
  }

  markSelected(key) {
    this.list.querySelectorAll('li.selected').forEach(li => li.classList.remove('selected'));
    this.list.querySelector(`li[data-key="${CSS.escape(key)}"]`)?.classList.add('selected');
  }

  /** A park chosen on the map or in a detail panel becomes the filter of the space or land search. */
  searchPark(tab, code) {
    this.setValues(tab, { park: code });
    this.showTab(tab);
    this.page = 0;
    this.run();
  }

  viewChanged() {
    if (this.tab !== 'parks' && this.form().elements.inView.checked) {
      this.page = 0;
      this.run();
    }
  }
}

function spaceContent(u) {
  return [
    h('span', { className: 'title' }, `${u.buildingName} · ${floors(u.floorFrom, u.floorTo)}`,
      u.stale ? h('span', { className: 'badge' }, t('badge.stale')) : null,
      u.underConstruction ? h('span', { className: 'badge future' }, futureText(u)) : null),
    h('span', { className: 'sub' }, `${u.parkName ?? t('detail.outsideParks')} · ${townName(u.townCode)}`),
    h('span', { className: 'facts' },
      h('span', {}, qty(u.vacantAreaM2, 'unit.m2')),
      h('span', {}, `${t('detail.height')} ${qty(u.ceilingHeightM, 'unit.m', 1)}`),
      h('span', {}, `${t('detail.load')} ${qty(u.floorLoadKgM2, 'unit.kgm2')}`),
      h('span', {}, `${qty(u.rentYuanM2Month, 'unit.rent', 1)}`)),
  ];
}

function parcelContent(p) {
  return [
    h('span', { className: 'title' }, p.parcelNo),
    h('span', { className: 'sub' }, `${p.parkName ?? t('detail.outsideParks')} · ${townName(p.townCode)}`),
    h('span', { className: 'facts' },
      h('span', {}, qty(p.areaMu, 'unit.mu', 2)),
      h('span', {}, label('use', p.planningUse)),
      h('span', {}, label('parcelStatus', p.status)),
      p.earliestSupplyDate ? h('span', {}, `${t('detail.earliestSupply')} ${p.earliestSupplyDate}`) : null),
  ];
}
