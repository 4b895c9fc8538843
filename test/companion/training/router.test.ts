import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { Window } from 'happy-dom';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../companion/app.ts';
import { ConfigSchema } from '../../../companion/config.ts';
import { errorHandler, notFound } from '../../../companion/errors.ts';
import { tabsFor } from '../../../companion/training/cards.ts';
import { trainingRouter } from '../../../companion/training/router.ts';
import { SCENARIOS } from '../../../companion/training/scenarios.ts';
import { BANNER } from '../../../companion/training/views/layout.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'caselight-training-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const app = createApp({ config: ConfigSchema.parse({ port: 0, dataDir, demo: false, logLevel: 'silent' }) });

/** The training router alone, on a fixed clock: 2025-09-07T16:30Z is 2025-09-08 00:30 in Shanghai. */
function appAt(iso: string): express.Express {
  const a = express();
  a.use('/training', trainingRouter({ now: () => new Date(iso) }));
  a.use(notFound);
  a.use(errorHandler());
  return a;
}

function parse(html: string): Document {
  const window = new Window({ url: 'http://127.0.0.1/', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Markup that would run script: inline scripts, event-handler attributes, javascript: URLs, inline styles. */
function activeMarkup(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    if (el.tagName === 'SCRIPT' && !el.getAttribute('src')) found.push('inline <script>');
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
      if (attr.name === 'style') found.push(`${el.tagName.toLowerCase()}[style]`);
      if (/^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName.toLowerCase()}[${attr.name}=javascript:]`);
    }
  }
  return found;
}

describe('training system pages', () => {
  it('serves the case list with the training banner and one row per scenario', async () => {
    const res = await request(app).get('/training/').expect(200).expect('Content-Type', /text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    const doc = parse(res.text);
    expect(doc.querySelector('.training-banner')?.textContent).toBe(BANNER);
    expect(doc.querySelectorAll('table.case-list tbody tr')).toHaveLength(SCENARIOS.length);
  });

  it('filters the case list by 案件类别', async () => {
    const res = await request(app).get('/training/?ajlb=custody-review').expect(200);
    const rows = parse(res.text).querySelectorAll('table.case-list tbody tr');
    expect(rows).toHaveLength(SCENARIOS.filter((s) => s.card === 'custody-review').length);
    expect(rows[0].textContent).toContain('羁押必要性审查');
  });

  it('ignores an unknown 案件类别 filter instead of failing', async () => {
    const res = await request(app).get('/training/?ajlb=%3Cscript%3E').expect(200);
    expect(parse(res.text).querySelectorAll('table.case-list tbody tr')).toHaveLength(SCENARIOS.length);
  });

  it('lists every scenario on the picker with its defect, legal basis and expected lights', async () => {
    const res = await request(app).get('/training/scenarios').expect(200);
    const doc = parse(res.text);
    for (const s of SCENARIOS) {
      const row = doc.getElementById(s.id);
      expect(row, s.id).not.toBeNull();
      expect(row?.textContent).toContain(s.defect);
      expect(row?.textContent).toContain(s.basis);
      for (const e of s.expected) expect(row?.textContent).toContain(e.rule);
      expect(row?.querySelector(`a[href="/training/cases/${s.id}"]`)).not.toBeNull();
    }
  });

  it('renders every tab of every case card as a full page and as a fragment', async () => {
    for (const s of SCENARIOS) {
      for (const tab of tabsFor(s.card)) {
        const page = await request(app).get(`/training/cases/${s.id}/${tab.id}`).expect(200);
        const doc = parse(page.text);
        expect(doc.querySelector('#tab-panel')?.getAttribute('data-tab')).toBe(tab.id);
        expect(doc.querySelector(`a[data-tab="${tab.id}"]`)?.classList.contains('active')).toBe(true);
        expect(doc.querySelector('#ajbh')).not.toBeNull();
        const fragment = await request(app).get(`/training/fragments/cases/${s.id}/${tab.id}`).expect(200);
        expect(fragment.text).not.toContain('<html');
      }
      await request(app).get(`/training/cases/${s.id}`).expect(200);
    }
  });

  it('loads scripts and styles only from static files', async () => {
    const res = await request(app).get('/training/cases/clean-prosecution-review').expect(200);
    const doc = parse(res.text);
    expect([...doc.querySelectorAll('script')].map((el) => el.getAttribute('src'))).toEqual(['/training/static/training.js']);
    expect([...doc.querySelectorAll('link[rel=stylesheet]')].map((el) => el.getAttribute('href'))).toEqual(['/training/static/training.css']);
    expect(activeMarkup(doc)).toEqual([]);
    await request(app).get('/training/static/training.js').expect(200).expect('Content-Type', /javascript/);
    await request(app).get('/training/static/training.css').expect(200).expect('Content-Type', /text\/css/);
  });

  it('puts the 认罪认罚 sub-form in an iframe of its own document', async () => {
    const tab = await request(app).get('/training/cases/plea-agreement-without-counsel/rzrf').expect(200);
    const frame = parse(tab.text).querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('/training/frame/cases/plea-agreement-without-counsel/plea');
    const sub = await request(app).get('/training/frame/cases/plea-agreement-without-counsel/plea').expect(200);
    const doc = parse(sub.text);
    expect(doc.querySelector('.training-banner')?.textContent).toBe(BANNER);
    expect(doc.querySelector('input[name="jjsqsrq"]')?.getAttribute('value')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it('answers 404 for an unknown case, tab or frame', async () => {
    await request(app).get('/training/cases/no-such-case').expect(404);
    await request(app).get('/training/cases/clean-prosecution-review/nope').expect(404);
    await request(app).get('/training/cases/custody-exceeds-likely-sentence/rzrf').expect(404);
    await request(app).get('/training/frame/cases/custody-exceeds-likely-sentence/plea').expect(404);
    await request(app).get('/training/static/nope.js').expect(404);
  });
});

describe('hostile text in scenario data', () => {
  const pages = ['akxx', 'bz', 'wscl', 'lcrz'].map((tab) => `/training/cases/hostile-text/${tab}`).concat(['/training/', '/training/scenarios']);

  it.each(pages)('%s shows it as text and runs nothing', async (path) => {
    const res = await request(app).get(path).expect(200);
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<svg onload');
    const doc = parse(res.text);
    expect(activeMarkup(doc)).toEqual([]);
    expect(doc.querySelectorAll('img, svg')).toHaveLength(0);
  });

  it('keeps the exact value in the form controls', async () => {
    const doc = parse((await request(app).get('/training/cases/hostile-text/bz').expect(200)).text);
    expect(doc.querySelector('.remark-view')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect((doc.querySelector('textarea[name="bz"]') as HTMLTextAreaElement | null)?.value).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('input[name="ajmc"]')?.getAttribute('value')).toBe('测试<script>alert(1)</script>某某案');
    const card = parse((await request(app).get('/training/cases/hostile-text').expect(200)).text);
    expect(card.querySelector('input[name="xyrxm"]')?.getAttribute('value')).toBe('张某某"><img src=x onerror=alert(2)>');
    expect(card.querySelector('input[name="sfzh"]')?.getAttribute('value')).toBe('"\'><svg onload=alert(3)>');
  });
});

describe('scenario JSON', () => {
  it('lists every scenario resolved against today in Shanghai', async () => {
    const res = await request(appAt('2025-09-07T16:30:00Z')).get('/training/api/scenarios').expect(200).expect('Content-Type', /json/);
    expect(res.body.today).toBe('2025-09-08');
    expect(res.body.scenarios.map((s: { id: string }) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
  });

  it('resolves day offsets and date-times relative to the request day', async () => {
    const res = await request(appAt('2025-09-07T16:30:00Z')).get('/training/api/scenarios/family-notified-late').expect(200);
    expect(res.body.today).toBe('2025-09-08');
    expect(res.body.snapshot.acceptedOn).toBe('2025-08-29');
    expect(res.body.snapshot.detainedAt).toBe('2025-08-29T10:00');
    expect(res.body.snapshot.familyNotifiedAt).toBe('2025-08-31T16:00');
    expect(res.body.snapshot.caseNumber).toBe('训检刑诉受[2025]0011号');
    expect(res.body.expected).toEqual([{ rule: 'family-notification-24h', field: 'familyNotifiedAt', light: 'red' }]);
    expect(res.body.url).toBe('/training/cases/family-notified-late');
    expect(res.body.fieldLocations.familyNotifiedAt).toEqual({ tab: 'akxx' });
    expect(res.body.fieldLocations.counselPresentAtSigning).toEqual({ tab: 'rzrf', frame: 'plea' });
  });

  it('moves with the clock, so a scenario never goes stale', async () => {
    const a = await request(appAt('2025-09-08T04:00:00Z')).get('/training/api/scenarios/prosecution-review-overdue');
    const b = await request(appAt('2026-03-01T04:00:00Z')).get('/training/api/scenarios/prosecution-review-overdue');
    expect(a.body.snapshot.acceptedOn).toBe('2025-07-25');
    expect(b.body.snapshot.acceptedOn).toBe('2026-01-15');
  });

  it('shows the same dates on the case card as in the JSON', async () => {
    const a = appAt('2025-09-07T16:30:00Z');
    const doc = parse((await request(a).get('/training/cases/family-notified-late').expect(200)).text);
    expect(doc.querySelector('input[name="slrq"]')?.getAttribute('value')).toBe('2025年8月29日');
    expect(doc.querySelector('input[name="jlzxsj"]')?.getAttribute('value')).toBe('2025-08-29T10:00');
    expect(doc.querySelector('input[name="jltzjssj"]')?.getAttribute('value')).toBe('2025年8月31日 16时00分');
  });

  it('answers 404 with a reason for an unknown scenario', async () => {
    const res = await request(app).get('/training/api/scenarios/nope').expect(404);
    expect(res.body.error).toBe('scenario-not-found');
    expect(res.body.reason.zh).toContain('nope');
  });
});
