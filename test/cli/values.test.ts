import { describe, expect, it } from 'vitest';
import { parseFailOn, parseInstant, parseLabelled, parseMaxAttempts, parseRegions, parseTimeoutSeconds, parseWindowDays } from '../../src/cli/values.js';

describe('option values are parsed strictly', () => {
  it.each(['90', '1', '400', ' 30 '])('accepts --window-days %j', (v) => {
    expect(parseWindowDays(v)).toBe(Number(v.trim()));
  });
  it.each(['', '0', '401', '9x', '1e2', '-3', '3.5', '0x10', 'ninety', '90 days'])('refuses --window-days %j', (v) => {
    expect(() => parseWindowDays(v)).toThrow(`--window-days: expected a whole number of days from 1 to 400, got "${v}"`);
  });
  it('parses --timeout in seconds', () => {
    expect(parseTimeoutSeconds('120')).toBe(120);
    expect(() => parseTimeoutSeconds('120s')).toThrow('--timeout');
  });
  it('parses --max-attempts from 1 to 20', () => {
    expect(parseMaxAttempts('1')).toBe(1);
    expect(parseMaxAttempts('20')).toBe(20);
    for (const v of ['0', '21', '3.5', 'five']) {
      expect(() => parseMaxAttempts(v)).toThrow(`--max-attempts: expected a whole number of attempts from 1 to 20, got "${v}"`);
    }
  });
  it('parses --fail-on', () => {
    expect(parseFailOn('never')).toBe('never');
    expect(() => parseFailOn('HIGH')).toThrow('--fail-on: expected high, medium, low or never, got "HIGH"');
  });
  it('parses --regions', () => {
    expect(parseRegions('all')).toBe('all');
    expect(parseRegions('eu-west-1, us-east-1,eu-west-1')).toEqual(['eu-west-1', 'us-east-1']);
    expect(parseRegions('us-gov-west-1')).toEqual(['us-gov-west-1']);
    expect(() => parseRegions(',')).toThrow('--regions');
    expect(() => parseRegions('EU-WEST-1')).toThrow('--regions');
  });
  it('parses --now as a full ISO instant only', () => {
    expect(parseInstant('2026-11-28T21:00:00Z').toISOString()).toBe('2026-11-28T21:00:00.000Z');
    expect(parseInstant('2026-11-28T22:00+01:00').toISOString()).toBe('2026-11-28T21:00:00.000Z');
    expect(() => parseInstant('2026-11-28')).toThrow('--now');
    expect(() => parseInstant('2026-13-40T00:00:00Z')).toThrow('--now');
  });
  it('splits name=path labels', () => {
    expect(parseLabelled('prod=plans/prod.json')).toEqual({ label: 'prod', path: 'plans/prod.json' });
    expect(parseLabelled('plans/prod.json')).toEqual({ label: 'plans/prod.json', path: 'plans/prod.json' });
    expect(parseLabelled('./a=b.json')).toEqual({ label: './a=b.json', path: './a=b.json' });
  });
});
