import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { expect, type Page, type TestInfo } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const pgBase = process.env.HAVEN_PG_BASE ?? 'postgres://haven@127.0.0.1:55432';
/** The primary of the database the e2e server runs on (see scripts/e2e-server.sh). */
export const e2eDatabaseUrl = `${pgBase}/haven_e2e_${port}`;
export const baseURL = `http://127.0.0.1:${port}`;

/** Runs SQL on the e2e primary with psql and returns its unaligned output. */
export function sql(query: string): string {
  return execFileSync('psql', [e2eDatabaseUrl, '-qAtX', '-v', 'ON_ERROR_STOP=1', '-c', query], {
    encoding: 'utf8',
  }).trim();
}

export function jsEnabled(testInfo: TestInfo): boolean {
  return testInfo.project.use.javaScriptEnabled !== false;
}

/** Waits until the WASM has hydrated the page, when JavaScript is on. */
export async function ready(page: Page, testInfo: TestInfo): Promise<void> {
  if (jsEnabled(testInfo)) {
    await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A real PNG of `width` × `height` pixels: a gradient tinted by `tint` (0–255). */
export function png(width: number, height: number, tint: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      rows.set([(x * 255) / width, (y * 255) / height, tint], row + 1 + x * 3);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A calendar day (YYYY-MM-DD) as a language writes a date: "Dec 7, 2026" (en), "7 dic 2026" (es). */
export function shortDate(iso: string, lang = 'en-US'): string {
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** A calendar day (YYYY-MM-DD) as the listing calendar names it in English: "Monday, December 7, 2026". */
export function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
