// Plugs sync into the background: the background calls startSync once per worker start and forwards
// frame reports, new objections and `sync/*` messages (extension/protocol.ts) to the handle.
import type { FrameReport, Objection, SyncHandle, SyncMessage } from '../protocol';
import type { Settings } from '../settings';
import { rulesById } from '../../shared/rules/index';
import { openDb } from '../store/db';
import { toFrameFindingRef } from '../finding-ref';
import { createSync, type Sync, type SyncDeps } from './sync';

export type { SyncMessage };

/** Where sync reads the settings (with the token; background only) and hears of their changes. */
export interface SyncSettingsSource {
  getSettings(): Promise<Settings>;
  /** Called after any setting changes (user or policy); returns an unsubscribe function. */
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
}

export type SyncHostHandle = Required<SyncHandle> & { sync: Sync };

/**
 * Starts sync in the background worker. Synchronous on purpose: it registers the chrome.alarms
 * listener during the worker's first turn, so an alarm that wakes a suspended worker is delivered
 * (anchors.md §5). Call it at the top level of the background main, not after an await.
 */
export function startSync(host: SyncSettingsSource, overrides: Partial<SyncDeps> = {}): SyncHostHandle {
  const sync = createSync({
    db: openDb(),
    getSettings: () => host.getSettings(),
    ruleVersionOf: (ruleId) => rulesById.get(ruleId)?.meta.version,
    ...overrides,
  });
  sync.startSync();

  // Another frame of the tab may read the procedure; remember it per case for reports and objections that lack it.
  const procedureByCase = new Map<string, string>();
  let last: { companionUrl: string; token: string } | null = null;
  host.onSettingsChanged((s) => {
    const changed = last === null || last.companionUrl !== s.companionUrl || last.token !== s.token;
    last = { companionUrl: s.companionUrl, token: s.token };
    if (changed) sync.flush().catch((err: unknown) => console.warn('CaseLight sync:', err));
  });

  return {
    sync,
    async onReport(_tabId: number, _frameId: number, report: FrameReport) {
      const caseNumber = report.caseNumber ?? (typeof report.values.caseNumber === 'string' ? report.values.caseNumber : undefined);
      if (report.adapterId === null || !caseNumber) return;
      if (report.procedure) procedureByCase.set(caseNumber, report.procedure);
      const procedure = report.procedure ?? procedureByCase.get(caseNumber);
      await sync.recordFindings(
        { adapterId: report.adapterId, caseNumber, training: report.training, ...(procedure === undefined ? {} : { procedure }) },
        report.findings.map(toFrameFindingRef),
      );
      // The case itself, for 我的期限, reminders and the companion's case activity (ids and dates only).
      await sync.recordCase(procedure === undefined || report.procedure ? report : { ...report, procedure });
    },
    async onObjection(objection: Objection) {
      const procedure = procedureByCase.get(objection.caseNumber);
      await sync.recordObjection(
        { caseNumber: objection.caseNumber, training: objection.training, ...(procedure === undefined ? {} : { procedure }) },
        { ruleId: objection.ruleId, occurrenceKey: objection.occurrenceKey, light: objection.light },
        objection.reason,
      );
    },
    async handleMessage(message) {
      switch (message.type as SyncMessage['type']) {
        case 'sync/status':
          return sync.status();
        case 'sync/flush':
          await sync.flush();
          return sync.status();
        case 'sync/requeue':
          await sync.requeueDeadLetters();
          return sync.status();
        default:
          throw new Error(`unknown sync message: ${message.type}`);
      }
    },
  };
}
