// The adapter studio's view (side panel): 开始映射 / 停止映射, the picked element (its label, the
// proposed anchors with how many elements each matches now, the value read), the case fields it
// could be (searchable, with the rules that need each), the mapped fields with what the page
// shows and what it parses to, value maps for selects and yes/no text, the coverage of the rule
// catalogue per procedure, and save / export / import / publish. Page text is shown as text only.
import { useSignal } from '@preact/signals';
import { anchorKind, anchorValue } from '../../../shared/adapters/anchors';
import { parseAs } from '../../../shared/adapters/parse';
import { FIELD_MAP, PROCEDURES } from '../../../shared/case/fields';
import { valueLabel } from '../../../shared/case/field-text';
import { fieldLabel } from '../../../shared/case/field-text';
import { rules } from '../../../shared/rules';
import type { StudioAccess } from '../../studio/access';
import { mapTargets, rulesReading, suggestFields, valuesNeedingMap } from '../../studio/draft';
import type { StudioModel } from './model';

const KIND_ZH: Record<string, string> = { label: '标签', name: 'name', id: 'id', aria: 'aria', selector: '选择器' };

function show(v: unknown): string {
  if (v === true) return '是';
  if (v === false) return '否';
  if (v === undefined) return '—';
  return String(v);
}

/** The studio for those who may use it; for anyone else, why not (and nothing is injected). */
export function StudioGate({ model, access }: { model: StudioModel; access: StudioAccess | null }) {
  if (access?.open) return <Studio model={model} access={access} />;
  return (
    <main data-testid="studio" lang="zh-CN">
      <h1>适配器映射 <span class="muted">Adapter studio</span></h1>
      <p class="small"><a href={`sidepanel.html${model.tabId.value === undefined ? '' : `?tabId=${model.tabId.value}`}`}>← 返回本页提示</a></p>
      {access === null
        ? <p class="muted" role="status" data-testid="studio-checking">正在核对登录身份… / Checking who is signed in…</p>
        : <div class="error" role="alert" data-testid="studio-closed">{access.reason?.zh}<br /><span lang="en">{access.reason?.en}</span></div>}
    </main>
  );
}

