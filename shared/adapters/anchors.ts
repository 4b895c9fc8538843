// Anchors (adapter format v2): the ways one case field can be found on a host page, tried in
// order until one matches exactly one element. Pure data and tests on strings; the DOM work is in
// extension/page/locate.ts (resolving) and extension/page/anchors.ts (proposing, in the studio).

export const ANCHOR_KINDS = ['label', 'name', 'id', 'aria', 'selector'] as const;
export type AnchorKind = (typeof ANCHOR_KINDS)[number];

/** One way to find a field: the visible label, the control's name, a stable id, its aria-label, or CSS. */
export type Anchor = { label: string } | { name: string } | { id: string } | { aria: string } | { selector: string };

/** The kind of an anchor (its single key). */
export function anchorKind(a: Anchor): AnchorKind {
  return (Object.keys(a) as AnchorKind[]).find((k) => (ANCHOR_KINDS as readonly string[]).includes(k))!;
}

/** The anchor's value (label text, name, id, aria-label or selector). */
export function anchorValue(a: Anchor): string {
  return (a as Record<string, string>)[anchorKind(a)];
}

// Ids that UI frameworks number as they build the page, so they change from one load to the next:
// ExtJS ext-gen123 / ext-comp-1001 / ext-element-3, GXT x-auto-4, Element Plus el-id-1024-7,
// jQuery UI ui-id-5, GWT gwt-uid-12, JSF j_idt12, React :r1: / react-select-3, MUI mui-12, Radix,
// Headless UI, Dojo dijit_form_X_0, SmartClient isc_1, YUI yui_3_…, BootstrapVue __BVID__12.
const FRAMEWORK = /^(?:ext-gen|ext-comp|ext-element|extjs|x-auto|x-widget|el-id|el-popper|el-collapse|ui-id|gwt-uid|j_idt|react-select|mui|radix|headlessui|isc_|yui_|dijit_|dojox_|__BVID__|jqxWidget|kendo|vaadin|auto-id|ember|ng-|cdk-|mat-|v-|rc_|rc-)[\w:-]*\d/i;
const GUID = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/i;
const HEX_RUN = /(?:^|[^0-9a-z])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{12,}(?:$|[^0-9a-z])/i;
const DIGIT_RUN = /\d{4,}/;
const NUMBER_PAIR = /\d+[-_:.]\d+$/;
const REACT_ID = /^:[a-z]*\d+[a-z0-9]*:$/i;

/**
 * True for ids a page generates anew on each load (framework counters, GUIDs, timestamps and other
 * long digit runs). Such ids are never proposed as anchors, and an adapter that names one is refused.
 *
 * @example isGeneratedId('ext-gen123') // true
 * @example isGeneratedId('x-auto-4') // true
 * @example isGeneratedId('el-id-1024-7') // true
 * @example isGeneratedId('ajbh') // false
 */
export function isGeneratedId(id: string): boolean {
  const s = id.trim();
  if (s === '') return true;
  if (/^\d/.test(s)) return true; // not addressable by #id, and usually a record or row number
  return FRAMEWORK.test(s) || GUID.test(s) || HEX_RUN.test(s) || DIGIT_RUN.test(s) || NUMBER_PAIR.test(s) || REACT_ID.test(s);
}

/** True when a CSS selector leans on a generated id (`#ext-gen12 input`, `[id="x-auto-4"]`). */
export function selectorUsesGeneratedId(selector: string): boolean {
  for (const m of selector.matchAll(/#((?:\\.|[\w-])+)|\[id[~|^$*]?=["']?([^"'\]]+)["']?\]/g)) {
    const id = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1');
    if (isGeneratedId(id)) return true;
  }
  return false;
}
