// GET/PUT /api/v1/calendar-overrides: local changes on top of the bundled holiday calendar.
import { Router } from 'express';
import { CalendarOverridesSchema, endpoint, type CalendarOverrides } from '../../shared/api/index.ts';
import { route, type ApiContext } from './context.ts';

export function calendarOverridesRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/calendar-overrides', route(ctx, { roles: endpoint('get', '/calendar-overrides').roles }, async (): Promise<CalendarOverrides> =>
    ({ overrides: await ctx.store.settings.calendarOverrides() })));
  router.put('/calendar-overrides', route(ctx, { roles: endpoint('put', '/calendar-overrides').roles, body: CalendarOverridesSchema }, async ({ body }): Promise<CalendarOverrides> =>
    ({ overrides: await ctx.store.settings.putCalendarOverrides(body.overrides) })));
  return router;
}
