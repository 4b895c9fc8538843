// The crx3 package ships no types; this is the part of its API scripts/package.ts uses.
declare module 'crx3' {
  interface Crx3Options { keyPath: string; crxPath: string; zipPath?: string; xmlPath?: string; crxURL?: string }
  interface Crx3Info { appId: string }
  export default function crx3(files: string[], options: Crx3Options): Promise<Crx3Info>;
}
