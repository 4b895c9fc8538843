// The overlay as the DevTools protocol sees it. The overlay lives in a CLOSED shadow root (the host
// page cannot see into it, and neither can Playwright's selectors), so tests and benchmarks read it
// the way DevTools does: the pierced DOM (`DOM.getDocument` with `pierce: true` returns closed roots
// too). Clicks and typing go through the protocol's input domain, as a person's would: they are
// trusted events (isTrusted), the only ones the objection form acts on. No test-only build opens the
// root. No vitest here, so bench/ can use it.
import type { CDPSession, Frame, Page } from 'playwright-core';

export interface LightRow {
  rule: string;
  field: string;
  light: string;
}

export const LIGHT_SELECTOR = '[data-rule][data-field][data-light]';

export function key(l: LightRow): string {
  return `${l.rule}@${l.field}=${l.light}`;
}

/** One node of the pierced DOM, as DOM.getDocument returns it. */
interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
  documentURL?: string;
}

/** An element inside the overlay: its attributes and its text (textContent). */
export interface OverlayNode {
  nodeId: number;
  attrs: Record<string, string>;
  text: string;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function pageOf(target: Page | Frame): Page {
  return 'mainFrame' in target ? target : target.page();
}

export async function cdpOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page).then(async (session) => {
      await session.send('DOM.enable');
      return session;
    });
    sessions.set(page, s);
  }
  return s;
}

const attrsOf = (n: CdpNode): Record<string, string> => {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < (n.attributes?.length ?? 0); i += 2) out[n.attributes![i]] = n.attributes![i + 1];
  return out;
};

/** textContent of a node in the pierced tree (its own subtree, not shadow roots or frames below it). */
function textOf(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.localName === 'style' || n.localName === 'script') return '';
  return (n.children ?? []).map(textOf).join('');
}

/**
 * The document of `target` in the pierced tree (the page's, or an iframe's found by its URL) and the
 * shadow roots of the `<caselight-root>` hosts in it. Node ids are valid until the next call.
 */
async function overlayRoots(target: Page | Frame): Promise<{ cdp: CDPSession; roots: CdpNode[]; index: Map<number, CdpNode> }> {
  const page = pageOf(target);
  const cdp = await cdpOf(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: CdpNode };
  const index = new Map<number, CdpNode>();
  const frames: CdpNode[] = [];
  const walk = (n: CdpNode) => {
    index.set(n.nodeId, n);
    if (n.contentDocument) frames.push(n.contentDocument);
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) walk(c);
  };
  walk(root);
  let doc: CdpNode | undefined = root;
  if (target !== page && target !== page.mainFrame()) doc = frames.find((d) => d.documentURL === (target as Frame).url());
  const roots: CdpNode[] = [];
  // The hosts of this document only: a frame's own overlay is found from that frame.
  const hosts = (n: CdpNode) => {
    if (n.localName === 'caselight-root' && n.shadowRoots?.[0]) roots.push(n.shadowRoots[0]);
    for (const c of n.children ?? []) hosts(c);
  };
  if (doc) hosts(doc);
  return { cdp, roots, index };
}

/** Every element matching `selector` inside the overlay of `target`. */
export async function overlayQuery(target: Page | Frame, selector: string): Promise<OverlayNode[]> {
  const { cdp, roots, index } = await overlayRoots(target);
  const out: OverlayNode[] = [];
  for (const r of roots) {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: r.nodeId, selector }) as { nodeIds: number[] };
    for (const id of nodeIds) {
      const n = index.get(id);
      if (n) out.push({ nodeId: id, attrs: attrsOf(n), text: textOf(n) });
    }
  }
  return out;
}

export async function overlayCount(target: Page | Frame, selector: string): Promise<number> {
  return (await overlayQuery(target, selector)).length;
}

/** textContent of the first match, or null. */
export async function overlayText(target: Page | Frame, selector: string): Promise<string | null> {
  return (await overlayQuery(target, selector))[0]?.text ?? null;
}

export async function overlayAttr(target: Page | Frame, selector: string, name: string): Promise<string | null> {
  return (await overlayQuery(target, selector))[0]?.attrs[name] ?? null;
}

/** The border box of the first match in CSS pixels of the page's viewport (like getBoundingClientRect). */
export async function overlayBox(target: Page | Frame, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const [n] = await overlayQuery(target, selector);
  if (!n) throw new Error(`no overlay element matches ${selector}`);
  const cdp = await cdpOf(pageOf(target));
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId: n.nodeId }) as { model: { border: number[] } };
  const xs = [model.border[0], model.border[2], model.border[4], model.border[6]];
  const ys = [model.border[1], model.border[3], model.border[5], model.border[7]];
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

async function pointAt(target: Page | Frame, selector: string): Promise<{ x: number; y: number }> {
  const [n] = await overlayQuery(target, selector);
  if (!n) throw new Error(`no overlay element matches ${selector}`);
  const cdp = await cdpOf(pageOf(target));
  await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: n.nodeId });
  const b = await overlayBox(target, selector);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** A person's click (trusted mouse events through the protocol) on the middle of the first match. */
export async function overlayClick(target: Page | Frame, selector: string): Promise<void> {
  const p = await pointAt(target, selector);
  await pageOf(target).mouse.click(p.x, p.y);
}

export async function overlayHover(target: Page | Frame, selector: string): Promise<void> {
  const p = await pointAt(target, selector);
  await pageOf(target).mouse.move(p.x, p.y);
}

/** Clicks into the first match and types `text` as a person would (trusted input events). */
export async function overlayType(target: Page | Frame, selector: string, text: string): Promise<void> {
  await overlayClick(target, selector);
  await pageOf(target).keyboard.insertText(text);
}

/**
 * Runs `fn` on the first match in the page's own JavaScript world, as a host-page script would if it
 * got hold of the element: what it dispatches is untrusted (isTrusted false).
 */
export async function asPageScript(target: Page | Frame, selector: string, fn: string): Promise<void> {
  const [n] = await overlayQuery(target, selector);
  if (!n) throw new Error(`no overlay element matches ${selector}`);
  const cdp = await cdpOf(pageOf(target));
  const { object } = await cdp.send('DOM.resolveNode', { nodeId: n.nodeId }) as { object: { objectId: string } };
  await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, awaitPromise: true });
}

export async function readLights(target: Page | Frame): Promise<LightRow[]> {
  const rows = (await overlayQuery(target, LIGHT_SELECTOR)).map((n) => ({ rule: n.attrs['data-rule'], field: n.attrs['data-field'], light: n.attrs['data-light'] }));
  return rows.sort((a, b) => key(a).localeCompare(key(b)));
}
