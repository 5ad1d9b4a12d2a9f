// The detail panel for a park, a building (with its units), a unit and a parcel.
import { getJson, message } from './api.js';
import { label, t } from './i18n.js';
import { availability, day, floors, futureText, list, num, pct, qty } from './format.js';
import { facts, h } from './dom.js';
import { industryName, parkName, townName } from './reference.js';
import { enquiryForm } from './enquiry-form.js';
import { signedInOrNull } from './session.js';

const L = window.L;

export class DetailPanel {
  /** hooks: focus(kind, id, point), open(kind, id), searchPark(tab, code), closed() */
  constructor(hooks) {
    this.hooks = hooks;
    this.section = document.querySelector('#detail');
    this.body = document.querySelector('#detail-body');
    this.current = null;
    document.querySelector('#detail-close').addEventListener('click', () => this.close());
    this.section.addEventListener('keydown', e => { if (e.key === 'Escape') this.close(); });
  }

  key() {
    return this.current ? `${this.current.kind}:${this.current.id}` : null;
  }

  async open(kind, id, { point, focusMap = true } = {}) {
    // closing gives the focus back to what opened the panel (a result, a map feature), not to the page
    if (!this.section.contains(document.activeElement) && document.activeElement !== document.body) {
      this.returnTo = document.activeElement;
    }
    this.current = { kind, id, data: null };
    this.section.hidden = false;
    this.body.replaceChildren(h('p', { className: 'hint' }, t('detail.loading')));
    const current = this.current;
    try {
      const data = await LOADERS[kind](id);
      if (this.current !== current) return;
      current.data = data;
      this.render();
      this.body.querySelector('h2')?.focus();
      if (focusMap) this.hooks.focus(kind, id, point ?? pointOf(data), data);
    } catch (e) {
      if (this.current !== current) return;
      this.body.replaceChildren(h('h2', { id: 'detail-title', tabindex: '-1' }, t(`detail.${kind}`)),
        h('p', { className: 'form-error', role: 'alert' }, t('detail.failed', { message: message(e) })));
    }
  }

  close() {
    if (this.section.hidden) return;
    const key = this.key();
    this.section.hidden = true;
    this.current = null;
    this.hooks.closed();
    const result = document.querySelector(`.result-list li[data-key="${CSS.escape(key)}"] button`);
    (this.returnTo?.isConnected ? this.returnTo : result)?.focus();
    this.returnTo = null;
  }

  /** Draws the open detail again, e.g. in the other language. */
  render() {
    if (!this.current?.data) return;
    const { kind, data } = this.current;
    this.body.replaceChildren(...RENDERERS[kind].call(this, data));
  }

  link(text, kind, id) {
    return h('button', { type: 'button', className: 'linkish', onclick: () => this.hooks.open(kind, id) }, text);
  }
}

const LOADERS = {
  park: async code => {
    const [park, buildings, efficiency] = await Promise.all([
      getJson(`/api/parks/${encodeURIComponent(code)}`),
      getJson(`/api/buildings?park=${encodeURIComponent(code)}&size=500`),
      parkEfficiency(code)]);
    return { ...park, buildingPage: buildings, efficiency };
  },
  building: id => getJson(`/api/buildings/${encodeURIComponent(id)}`),
  unit: async id => {
    const unit = await getJson(`/api/units/${encodeURIComponent(id)}`);
    const building = await getJson(`/api/buildings/${encodeURIComponent(unit.buildingId)}`);
    return { ...unit, building };
  },
  parcel: id => getJson(`/api/parcels/${encodeURIComponent(id)}`),
};

/**
 * A park's 亩均 figures, for those who may see them (staff and administrators: asked only for them, so
 * no one else meets a refusal); null for everyone else.
 */
async function parkEfficiency(code) {
  const user = await signedInOrNull();
  return user && ['STAFF', 'ADMIN'].includes(user.role) ? getJson(`/api/efficiency/parks/${encodeURIComponent(code)}`) : null;
}

function title(kind, text, ...extra) {
  return [
    h('p', { className: 'kind' }, t(`detail.${kind}`)),
    h('h2', { id: 'detail-title', tabindex: '-1' }, text, ...extra),
  ];
}

/** 在建 · 预计 <date> 可用 when the building is under construction (future supply). */
function future(building) {
  return building.underConstruction ? h('span', { className: 'badge future' }, futureText(building)) : null;
}

function stale(flag) {
  return flag ? h('span', { className: 'badge' }, t('badge.stale')) : null;
}

