// The Leaflet map: towns and parks as the base, buildings and parcels by bounding box from street-level
// zooms (so the number of features stays bounded at every zoom), search results as markers; for staff
// and administrators also occupied buildings by their occupants' 亩均 grade (off at first).
import { getJson, query } from './api.js';
import { label, t } from './i18n.js';
import { num, pct } from './format.js';
import { townName } from './reference.js';
import { signedInOrNull } from './session.js';
import { createMap, townBoundaries, townShapes } from './base-map.js';

const L = window.L;

export const BUILDINGS_FROM_ZOOM = 15;
export const PARCELS_FROM_ZOOM = 13;
const PARK_LABELS_FROM_ZOOM = 11;
const TOWN_LABELS_UNTIL_ZOOM = 12;
const BUILDING_LIMIT = 1500;
const PARCEL_LIMIT = 2000;

const VACANCY_CLASSES = [
  { below: 0.15, colour: '#ffffb2', text: '< 15%' },
  { below: 0.2, colour: '#fecc5c', text: '15–20%' },
  { below: 0.25, colour: '#fd8d3c', text: '20–25%' },
  { below: 0.3, colour: '#f03b20', text: '25–30%' },
  { below: Infinity, colour: '#bd0026', text: '≥ 30%' },
];
const SHARE_CLASSES = [
  { below: 0.25, colour: '#fecc5c', text: '< 25%' },
  { below: 0.5, colour: '#fd8d3c', text: '25–50%' },
  { below: 0.75, colour: '#f03b20', text: '50–75%' },
  { below: Infinity, colour: '#bd0026', text: '≥ 75%' },
];
const NO_VACANCY = '#cfd8df';
const PARCEL_STATUS_COLOURS = {
  AVAILABLE: '#1a9850', RESERVE: '#91cf60', UNDER_CONSTRUCTION: '#fdae61', SUPPLIED: '#bababa', BUILT: '#8073ac',
};
const PLANNING_USE_COLOURS = { M0: '#e7298a', M1: '#66a61e', M2: '#e6ab02', M3: '#a6761d', W: '#1f78b4' };
const RESULT = { fill: '#0b5cad', hover: '#f5a623' };
// the occupants' 亩均 grade of a building (staff only): A and B green, C amber, D red, not evaluated grey
const GRADE_COLOURS = { A: '#1a9850', B: '#91cf60', C: '#fdae61', D: '#d73027', NONE: '#9aa5ae' };

export function vacancyColour(rate, classes = VACANCY_CLASSES) {
  return classes.find(c => rate < c.below).colour;
}

export class MapView {
  /** The map in element, on the shared base (the basemap, else the towns it draws itself). */
  static async create(element, handlers) {
    const [base, user] = await Promise.all([createMap(element, {
      zoomSnap: 0.5, minZoom: 9, maxZoom: 19, scale: 'bottomright', ownTowns: true,
    }), signedInOrNull()]);
    return new MapView(base, handlers, ['STAFF', 'ADMIN'].includes(user?.role));
  }

