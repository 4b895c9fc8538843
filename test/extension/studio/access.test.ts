// Who may use the adapter studio: administrators and trainers open it, only an administrator
// publishes; anyone else, or nobody connected, gets the reason in Chinese and English.
import { describe, expect, it } from 'vitest';
import type { Connection, Role } from '../../../extension/background/connection';
import { studioAccess } from '../../../extension/studio/access';

const signedIn = (role: Role): Connection => ({
  ok: true, user: { name: '某人', role, unitName: '玄武区人民检察院' }, version: '1.0.0', checkedAt: '2026-12-07T10:00:00Z', companionUrl: 'http://127.0.0.1:8787',
});

describe('studioAccess', () => {
  it('opens the studio and publishing to an administrator', () => {
    expect(studioAccess(signedIn('admin'))).toEqual({ open: true, publish: true, reason: null, publishReason: null });
  });

  it('opens the studio to a trainer without publishing, and says why in both languages', () => {
    const a = studioAccess(signedIn('trainer'));
    expect([a.open, a.publish, a.reason]).toEqual([true, false, null]);
    expect(a.publishReason?.zh).toContain('仅限管理员');
    expect(a.publishReason?.en).toContain('for administrators');
  });

  it.each([['prosecutor', '检察官'], ['supervisor', '部门负责人']] as const)('closes it to a %s, naming the role', (role, zh) => {
    const a = studioAccess(signedIn(role));
    expect([a.open, a.publish]).toEqual([false, false]);
    expect(a.reason?.zh).toBe(`适配器映射仅供管理员和培训讲师使用（当前登录：${zh}）`);
    expect(a.reason?.en).toBe(`The adapter studio is for administrators and trainers (signed in as ${role})`);
  });

  it('closes it when nobody is connected, with the connection’s own problem', () => {
    const refused: Connection = {
      ok: false, problem: 'unauthorized', status: 401, field: 'token', checkedAt: '2026-12-07T10:00:00Z',
      message: { zh: '访问令牌无效或已停用（HTTP 401）', en: 'The access token is wrong or revoked (HTTP 401)' },
    };
    const a = studioAccess(refused);
    expect([a.open, a.publish]).toEqual([false, false]);
    expect(a.reason?.zh).toContain('访问令牌无效或已停用');
    expect(a.reason?.en).toContain('options page');
    expect(studioAccess(undefined).open).toBe(false);
    expect(studioAccess(undefined).reason?.zh).toMatch(/^适配器映射须先在设置页/);
  });

  it('never opens it for a role it does not know', () => {
    const odd = { ok: true as const, user: { role: 'auditor' } };
    expect(studioAccess(odd).open).toBe(false);
    expect(studioAccess(odd).publish).toBe(false);
  });
});
