// Numbered migrations, applied in name order at start. Add `002-….ts` and list it here; never edit a shipped one.
import type { Migration } from 'kysely';
import { ledger001 } from './001-ledger.ts';
import { casePoints002 } from './002-case-points.ts';
import { coverIndexes003 } from './003-cover-indexes.ts';
import { ledgerIntegrity004 } from './004-ledger-integrity.ts';
import { loop005 } from './005-loop.ts';
import { sharedLimits007 } from './007-shared-limits.ts';
import { rollups008 } from './008-rollups.ts';
import { adapterVersions009 } from './009-adapter-versions.ts';
import { assessments010 } from './010-assessments.ts';
import { evaluation011 } from './011-evaluation.ts';
import { tallyOrder012 } from './012-tally-order.ts';
import { ingestPages013 } from './013-ingest-pages.ts';
import { prosecutorOrder014 } from './014-prosecutor-order.ts';
import { rollupCopies015 } from './015-rollup-copies.ts';

export const migrations: Record<string, Migration> = {
  '001-ledger': ledger001,
  '002-case-points': casePoints002,
  '003-cover-indexes': coverIndexes003,
  '004-ledger-integrity': ledgerIntegrity004,
  '005-loop': loop005,
  '007-shared-limits': sharedLimits007,
  '008-rollups': rollups008,
  '009-adapter-versions': adapterVersions009,
  '010-assessments': assessments010,
  '011-evaluation': evaluation011,
  '012-tally-order': tallyOrder012,
  '013-ingest-pages': ingestPages013,
  '014-prosecutor-order': prosecutorOrder014,
  '015-rollup-copies': rollupCopies015,
};
