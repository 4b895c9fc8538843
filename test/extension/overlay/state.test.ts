import { describe, expect, it } from 'vitest';
import { panelRect, placePanel } from '../../../extension/models/overlay';
import { basisCitation, basisText, lightText, todoText } from '../../../extension/components/present';
import { addMessages, format } from '../../../extension/i18n/catalogue';
import { OVERLAY_EN } from '../../../extension/i18n/overlay-en';
import { OVERLAY_ZH } from '../../../extension/i18n/overlay-zh';
import { wording } from '../../../extension/models/wording';
import { textBundle } from '../../../shared/rules/text';

// The strings as the checker has them once the background answered `ui/text` and `rules/text`.
addMessages({ 'zh-CN': OVERLAY_ZH, en: OVERLAY_EN });
wording.value = textBundle();

const viewport = { width: 1280, height: 800 };
const size = { width: 380, height: 300 };

describe('placePanel: never over the field being edited', () => {
  it('stays put when the focused field is elsewhere', () => {
    expect(placePanel('bottom-right', { left: 10, top: 10, right: 200, bottom: 30 }, size, viewport)).toEqual({ corner: 'bottom-right', shrink: false });
  });

  it('moves to a free corner when the field is beneath it', () => {
    const field = { left: 1000, top: 700, right: 1200, bottom: 720 };
    const p = placePanel('bottom-right', field, size, viewport);
    expect(p).toEqual({ corner: 'bottom-left', shrink: false });
    const r = panelRect(p.corner, size, viewport);
    expect(r.right < field.left || r.left > field.right || r.bottom < field.top || r.top > field.bottom).toBe(true);
  });

  it('shrinks to its header when no corner is free at full size', () => {
    const wide = { left: 0, top: 250, right: 1280, bottom: 560 };
    expect(placePanel('bottom-right', wide, { width: 380, height: 600 }, viewport)).toEqual({ corner: 'bottom-right', shrink: true });
  });
});

describe('how findings read', () => {
  it('says the colour in words, not colour alone', () => {
    expect(lightText('zh-CN', { light: 'red', messageId: 'late' })).toBe('红 逾期');
    expect(lightText('en', { light: 'yellow', messageId: 'due-soon' })).toBe('Yellow: due soon');
    expect(lightText('zh-CN', { light: 'red', messageId: 'some-new-id' })).toBe('红 瑕疵');
  });

  it('cites the basis as law, article, clause and item', () => {
    expect(basisText('zh-CN', { law: '刑事诉讼法', article: 34, clause: 2 })).toBe('《刑事诉讼法》第34条第2款');
    expect(basisText('en', { law: '刑事诉讼法', article: 34, clause: 2 })).toBe('Criminal Procedure Law (2018) art. 34(2)');
    // Cards cite one law at a time, articles together.
    const basis = [
      { law: '刑事诉讼法', article: 79 },
      { law: '人民检察院刑事诉讼规则', article: 102 },
      { law: '人民检察院刑事诉讼规则', article: 103 },
      { law: '刑事诉讼法', article: 34, clause: 2 },
    ] as const;
    expect(basisCitation('zh-CN', basis)).toBe('《刑事诉讼法》第79条、第34条第2款；《人民检察院刑事诉讼规则》第102条、第103条');
    expect(basisCitation('en', basis)).toBe('Criminal Procedure Law (2018) arts. 79, 34(2); SPP Rules of Criminal Procedure (2019) arts. 102, 103');
  });

  it('advises by message, falling back to the light', () => {
    expect(todoText('zh-CN', { light: 'red', messageId: 'missing' })).toContain('补办');
    expect(todoText('en', { light: 'green', messageId: 'done' })).toBe('Nothing to do.');
  });

  it('fills placeholders as plain text', () => {
    expect(format('zh-CN', 'objection.filed', { reason: '<b>x</b>' })).toBe('已提出异议：<b>x</b>');
  });
});
