// Who is calling (GET /me), the units they may see, and the people in them.
import { z } from 'zod';
import { IdSchema, InstantSchema, RoleSchema, UnitCodeSchema } from './common';

export const UnitSchema = z.strictObject({
  code: UnitCodeSchema,
  name: z.string(),
  parentCode: UnitCodeSchema.nullable(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UserSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  role: RoleSchema,
  unitCode: UnitCodeSchema,
  revoked: z.boolean(),
  createdAt: InstantSchema,
  /** 院领导/部门负责人 who handle cases themselves (`users add --leader`). */
  leader: z.boolean(),
});
export type User = z.infer<typeof UserSchema>;

export const MeResponseSchema = z.strictObject({
  user: z.strictObject({ id: IdSchema, name: z.string(), role: RoleSchema, unitCode: UnitCodeSchema, unitName: z.string() }),
  /** The caller's unit and every unit below it (all units for an administrator). */
  visibleUnits: z.array(UnitSchema),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const UsersResponseSchema = z.strictObject({ users: z.array(UserSchema) });
export const UnitsResponseSchema = z.strictObject({ units: z.array(UnitSchema) });
