// The adapter format as data: which host pages an adapter covers and where each case field sits
// on them. An adapter is JSON (built in, pasted on the options page, or pushed by policy), so it
// is validated here with errors a clerk can act on, in Chinese and English.
import { z } from 'zod';
import { isFieldId } from '../case/fields';
import { parseMatchPattern, type ParseKind } from './parse';

export const PARSE_KINDS = ['date', 'datetime', 'yes-no', 'number', 'text'] as const satisfies readonly ParseKind[];

const LOCATORS = ['label', 'selector', 'name'] as const;
export type LocatorKind = (typeof LOCATORS)[number];

/**
 * Where one case field sits on the page: exactly one locator (`label`, `selector` or `name`), and
 * optionally how to read it (`parse`) and how to translate shown text to canonical values (`map`).
 */
export const FieldLocatorSchema = z
  .object({
    /** Visible label text, e.g. `受理日期` (spaces and colons are ignored). */
    label: z.string().trim().min(1).max(100).optional(),
    /** A CSS selector for the control or the element showing the value. */
    selector: z.string().trim().min(1).max(500).optional(),
    /** The form control's `name` attribute. */
    name: z.string().trim().min(1).max(200).optional(),
    parse: z.enum(PARSE_KINDS).optional(),
    /** Shown text (or option value) → canonical value, e.g. `{ "审查起诉": "prosecution-review" }`. */
    map: z.record(z.string(), z.string()).optional(),
    /**
     * The tab (页签) of the host form the field sits on, as its caption reads, e.g. `认罪认罚`: a
     * finding about the field says "在「认罪认罚」页填写…" while that tab is not open. Optional (v1
     * adapters stay valid); omit it for fields on the page every tab shows.
     */
    tab: z.string().trim().min(1).max(50).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const given = LOCATORS.filter((k) => f[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `exactly one locator (label, selector or name) is required, found ${given.length === 0 ? 'none' : given.join(' + ')}`,
        params: { zh: `必须且只能给出一种定位方式（label、selector 或 name），当前为${given.length === 0 ? '无' : given.join(' + ')}` },
      });
    }
  });

export type FieldLocator = z.infer<typeof FieldLocatorSchema>;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FIELD_ID = /^[a-zA-Z][a-zA-Z0-9]{0,63}$/;

export interface AdapterSchemaOptions {
  /** Field ids the adapter may name; default: the case-field registry (shared/case/fields.ts). */
  isKnownField?: (id: string) => boolean;
}

/** Builds the adapter schema; `AdapterSchema` checks field ids against the case-field registry. */
export function createAdapterSchema({ isKnownField = isFieldId }: AdapterSchemaOptions = {}) {
  return z
    .object({
      $schema: z.string().optional(),
      id: z.string().regex(ID, { message: 'lower-case letters, digits and hyphens' }),
      name: z.string().trim().min(1).max(200),
      version: z.number().int().min(1),
      description: z.string().max(2000).optional(),
      /** Pages of a training system: findings there are flagged as training and never reach the ledger. */
      training: z.boolean().optional(),
      match: z
        .array(
          z.string().refine((p) => parseMatchPattern(p) !== undefined, {
            message: 'not a Chrome match pattern such as http://10.1.2.3/ajxx/*',
            params: { zh: '不是有效的匹配模式，应形如 http://10.1.2.3/ajxx/*' },
          }),
        )
        .min(1),
      fields: z.record(z.string(), FieldLocatorSchema).superRefine((fields, ctx) => {
        const ids = Object.keys(fields);
        if (ids.length === 0) {
          ctx.addIssue({ code: 'custom', message: 'an adapter maps at least one field', params: { zh: '适配器至少要映射一个字段' } });
        }
        for (const id of ids) {
          if (!FIELD_ID.test(id) || !isKnownField(id)) {
            ctx.addIssue({
              code: 'custom',
              path: [id],
              message: `unknown case field "${id}" (see shared/case/fields.ts)`,
              params: { zh: `未知的案件字段“${id}”（见 shared/case/fields.ts）` },
            });
          }
        }
      }),
    })
    .strict();
}

export const AdapterSchema = createAdapterSchema();
export type Adapter = z.infer<typeof AdapterSchema>;

export interface AdapterError {
  /** Where in the JSON, e.g. `fields.acceptedOn.parse` ('' for the whole document). */
  path: string;
  zh: string;
  en: string;
}

export type ParseAdapterResult = { ok: true; adapter: Adapter } | { ok: false; errors: AdapterError[] };

const TYPE_ZH: Record<string, string> = {
  string: '文本', number: '数字', boolean: '布尔值（true/false）', object: '对象', array: '数组', undefined: '缺失',
};

function describe(issue: z.core.$ZodIssue): { zh: string; en: string } {
  const params = (issue as { params?: { zh?: string } }).params;
  if (issue.code === 'custom') return { zh: params?.zh ?? issue.message, en: issue.message };
  if (params?.zh) return { zh: params.zh, en: issue.message };
  switch (issue.code) {
    case 'invalid_type': {
      const missing = /received undefined/.test(issue.message);
      return missing
        ? { zh: '缺少必填项', en: 'required' }
        : { zh: `类型应为${TYPE_ZH[issue.expected] ?? issue.expected}`, en: `expected ${issue.expected}` };
    }
    case 'unrecognized_keys':
      return {
        zh: `无法识别的键：${issue.keys.join('、')}（定位方式只能是 label、selector、name）`,
        en: `unknown key(s): ${issue.keys.join(', ')}`,
      };
    case 'invalid_value':
      return {
        zh: `取值应为 ${issue.values.map(String).join(' / ')} 之一`,
        en: `expected one of ${issue.values.map(String).join(' / ')}`,
      };
    case 'too_small':
      return issue.origin === 'array'
        ? { zh: '至少需要一项', en: 'needs at least one entry' }
        : issue.origin === 'string'
          ? { zh: '不能为空', en: 'must not be empty' }
          : { zh: `不能小于 ${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return { zh: `超出上限 ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case 'invalid_format':
      return { zh: '格式不正确：只能用小写字母、数字和连字符', en: `invalid format: ${issue.message}` };
    default:
      return { zh: issue.message, en: issue.message };
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Validates an adapter given as JSON text or a parsed value. Never throws: returns the adapter or
 * every problem, each with its JSON path and a zh and an en message.
 *
 * @example
 * parseAdapter('{"id":"x","name":"X","version":1,"match":["http://10.0.0.1/*"],"fields":{"acceptedOn":{"label":"受理日期"}}}')
 * // { ok: true, adapter: { … } }
 */
export function parseAdapter(json: unknown, options: AdapterSchemaOptions = {}): ParseAdapterResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      return { ok: false, errors: [{ path: '', zh: `不是有效的 JSON：${detail}`, en: `not valid JSON: ${detail}` }] };
    }
  }
  const schema = options.isKnownField ? createAdapterSchema(options) : AdapterSchema;
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, adapter: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: pathOf(issue.path), ...describe(issue) })),
  };
}

/** One line per error, for a message box: `fields.acceptedOn: 缺少必填项 / required`. */
export function formatAdapterErrors(errors: readonly AdapterError[], locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return errors.map((e) => `${e.path || '(adapter)'}: ${locale === 'en' ? e.en : e.zh}`).join('\n');
}
