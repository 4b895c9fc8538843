import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../../companion/training/scenarios.ts';

const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/training.md'), 'utf8');

describe('docs/training.md', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('lists scenario %s with its expected rules', (id, s) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row, `no table row for ${id}`).toBeDefined();
    for (const e of s.expected) expect(row).toContain(`\`${e.rule}\` @ \`${e.field}\``);
  });
});