  /**
   * handlers: select(kind, id), hoverResult(key, on), moved(view), rightInset() (pixels the detail panel covers)
   */
  constructor({ map, hasBasemap, cityBounds }, handlers, staff = false) {
    this.handlers = handlers;
    // staff and administrators also get the layer of occupants' grades (evaluation results)
    this.staff = staff;
    this.parcelColouring = 'status';
    this.selected = null;
    this.truncated = { buildings: false, parcels: false, grades: false };
    this.parkLayers = new Map();
    this.resultMarkers = new Map();
    this.requests = {};

    this.map = map;
    this.hasBasemap = hasBasemap;
    this.cityBounds = cityBounds;
    this.map.setMaxBounds(this.cityBounds.pad(0.5));

    // Parcels and buildings are many: each on a canvas in its own pane above the towns' and parks' SVG.
    this.map.createPane('parcels').style.zIndex = 440;
    this.map.createPane('buildings').style.zIndex = 450;
    // the occupants' grades (staff) above the buildings' vacancy, never mixed with it
    this.map.createPane('grades').style.zIndex = 460;
    this.map.createPane('results').style.zIndex = 620;
    // town and park names stay readable over the result dots: their pane above the results'
    this.map.createPane('labels').style.zIndex = 640;
    this.map.getPane('labels').style.pointerEvents = 'none';
    this.parcelCanvas = L.canvas({ padding: 0.2, pane: 'parcels' });
    this.buildingCanvas = L.canvas({ padding: 0.2, pane: 'buildings' });
    this.gradeCanvas = L.canvas({ padding: 0.2, pane: 'grades' });
    this.towns = L.featureGroup().addTo(this.map);
    this.parks = L.featureGroup().addTo(this.map);
    this.parcels = L.featureGroup();
    this.buildings = L.featureGroup().addTo(this.map);
    this.grades = L.featureGroup();
    this.results = L.featureGroup().addTo(this.map);
    this.townLabels = L.layerGroup();
    this.parkLabels = L.layerGroup();

    this.legend = L.control({ position: 'bottomleft' });
    this.legend.onAdd = () => {
      // the legend folds away (folded at first on small screens), its title always there to open it
      const div = L.DomUtil.create('details', 'legend');
      div.open = !window.matchMedia('(max-width: 900px)').matches;
      const title = L.DomUtil.create('summary', 'legend-title', div);
      title.dataset.i18n = 'legend.title';
      title.textContent = t('legend.title');
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      this.legendElement = L.DomUtil.create('div', 'legend-body', div);
      this.renderLegend();
      return div;
    };
    this.legend.addTo(this.map);
    this.addLayerControl();

    let timer;
    this.map.on('zoomend', () => { this.renderLegend(); this.restyle(); });
    this.map.on('moveend', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.refreshDetailLayers();
        this.handlers.moved(this.view());
      }, 200);
      this.updateLabels();
    });
    this.map.on('overlayadd overlayremove', () => {
      this.updateLabels();
      this.refreshDetailLayers();
      this.renderLegend();
    });
  }

  addLayerControl() {
    if (this.layerControl) this.layerControl.remove();
    this.layerControl = L.control.layers(null, {
      [t('layer.towns')]: this.towns,
      [t('layer.parks')]: this.parks,
      [t('layer.buildings')]: this.buildings,
      [t('layer.parcels')]: this.parcels,
      ...(this.staff ? { [t('layer.grades')]: this.grades } : {}),
      [t('layer.results')]: this.results,
    }, { collapsed: false, position: 'topleft' }).addTo(this.map);
  }

  /** Draws towns and parks, then shows the whole city or the given view. */
  async init(view) {
    const [towns, parks] = await Promise.all([townBoundaries(), getJson('/api/map/parks')]);
    this.drawTowns(towns);
    this.drawParks(parks);
    if (view) {
      this.map.setView([view.lat, view.lng], view.z);
    } else {
      this.map.fitBounds(this.towns.getBounds(), { padding: [10, 10] });
    }
    this.updateLabels();
    this.refreshDetailLayers();
  }

  drawTowns(collection) {
    this.townFeatures = collection.features;
    townShapes(collection, this.hasBasemap).eachLayer(layer => this.towns.addLayer(layer));
    this.renderTownLabels();
  }

  renderTownLabels() {
    this.townLabels.clearLayers();
    (this.townFeatures ?? []).forEach(f => {
      const [lon, lat] = f.properties.label;
      this.townLabels.addLayer(L.tooltip({ permanent: true, direction: 'center', className: 'town-label', interactive: false, pane: 'labels' })
        .setLatLng([lat, lon]).setContent(escapeHtml(townName(f.properties.code).replace(/ (Town|Subdistrict)$/, ''))));
    });
  }

  drawParks(collection) {
    this.parkFeatures = collection.features;
    L.geoJSON(collection, {
      style: f => this.parkStyle(f.properties),
      onEachFeature: (f, layer) => {
        this.parkLayers.set(f.properties.code, layer);
        layer.getElement?.()?.setAttribute('data-code', f.properties.code);
        layer.bindTooltip(() => `${escapeHtml(f.properties.name)}<br>${t('detail.vacancyRate')} ${pct(f.properties.vacancyRate)}`,
          { sticky: true });
        layer.on('click', () => this.handlers.select('park', f.properties.code));
      },
    }).eachLayer(layer => this.parks.addLayer(layer));
    this.parkLayers.forEach((layer, code) => layer.getElement()?.setAttribute('data-code', code));
    this.renderParkLabels();
  }

  /** Parks fade as the map zooms in, so that their buildings stand out. */
  parkStyle(p) {
    const z = this.map.getZoom();
    const selected = this.selected === `park:${p.code}`;
    return {
      className: 'park-shape', color: selected ? '#0b5cad' : '#7a1b00', weight: selected ? 3 : 1.5,
      fillColor: vacancyColour(p.vacancyRate), fillOpacity: z >= BUILDINGS_FROM_ZOOM ? 0.2 : (z >= 13 ? 0.45 : 0.75),
    };
  }

  renderParkLabels() {
    this.parkLabels.clearLayers();
    (this.parkFeatures ?? []).forEach(f => {
      const [lon, lat] = f.properties.label;
      const short = f.properties.name.split('（')[0];
      this.parkLabels.addLayer(L.tooltip({ permanent: true, direction: 'center', className: 'park-label', interactive: false, pane: 'labels' })
        .setLatLng([lat, lon]).setContent(escapeHtml(short)));
    });
  }

  updateLabels() {
    const z = this.map.getZoom();
    toggle(this.map, this.townLabels, this.map.hasLayer(this.towns) && z <= TOWN_LABELS_UNTIL_ZOOM);
    toggle(this.map, this.parkLabels, this.map.hasLayer(this.parks) && z >= PARK_LABELS_FROM_ZOOM);
  }

  /** Buildings and parcels in the view, only from their zooms and never more than their limits. */
  refreshDetailLayers() {
    const z = this.map.getZoom();
    const bbox = this.bbox(0.15);
    this.loadLayer('buildings', z >= BUILDINGS_FROM_ZOOM && this.map.hasLayer(this.buildings),
      `/api/map/buildings${query({ bbox, limit: BUILDING_LIMIT })}`, c => this.drawBuildings(c));
    this.loadLayer('parcels', z >= PARCELS_FROM_ZOOM && this.map.hasLayer(this.parcels),
      `/api/map/parcels${query({ bbox, limit: PARCEL_LIMIT })}`, c => this.drawParcels(c));
    if (this.staff) {
      this.loadLayer('grades', z >= BUILDINGS_FROM_ZOOM && this.map.hasLayer(this.grades),
        `/api/map/occupant-grades${query({ bbox, limit: BUILDING_LIMIT })}`, c => this.drawGrades(c));
    }
  }

  async loadLayer(name, visible, url, draw) {
    this.requests[name]?.abort();
    const container = this.map.getContainer();
    if (!visible) {
      this[name].clearLayers();
      this.truncated[name] = false;
      container.dataset[name] = '0';
      this.renderLegend();
      return;
    }
    const controller = new AbortController();
    this.requests[name] = controller;
    try {
      const collection = await getJson(url, controller.signal);
      this[name].clearLayers();
      draw(collection);
      this.truncated[name] = Boolean(collection.truncated);
      // How many features are drawn, for anyone checking that the layers stay bounded.
      container.dataset[name] = String(collection.features.length);
      this.renderLegend();
    } catch (e) {
      if (e.name !== 'AbortError') console.warn(`Could not load ${name}`, e);
    }
  }

  drawBuildings(collection) {
    L.geoJSON(collection, {
      renderer: this.buildingCanvas,
      style: f => this.buildingStyle(f.properties),
      onEachFeature: (f, layer) => {
        const p = f.properties;
        layer.feature = f;
        layer.bindTooltip(() => `${escapeHtml(p.name)} · ${label('type', p.type)}<br>`
          + `${t('detail.vacantArea')} ${num(p.vacantAreaM2)} ${t('unit.m2')} (${pct(p.vacancyShare)})`
          + (p.stale ? ` · ${t('badge.stale')}` : ''), { sticky: true });
        layer.on('click', () => this.handlers.select('building', p.id));
      },
    }).eachLayer(layer => this.buildings.addLayer(layer));
  }

  buildingStyle(p) {
    const selected = this.selected === `building:${p.id}`;
    return {
      color: selected ? '#0b5cad' : (p.stale ? '#5b2a86' : '#4d5a66'),
      weight: selected ? 3 : (p.stale ? 2 : 0.8),
      dashArray: p.stale ? '4 3' : null,
      fillColor: p.vacancyShare > 0 ? vacancyColour(p.vacancyShare, SHARE_CLASSES) : NO_VACANCY,
      fillOpacity: 0.85,
    };
  }

  /** Occupied buildings coloured by their occupants' grade, over the vacancy colours (staff only). */
  drawGrades(collection) {
    L.geoJSON(collection, {
      renderer: this.gradeCanvas,
      style: f => ({ color: '#0d1b2a', weight: 2, fillColor: GRADE_COLOURS[f.properties.grade], fillOpacity: 1 }),
      onEachFeature: (f, layer) => {
        const p = f.properties;
        layer.bindTooltip(() => `${escapeHtml(p.name)} · ${escapeHtml(t('legend.gradeOf', { grade: label('grade', p.grade) }))}<br>`
          + `A ${p.gradeA} / B ${p.gradeB} / C ${p.gradeC} / D ${p.gradeD} / ${escapeHtml(label('grade', 'NONE'))} ${p.notEvaluated}`,
        { sticky: true });
        layer.on('click', () => this.handlers.select('building', p.id));
      },
    }).eachLayer(layer => this.grades.addLayer(layer));
  }

  drawParcels(collection) {
    L.geoJSON(collection, {
      renderer: this.parcelCanvas,
      style: f => this.parcelStyle(f.properties),
      onEachFeature: (f, layer) => {
        const p = f.properties;
        layer.bindTooltip(() => `${escapeHtml(p.parcelNo)} · ${num(p.areaMu, 2)} ${t('unit.mu')}<br>`
          + `${label('parcelStatus', p.status)} · ${label('use', p.planningUse)}`, { sticky: true });
        layer.on('click', () => this.handlers.select('parcel', p.id));
      },
    }).eachLayer(layer => this.parcels.addLayer(layer));
  }

  parcelStyle(p) {
    const selected = this.selected === `parcel:${p.id}`;
    const colours = this.parcelColouring === 'use' ? PLANNING_USE_COLOURS : PARCEL_STATUS_COLOURS;
    const key = this.parcelColouring === 'use' ? p.planningUse : p.status;
    return { color: selected ? '#0b5cad' : '#2f3b45', weight: selected ? 3 : 0.8, fillColor: colours[key], fillOpacity: 0.6 };
  }

  restyle() {
    this.parks.eachLayer(l => l.setStyle(this.parkStyle(l.feature.properties)));
    this.buildings.eachLayer(l => l.setStyle(this.buildingStyle(l.feature.properties)));
    this.parcels.eachLayer(l => l.setStyle(this.parcelStyle(l.feature.properties)));
  }

  /** Search results as markers, each with a key "kind:id" shared with the result list. */
  setResults(kind, items) {
    this.results.clearLayers();
    this.resultMarkers.clear();
    items.filter(item => item.point).forEach(item => {
      const [lon, lat] = item.point.coordinates;
      const key = `${kind}:${item.id}`;
      const marker = L.circleMarker([lat, lon], {
        pane: 'results', radius: 7, color: '#fff', weight: 2, fillColor: RESULT.fill, fillOpacity: 1,
        className: 'result-marker',
      });
      marker.on('mouseover', () => { this.highlightResult(key, true); this.handlers.hoverResult(key, true); });
      marker.on('mouseout', () => { this.highlightResult(key, false); this.handlers.hoverResult(key, false); });
      marker.on('click', () => this.handlers.select(kind, item.id, { fromResult: true }));
      this.results.addLayer(marker);
      this.resultMarkers.set(key, marker);
    });
  }

  /** Fits the map to the result dots, beside the detail panel when it covers the map. */
  fitResults() {
    const bounds = this.results.getBounds();
    if (!bounds.isValid()) return;
    this.map.fitBounds(bounds, {
      paddingTopLeft: [40, 40], paddingBottomRight: [40 + this.handlers.rightInset(), 40], maxZoom: 16,
    });
  }

  highlightResult(key, on) {
    const marker = this.resultMarkers.get(key);
    if (!marker) return;
    marker.setStyle({ radius: on ? 11 : 7, fillColor: on ? RESULT.hover : RESULT.fill });
    if (on) marker.bringToFront();
  }

  /** Marks a feature as selected and brings it into view, beside the detail panel when it covers the map. */
  focus(kind, id, point) {
    this.selected = `${kind}:${id}`;
    this.restyle();
    const inset = this.handlers.rightInset();
    if (kind === 'park') {
      const layer = this.parkLayers.get(id);
      if (layer) this.map.flyToBounds(layer.getBounds(), { maxZoom: 15, duration: 0.6, paddingBottomRight: [inset, 0] });
      return;
    }
    if (point) {
      const [lon, lat] = point.coordinates;
      const zoom = kind === 'parcel' ? Math.max(this.map.getZoom(), 16) : Math.max(this.map.getZoom(), 17);
      const centre = this.map.unproject(this.map.project([lat, lon], zoom).add([inset / 2, 0]), zoom);
      this.map.flyTo(centre, zoom, { duration: 0.6 });
    }
  }

  clearSelection() {
    this.selected = null;
    this.restyle();
  }

  view() {
    const c = this.map.getCenter();
    return { z: this.map.getZoom(), lat: c.lat, lng: c.lng };
  }

  bbox(pad = 0) {
    const b = this.map.getBounds().pad(pad);
    const r = v => v.toFixed(5);
    return [r(b.getWest()), r(b.getSouth()), r(b.getEast()), r(b.getNorth())].join(',');
  }

  showParcels() {
    if (this.map.hasLayer(this.parcels)) return;
    this.parcels.addTo(this.map);
    if (this.parkFeatures) {
      this.refreshDetailLayers();
      this.renderLegend();
    }
  }

  invalidateSize() {
    this.map.invalidateSize();
  }

  refreshLanguage() {
    this.addLayerControl();
    this.renderTownLabels();
    this.renderLegend();
    this.updateLabels();
  }

  renderLegend() {
    const div = this.legendElement;
    if (!div) return;
    const z = this.map.getZoom();
    const swatches = (entries) => `<div class="ramp">${entries.map(([colour, text]) =>
      `<span class="item"><span class="swatch" style="background:${colour}"></span>${escapeHtml(text)}</span>`).join('')}</div>`;
    const vacancy = VACANCY_CLASSES.map(c => [c.colour, c.text]);
    const parcelColours = this.parcelColouring === 'use'
      ? Object.entries(PLANNING_USE_COLOURS).map(([k, c]) => [c, label('use', k)])
      : Object.entries(PARCEL_STATUS_COLOURS).map(([k, c]) => [c, label('parcelStatus', k)]);
    const notes = [];
    if (this.map.hasLayer(this.buildings) && z < BUILDINGS_FROM_ZOOM) {
      notes.push(`<div class="note">${escapeHtml(t('legend.buildingsFrom', { zoom: BUILDINGS_FROM_ZOOM }))}</div>`);
    }
    if (this.map.hasLayer(this.parcels) && z < PARCELS_FROM_ZOOM) {
      notes.push(`<div class="note">${escapeHtml(t('legend.parcelsFrom', { zoom: PARCELS_FROM_ZOOM }))}</div>`);
    }
    if (this.map.hasLayer(this.grades) && z < BUILDINGS_FROM_ZOOM) {
      notes.push(`<div class="note">${escapeHtml(t('legend.gradesFrom', { zoom: BUILDINGS_FROM_ZOOM }))}</div>`);
    }
    if (this.truncated.buildings || this.truncated.parcels || this.truncated.grades) {
      notes.push(`<div class="note warn">${escapeHtml(t('legend.truncated'))}</div>`);
    }
    div.innerHTML = `
      <h2>${escapeHtml(t('legend.parks'))}</h2>${swatches(vacancy)}
      ${this.map.hasLayer(this.buildings) && z >= BUILDINGS_FROM_ZOOM ? `<h2>${escapeHtml(t('legend.buildings'))}</h2>
        ${swatches([[NO_VACANCY, t('legend.none')], ...SHARE_CLASSES.map(c => [c.colour, c.text])])}<div class="item"><span class="swatch stale"></span>${escapeHtml(t('legend.stale'))}</div>` : ''}
      ${this.map.hasLayer(this.parcels) && z >= PARCELS_FROM_ZOOM ? `<h2>${escapeHtml(t('legend.parcels'))}
        <label>· ${escapeHtml(t('legend.colourBy'))}<select id="parcel-colouring">
          <option value="status" ${this.parcelColouring === 'status' ? 'selected' : ''}>${escapeHtml(t('legend.byStatus'))}</option>
          <option value="use" ${this.parcelColouring === 'use' ? 'selected' : ''}>${escapeHtml(t('legend.byUse'))}</option>
        </select></label></h2>${swatches(parcelColours)}` : ''}
      ${this.map.hasLayer(this.grades) && z >= BUILDINGS_FROM_ZOOM ? `<h2 id="legend-grades">${escapeHtml(t('legend.grades'))}</h2>
        ${swatches(Object.entries(GRADE_COLOURS).map(([k, c]) => [c, label('grade', k)]))}` : ''}
      <div class="item"><span class="swatch result"></span>${escapeHtml(t('legend.result'))}</div>
      ${notes.join('')}`;
    div.querySelector('#parcel-colouring')?.addEventListener('change', e => {
      this.parcelColouring = e.target.value;
      this.restyle();
      this.renderLegend();
    });
  }
}

function toggle(map, layer, on) {
  if (on && !map.hasLayer(layer)) layer.addTo(map);
  if (!on && map.hasLayer(layer)) layer.remove();
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
