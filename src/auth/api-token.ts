import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'athar_';

/** A new bearer token: 256 random bits. Only its sha256 is stored; a fast hash suffices for secrets this long. */
export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = PREFIX + randomBytes(32).toString('base64url');
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, PREFIX.length + 6) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
