/** The inventory snapshot file: read, validate, and serve it as an inventory source (offline replay). */
import { readFile } from 'node:fs/promises';
import { InputError, formatPath } from '../errors.js';
import { jsonErrorPlace } from '../json-place.js';
import { inventorySnapshotSchema, type InventorySnapshot, type InventorySource } from '../model/inventory.js';

export interface SnapshotSource extends InventorySource {
  readonly kind: 'snapshot';
  readonly file: string;
}

export async function readSnapshot(file: string): Promise<InventorySnapshot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'file not found');
    if (code === 'EISDIR') throw new InputError(file, 'is a directory, expected an inventory snapshot JSON file');
    throw new InputError(file, `cannot read the file (${code ?? 'error'})`);
  }
  return parseSnapshot(text, file);
}

export function parseSnapshot(text: string, file: string): InventorySnapshot {
  if (text.trim() === '') throw new InputError(file, 'file is empty, expected an inventory snapshot (JSON)');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, 'is not JSON: expected an inventory snapshot (schema: docs/inventory.schema.json)', jsonErrorPlace(text, e));
  }
  const parsed = inventorySnapshotSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      file,
      `not a valid inventory snapshot: ${issue?.message ?? 'schema mismatch'} (schema: docs/inventory.schema.json)`,
      formatPath(issue?.path ?? []),
    );
  }
  if (Number.isNaN(new Date(parsed.data.collectedAt).getTime())) {
    throw new InputError(file, `collectedAt is not an ISO 8601 instant: "${parsed.data.collectedAt}"`, 'collectedAt');
  }
  return parsed.data;
}


export function snapshotSource(file: string): SnapshotSource {
  let loaded: Promise<InventorySnapshot> | undefined;
  return {
    kind: 'snapshot',
    file,
    collect: () => (loaded ??= readSnapshot(file)),
  };
}
