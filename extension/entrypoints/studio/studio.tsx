// The adapter studio's view (side panel): 开始映射 / 停止映射, the picked element (its label, the
// proposed anchors with how many elements each matches now, the value read), the case fields it
// could be (searchable, with the rules that need each), the mapped fields with what the page
// shows and what it parses to, value maps for selects and yes/no text, the coverage of the rule
// catalogue per procedure, and save / export / import / publish. Page text is shown as text only.
// Every string follows the chosen UI language (`locale`, `studio.*` in extension/i18n/pages.ts);
// field, value and rule names come from their bilingual sources through pick().
import { useSignal } from '@preact/signals';
import { anchorKind, anchorValue } from '../../../shared/adapters/anchors';
import { parseAs } from '../../../shared/adapters/parse';
import { FIELD_MAP, PROCEDURES } from '../../../shared/case/fields';
import { valueLabel } from '../../../shared/case/field-text';
import { fieldLabel } from '../../../shared/case/field-text';
import { rules } from '../../../shared/rules';
import { locale, pick, t, type MessageKey } from '../../i18n';
import type { StudioAccess } from '../../studio/access';
import { mapTargets, rulesReading, suggestFields, valuesNeedingMap } from '../../studio/draft';
import type { Notice, StudioModel } from './model';

/** The anchor kinds by name: label and selector are words, name / id / aria are the attributes' own names. */
const KIND_KEYS: Readonly<Record<string, MessageKey>> = { label: 'studio.anchor.label', selector: 'studio.anchor.selector' };

function kindText(kind: string): string {
  const key = KIND_KEYS[kind];
  return key ? t(key) : kind;
}

function show(v: unknown): string {
  if (v === true) return t('studio.yes');
  if (v === false) return t('studio.no');
  if (v === undefined) return '—';
  return String(v);
}

/** A list joined as the locale writes one (、 in Chinese, a comma in English). */
function list(items: readonly string[]): string {
  return items.join(t('studio.listSep'));
}

/** The items of one kind of change in brackets after its count, or nothing when there are none (not "0 added ()"). */
function listed(items: readonly string[]): string {
  return items.length === 0 ? '' : t('studio.diff.list', { items: list(items) });
}

function fieldName(id: string): string {
  return pick(fieldLabel(id));
}

function backHref(model: StudioModel): string {
  return `sidepanel.html${model.tabId.value === undefined ? '' : `?tabId=${model.tabId.value}`}`;
}

/** A notice in the locale of the moment: its message, the companion's reason in the same language. */
function noticeText(n: NonNullable<Notice>): string {
  return t(n.key, n.reason ? { ...n.params, reason: pick(n.reason) } : n.params);
}

/** The studio for those who may use it; for anyone else, why not (and nothing is injected). */
export function StudioGate({ model, access }: { model: StudioModel; access: StudioAccess | null }) {
  if (access?.open) return <Studio model={model} access={access} />;
  return (
    <main data-testid="studio" lang={locale.value}>
      <h1>{t('studio.title')}</h1>
      <p class="small"><a href={backHref(model)}>{t('studio.back')}</a></p>
      {access === null
        ? <p class="muted" role="status" data-testid="studio-checking">{t('studio.checking')}</p>
        : <div class="error" role="alert" data-testid="studio-closed">{access.reason ? pick(access.reason) : ''}</div>}
    </main>
  );
}

