import { test } from 'vitest';
import { generate, GENERATED } from './cdk-fixtures.js';
test('gen', async () => { const t = Date.now(); await generate(GENERATED); console.log('ms', Date.now() - t); }, 300000);
