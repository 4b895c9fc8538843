// The extension's signing key and what follows from it: the CRX3 file and the extension id.
// The key lives in the companion's data folder (extension-key.pem, 0600). Chromium derives the
// extension id from its public half, so losing the key means a new id and every policy rewritten.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import crx3 from 'crx3';

export const KEY_FILE = 'extension-key.pem';
export const ID_FILE = 'extension-id';

export interface SigningKey {
  path: string;
  pem: string;
  /** True when this call made the key (print the back-up message). */
  created: boolean;
  extensionId: string;
}

/** Chromium's extension id: the first 128 bits of SHA-256 over the DER public key, hex digits 0-f written a-p. */
export function extensionIdFromKey(pem: string): string {
  const der = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Reads the key from `dataDir`, or makes one (RSA 2048, PKCS#8 PEM, mode 0600) when there is none. */
export function loadOrCreateKey(dataDir: string): SigningKey {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, KEY_FILE);
  let created = false;
  if (!existsSync(path)) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    // flag 'wx': never overwrite a key that appeared meanwhile.
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    created = true;
  }
  chmodSync(path, 0o600);
  const pem = readFileSync(path, 'utf8');
  let extensionId: string;
  try {
    extensionId = extensionIdFromKey(pem);
  } catch (err) {
    throw new Error(`${path}: 不是可用的私钥 / not a usable private key (${(err as Error).message})`, { cause: err });
  }
  writeFileSync(join(dataDir, ID_FILE), `${extensionId}\n`);
  return { path, pem, created, extensionId };
}

export function backupMessage(key: SigningKey): string {
  return [
    `已生成扩展签名私钥 / A new extension signing key was created: ${key.path}`,
    `  扩展 ID / extension id: ${key.extensionId}`,
    '  请立即将此文件备份到安全介质（离线U盘/密码柜），且不要外传。扩展 ID 由此私钥决定：',
    '  私钥丢失后新签的扩展 ID 会改变，所有终端的策略都要重新下发，已装的扩展不会再自动更新。',
    '  Back this file up now (offline, access-controlled) and never share it. It fixes the extension id:',
    '  without it a new package gets a new id, every machine\'s policy must be rewritten, and installed',
    '  copies stop updating.',
  ].join('\n');
}

/** Signs the unpacked extension in `dir` (manifest.json at its root) into a CRX3 file. */
export async function signCrx(dir: string, key: SigningKey, crxPath: string): Promise<void> {
  const info = await crx3([join(dir, 'manifest.json')], { keyPath: key.path, crxPath });
  if (info.appId !== key.extensionId) throw new Error(`CRX id ${info.appId} differs from the key's id ${key.extensionId}`);
}
