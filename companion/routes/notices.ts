// 流程监控通知书: POST /notices (supervisor, a case in scope), GET /notices (paged; prosecutors their
// own, supervisors their scope), POST /notices/:id/reply (the addressee only). And GET
// /rectification: open red defects per unit and prosecutor, how long open, cases handled.
import { Router } from 'express';
import {
  NOTICES_DEFAULT_LIMIT, type Notice, type NoticeListResponse, type RectificationResponse,
} from '../../shared/api/index.ts';
import { calendarFromOverrides, todayInShanghai } from '../../shared/calendar/index.ts';
import type { IssueOutcome, ReplyOutcome } from '../db/notices-repository.ts';
import { HttpError } from '../errors.ts';
import { forbidden, register, type ApiContext } from './context.ts';

function answer(outcome: IssueOutcome | ReplyOutcome): Notice {
  if (outcome.ok) return outcome.notice;
  switch (outcome.code) {
    case 'case-not-found': throw new HttpError(404, 'not-found', {
      zh: '本单位及下级单位没有该案件的办案记录（插件检查记录或瑕疵记录）', en: 'No prosecutor in your scope is known to handle this case (no case activity or defect)',
    });
    case 'defect-not-found': throw new HttpError(404, 'not-found', { zh: '本单位及下级单位没有该案件的这条瑕疵记录', en: 'No such defect of this case in your scope' });
    case 'not-found': throw new HttpError(404, 'not-found', { zh: '未找到该通知书', en: 'No such notice' });
    case 'self': throw new HttpError(409, 'conflict', { zh: '该案件由您本人承办，不能向本人发送流程监控通知书', en: 'You handle this case yourself; a notice cannot be addressed to you' });
    case 'not-addressee': throw forbidden({ zh: '只有通知书送达的承办检察官可以回复', en: 'Only the prosecutor the notice is addressed to may reply' });
    case 'already-replied': throw new HttpError(409, 'conflict', { zh: '该通知书已经回复', en: 'The notice has already been answered' });
  }
}

export function noticesRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'issueNotice', async ({ body, principal, scope }) => {
    const calendar = calendarFromOverrides(await ctx.store.settings.calendarOverrides());
    return answer(await ctx.store.notices.issue(principal, scope, body, ctx.now(), calendar));
  });

  register(router, ctx, 'notices', async ({ query, scope }): Promise<NoticeListResponse> => {
    const limit = query.limit ?? NOTICES_DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const page = await ctx.store.notices.page(scope, { status: query.status, caseNumber: query.caseNumber, limit, offset }, todayInShanghai(ctx.now()));
    return { total: page.total, limit, offset, notices: page.notices, byUnit: page.byUnit };
  });

  register(router, ctx, 'replyNotice', async ({ params, body, principal }) =>
    answer(await ctx.store.notices.reply(principal, params.id, body.text, ctx.now())));

  register(router, ctx, 'rectification', async ({ query, scopeFor }): Promise<RectificationResponse> => {
    const today = todayInShanghai(ctx.now());
    return { today, rows: await ctx.store.notices.rectification(scopeFor(query.unit), today) };
  });
  return router;
}
