import { gunzipSync } from 'node:zlib';

/** Data files are embedded gzip+base64 in JSON so the bundle stays small; inflated once, on first use. */
export function inflateEmbedded<T>(base64: string): T {
  return JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8')) as T;
}