export function Studio({ model, access }: { model: StudioModel; access: StudioAccess }) {
  const d = model.draft.value;
  return (
    <main data-testid="studio" lang="zh-CN">
      <h1>适配器映射 <span class="muted">Adapter studio</span></h1>
      <p class="small"><a href={`sidepanel.html${model.tabId.value === undefined ? '' : `?tabId=${model.tabId.value}`}`} onClick={() => void model.close()}>← 返回本页提示</a></p>
      <p class="muted url" data-testid="studio-url">{model.url.value || '—'}</p>
      {d && (
        <div class="row">
          <label>名称 <input value={d.name} onInput={(e) => model.rename((e.currentTarget as HTMLInputElement).value)} /></label>
          <span class="muted">{d.id} · v{d.version} · {d.match.join(' ')}</span>
        </div>
      )}
      <div class="row">
        {!model.armed.value
          ? <button type="button" class="primary" data-testid="studio-start" onClick={() => void model.start()}>开始映射</button>
          : <button type="button" data-testid="studio-stop" onClick={() => void model.stop()}>停止映射</button>}
        <button type="button" data-testid="studio-close" onClick={() => void model.close()}>关闭</button>
      </div>
      {model.armed.value && !model.pick.value && <p class="hint" data-testid="studio-hint">点击页面上的一个字段（输入框、下拉框或显示值的文字）。/ Click a field on the page.</p>}
      {model.notice.value && (
        <div class={model.notice.value.kind} role="status" data-testid="studio-notice">
          {model.notice.value.text}
          {model.notice.value.errors && <ul>{model.notice.value.errors.map((e) => <li key={e.path + e.zh}>{e.path || '(adapter)'}：{e.zh} / {e.en}</li>)}</ul>}
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
  const list = suggestFields(p, model.query.value, 30);
  return (
    <section class="pick" data-testid="studio-pick">
      <h2>所选元素 <span class="muted">{p.tag}{p.inputType ? `[${p.inputType}]` : ''}{p.frame ? ` · 框架 ${p.frame.join(' › ')}` : ''}</span></h2>
      <div>标签：<b data-testid="studio-pick-label">{p.label ?? '（未找到）'}</b></div>
      <div>读取值：<b data-testid="studio-pick-value">{p.checked !== undefined ? (p.checked ? '☑ 已勾选' : '☐ 未勾选') : (shown ?? '（空）')}</b>
        {shown !== undefined && <span class="muted"> → 日期 {show(parseAs('date', shown))} · 是否 {show(parseAs('yes-no', shown))}</span>}
      </div>
      <table class="anchors" data-testid="studio-anchors">
        <thead><tr><th>锚点</th><th>值</th><th>匹配数</th></tr></thead>
        <tbody>
          {p.anchors.map((a) => (
            <tr key={JSON.stringify(a.anchor)} class={a.usable ? 'ok' : 'skip'} data-anchor-kind={anchorKind(a.anchor)} data-count={a.count}>
              <td>{KIND_ZH[anchorKind(a.anchor)]}</td><td class="mono">{anchorValue(a.anchor)}</td><td>{a.count}{a.usable ? ' ✓' : ' ✗'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <input type="search" placeholder="搜索案件字段（中文、英文或 id）" value={model.query.value} data-testid="studio-search"
        onInput={(e) => (model.query.value = (e.currentTarget as HTMLInputElement).value)} />
      <ul class="fields" data-testid="studio-fields">
        {list.map((f) => {
          const need = rulesReading(rules, f.id);
          const taken = model.mapped.value.has(f.id);
          return (
            <li key={f.id}>
              <button type="button" data-field={f.id} onClick={() => void model.assign(f.id)}>
                <b>{fieldLabel(f.id).zh}</b> <span class="muted mono">{f.id}</span>{taken && <span class="tag">已映射</span>}
              </button>
              <div class="muted small">{need.length === 0 ? '无规则读取' : `${need.length} 条规则读取：${need.slice(0, 3).map((n) => `${n.rule.meta.catalogue ?? n.rule.meta.id}${n.required ? '（必需）' : ''}`).join('、')}${need.length > 3 ? '…' : ''}`}</div>
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
      <h2>已映射字段（{fields.length}）</h2>
      {fields.length === 0 && <p class="muted">尚未映射字段。</p>}
      <ul>
        {fields.map(([id, loc]) => {
          const s = model.states.value[id];
          const status = !s ? 'pending' : !s.found ? 'missing' : s.issue ? 'unreadable' : 'ok';
          const needs = FIELD_MAP.get(id)?.type === 'enum' || FIELD_MAP.get(id)?.type === 'boolean';
          return (
            <li key={id} class={`mapped ${status}`} data-mapped-field={id} data-status={status}>
              <div class="row">
                <b>{fieldLabel(id).zh}</b><span class="muted mono">{id}</span>
                <span class={`badge ${status}`}>{status === 'ok' ? '可读' : status === 'missing' ? '本页未找到' : status === 'unreadable' ? '无法解析' : '…'}</span>
                <button type="button" class="small" onClick={() => void model.remove(id)}>移除</button>
              </div>
              <div class="muted small mono">{(loc.anchors ?? []).map((a) => `${anchorKind(a as never)}=${anchorValue(a as never)}`).join(' → ')}{loc.frame ? ` @ ${loc.frame.join(' › ')}` : ''}{loc.format ? ` · ${loc.format}` : ''}{loc.read ? ` · ${loc.read}` : ''}</div>
              {s?.found && <div class="small">页面显示 <b data-testid="studio-text">{s.text ?? '（空）'}</b> → 解析为 <b data-testid="studio-value">{show(s.value)}</b>{s.issue && <span class="error"> （{s.issue}）</span>}</div>}
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
      <thead><tr><th>页面显示</th><th>对应值</th></tr></thead>
      <tbody>
        {[...texts].map((t) => (
          <tr key={t}>
            <td>{t}</td>
            <td>
              <select data-map-text={t} value={loc?.map?.[t] ?? ''} onChange={(e) => void model.setMap(field, t, (e.currentTarget as HTMLSelectElement).value)}>
                <option value="">（不映射）</option>
                {targets.map((o) => <option key={o.value} value={o.value}>{o.label.zh}</option>)}
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
      <h2>规则覆盖</h2>
      <label>办案环节 <select value={c.procedure} onChange={(e) => (model.procedure.value = (e.currentTarget as HTMLSelectElement).value)}>
        {PROCEDURES.map((k) => <option key={k} value={k}>{valueLabel('procedure', k).zh}</option>)}
      </select></label>
      <p data-testid="studio-coverage-summary">{c.label.zh}：{c.ready} 条规则不缺必需字段，{c.grey.length} 条规则因缺字段保持灰灯。</p>
      {c.unreadable.length > 0 && <p class="error" data-testid="studio-unreadable">已映射但本页读不出：{c.unreadable.map((f) => fieldLabel(f).zh).join('、')}</p>}
      <details>
        <summary>未映射的字段（{c.unmapped.length}）</summary>
        <p class="small">{c.unmapped.map((f) => fieldLabel(f).zh).join('、')}</p>
      </details>
      <details>
        <summary>保持灰灯的规则（{c.grey.length}）</summary>
        <ul class="small">{c.grey.map((g) => <li key={g.id}>{g.title.zh}：缺 {g.missing.map((f) => fieldLabel(f).zh).join('、')}</li>)}</ul>
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
      <h2>保存与共享</h2>
      <div class="row">
        <button type="button" class="primary" data-testid="studio-save-local" onClick={() => void model.save()}>保存到本浏览器</button>
        <button type="button" data-testid="studio-export" onClick={download}>导出 JSON</button>
        <button type="button" data-testid="studio-import-open" onClick={() => (importing.value = !importing.value)}>导入 JSON</button>
        {access.publish && <button type="button" data-testid="studio-publish" onClick={() => void model.publish()}>发布到伴随服务</button>}
        {access.publish && <button type="button" data-testid="studio-history" onClick={() => void model.loadHistory()}>版本历史</button>}
      </div>
      {access.publishReason && <p class="muted small" data-testid="studio-publish-reason">{access.publishReason.zh}<br /><span lang="en">{access.publishReason.en}</span></p>}
      {importing.value && (
        <div>
          <textarea data-testid="studio-import-text" value={text.value} onInput={(e) => (text.value = (e.currentTarget as HTMLTextAreaElement).value)} />
          <button type="button" onClick={() => void model.importJson(text.peek()).then((ok) => { if (ok) importing.value = false; })}>导入</button>
        </div>
      )}
      {access.publish && model.history.value && (
        <table data-testid="studio-versions">
          <thead><tr><th>版本</th><th>发布时间</th><th /></tr></thead>
          <tbody>
            {model.history.value.map((v, i) => (
              <tr key={v.version} data-version={v.version}>
                <td>第 {v.version} 版{v.rollbackOf !== null ? `（回滚自第 ${v.rollbackOf} 版）` : ''}</td>
                <td>{new Date(v.publishedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}</td>
                <td>{i === 0 ? '当前' : <button type="button" class="small" data-testid="studio-rollback" onClick={() => void model.rollback(v.version)}>回滚到此版</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff && (
        <p class="small" data-testid="studio-diff">本次发布变更：新增 {diff.added.length}（{diff.added.join('、')}），修改 {diff.changed.length}（{diff.changed.join('、')}），删除 {diff.removed.length}（{diff.removed.join('、')}）{diff.other.length > 0 ? `，其他：${diff.other.join('、')}` : ''}</p>
      )}
    </section>
  );
}
