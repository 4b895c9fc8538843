// Who may use the adapter studio, decided once from the connection (GET /me through the background,
// extension/background/connection.ts): administrators and trainers map host pages; only an
// administrator publishes to the companion (the companion refuses anyone else with 403 anyway).
// The side panel offers the studio's link only when `open`; the studio page itself, opened some
// other way (a bookmark, a typed address), says why it is closed and injects nothing.

export interface Bilingual { zh: string; en: string }

/**
 * What the background answers to `connection/get` (`Connection` in extension/background/connection.ts),
 * as far as this decision reads it; stated here so that studio/ needs nothing from background/.
 */
export type ConnectionAnswer = { ok: true; user: { role: string } } | { ok: false; message: Bilingual };

export interface StudioAccess {
  /** The studio may be used: its link is offered and the picker may be injected. */
  open: boolean;
  /** 发布到伴随服务, 版本历史 and 回滚 are offered. */
  publish: boolean;
  /** Why the studio is closed (null when open). */
  reason: Bilingual | null;
  /** Why publishing is not offered, for a user who may open the studio (null when they may publish). */
  publishReason: Bilingual | null;
}

const ROLE_NAMES: Readonly<Record<string, Bilingual>> = {
  prosecutor: { zh: '检察官', en: 'prosecutor' },
  supervisor: { zh: '部门负责人', en: 'supervisor' },
  trainer: { zh: '培训讲师', en: 'trainer' },
  admin: { zh: '管理员', en: 'administrator' },
};

const MAPPERS: readonly string[] = ['admin', 'trainer'];

/** The decision for a connection as the background reports it (undefined: no answer). */
export function studioAccess(connection: ConnectionAnswer | null | undefined): StudioAccess {
  if (!connection || !connection.ok) {
    const why = connection && !connection.ok ? connection.message : null;
    return {
      open: false, publish: false, publishReason: null,
      reason: {
        zh: `适配器映射须先在设置页用管理员或培训讲师的访问令牌连接伴随服务${why ? `（${why.zh}）` : ''}`,
        en: `To use the adapter studio, connect to the companion on the options page with an administrator's or trainer's token${why ? ` (${why.en})` : ''}`,
      },
    };
  }
  const role = connection.user.role;
  if (!MAPPERS.includes(role)) {
    const name = ROLE_NAMES[role] ?? { zh: String(role), en: String(role) };
    return {
      open: false, publish: false, publishReason: null,
      reason: {
        zh: `适配器映射仅供管理员和培训讲师使用（当前登录：${name.zh}）`,
        en: `The adapter studio is for administrators and trainers (signed in as ${name.en})`,
      },
    };
  }
  if (role === 'admin') return { open: true, publish: true, reason: null, publishReason: null };
  return {
    open: true, publish: false, reason: null,
    publishReason: {
      zh: '发布到伴随服务、版本历史和回滚仅限管理员；可保存到本浏览器或导出 JSON 交管理员发布。',
      en: 'Publishing to the companion, the version history and rollback are for administrators; save in this browser or export JSON for an administrator to publish.',
    },
  };
}
