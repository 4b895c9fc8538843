// How a finding reads in the UI: the light's words, the legal basis, the advice. The one place the
// extension maps a finding to what a user sees (colour words, not colour alone).
import type { Light } from '../../shared/engine';
import type { Basis } from '../../shared/rules/lib/meta';
import { lawEnglish, ruleDeadline } from '../models/wording';
import { hasKey, type MessageKey } from '../i18n/catalogue';
import { format, type Locale } from '../i18n/catalogue';

/** "红 逾期" / "Red: late": the colour word and a short status word. */
export function lightText(locale: Locale, f: { light: Light; messageId?: string }): string {
  const word = hasKey(`word.${f.messageId}`) ? format(locale, `word.${f.messageId}` as MessageKey) : format(locale, `word.${f.light}`);
  const colour = format(locale, `light.${f.light}`);
  return locale === 'en' ? `${colour}: ${word}` : `${colour} ${word}`;
}

function chineseClause(b: Basis): string {
  return `第${b.article}条${b.clause ? `第${b.clause}款` : ''}${b.item ? `第${b.item}项` : ''}`;
}

/** 《刑事诉讼法》第34条第2款 / Criminal Procedure Law (2018) art. 34(2). */
export function basisText(locale: Locale, b: Basis): string {
  if (locale === 'en') {
    const law = lawEnglish(b.law);
    return `${law} art. ${b.article}${b.clause ? `(${b.clause})` : ''}${b.item ? `(${b.item})` : ''}`;
  }
  return `《${b.law}》${chineseClause(b)}`;
}

/**
 * A rule's basis as a citation reads, one law at a time in the order first cited:
 * 《人民检察院刑事诉讼规则》第102条、第103条；《刑事诉讼法》第79条 /
 * SPP Rules of Criminal Procedure (2019) arts. 102, 103; Criminal Procedure Law (2018) art. 79.
 */
export function basisCitation(locale: Locale, basis: readonly Basis[]): string {
  const groups = new Map<string, Basis[]>();
  for (const b of basis) {
    const g = groups.get(b.law);
    if (g) g.push(b);
    else groups.set(b.law, [b]);
  }
  const parts: string[] = [];
  for (const [law, list] of groups) {
    if (locale === 'en') {
      const refs = list.map((b) => `${b.article}${b.clause ? `(${b.clause})` : ''}${b.item ? `(${b.item})` : ''}`);
      parts.push(`${lawEnglish(law)} ${refs.length > 1 ? 'arts.' : 'art.'} ${refs.join(', ')}`);
    } else {
      parts.push(`《${law}》${list.map(chineseClause).join('、')}`);
    }
  }
  return parts.join(locale === 'en' ? '; ' : '；');
}

/** Advice for a finding: by light and message id, else by light. */
export function todoText(locale: Locale, f: { light: Light; messageId?: string }): string {
  const specific = `todo.${f.light}.${f.messageId}`;
  return format(locale, hasKey(specific) ? (specific as MessageKey) : (`todo.${f.light}` as MessageKey));
}

/** The rule's deadline formula in words, when it has one. */
export function deadlineText(locale: Locale, ruleId: string): string | undefined {
  const d = ruleDeadline(ruleId);
  return d ? (locale === 'en' ? d.en : d.zh) : undefined;
}
