// @vitest-environment happy-dom
// The adapter studio's view in both UI languages: the real model and view, rendered with the page
// strings (extension/i18n/pages.ts) and only the browser's parts faked (tab, frames, storage,
// permissions, the companion's answers). English shows English throughout (field, value and rule
// names from their bilingual sources), Chinese shows the Chinese the e2e test reads; notices and
// the companion's reasons follow a change of locale; page text stays text. A `studio.*` key used in
// the studio's sources but missing from either table fails here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Adapter } from '../../../shared/adapters/schema';
import { fieldLabel, valueLabel } from '../../../shared/case/field-text';
import { addMessages, catalogues, locale } from '../../../extension/i18n';
import { PAGE_MESSAGES } from '../../../extension/i18n/pages';
import { STUDIO_MESSAGES } from '../../../extension/i18n/studio';
import { studioAccess } from '../../../extension/studio/access';
import type { Pick } from '../../../extension/studio/draft';
import type { FrameProbe } from '../../../extension/studio/picker';
import { createStudioModel, ReasonError, type StudioDeps } from '../../../extension/entrypoints/studio/model';
import { StudioGate, publishedAt } from '../../../extension/entrypoints/studio/studio';

addMessages(PAGE_MESSAGES);
addMessages(STUDIO_MESSAGES);

const HAN = /[\u3400-\u9fff]/;
const PAGE = 'http://10.1.2.3:8080/ajxx/index.html';
const admin = studioAccess({ ok: true, user: { role: 'admin' } });
const trainer = studioAccess({ ok: true, user: { role: 'trainer' } });
const prosecutor = studioAccess({ ok: true, user: { role: 'prosecutor' } });

/** The browser's side of the studio: one tab, one frame that finds what `shown` says, storage in memory. */
function browserSide(shown: Record<string, { text: string; value: unknown }>, companion: Partial<StudioDeps> = {}) {
  const local: Record<string, unknown> = {};
  let listener: ((p: Pick) => void) | null = null;
  const deps: StudioDeps = {
    tabId: async () => 7,
    tabUrl: async () => PAGE,
    inject: async () => undefined,
    async call<T>(_tab: number, method: string, arg?: unknown): Promise<T[]> {
      if (method !== 'probe') return [null as T];
      const fields: FrameProbe['fields'] = {};
      for (const f of Object.keys((arg as Adapter | null)?.fields ?? {})) {
        fields[f] = shown[f] ? { found: true, trials: [{ anchor: { label: f }, count: 1 }] as never, ...shown[f] } : { found: false, trials: [] };
      }
      return [{ url: PAGE, fields } as T];
    },
    onPick(l) {
      listener = l;
      return () => (listener = null);
    },
    local: { get: async () => ({ ...local }), set: async (items) => void Object.assign(local, items) },
    session: { set: async () => undefined, remove: async () => undefined },
    permissions: { contains: async () => true, request: async () => true },
    ...companion,
  };
  return { deps, local, pickOnPage: (p: Pick) => listener?.(p) };
}

/** A pick of the 受理日期 cell as the picker reports it (label and text as the host page has them). */
function pickOf(label: string, text: string): Pick {
  return { url: PAGE, tag: 'span', label, anchors: [{ anchor: { label }, count: 1, usable: true }], texts: [text], readHint: undefined };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  locale.value = 'zh-CN';
});

const settle = () => new Promise((r) => setTimeout(r, 0));
const text = () => container.textContent ?? '';
const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

/** The studio with one field mapped (acceptedOn, read as `shown`) and a pick open. */
async function mappedStudio(label: string, shown: string, companion: Partial<StudioDeps> = {}) {
  const side = browserSide({ acceptedOn: { text: shown, value: '2025-09-08' } }, companion);
  const model = createStudioModel(side.deps);
  await model.load();
  await model.start();
  side.pickOnPage(pickOf(label, shown));
  await model.assign('acceptedOn');
  side.pickOnPage(pickOf(label, shown));
  return { model, side };
}

