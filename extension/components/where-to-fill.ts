// Where a grey finding's missing fields are filled in: fields this frame does not show, grouped by
// the host form's tab the adapter names for them ("在「认罪认罚」页填写：具结书签署日期").
export interface FillOnTab {
  tab: string;
  fields: string[];
}

/** Missing fields not shown in this frame and on a named tab, grouped by tab in order of first mention. */
export function fillOnTabs(missing: readonly string[] | undefined, tabs: Readonly<Record<string, string>> | undefined, shown: readonly string[]): FillOnTab[] {
  if (!missing || !tabs) return [];
  const here = new Set(shown);
  const out = new Map<string, string[]>();
  for (const f of missing) {
    const tab = tabs[f];
    if (!tab || here.has(f)) continue;
    const list = out.get(tab);
    if (list) list.push(f);
    else out.set(tab, [f]);
  }
  return [...out].map(([tab, fields]) => ({ tab, fields }));
}
