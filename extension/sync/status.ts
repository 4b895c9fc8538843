// Sync status for the popup: pending count, last success, last error in words (zh + en).
import type { CaseLightDb, SyncStateRow } from '../store/db';

export type SyncErrorCode =
  | 'not-configured'
  | 'offline'
  | 'timeout'
  | 'unauthorized'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'unexpected';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface SyncStatus {
  /** Events waiting in the outbox. */
  pending: number;
  /** Events the companion rejected as malformed, kept aside with their reason. */
  deadLetters: number;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  lastError: { code: SyncErrorCode; status?: number; message: LocalizedText; at: string } | null;
  syncing: boolean;
}

/** Words for each failure, shown as-is in the popup. */
export function describeSyncError(code: SyncErrorCode, status?: number, detail?: string): LocalizedText {
  const suffix = (s: string) => (detail ? `${s}（${detail}）` : s);
  switch (code) {
    case 'not-configured':
      return { zh: '尚未设置伴随服务地址或令牌，瑕疵记录暂存在本机', en: 'Companion URL or token not set; defect records are kept on this computer' };
    case 'offline':
      return { zh: '无法连接伴随服务（网络不通或服务器未运行），稍后自动重试', en: 'Cannot reach the companion (network down or server not running); will retry automatically' };
    case 'timeout':
      return { zh: '伴随服务响应超时，稍后自动重试', en: 'The companion did not answer in time; will retry automatically' };
    case 'unauthorized':
      return { zh: `令牌被拒绝（HTTP ${status ?? 401}），请向管理员申请新令牌`, en: `The token was rejected (HTTP ${status ?? 401}); ask the administrator for a new one` };
    case 'not-found':
      return { zh: `伴随服务地址可能有误（HTTP ${status ?? 404}，找不到上传接口）`, en: `The companion URL may be wrong (HTTP ${status ?? 404}, upload endpoint not found)` };
    case 'rate-limited':
      return { zh: '伴随服务繁忙，稍后自动重试', en: 'The companion is busy; will retry automatically' };
    case 'server':
      return { zh: `伴随服务出错（HTTP ${status ?? 500}），稍后自动重试`, en: `The companion failed (HTTP ${status ?? 500}); will retry automatically` };
    case 'unexpected':
      return { zh: suffix(`上传失败（HTTP ${status ?? '?'}）`), en: detail ? `Upload failed (HTTP ${status ?? '?'}: ${detail})` : `Upload failed (HTTP ${status ?? '?'})` };
  }
}

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

/** Reads the status from the database alone, so any extension page can show it after the worker restarted. */
export async function getSyncStatus(db: CaseLightDb, syncing = false): Promise<SyncStatus> {
  const [pending, deadLetters, state] = await Promise.all([
    db.outbox.count(),
    db.deadLetters.count(),
    db.syncState.get('sync') as Promise<SyncStateRow | undefined>,
  ]);
  const err = state?.lastError;
  return {
    pending,
    deadLetters,
    lastSuccessAt: iso(state?.lastSuccessAt),
    lastAttemptAt: iso(state?.lastAttemptAt),
    nextAttemptAt: pending > 0 ? iso(state?.nextAttemptAt) : null,
    lastError: err
      ? { code: err.code as SyncErrorCode, ...(err.status === undefined ? {} : { status: err.status }), message: describeSyncError(err.code as SyncErrorCode, err.status, err.detail), at: new Date(err.at).toISOString() }
      : null,
    syncing,
  };
}
