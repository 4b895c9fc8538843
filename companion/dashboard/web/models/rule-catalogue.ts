// Rule titles and legal bases for the dashboard: the shared/rules registry (severity, deprecation)
// joined with the rules' wording (shared/rules/text: titles, legal bases), each the single source of truth.
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Localized } from '../i18n.ts';

export interface RuleBasisRef {
  law: string;
  article: number;
  clause?: number;
  item?: number;
}

export interface RuleInfo {
  id: string;
  title: Localized;
  basis: Localized;
  severity?: string;
  deprecated: boolean;
}

export type RuleCatalogue = ReadonlyMap<string, RuleInfo>;

interface LawNames { short: string; en: string }

/** The registry module as far as the dashboard reads it. */
export interface RegistryModule {
  rules: readonly { meta: { id: string; title: Localized; basis: readonly RuleBasisRef[]; severity?: string; deprecated?: unknown } }[];
  LAWS: Readonly<Record<string, LawNames>>;
}

/** 刑诉法第34条第2款第3项 / CPL art. 34(2)(3). */
export function formatBasis(basis: readonly RuleBasisRef[], laws: Readonly<Record<string, LawNames>>): Localized {
  const zh = basis.map((b) => {
    const name = laws[b.law]?.short ?? b.law;
    return `${name}第${b.article}条${b.clause ? `第${b.clause}款` : ''}${b.item ? `第${b.item}项` : ''}`;
  });
  const en = basis.map((b) => {
    const name = laws[b.law]?.en ?? b.law;
    return `${name}, art. ${b.article}${b.clause ? `(${b.clause})` : ''}${b.item ? `(${b.item})` : ''}`;
  });
  return { zh: zh.join('；'), en: en.join('; ') };
}

/** The registry module and the text index as the dashboard loads them (two chunks, in parallel). */
export interface RegistryParts {
  rules: readonly { meta: { id: string; severity?: string; deprecated?: unknown } }[];
  LAWS: Readonly<Record<string, LawNames>>;
}
export interface TextParts {
  RULE_TEXT: Readonly<Record<string, { title: Localized; basis: readonly RuleBasisRef[] }>>;
}

/** Each rule with its title and basis from the text index (a rule without wording shows its id). */
export function registryWithText(mod: RegistryParts, text: TextParts): RegistryModule {
  return {
    LAWS: mod.LAWS,
    rules: mod.rules.map((r) => {
      const t = text.RULE_TEXT[r.meta.id];
      return { meta: { ...r.meta, title: t?.title ?? { zh: r.meta.id, en: r.meta.id }, basis: t?.basis ?? [] } };
    }),
  };
}

export function catalogueFrom(mod: RegistryModule): RuleCatalogue {
  return new Map(mod.rules.map((r) => [r.meta.id, {
    id: r.meta.id,
    title: r.meta.title,
    basis: formatBasis(r.meta.basis, mod.LAWS),
    severity: r.meta.severity,
    deprecated: r.meta.deprecated !== undefined,
  }]));
}

/** A rule id the registry does not know (a rule from a newer extension): show the id itself. */
export function ruleInfo(catalogue: RuleCatalogue, id: string): RuleInfo {
  return catalogue.get(id) ?? { id, title: { zh: id, en: id }, basis: { zh: '', en: '' }, deprecated: false };
}

/**
 * Loads the registry in its own chunk, in parallel with the first API call, so the overview's
 * first render does not wait for every rule's check code. Until then titles fall back to ids.
 */
export function loadRuleCatalogue(importRegistry: () => Promise<RegistryModule>): ReadonlySignal<RuleCatalogue> {
  const catalogue = signal<RuleCatalogue>(new Map(), { name: 'ruleCatalogue' });
  importRegistry().then((mod) => { catalogue.value = catalogueFrom(mod); }, () => { /* ids stay visible */ });
  return catalogue;
}
