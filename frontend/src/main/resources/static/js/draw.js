// "My park": drawing a new building or parcel among its neighbours. The park's boundary, buildings and
// parcels are drawn under the sketch; a building's footprint is checked by the server as it is drawn
// (POST /api/buildings/validate, the save's own checks); after a save the new building takes units.
import { api, query } from './api.js';
import { $, h } from './dom.js';
import { labelled, labelOf } from './status.js';
import { createMap } from './base-map.js';

const L = window.L;
const STYLE = {
  park: { color: '#12466e', weight: 2, fillOpacity: 0.04, interactive: false },
  building: { color: '#5c6670', weight: 1, fillColor: '#9aa5b1', fillOpacity: 0.45, interactive: false },
  clash: { color: '#b3261e', weight: 2, fillColor: '#e03131', fillOpacity: 0.55, interactive: false },
  parcel: { color: '#7a5c00', weight: 1, dashArray: '4 3', fillOpacity: 0.05, interactive: false },
  sketch: { color: '#d9480f', weight: 2 },
  sketchBad: { color: '#b3261e', weight: 3, dashArray: '6 4' },
  added: { color: '#2b8a3e', weight: 2, fillOpacity: 0.3, interactive: false },
};
const OUTLINE = '⚠ 轮廓 Outline';
const STATUS = { VACANT: '空置 Vacant', RESERVED: '已预订 Reserved', OCCUPIED: '已占用 Occupied' };

let map;
let parkCode;
let sketch;
let layers;
const points = [];
let checkTimer;
let checkRun = 0;
let newBuilding;

const kind = () => document.querySelector('input[name=draw-kind]:checked').value;

/** A problem led by the label of the form's input it is about (the outline for the geometry). */
function failure(e, form) {
  const field = e?.problem?.field;
  const input = field && form?.querySelector(`[name="${CSS.escape(field)}"]`);
  const label = field === 'geometry' ? OUTLINE : (input?.labels?.[0]?.textContent.replace(/\s+/g, ' ').trim() ?? labelOf(field));
  return labelled(label, e);
}

function tell(id, text, error) {
  $(id).textContent = text;
  $(id).classList.toggle('error', Boolean(error));
}

export async function setUpDrawing() {
  // clicks set corners: a double click must not zoom
  ({ map } = await createMap($('draw-map'), { doubleClickZoom: false }));
  layers = {
    parcels: L.layerGroup().addTo(map),
    buildings: L.layerGroup().addTo(map),
    park: L.layerGroup().addTo(map),
    added: L.layerGroup().addTo(map),
  };
  // on the map only once it has a corner: Leaflet fails drawing an outline without any
  sketch = L.polygon([], { ...STYLE.sketch, interactive: false });
  map.on('click', (e) => { points.push(e.latlng); redraw(); });
  $('undo-point').addEventListener('click', () => { points.pop(); redraw(); });
  $('clear-points').addEventListener('click', () => { points.length = 0; redraw(); });
  document.querySelectorAll('input[name=draw-kind]').forEach((r) => r.addEventListener('change', () => {
    $('building-form').hidden = kind() !== 'building';
    $('parcel-form').hidden = kind() !== 'parcel';
    redraw();
  }));
  $('building-form').addEventListener('submit', saveBuilding);
  $('parcel-form').addEventListener('submit', saveParcel);
  $('unit-form').addEventListener('submit', addUnit);
  redraw();
}

/** The park's boundary and everything already standing in and around it. */
export async function showParkOnMap(code) {
  parkCode = code;
  const { data } = await api(`/api/parks/${code}`);
  layers.park.clearLayers().addLayer(L.geoJSON(data.geometry, { style: STYLE.park, interactive: false }));
  const bounds = layers.park.getLayers()[0].getBounds();
  map.fitBounds(bounds);
  const around = bounds.pad(0.1);
  const bbox = [around.getWest(), around.getSouth(), around.getEast(), around.getNorth()].map((v) => v.toFixed(6)).join(',');
  const [buildings, parcels] = await Promise.all([
    api(`/api/map/buildings${query({ bbox })}`), api(`/api/map/parcels${query({ bbox })}`),
  ]);
  layers.buildings.clearLayers().addLayer(L.geoJSON(buildings.data, {
    interactive: false, style: STYLE.building,
    onEachFeature: (f, layer) => {
      layer.featureId = f.id ?? f.properties?.id;
      layer.on('add', () => layer.getElement()?.setAttribute('data-building-id', layer.featureId));
    },
  }));
  layers.parcels.clearLayers().addLayer(L.geoJSON(parcels.data, { interactive: false, style: STYLE.parcel }));
  const container = map.getContainer();
  container.dataset.buildings = String(buildings.data.features.length);
  container.dataset.parcels = String(parcels.data.features.length);
  redraw();
}

function ring() {
  const corners = points.map((p) => [Number(p.lng.toFixed(7)), Number(p.lat.toFixed(7))]);
  return [...corners, corners[0]];
}

function polygon() {
  return { type: 'Polygon', coordinates: [ring()] };
}

