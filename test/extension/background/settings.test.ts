import { describe, expect, it } from 'vitest';
import { trainingSystemAdapter } from '../../../shared/adapters';
import { DEFAULT_SETTINGS, mergeSettings, resolveAdapters, toPublicSettings } from '../../../extension/background/settings';

const userAdapter = { id: 'province-x', name: '某省系统', version: 1, match: ['http://10.1.2.3/*'], fields: { acceptedOn: { label: '受理日期' } } };

describe('settings', () => {
  it('fills defaults and ignores values of the wrong type', () => {
    const { settings, locked } = mergeSettings({ companionUrl: 42, locale: 'fr', trainingMode: 'yes' }, {});
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(locked).toEqual([]);
  });

  it('lets policy override the user and lists the locked keys', () => {
    const { settings, locked } = mergeSettings(
      { companionUrl: 'http://127.0.0.1:8787', token: 'user-token', locale: 'en', trainingMode: true },
      { companionUrl: 'http://10.0.0.5:8787', trainingMode: false },
    );
    expect(settings).toMatchObject({ companionUrl: 'http://10.0.0.5:8787', token: 'user-token', locale: 'en', trainingMode: false });
    expect(locked.sort()).toEqual(['companionUrl', 'trainingMode']);
  });

  it('never gives the token to content scripts', () => {
    const pub = toPublicSettings(mergeSettings({ token: 'secret-token' }, {}), []);
    expect(JSON.stringify(pub)).not.toContain('secret-token');
    expect(pub.hasToken).toBe(true);
  });

  it('orders adapters managed, user, built in, validates them and reports the invalid', () => {
    const managed = { ...userAdapter, id: 'province-managed' };
    const broken = { id: 'broken', name: 'x', version: 1, match: ['nope'], fields: {} };
    const { adapters, rejected } = resolveAdapters({ managed: [managed], user: [userAdapter, broken], 'built-in': [trainingSystemAdapter] });
    expect(adapters.map((a) => `${a.source}:${a.adapter.id}`)).toEqual(['managed:province-managed', 'user:province-x', 'built-in:training-system']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ source: 'user', id: 'broken' });
    expect(rejected[0].errors.length).toBeGreaterThan(0);
  });

  it('keeps the first adapter of an id: a user copy does not override policy', () => {
    const { adapters } = resolveAdapters({ managed: [userAdapter], user: [{ ...userAdapter, name: '改过的' }], 'built-in': [] });
    expect(adapters).toHaveLength(1);
    expect(adapters[0].source).toBe('managed');
  });

  it('locks adapters when policy provides some, keeping them before the user\'s', () => {
    const merged = mergeSettings({ adapters: [userAdapter] }, { adapters: [{ ...userAdapter, id: 'p' }] });
    expect(merged.locked).toContain('adapters');
    const pub = toPublicSettings(merged, []);
    expect(pub.adapters.map((a) => a.adapter.id)).toEqual(['p', 'province-x']);
  });
});
