// HTML from untrusted text: every value goes through esc() (text and attribute values alike), links through
// httpUrl(), and each page carries a Content-Security-Policy that allows no network at all and only the page's
// own inline script (by hash), so the site opens from disk and nothing in a report can load or run anything.
import { createHash } from 'node:crypto';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f]/g;
const LATIN = /[A-Za-z]/g;

/** "rtl" when the text is mostly Arabic script: its own direction, whatever the page's. */
export function directionOf(text: string): 'rtl' | 'ltr' {
  return (text.match(ARABIC)?.length ?? 0) > (text.match(LATIN)?.length ?? 0) ? 'rtl' : 'ltr';
}

/** A run of text in its own direction and language, isolated from the text around it. */
export function textIn(text: string, tag: 'bdi' | 'blockquote' = 'bdi', className = ''): string {
  const dir = directionOf(text);
  const cls = className ? ` class="${esc(className)}"` : '';
  return `<${tag} dir="${dir}" lang="${dir === 'rtl' ? 'ar' : 'en'}"${cls}>${esc(text)}</${tag}>`;
}

const STYLE = `
:root{font-family:system-ui,"Noto Sans","Noto Sans Arabic","DejaVu Sans",sans-serif;color:#1d232a;background:#fff}
body{margin:0 auto;max-width:1100px;padding:1rem 1.5rem}
h1{font-size:1.5rem;margin:.2rem 0 .8rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%}th,td{text-align:start;padding:.35rem .5rem;border-bottom:1px solid #dde1e6;
vertical-align:top}th{background:#f3f5f7}
.filters{display:flex;flex-wrap:wrap;gap:.8rem;margin:.5rem 0 1rem}.filters label{font-size:.9rem}
.num{text-align:end;font-variant-numeric:tabular-nums}.muted{color:#5c6670;font-size:.9rem}
.badge{display:inline-block;border-radius:.6rem;padding:0 .5rem;font-size:.8rem;background:#e7ecf1}
.badge.single{background:#fde7c8}.badge.denial{background:#f9d6d6}
blockquote{margin:.3rem 0;padding:.4rem .8rem;border-inline-start:4px solid #9aa7b4;background:#f7f8fa}
blockquote[dir=rtl]{font-size:1.05rem}
svg text{font-family:inherit}.legend span{margin-inline-end:1rem}.swatch{display:inline-block;width:.8rem;
height:.8rem;border-radius:50%;margin-inline-end:.3rem;vertical-align:middle}
a{color:#0b5cad}
`;

export interface PageOptions {
  title: string;
  body: string;
  /** The page's one inline script, allowed by its hash. */
  script?: string;
}

export function page({ title, body, script }: PageOptions): string {
  const scriptHash = script ? `'sha256-${createHash('sha256').update(script).digest('base64')}'` : "'none'";
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scriptHash}`;
  return [
    '<!doctype html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    script ? `<script>${script}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