function redraw() {
  sketch.setLatLngs(points);
  if (points.length === 0) sketch.remove();
  else if (!map.hasLayer(sketch)) sketch.addTo(map);
  $('point-count').textContent = `${points.length} 个角点 · ${points.length} corner(s)`;
  clearTimeout(checkTimer);
  checkRun += 1;
  markClash(null);
  if (points.length) sketch.setStyle(STYLE.sketch);
  if (points.length < 3) {
    tell('draw-check', points.length ? '再点几个角点 · Click more corners' : '', false);
    return;
  }
  if (kind() !== 'building') {
    tell('draw-check', '地块边界在保存时检查 · A parcel\'s boundary is checked when it is saved', false);
    return;
  }
  tell('draw-check', '检查中… · Checking…', false);
  const run = checkRun;
  checkTimer = setTimeout(() => checkFootprint(run), 250);
}

/** The save's own checks on the footprint as it stands: in the park, in a town, clear of the neighbours. */
async function checkFootprint(run) {
  try {
    const { data } = await api('/api/buildings/validate', {
      method: 'POST', body: { parkCode, geometry: polygon(), crs: 'EPSG:4326' },
    });
    if (run !== checkRun) return;
    tell('draw-check', `✓ 可以保存：占地 ${data.footprintAreaM2} m²，镇街 ${data.townCode}`
      + ` · Can be saved: footprint ${data.footprintAreaM2} m², town ${data.townCode}`, false);
    $('draw-check').dataset.state = 'ok';
  } catch (e) {
    if (run !== checkRun) return;
    sketch.setStyle(STYLE.sketchBad);
    markClash(e.problem?.overlapsBuildingId ?? null);
    tell('draw-check', failure(e), true);
    $('draw-check').dataset.state = 'problem';
  }
}

function markClash(id) {
  layers?.buildings.eachLayer((group) => group.eachLayer?.((layer) => {
    layer.setStyle(layer.featureId === id && id !== null ? STYLE.clash : STYLE.building);
  }));
}

/** The form's filled inputs by their names, numbers as numbers; empty ones left out. */
function valuesOf(form) {
  const body = {};
  [...form.elements].filter((el) => el.name && el.value !== '' && el.type !== 'radio').forEach((el) => {
    if (el.type === 'number') body[el.name] = Number(el.value);
    else if (el.value === 'true' || el.value === 'false') body[el.name] = el.value === 'true';
    else body[el.name] = el.value.trim();
  });
  return body;
}

function needCorners(messageId) {
  if (points.length >= 3) return false;
  tell(messageId, '请先在地图上点出至少 3 个角点 · Click at least 3 corners on the map first', true);
  return true;
}

function keepDrawn(geometry) {
  layers.added.addLayer(L.geoJSON(geometry, { style: STYLE.added, interactive: false }));
  points.length = 0;
  redraw();
}

async function saveBuilding(event) {
  event.preventDefault();
  if (needCorners('building-message')) return;
  try {
    const { data } = await api('/api/buildings', {
      method: 'POST',
      body: { ...valuesOf($('building-form')), parkCode, geometry: polygon(), crs: 'EPSG:4326' },
    });
    tell('building-message', `楼栋“${data.name}”已保存（编号 ${data.id}），可为它添加单元 · `
      + `Building "${data.name}" saved (id ${data.id}); add its units below`, false);
    layers.buildings.addLayer(L.geoJSON(data.geometry, { style: STYLE.building, interactive: false }));
    keepDrawn(data.geometry);
    $('building-form').reset();
    newBuilding = data;
    $('new-units').hidden = false;
    $('new-units-building').textContent = `— ${data.name} (#${data.id}, ${data.floors}F, ${data.floorAreaM2} m²)`;
    $('new-unit-list').replaceChildren();
    $('u-from').focus();
  } catch (e) {
    tell('building-message', failure(e, $('building-form')), true);
  }
}

async function addUnit(event) {
  event.preventDefault();
  try {
    const { data } = await api(`/api/buildings/${newBuilding.id}/units`, { method: 'POST', body: valuesOf($('unit-form')) });
    tell('unit-message', `单元 #${data.id} 已添加 · Unit #${data.id} added`, false);
    $('new-unit-list').append(h('li', {},
      `#${data.id} · ${data.floorFrom === data.floorTo ? data.floorFrom : `${data.floorFrom}–${data.floorTo}`}F · `
      + `${data.areaM2} m² · ${STATUS[data.status] ?? data.status}`));
    $('unit-form').reset();
    document.dispatchEvent(new CustomEvent('cfk:units-changed'));
  } catch (e) {
    tell('unit-message', failure(e, $('unit-form')), true);
  }
}

async function saveParcel(event) {
  event.preventDefault();
  if (needCorners('parcel-message')) return;
  try {
    const { data } = await api('/api/parcels', {
      method: 'POST',
      body: { ...valuesOf($('parcel-form')), parkCode, geometry: polygon(), crs: 'EPSG:4326' },
    });
    tell('parcel-message', `地块 ${data.parcelNo} 已保存（编号 ${data.id}）· Parcel ${data.parcelNo} saved (id ${data.id})`, false);
    layers.parcels.addLayer(L.geoJSON(data.geometry, { style: STYLE.parcel, interactive: false }));
    keepDrawn(data.geometry);
    $('parcel-form').reset();
  } catch (e) {
    tell('parcel-message', failure(e, $('parcel-form')), true);
  }
}
