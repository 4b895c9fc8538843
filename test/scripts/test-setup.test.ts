// `npm test`'s first step: install what the e2e tests need when allowed, otherwise stop with one exact command.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan, type Machine } from '../../scripts/test-setup.ts';

const all: Machine = { chromiumPath: '/usr/bin/chromium', chromium: true, cjkFont: true, root: true, apt: true, noInstall: false };

describe('npm test set-up plan', () => {
  it('does nothing when chromium and the CJK font are there', () => {
    expect(plan(all)).toEqual({ action: 'ready' });
  });

  it('installs what is missing, saying so, when root with apt-get', () => {
    const p = plan({ ...all, chromium: false, cjkFont: false });
    expect(p.action).toBe('install');
    if (p.action !== 'install') return;
    expect(p.commands).toEqual([['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']]);
    expect(p.message).toContain('installing chromium fonts-noto-cjk');
  });

  it('installs only the font when only the font is missing', () => {
    const p = plan({ ...all, cjkFont: false });
    expect(p.action === 'install' && p.packages).toEqual(['fonts-noto-cjk']);
  });

  it('stops with the one exact command when not root', () => {
    const p = plan({ ...all, chromium: false, root: false });
    expect(p).toMatchObject({ action: 'stop', command: 'sudo apt-get install -y chromium' });
  });

  it('stops when there is no apt-get, or installing is switched off', () => {
    expect(plan({ ...all, chromium: false, apt: false })).toMatchObject({ action: 'stop', command: 'apt-get install -y chromium' });
    expect(plan({ ...all, cjkFont: false, noInstall: true })).toMatchObject({ action: 'stop', command: 'apt-get install -y fonts-noto-cjk' });
  });

  it('the script itself exits 1 with the command on stderr (chromium at a missing path, installing switched off)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../../scripts/test-setup.ts')], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', CASELIGHT_NO_INSTALL: '1' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/nonexistent/chromium');
    expect(r.stderr).toMatch(/\n {2}(sudo )?apt-get install -y chromium\n?$/);
  });

  it('the script passes quietly on a machine that has both', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../../scripts/test-setup.ts')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
  });
});
