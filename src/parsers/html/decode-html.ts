import { decodeFeedBody } from '../rss/feed-parser';

/** Like decodeFeedBody, but also honours an HTML <meta charset> / http-equiv declaration. */
export function decodeHtmlBody(body: Buffer, contentType?: string | null): string {
  if (!/charset=/i.test(contentType ?? '')) {
    const head = body.subarray(0, 4096).toString('latin1');
    const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
    if (meta) return decodeFeedBody(body, `text/html; charset=${meta[1]}`);
  }
  return decodeFeedBody(body, contentType);
}