describe('the studio view follows the UI language', () => {
  it('shows English throughout when the locale is English, and the Chinese the e2e test reads when it is zh-CN', async () => {
    const { model } = await mappedStudio('Accepted on', '2025.09.08');
    locale.value = 'en';
    render(<StudioGate model={model} access={admin} />, container);
    await settle();
    expect(container.querySelector('main')?.getAttribute('lang')).toBe('en');
    expect(container.querySelector('h1')?.textContent).toBe('Adapter studio');
    expect(byTestId('studio-stop')?.textContent).toBe('Stop mapping');
    expect(byTestId('studio-save-local')?.textContent).toBe('Save in this browser');
    expect(byTestId('studio-publish')?.textContent).toBe('Publish to the companion');
    expect(text()).toContain('Mapped fields (1)');
    expect(text()).toContain('Picked element');
    const entry = container.querySelector('[data-mapped-field="acceptedOn"]')!;
    expect(entry.getAttribute('data-status')).toBe('ok');
    expect(entry.textContent).toContain(fieldLabel('acceptedOn').en);
    expect(entry.textContent).toContain('readable');
    expect(byTestId('studio-coverage-summary')?.textContent).toMatch(new RegExp(`^${valueLabel('procedure', 'prosecution-review').en}: \\d+ rules have every field they require; \\d+ rules stay grey for want of a field\\.$`));
    expect([...container.querySelectorAll('[data-testid="studio-coverage"] option')].map((o) => o.textContent)).toContain(valueLabel('procedure', 'prosecution-review').en);
    expect((byTestId('studio-search') as HTMLInputElement).placeholder).toBe('Search case fields (Chinese, English or id)');
    // Nothing Chinese is left: the host page here has English labels, every other word is the studio's
    // (the English names of supervision-case fields keep the legal term 留置 in brackets, by design).
    expect(text().replaceAll('(留置)', '')).not.toMatch(HAN);

    locale.value = 'zh-CN';
    await settle();
    expect(container.querySelector('main')?.getAttribute('lang')).toBe('zh-CN');
    expect(container.querySelector('h1')?.textContent).toBe('适配器映射');
    expect(byTestId('studio-stop')?.textContent).toBe('停止映射');
    expect(text()).toContain('已映射字段（1）');
    expect(container.querySelector('[data-mapped-field="acceptedOn"]')?.textContent).toContain(fieldLabel('acceptedOn').zh);
    expect(byTestId('studio-coverage-summary')?.textContent).toMatch(/^审查起诉：\d+ 条规则不缺必需字段，\d+ 条规则因缺字段保持灰灯。$/);
  });

  it('says its notices in the locale of the moment, the companion’s reason in the same language', async () => {
    const refused = { zh: '令牌已过期', en: 'The token has expired' };
    const { model } = await mappedStudio('受理日期', '2025.09.08', {
      published: async () => [],
      publish: async () => ({ ok: false, error: refused }),
    });
    locale.value = 'en';
    render(<StudioGate model={model} access={admin} />, container);
    expect(await model.save()).toBe(true);
    await settle();
    expect(byTestId('studio-notice')?.textContent).toBe(`Saved in this browser: ${model.draft.peek()!.name} (1 fields)`);
    locale.value = 'zh-CN';
    await settle();
    expect(byTestId('studio-notice')?.textContent).toBe(`已保存到本浏览器：${model.draft.peek()!.name}（1 个字段）`);

    expect(await model.publish()).toBe(false);
    await settle();
    expect(byTestId('studio-notice')?.textContent).toBe('发布失败：令牌已过期');
    locale.value = 'en';
    await settle();
    expect(byTestId('studio-notice')?.textContent).toBe('Publishing failed: The token has expired');
  });

  it('shows a thrown companion reason (versions) in the locale, and an adapter’s errors in it too', async () => {
    const { model } = await mappedStudio('受理日期', '2025.09.08', {
      versions: async () => {
        throw new ReasonError({ zh: '伴随服务不可用', en: 'The companion is unavailable' });
      },
    });
    locale.value = 'en';
    render(<StudioGate model={model} access={admin} />, container);
    await model.loadHistory();
    await settle();
    expect(byTestId('studio-notice')?.textContent).toBe('Could not get the version history: The companion is unavailable');
    expect(await model.importJson('{"id":"x","match":["nope"],"fields":{"acceptDate":{}}}')).toBe(false);
    await settle();
    const notice = byTestId('studio-notice')!;
    expect(notice.firstChild?.textContent).toBe('Import failed');
    expect(notice.querySelector('li')?.textContent).toMatch(/: [^\u3400-\u9fff]+$/);
    locale.value = 'zh-CN';
    await settle();
    expect(notice.textContent).toMatch(/^导入失败/);
    expect(notice.querySelector('li')?.textContent).toMatch(HAN);
  });

  it('says why the studio is closed, and why publishing is not offered, in the locale only', async () => {
    const model = createStudioModel(browserSide({}).deps);
    locale.value = 'en';
    render(<StudioGate model={model} access={null} />, container);
    await settle();
    expect(byTestId('studio-checking')?.textContent).toBe('Checking who is signed in…');
    render(<StudioGate model={model} access={prosecutor} />, container);
    await settle();
    expect(byTestId('studio-closed')?.textContent).toBe('The adapter studio is for administrators and trainers (signed in as prosecutor)');
    expect(byTestId('studio-start')).toBeNull();
    locale.value = 'zh-CN';
    await settle();
    expect(byTestId('studio-closed')?.textContent).toBe('适配器映射仅供管理员和培训讲师使用（当前登录：检察官）');
    expect(container.querySelector('main')?.getAttribute('lang')).toBe('zh-CN');

    render(<StudioGate model={model} access={trainer} />, container);
    await settle();
    expect(byTestId('studio-publish-reason')?.textContent).toBe(trainer.publishReason!.zh);
    expect(byTestId('studio-publish')).toBeNull();
    locale.value = 'en';
    await settle();
    expect(byTestId('studio-publish-reason')?.textContent).toBe(trainer.publishReason!.en);
  });

  it('renders the page’s words as text, never as HTML', async () => {
    const { model } = await mappedStudio('<img src=x onerror=alert(1)>', '<b>2025.09.08</b>');
    render(<StudioGate model={model} access={admin} />, container);
    await settle();
    expect(byTestId('studio-pick-label')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('[data-testid="studio-text"]')?.textContent).toBe('<b>2025.09.08</b>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-testid="studio-text"] b')).toBeNull();
  });

  it('writes the time of a version as the locale writes it, in Asia/Shanghai', () => {
    // 16:30 UTC on 7 December is half past midnight on 8 December in Shanghai.
    expect(publishedAt('2026-12-07T16:30:00Z')).toBe('2026/12/8 00:30:00');
    locale.value = 'en';
    expect(publishedAt('2026-12-07T16:30:00Z')).toBe('Dec 8, 2026, 00:30:00');
  });
});

