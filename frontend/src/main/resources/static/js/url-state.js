// The view, the language, the tab, the filters and the open detail live in the URL's hash, so a link
// shows the same map to whoever opens it: #lang=en&tab=space&map=14/22.95/113.75&town=CHANGAN&detail=unit:12
export function readUrl() {
  return Object.fromEntries(new URLSearchParams(location.hash.replace(/^#/, '')));
}

export function writeUrl(values) {
  const q = new URLSearchParams();
  Object.entries(values).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, v);
  });
  const hash = `#${q.toString()}`;
  if (hash !== location.hash) history.replaceState(null, '', hash);
}
