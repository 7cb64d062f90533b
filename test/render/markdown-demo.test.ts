/** The comment a reviewer sees for the demo (fixtures/demo), through the real pipeline on the snapshot inventory. */
import path from 'node:path';
import { expect, it } from 'vitest';
import { snapshotSource } from '../../src/inventory/index.js';
import { runPipeline } from '../../src/pipeline.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/render/markdown.js';

const root = path.resolve(import.meta.dirname, '../..');

it('renders the demo', async () => {
  const report = await runPipeline({
    inputs: [{ kind: 'plan', label: 'demo', path: path.join(root, 'fixtures/demo/plan.json') }],
    inventory: snapshotSource(path.join(root, 'fixtures/demo/inventory.json')),
    settings: { windowDays: 90, failOn: 'high', ignoreRoles: [], maskAccountIds: false },
    readerContext: {},
    clock: () => new Date('2026-11-28T12:00:00Z'),
  });
  const md = renderMarkdown(report, {
    maxLength: GITHUB_COMMENT_LIMIT,
    sourceLinks: { serverUrl: 'https://github.com', repo: 'acme/infra', sha: 'a'.repeat(40) },
    fullReportUrl: 'https://github.com/acme/infra/actions/runs/1',
  });
  expect(md).toContain('⛔ **Blocked:**');
  await expect(md).toMatchFileSnapshot('__snapshots__/demo.md');
});
