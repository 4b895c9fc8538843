// The endpoint table's method and path, derived at build time (companion/dashboard/api-routes-plugin.ts).
declare module 'virtual:caselight-api-routes' {
  export const API_PREFIX: typeof import('../../../../shared/api/endpoints.ts').API_PREFIX;
  export const ROUTES: ReturnType<typeof import('../../../../shared/api/endpoints.ts').routeTable>;
}
