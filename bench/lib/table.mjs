/** Markdown tables and number formatting for the results. */

export function table(headers, rows) {
  const line = (cells) => `| ${cells.map((c) => String(c ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
export const mb = (x) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x < 10 ? `${x.toFixed(1)} MB` : `${Math.round(x)} MB`);
export const ratio = (x) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : `${x.toFixed(2)}×`);
export const range = (s, f) => (s && Number.isFinite(s.min) ? `${f(s.min)}–${f(s.max)}` : '—');
export const met = (ok) => (ok === null || ok === undefined ? 'n/a' : ok ? 'yes' : '**no**');
