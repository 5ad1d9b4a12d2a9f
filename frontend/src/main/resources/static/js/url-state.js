// The view, the language, the tab, the filters and the open detail live in the URL's hash, so a link
// shows the same map to whoever opens it: #lang=en&tab=space&map=14/22.95/113.75&town=CHANGAN&detail=unit:12
export function readUrl() {
  return Object.fromEntries(new URLSearchParams(location.hash.replace(/^#/, '')));
}

export function writeUrl(values) {
  const readable = text => encodeURIComponent(text).replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',');
  const hash = `#${Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false)
    .map(([k, v]) => `${k}=${readable(String(v))}`)
    .join('&')}`;
  if (hash !== location.hash) history.replaceState(null, '', hash);
}
