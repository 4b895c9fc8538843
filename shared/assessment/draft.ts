// The 社会危险性 paragraph of the 审查逮捕意见书 / 审查报告, drafted in Chinese from the ticked items, their
// evidence references (kept only in the browser) and the result, for the prosecutor to edit. It
// states the assessment, never the decision.
import { ASSESSMENT_GROUPS, type AssessmentInstrument } from './instrument';
import type { AssessmentResult } from './score';

const NUMERALS = ['一', '二', '三'];

export interface DraftInput {
  instrument: AssessmentInstrument;
  result: AssessmentResult;
  /** item id → the evidence it rests on (free text, e.g. 「证人张某某证言（卷二第15页）」). */
  evidence: Readonly<Record<string, string>>;
}

function range(instrument: AssessmentInstrument, bandId: string): string {
  const i = instrument.bands.findIndex((b) => b.id === bandId);
  const from = instrument.bands[i]?.from;
  const next = instrument.bands[i + 1]?.from;
  if (from === undefined && next !== undefined) return `${next - 1}分以下`;
  if (from !== undefined && next === undefined) return `${from}分以上`;
  if (from !== undefined && next !== undefined) return `${from}至${next - 1}分`;
  return '';
}

const plain = (s: string) => s.replace(/\s+/g, ' ').trim();

export function draftParagraph({ instrument, result, evidence }: DraftInput): string {
  const lines: string[] = [];
  lines.push('社会危险性审查：');
  lines.push(`依据《中华人民共和国刑事诉讼法》第八十一条和《关于逮捕社会危险性条件若干问题的规定（试行）》，按${instrument.title.zh.replace(/（.*?）$/, '')}（第${instrument.version}版）逐项审查如下：`);
  ASSESSMENT_GROUPS.forEach((gid, gi) => {
    const group = instrument.groups.find((g) => g.id === gid);
    const items = result.ticked.filter((i) => i.group === gid);
    const head = `（${NUMERALS[gi]}）${group?.label.zh ?? gid}：`;
    if (items.length === 0) {
      lines.push(`${head}经审查，未发现相关情形。`);
      return;
    }
    const parts = items.map((i) => {
      const ref = plain(evidence[i.id] ?? '');
      return `犯罪嫌疑人${i.text.zh}${ref ? `（证据：${ref}）` : '（证据待补充）'}`;
    });
    lines.push(`${head}${parts.join('；')}。`);
  });
  const band = result.scoreBand;
  const r = range(instrument, band.id);
  lines.push(`量化评估得分${result.score}分，属“${band.label.zh}”档${r ? `（${r}）` : ''}。${result.override ? '' : band.conclusion.zh}`);
  if (result.override) lines.push(`同时，${result.override.text.zh}（${result.override.basis.zh}）。`);
  return lines.join('\n');
}
