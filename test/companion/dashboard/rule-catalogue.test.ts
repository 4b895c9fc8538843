import { describe, expect, it } from 'vitest';
import * as registry from '../../../shared/rules/index.ts';
import * as textIndex from '../../../shared/rules/text/index.ts';
import { catalogueFrom, formatBasis, loadRuleCatalogue, registryWithText, ruleInfo } from '../../../companion/dashboard/web/models/rule-catalogue.ts';

const laws = { '刑事诉讼法': { short: '刑诉法', en: 'Criminal Procedure Law (2018)' }, '人民检察院刑事诉讼规则': { short: '规则', en: 'SPP Rules' } };

describe('rule catalogue for the dashboard', () => {
  it('formats legal bases in both languages', () => {
    expect(formatBasis([{ law: '刑事诉讼法', article: 34, clause: 2 }, { law: '人民检察院刑事诉讼规则', article: 40 }], laws)).toEqual({
      zh: '刑诉法第34条第2款；规则第40条',
      en: 'Criminal Procedure Law (2018), art. 34(2); SPP Rules, art. 40',
    });
  });

  it('takes every title from the rules’ wording (shared/rules/text)', () => {
    const catalogue = catalogueFrom(registryWithText(registry, textIndex));
    expect(catalogue.size).toBe(registry.rules.length);
    for (const rule of registry.rules) {
      expect(ruleInfo(catalogue, rule.meta.id).title).toEqual(textIndex.RULE_TEXT[rule.meta.id].title);
    }
  });

  it('shows the id of a rule it does not know', () => {
    expect(ruleInfo(new Map(), 'from-the-future').title).toEqual({ zh: 'from-the-future', en: 'from-the-future' });
  });

  it('fills the signal once the registry chunk arrives', async () => {
    const catalogue = loadRuleCatalogue(async () => ({ rules: [{ meta: { id: 'a-b', title: { zh: '甲', en: 'A' }, basis: [{ law: '刑事诉讼法', article: 1 }] } }], LAWS: laws }));
    expect(catalogue.value.size).toBe(0);
    await new Promise((r) => setTimeout(r, 0));
    expect(catalogue.value.get('a-b')?.basis.zh).toBe('刑诉法第1条');
  });
});
