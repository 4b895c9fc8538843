// Finding: one light with its reason, legal basis and the dates behind it.
import type { Light } from '../rules/lib/meta';

export type { Finding } from './finding-schema';

/** Worst first. */
export const LIGHT_ORDER: Readonly<Record<Light, number>> = { red: 0, yellow: 1, grey: 2, green: 3 };