export function Studio({ model, access }: { model: StudioModel; access: StudioAccess }) {
  const d = model.draft.value;
  const notice = model.notice.value;
  return (
    <main data-testid="studio" lang={locale.value}>
      <h1>{t('studio.title')}</h1>
      <p class="small"><a href={backHref(model)} onClick={() => void model.close()}>{t('studio.back')}</a></p>
      <p class="muted url" data-testid="studio-url">{model.url.value || '—'}</p>
      {d && (
        <div class="row">
          <label>{t('studio.name')} <input value={d.name} onInput={(e) => model.rename((e.currentTarget as HTMLInputElement).value)} /></label>
          <span class="muted">{d.id} · v{d.version} · {d.match.join(' ')}</span>
        </div>
      )}
      <div class="row">
        {!model.armed.value
          ? <button type="button" class="primary" data-testid="studio-start" onClick={() => void model.start()}>{t('studio.start')}</button>
          : <button type="button" data-testid="studio-stop" onClick={() => void model.stop()}>{t('studio.stop')}</button>}
        <button type="button" data-testid="studio-close" onClick={() => void model.close()}>{t('studio.close')}</button>
      </div>
      {model.armed.value && !model.pick.value && <p class="hint" data-testid="studio-hint">{t('studio.hint')}</p>}
      {notice && (
        <div class={notice.kind} role="status" data-testid="studio-notice">
          {noticeText(notice)}
          {notice.errors && <ul>{notice.errors.map((e) => <li key={e.path + e.zh}>{e.path || '(adapter)'}{locale.value === 'en' ? ': ' : '：'}{pick(e)}</li>)}</ul>}
        </div>
      )}
      {model.pick.value && <PickPanel model={model} />}
      <Mapped model={model} />
      <Coverage model={model} />
      <SaveShare model={model} access={access} />
    </main>
  );
}

