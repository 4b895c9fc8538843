// GET/PUT /api/v1/calendar-overrides: local changes on top of the bundled holiday calendar.
import { Router } from 'express';
import { type CalendarOverrides } from '../../shared/api/index.ts';
import { register, type ApiContext } from './context.ts';

export function calendarOverridesRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'calendarOverrides', async (): Promise<CalendarOverrides> =>
    ({ overrides: await ctx.store.settings.calendarOverrides() }));
  register(router, ctx, 'putCalendarOverrides', async ({ body, principal }): Promise<CalendarOverrides> =>
    ({ overrides: await ctx.store.settings.putCalendarOverrides(body.overrides, ctx.now(), principal.id) }));
  return router;
}