describe('the studio’s strings', () => {
  const zh = STUDIO_MESSAGES['zh-CN'] as Record<string, string>;
  const en = STUDIO_MESSAGES.en as Record<string, string>;

  it('has the same keys in both tables, kept out of the other pages’ strings', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    // The popup, the options page and the side panel load PAGE_MESSAGES only: the studio's strings are not in it.
    expect(Object.keys(PAGE_MESSAGES['zh-CN']).filter((k) => k.startsWith('studio.'))).toEqual([]);
  });

  it('has every key the studio uses in both tables, and English with no Chinese in it', () => {
    const dir = resolve(import.meta.dirname, '../../../extension/entrypoints/studio');
    const source = ['studio.tsx', 'model.ts', 'main.tsx'].map((f) => readFileSync(resolve(dir, f), 'utf8')).join('\n');
    const used = new Set([...source.matchAll(/'(studio\.[\w.]+)'/g)].map((m) => m[1]));
    // Keys built from a status (`studio.status.${status}`).
    for (const status of ['ok', 'missing', 'unreadable']) used.add(`studio.status.${status}`);
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) {
      expect(zh[key], key).toBeTypeOf('string');
      expect(en[key], key).toBeTypeOf('string');
      expect(catalogues.en[key], key).toBe(en[key]);
    }
    for (const key of Object.keys(en).filter((k) => k.startsWith('studio.'))) {
      expect(en[key], key).not.toMatch(HAN);
      expect(used.has(key), `${key} is not used`).toBe(true);
    }
  });
});
