// Every map of the web app stands on one base: the basemap configured on the server
// (GET /api/map/config, cfk.map.basemap-*), or without one (closed networks) the town boundaries.
import { getJson } from './api.js';

const L = window.L;
let config;
let towns;

/** The map configuration, { basemap (or null), bounds: the city's [[south, west], [north, east]] }. */
export function mapConfig() {
  config ??= getJson('/api/map/config');
  return config;
}

/** The towns' simplified boundaries as GeoJSON, asked for once a page. */
export function townBoundaries() {
  towns ??= getJson('/api/map/towns');
  return towns;
}

/** The towns drawn as the base: filled where they are the only base, faint over a basemap. */
export function townShapes(collection, overBasemap) {
  return L.geoJSON(collection, {
    interactive: false,
    style: {
      className: 'town-shape', color: '#7d8b97', weight: 1.2, dashArray: '4 3',
      fillColor: '#fbfaf6', fillOpacity: overBasemap ? 0.15 : 0.9,
    },
  });
}

/**
 * A Leaflet map on the base: the basemap's tiles (and their attribution) when one is configured, else the
 * town boundaries, unless the page draws the towns itself (ownTowns). options: Leaflet's map options, and
 * scale, the corner of the scale bar. Answers { map, hasBasemap, cityBounds }.
 */
export async function createMap(element, { scale = 'bottomleft', ownTowns = false, ...options } = {}) {
  const { basemap, bounds } = await mapConfig();
  const map = L.map(element, { ...options, attributionControl: options.attributionControl !== false || Boolean(basemap) });
  map.attributionControl?.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  if (basemap) {
    L.tileLayer(basemap.url, {
      attribution: basemap.attribution ?? '',
      subdomains: basemap.subdomains ?? 'abc',
      maxZoom: basemap.maxZoom ?? 18,
      maxNativeZoom: basemap.maxZoom ?? 18,
    }).addTo(map);
  }
  L.control.scale({ imperial: false, position: scale }).addTo(map);
  if (!basemap && !ownTowns) {
    townBoundaries()
      .then(collection => townShapes(collection, false).addTo(map).bringToBack())
      .catch(e => console.warn('town boundaries', e));
  }
  return { map, hasBasemap: Boolean(basemap), cityBounds: L.latLngBounds(bounds) };
}