const RENDERERS = {
  park(p) {
    const buildings = p.buildingPage.items;
    return [
      ...title('park', p.name),
      h('div', { className: 'meter', role: 'img', 'aria-label': `${t('detail.vacancyRate')} ${pct(p.vacancyRate)}` },
        h('span', { style: `width:${Math.min(100, p.vacancyRate * 100)}%` })),
      facts([
        [t('detail.code'), p.code],
        [t('detail.level'), label('level', p.level)],
        [t('detail.towns'), list(p.towns.map(townName))],
        [t('detail.floorArea'), qty(p.floorAreaM2, 'unit.m2')],
        [t('detail.vacantArea'), qty(p.vacantAreaM2, 'unit.m2')],
        [t('detail.vacancyRate'), pct(p.vacancyRate)],
        [t('detail.availableLand'), qty(p.availableLandMu, 'unit.mu', 1)],
        [t('detail.area'), qty(p.areaM2, 'unit.m2')],
        p.plannedAreaM2 ? [t('detail.plannedArea'), qty(p.plannedAreaM2, 'unit.m2')] : null,
        p.managingBody ? [t('detail.managingBody'), p.managingBody] : null,
        [t('detail.counts'), `${num(p.buildingCount)} / ${num(p.unitCount)} / ${num(p.parcelCount)}`],
        p.contact ? [t('detail.contact'), `${p.contact.name} ${p.contact.phone ?? ''}`] : null,
        p.efficiency ? [t('detail.efficiency', { year: p.efficiency.year }),
          `A ${p.efficiency.gradeA} / B ${p.efficiency.gradeB} / C ${p.efficiency.gradeC} / D ${p.efficiency.gradeD}`
            + ` (${num(p.efficiency.evaluated)} / ${num(p.efficiency.occupants)})`] : null,
        p.efficiency?.meanTaxPerMu != null ? [t('detail.meanTaxPerMu'), `${p.efficiency.meanTaxPerMu} ${t('unit.wanYuanPerMu')}`] : null,
        p.efficiency?.meanRevenuePerMu != null ? [t('detail.meanRevenuePerMu'), `${p.efficiency.meanRevenuePerMu} ${t('unit.wanYuanPerMu')}`] : null,
      ]),
      h('h3', {}, t('detail.industries')),
      h('div', { className: 'chips' }, p.industries.map(code => h('span', { className: 'chip' }, industryName(code)))),
      h('div', { className: 'links' },
        h('button', { type: 'button', onclick: () => this.hooks.searchPark('space', p.code) }, t('detail.searchPark')),
        h('button', { type: 'button', onclick: () => this.hooks.searchPark('land', p.code) }, t('detail.searchParkLand'))),
      h('p', { className: 'exports' }, t('detail.export'), ' ',
        ...['units', 'buildings', 'parcels'].flatMap(layer => [
          h('span', {}, t(`export.${layer}`), ' '),
          ...['xlsx', 'geojson', 'gpkg'].map(format => h('a', {
            href: `/api/exports/${layer}.${format}?park=${encodeURIComponent(p.code)}`, download: '',
            className: 'export', dataset: { layer, format } }, `${format} `)),
        ])),
      h('h3', {}, t('detail.buildings', { count: num(p.buildingPage.total) })),
      h('ul', { className: 'building-list' }, buildings.map(b => h('li', {},
        h('button', { type: 'button', onclick: () => this.hooks.open('building', b.id) },
          h('span', {}, b.name, stale(b.stale)),
          h('span', {}, `${t('detail.vacant')} ${pct(b.vacancyShare)}`))))),
    ];
  },

  building(b) {
    const vacant = b.units.filter(u => u.status === 'VACANT').reduce((sum, u) => sum + u.vacantAreaM2, 0);
    return [
      ...title('building', b.name, future(b)),
      facts([
        b.underConstruction ? [t('detail.expectedCompletion'), b.expectedCompletion] : null,
        [t('detail.address'), b.address ?? t('value.unknown')],
        [t('detail.inPark'), b.parkCode ? this.link(parkName(b.parkCode), 'park', b.parkCode) : t('detail.outsideParks')],
        [t('detail.inTown'), townName(b.townCode)],
        [t('detail.type'), label('type', b.type)],
        [t('detail.floorsCount'), t('unit.floors', { count: b.floors })],
        [t('detail.floorArea'), qty(b.floorAreaM2, 'unit.m2')],
        [t('detail.vacantArea'), `${qty(vacant, 'unit.m2')} (${pct(b.floorAreaM2 ? vacant / b.floorAreaM2 : 0)})`],
        [t('detail.structure'), b.structure ?? t('value.unknown')],
        [t('detail.yearBuilt'), b.yearBuilt ?? t('value.unknown')],
        [t('detail.landTenure'), label('tenure', b.landTenure)],
        [t('detail.titleCertificate'), b.titleCertificate == null ? t('value.unknown') : t(b.titleCertificate ? 'detail.yes' : 'detail.no')],
        [t('detail.cargoLifts'), b.cargoLiftCount ? t('detail.cargoLiftsValue', { count: b.cargoLiftCount, tonnes: num(b.cargoLiftTonnes, 1) })
          : (b.cargoLiftCount === 0 ? t('detail.no') : t('value.unknown'))],
        [t('detail.fireClass'), label('fire', b.fireHazardClass)],
      ]),
      h('h3', {}, t('detail.units', { count: b.units.length })),
      h('table', {},
        h('caption', { className: 'hint' }, t('detail.unitsTable')),
        h('thead', {}, h('tr', {}, ['floor', 'status', 'vacant', 'height', 'load', 'rent']
          .map(k => h('th', { scope: 'col' }, t(`detail.${k}`))))),
        h('tbody', {}, b.units.map(u => h('tr', {
          tabindex: '0',
          onclick: () => this.hooks.open('unit', u.id),
          onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.hooks.open('unit', u.id); } },
        },
        h('td', {}, floors(u.floorFrom, u.floorTo), stale(u.stale && u.status === 'VACANT')),
        h('td', {}, label('status', u.status)),
        h('td', {}, u.status === 'VACANT' ? num(u.vacantAreaM2) : '—'),
        h('td', {}, num(u.ceilingHeightM, 1)),
        h('td', {}, num(u.floorLoadKgM2)),
        h('td', {}, num(u.rentYuanM2Month, 1)))))),
      enquiryForm('building', b.id),
    ];
  },

  unit(u) {
    const b = u.building;
    return [
      ...title('unit', `${b.name} · ${floors(u.floorFrom, u.floorTo)}`, stale(u.stale), future(b)),
      facts([
        b.underConstruction ? [t('detail.expectedCompletion'), b.expectedCompletion] : null,
        [t('detail.status'), label('status', u.status)],
        [t('detail.vacantArea'), qty(u.vacantAreaM2, 'unit.m2')],
        [t('detail.unitArea'), qty(u.areaM2, 'unit.m2')],
        [t('detail.ceilingHeight'), qty(u.ceilingHeightM, 'unit.m', 1)],
        [t('detail.floorLoad'), qty(u.floorLoadKgM2, 'unit.kgm2')],
        [t('detail.powerKva'), qty(u.powerKva, 'unit.kva')],
        [t('detail.rentValue'), qty(u.rentYuanM2Month, 'unit.rent', 1)],
        [t('detail.availableFrom'), availability(u)],
        [t('detail.lastConfirmed'), day(u.lastConfirmedAt)],
        [t('detail.fireClass'), label('fire', b.fireHazardClass)],
        [t('detail.inBuilding'), this.link(b.name, 'building', b.id)],
        [t('detail.address'), b.address ?? t('value.unknown')],
        [t('detail.inPark'), b.parkCode ? this.link(parkName(b.parkCode), 'park', b.parkCode) : t('detail.outsideParks')],
        [t('detail.inTown'), townName(b.townCode)],
        u.occupant ? [t('detail.occupant'), u.occupant.name] : null,
      ]),
      enquiryForm('unit', u.id),
    ];
  },

  parcel(p) {
    return [
      ...title('parcel', p.parcelNo),
      facts([
        [t('detail.status'), label('parcelStatus', p.status)],
        [t('detail.area'), `${qty(p.areaMu, 'unit.mu', 2)} (${qty(p.areaM2, 'unit.m2')})`],
        [t('detail.planningUse'), label('use', p.planningUse)],
        [t('detail.plotRatio'), p.plotRatioMin == null ? t('value.unknown') : `${num(p.plotRatioMin, 2)} – ${num(p.plotRatioMax, 2)}`],
        [t('detail.buildingDensity'), pct(p.buildingDensity)],
        [t('detail.greenRatio'), pct(p.greenRatio)],
        [t('detail.heightLimit'), qty(p.heightLimitM, 'unit.m')],
        [t('detail.developmentState'), label('state', p.developmentState)],
        [t('detail.referencePrice'), qty(p.referencePriceWanYuan, 'unit.wanYuan', 2)],
        [t('detail.earliestSupply'), p.earliestSupplyDate ?? t('value.unknown')],
        [t('detail.inPark'), p.parkCode ? this.link(parkName(p.parkCode), 'park', p.parkCode) : t('detail.outsideParks')],
        [t('detail.inTown'), townName(p.townCode)],
      ]),
      ...standardLand(p),
      enquiryForm('parcel', p.id),
    ];
  },
};