function PickPanel({ model }: { model: StudioModel }) {
  const p = model.pick.value!;
  const shown = p.texts[0];
  const suggested = suggestFields(p, model.query.value, 30);
  return (
    <section class="pick" data-testid="studio-pick">
      <h2>{t('studio.pick.title')} <span class="muted">{p.tag}{p.inputType ? `[${p.inputType}]` : ''}{p.frame ? t('studio.pick.frame', { path: p.frame.join(' › ') }) : ''}</span></h2>
      <div>{t('studio.pick.label')}<b data-testid="studio-pick-label">{p.label ?? t('studio.pick.noLabel')}</b></div>
      <div>{t('studio.pick.value')}<b data-testid="studio-pick-value">{p.checked !== undefined ? (p.checked ? t('studio.pick.checked') : t('studio.pick.unchecked')) : (shown ?? t('studio.empty'))}</b>
        {shown !== undefined && <span class="muted">{t('studio.pick.parsed', { date: show(parseAs('date', shown)), yesNo: show(parseAs('yes-no', shown)) })}</span>}
      </div>
      <table class="anchors" data-testid="studio-anchors">
        <thead><tr><th>{t('studio.anchor')}</th><th>{t('studio.anchor.value')}</th><th>{t('studio.anchor.count')}</th></tr></thead>
        <tbody>
          {p.anchors.map((a) => (
            <tr key={JSON.stringify(a.anchor)} class={a.usable ? 'ok' : 'skip'} data-anchor-kind={anchorKind(a.anchor)} data-count={a.count}>
              <td>{kindText(anchorKind(a.anchor))}</td><td class="mono">{anchorValue(a.anchor)}</td><td>{a.count}{a.usable ? ' ✓' : ' ✗'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <input type="search" placeholder={t('studio.search')} value={model.query.value} data-testid="studio-search"
        onInput={(e) => (model.query.value = (e.currentTarget as HTMLInputElement).value)} />
      <ul class="fields" data-testid="studio-fields">
        {suggested.map((f) => {
          const need = rulesReading(rules, f.id);
          const taken = model.mapped.value.has(f.id);
          return (
            <li key={f.id}>
              <button type="button" data-field={f.id} onClick={() => void model.assign(f.id)}>
                <b>{fieldName(f.id)}</b> <span class="muted mono">{f.id}</span>{taken && <span class="tag">{t('studio.mapped.tag')}</span>}
              </button>
              <div class="muted small">{need.length === 0 ? t('studio.rules.none') : t('studio.rules.reading', { n: need.length, rules: `${list(need.slice(0, 3).map((n) => `${n.rule.meta.catalogue ?? n.rule.meta.id}${n.required ? t('studio.rules.required') : ''}`))}${need.length > 3 ? '…' : ''}` })}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Mapped({ model }: { model: StudioModel }) {
  const d = model.draft.value;
  const fields = Object.entries(d?.fields ?? {});
  return (
    <section data-testid="studio-mapped">
      <h2>{t('studio.mapped.title', { n: fields.length })}</h2>
      {fields.length === 0 && <p class="muted">{t('studio.mapped.none')}</p>}
      <ul>
        {fields.map(([id, loc]) => {
          const s = model.states.value[id];
          const status = !s ? 'pending' : !s.found ? 'missing' : s.issue ? 'unreadable' : 'ok';
          const needs = FIELD_MAP.get(id)?.type === 'enum' || FIELD_MAP.get(id)?.type === 'boolean';
          return (
            <li key={id} class={`mapped ${status}`} data-mapped-field={id} data-status={status}>
              <div class="row">
                <b>{fieldName(id)}</b><span class="muted mono">{id}</span>
                <span class={`badge ${status}`}>{status === 'pending' ? '…' : t(`studio.status.${status}`)}</span>
                <button type="button" class="small" onClick={() => void model.remove(id)}>{t('studio.remove')}</button>
              </div>
              <div class="muted small mono">{(loc.anchors ?? []).map((a) => `${anchorKind(a as never)}=${anchorValue(a as never)}`).join(' → ')}{loc.frame ? ` @ ${loc.frame.join(' › ')}` : ''}{loc.format ? ` · ${loc.format}` : ''}{loc.read ? ` · ${loc.read}` : ''}</div>
              {s?.found && <div class="small">{t('studio.shows')} <b data-testid="studio-text">{s.text ?? t('studio.empty')}</b> → {t('studio.parsesTo')} <b data-testid="studio-value">{show(s.value)}</b>{s.issue && <span class="error">{locale.value === 'en' ? ` (${s.issue})` : ` （${s.issue}）`}</span>}</div>}
              {needs && <MapEditor model={model} field={id} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function MapEditor({ model, field }: { model: StudioModel; field: string }) {
  const loc = model.draft.value?.fields[field];
  const s = model.states.value[field];
  const texts = new Set(Object.keys(loc?.map ?? {}));
  // A checkbox reads as checked or not: nothing to map.
  if (s?.text && loc?.read !== 'checked' && valuesNeedingMap(field, { url: '', tag: '', anchors: [], texts: [s.text], readHint: undefined }).length > 0) texts.add(s.text);
  if (texts.size === 0) return null;
  const targets = mapTargets(field);
  return (
    <table class="map" data-testid="studio-map">
      <thead><tr><th>{t('studio.map.text')}</th><th>{t('studio.map.value')}</th></tr></thead>
      <tbody>
        {[...texts].map((shown) => (
          <tr key={shown}>
            <td>{shown}</td>
            <td>
              <select data-map-text={shown} value={loc?.map?.[shown] ?? ''} onChange={(e) => void model.setMap(field, shown, (e.currentTarget as HTMLSelectElement).value)}>
                <option value="">{t('studio.map.none')}</option>
                {targets.map((o) => <option key={o.value} value={o.value}>{pick(o.label)}</option>)}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Coverage({ model }: { model: StudioModel }) {
  const all = model.cover.value;
  const c = all.find((x) => x.procedure === model.procedure.value) ?? all[0];
  return (
    <section data-testid="studio-coverage">
      <h2>{t('studio.coverage.title')}</h2>
      <label>{t('studio.coverage.procedure')} <select value={c.procedure} onChange={(e) => (model.procedure.value = (e.currentTarget as HTMLSelectElement).value)}>
        {PROCEDURES.map((k) => <option key={k} value={k}>{pick(valueLabel('procedure', k))}</option>)}
      </select></label>
      <p data-testid="studio-coverage-summary">{t('studio.coverage.summary', { procedure: pick(c.label), ready: c.ready, grey: c.grey.length })}</p>
      {c.unreadable.length > 0 && <p class="error" data-testid="studio-unreadable">{t('studio.coverage.unreadable', { fields: list(c.unreadable.map(fieldName)) })}</p>}
      <details>
        <summary>{t('studio.coverage.unmapped', { n: c.unmapped.length })}</summary>
        <p class="small">{list(c.unmapped.map(fieldName))}</p>
      </details>
      <details>
        <summary>{t('studio.coverage.grey', { n: c.grey.length })}</summary>
        <ul class="small">{c.grey.map((g) => <li key={g.id}>{t('studio.coverage.missing', { rule: pick(g.title), fields: list(g.missing.map(fieldName)) })}</li>)}</ul>
      </details>
    </section>
  );
}

function SaveShare({ model, access }: { model: StudioModel; access: StudioAccess }) {
  const importing = useSignal(false);
  const text = useSignal('');
  const diff = model.lastDiff.value;
  const download = () => {
    const d = model.draft.peek();
    const blob = new Blob([model.exportJson()], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${d?.id ?? 'adapter'}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return (
    <section data-testid="studio-save">
      <h2>{t('studio.save.title')}</h2>
      <div class="row">
        <button type="button" class="primary" data-testid="studio-save-local" onClick={() => void model.save()}>{t('studio.save.local')}</button>
        <button type="button" data-testid="studio-export" onClick={download}>{t('studio.export')}</button>
        <button type="button" data-testid="studio-import-open" onClick={() => (importing.value = !importing.value)}>{t('studio.import.open')}</button>
        {access.publish && <button type="button" data-testid="studio-publish" onClick={() => void model.publish()}>{t('studio.publish')}</button>}
        {access.publish && <button type="button" data-testid="studio-history" onClick={() => void model.loadHistory()}>{t('studio.history')}</button>}
      </div>
      {access.publishReason && <p class="muted small" data-testid="studio-publish-reason">{pick(access.publishReason)}</p>}
      {importing.value && (
        <div>
          <textarea data-testid="studio-import-text" value={text.value} onInput={(e) => (text.value = (e.currentTarget as HTMLTextAreaElement).value)} />
          <button type="button" onClick={() => void model.importJson(text.peek()).then((ok) => { if (ok) importing.value = false; })}>{t('studio.import')}</button>
        </div>
      )}
      {access.publish && model.history.value && (
        <table data-testid="studio-versions">
          <thead><tr><th>{t('studio.version')}</th><th>{t('studio.publishedAt')}</th><th /></tr></thead>
          <tbody>
            {model.history.value.map((v, i) => (
              <tr key={v.version} data-version={v.version}>
                <td>{t('studio.version.n', { n: v.version })}{v.rollbackOf !== null ? t('studio.version.rollbackOf', { n: v.rollbackOf }) : ''}</td>
                <td>{publishedAt(v.publishedAt)}</td>
                <td>{i === 0 ? t('studio.version.current') : <button type="button" class="small" data-testid="studio-rollback" onClick={() => void model.rollback(v.version)}>{t('studio.rollback')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff && (
        <p class="small" data-testid="studio-diff">
          {t('studio.diff', { added: diff.added.length, addedList: listed(diff.added), changed: diff.changed.length, changedList: listed(diff.changed), removed: diff.removed.length, removedList: listed(diff.removed) })}
          {diff.other.length > 0 ? t('studio.diff.other', { other: list(diff.other) }) : ''}
        </p>
      )}
    </section>
  );
}

/** When a version was published, as the locale writes a date and time, in Asia/Shanghai (the courts' time). */
export function publishedAt(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  // English spells the month out (12/8 reads two ways); hourCycle h23, as `hour12: false` gives 24:30 in English.
  return locale.value === 'en'
    ? at.toLocaleString('en', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23' })
    : at.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
