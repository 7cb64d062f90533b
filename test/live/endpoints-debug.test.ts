/** The SDK's own AWS_ENDPOINT_URL is honoured (no endpoint forced by the tool), and --debug gets one line per call. */
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveInventory } from '../../src/inventory/live/index.js';
import { startFakeAccount, type FakeAccount } from './fake-account.js';

let account: FakeAccount | undefined;
const saved = { ...process.env };
afterEach(async () => {
  process.env = { ...saved };
  await account?.stop();
  account = undefined;
});

describe('endpoints and debug output', () => {
  it('reaches the endpoint named by AWS_ENDPOINT_URL, with the default credential chain', async () => {
    account = await startFakeAccount();
    process.env.AWS_ENDPOINT_URL = account.endpoint;
    process.env.AWS_ACCESS_KEY_ID = 'AKIDFROMENV';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret';
    process.env.AWS_REGION = 'eu-central-1';
    delete process.env.AWS_PROFILE;
    const lines: string[] = [];
    const snapshot = await createLiveInventory({ timeoutMs: 20_000, cloudtrail: false, maxAttempts: 1, sleep: async () => {}, debug: (l) => lines.push(l) }).collect({
      roles: [{ name: 'worker' }],
      managedPolicies: [],
      removedServices: {},
    });
    expect(snapshot.regions).toEqual(['eu-central-1']);
    expect(snapshot.roles[0]!.existence).toBe('found');
    expect(account.requests.some((r) => r.service === 'lambda' && r.region === 'eu-central-1')).toBe(true);
    expect(String(account.requests[0]?.headers.authorization)).toContain('Credential=AKIDFROMENV/');
    expect(lines).toContainEqual(expect.stringMatching(/^api lambda:ListFunctions eu-central-1 111111111111 ok \d+ms$/));
    expect(lines).toContainEqual(expect.stringMatching(/^stage identity \d+ms$/));
  });
});