/** The 标准地 indicators published for the parcel's supply (issue 16), when it has any. */
function standardLand(p) {
  const rows = [
    p.minInvestmentWanYuanMu == null ? null : [t('detail.minInvestment'), qty(p.minInvestmentWanYuanMu, 'unit.wanYuanMu', 2)],
    p.minTaxWanYuanMu == null ? null : [t('detail.minTax'), qty(p.minTaxWanYuanMu, 'unit.wanYuanMu', 2)],
    p.minOutputWanYuanMu == null ? null : [t('detail.minOutput'), qty(p.minOutputWanYuanMu, 'unit.wanYuanMu', 2)],
    p.maxEnergyTceWanYuan == null ? null : [t('detail.maxEnergy'), qty(p.maxEnergyTceWanYuan, 'unit.tcePerWanYuan', 3)],
  ].filter(Boolean);
  if (!rows.length) return [];
  return [h('h3', {}, t('detail.standardLand')), facts(rows)];
}

/** A point to fly to: the middle of the feature's geometry (or of its building's). */
function pointOf(data) {
  const geometry = data.geometry ?? data.building?.geometry;
  if (!geometry) return null;
  const centre = L.geoJSON(geometry).getBounds().getCenter();
  return { type: 'Point', coordinates: [centre.lng, centre.lat] };
}
