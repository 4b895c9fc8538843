// Bearer tokens: 32 random bytes shown once; only their sha256 is stored.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'clt_';

export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
