// Article text from an HTML page, with paragraph breaks. Drops what is not the article: scripts, styles,
// navigation, site header and footer, asides, forms, comments, hidden elements and share/related boxes.
// When the page has an <article> (or <main>), only the longest one is kept. Reads htmlparser2's tokens through
// parseHtmlEvents (small, pure JS, forgiving with broken markup, decodes entities), so no DOM is built.
// Linear in the input, whatever the nesting: the events arrive in nesting order, so a close pops one entry,
// and only the outermost <article> and <main> collect text (an inner one's text is part of the outer's, so it
// can never be the longest): each piece of text is copied at most three times.
import { parseHtmlEvents, VOID_ELEMENTS } from './html-events.ts';

export interface HtmlText {
  text: string;
  title?: string;
}

/** Elements whose whole content is dropped. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'iframe',
  'svg',
  'canvas',
  'button',
  'select',
  'textarea',
  'object',
  'embed',
  'audio',
  'video',
  'map',
  'dialog',
  'footer',
  'head',
]);
/** A <header> is dropped unless it is the article's own header (headline, byline). */
const DROP_OUTSIDE_ARTICLE = new Set(['header']);
const DROP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
]);
/** class/id words of boxes that are never the article. */
const BOILERPLATE_WORDS = [
  'share',
  'sharing',
  'social',
  'related',
  'comments?',
  'breadcrumbs?',
  'cookies?',
  'newsletter',
  'subscribe',
  'advert',
  'advertisement',
  'ads',
  'sidebar',
  'navbar',
  'menu',
  'popup',
  'modal',
  'promo',
];
const BOILERPLATE = new RegExp(`(^|[\\s_-])(${BOILERPLATE_WORDS.join('|')})([\\s_-]|$)`, 'i');
/** Elements that start a new paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'hr',
  'caption',
  'center',
]);

interface OpenElement {
  name: string;
  /** It started a dropped region (script, nav, hidden box…). */
  drops: boolean;
  /** It is an <article> or a <main>, counted for nesting. */
  region?: 'article' | 'main';
  /** The collector it opened: only the outermost article or main has one. */
  opens?: Collector;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Paragraphs collected for one part of the page (the whole body, or one <article>/<main>). */
class Collector {
  readonly paragraphs: string[] = [];
  private line = '';

  add(text: string): void {
    this.line += text;
  }

  lineBreak(): void {
    this.line += '\n';
  }

  paragraphBreak(): void {
    const paragraph = this.line
      .split('\n')
      .map(collapse)
      .filter((l) => l.length > 0)
      .join('\n');
    if (paragraph) this.paragraphs.push(paragraph);
    this.line = '';
  }

  text(): string {
    this.paragraphBreak();
    return this.paragraphs.join('\n\n');
  }
}

export function htmlToText(html: string): HtmlText {
  const all = new Collector();
  const articles: Collector[] = [];
  const mains: Collector[] = [];
  /** Open elements: name, whether it started dropping, and the collector it opened. */
  const stack: OpenElement[] = [];
  let dropDepth = 0;
  let articleDepth = 0;
  let mainDepth = 0;
  let preDepth = 0;
  const active: Collector[] = [all];
  let title = '';
  let inTitle = false;
  let ogTitle: string | undefined;
  let h1 = '';
  let h1Depth = 0;
  let h1Done = false;

  const each = (fn: (c: Collector) => void): void => active.forEach(fn);

  parseHtmlEvents(html, {
    onopentag(name, attribs) {
      if (name === 'meta') {
        const property = (attribs.property ?? attribs.name ?? '').toLowerCase();
        if (property === 'og:title' && attribs.content && ogTitle === undefined) ogTitle = collapse(attribs.content);
        return;
      }
      if (name === 'title') {
        inTitle = true;
        return;
      }
      const role = (attribs.role ?? '').toLowerCase();
      const classes = `${attribs.class ?? ''} ${attribs.id ?? ''}`;
      const drops =
        DROP.has(name) ||
        (DROP_OUTSIDE_ARTICLE.has(name) && articleDepth === 0) ||
        DROP_ROLES.has(role) ||
        'hidden' in attribs ||
        attribs['aria-hidden'] === 'true' ||
        /display\s*:\s*none/i.test(attribs.style ?? '') ||
        (name !== 'body' && name !== 'html' && name !== 'article' && name !== 'main' && BOILERPLATE.test(classes));
      if (VOID_ELEMENTS.has(name)) {
        if (dropDepth === 0 && !drops) {
          if (name === 'br') each((c) => c.lineBreak());
          if (name === 'hr') each((c) => c.paragraphBreak());
        }
        return;
      }
      const entry: OpenElement = { name, drops };
      stack.push(entry);
      if (drops) dropDepth++;
      if (dropDepth > 0) return;
      if (BLOCK.has(name)) each((c) => c.paragraphBreak());
      if (name === 'pre') preDepth++;
      if (name === 'h1' && !h1Done) h1Depth++;
      if (name === 'article' || name === 'main' || role === 'main') {
        const isArticle = name === 'article';
        entry.region = isArticle ? 'article' : 'main';
        if ((isArticle ? articleDepth : mainDepth) === 0) {
          const collector = new Collector();
          (isArticle ? articles : mains).push(collector);
          active.push(collector);
          entry.opens = collector;
        }
        if (isArticle) articleDepth++;
        else mainDepth++;
      }
      if (name === 'td' || name === 'th') each((c) => c.add(' '));
    },
    ontext(text) {
      if (inTitle) {
        title += text;
        return;
      }
      if (dropDepth > 0) return;
      if (h1Depth > 0) h1 += text;
      const chunk = preDepth > 0 ? text : text.replace(/\s+/g, ' ');
      each((c) => c.add(chunk));
    },
    onclosetag(name) {
      if (name === 'title') {
        inTitle = false;
        return;
      }
      if (VOID_ELEMENTS.has(name)) return;
      // The events close the innermost open element first, so the entry on top is this one.
      const entry = stack.pop();
      if (entry) closeElement(entry);
    },
  });

  function closeElement(entry: OpenElement): void {
    if (entry.drops) {
      dropDepth--;
      return;
    }
    if (dropDepth > 0) return; // opened inside a dropped element: nothing was emitted for it
    if (BLOCK.has(entry.name)) each((c) => c.paragraphBreak());
    if (entry.name === 'pre') preDepth--;
    if (entry.name === 'h1' && h1Depth > 0) {
      h1Depth--;
      if (h1Depth === 0 && collapse(h1)) h1Done = true;
    }
    if (entry.region === 'article') articleDepth--;
    if (entry.region === 'main') mainDepth--;
    if (entry.opens) active.splice(active.indexOf(entry.opens), 1);
  }

  const longest = (cs: Collector[]): string =>
    cs.map((c) => c.text()).reduce((best, t) => (t.length > best.length ? t : best), '');
  const articleText = longest(articles);
  const mainText = longest(mains);
  const bodyText = all.text();
  // An <article> or <main> holding a good share of the page's words is the article; a teaser is not.
  const substantial = (t: string): boolean => t.length > 0 && t.length >= bodyText.length * 0.25;
  const text = substantial(articleText) ? articleText : substantial(mainText) ? mainText : bodyText;

  const result: HtmlText = { text };
  const chosenTitle = ogTitle || collapse(h1) || collapse(title);
  if (chosenTitle) result.title = chosenTitle;
  return result;
}
