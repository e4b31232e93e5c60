// Open-tag, text and close-tag events from HTML, in linear time whatever the nesting. htmlparser2's Parser keeps
// its open elements with Array.unshift and looks close tags up with indexOf, both O(depth): 100,000 unclosed
// or nested tags took minutes. This drives htmlparser2's Tokenizer (linear, decodes entities, knows script and
// style raw text) with its own stack: push/pop at the end, and a count per name so a close tag for an element
// that is not open costs O(1). Every element is pushed and popped once, so the events come in strict nesting
// order: each close is for the element on top of the stack, and all still-open elements close at the end.
import { QuoteType, Tokenizer } from 'htmlparser2';

export interface HtmlEventHandler {
  onopentag(name: string, attribs: Record<string, string>): void;
  ontext(text: string): void;
  /** Always the innermost open element (void elements close right after they open). */
  onclosetag(name: string): void;
}

/** Void elements of HTML: they have no content and no close tag. */
export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** HTML's implied end tags: opening the key closes an open element of these names on top of the stack. */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((n) => [n, FORM] as [string, Set<string>]),
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((n) => [n, P] as [string, Set<string>]),
]);

/** Feeds the whole document to the handler; returns when every open element has been closed. */
export function parseHtmlEvents(html: string, handler: HtmlEventHandler): void {
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  let tagName = '';
  let attribs: Record<string, string> = {};
  let attribName = '';
  let attribValue = '';

  const push = (name: string): void => {
    stack.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const pop = (): void => {
    const name = stack.pop() as string;
    openCount.set(name, (openCount.get(name) as number) - 1);
    handler.onclosetag(name);
  };
  const open = (name: string, attrs: Record<string, string>): void => {
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1] as string)) pop();
    handler.onopentag(name, attrs);
    if (VOID_ELEMENTS.has(name)) handler.onclosetag(name);
    else push(name);
  };
  const close = (name: string): void => {
    if (VOID_ELEMENTS.has(name)) {
      if (name === 'br') open('br', {}); // browsers read </br> as <br>
      return;
    }
    if (openCount.get(name)) {
      while (stack[stack.length - 1] !== name) pop();
      pop();
    } else if (name === 'p') {
      // browsers read a stray </p> as an empty paragraph
      open('p', {});
      pop();
    }
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext: (start, end) => handler.ontext(html.slice(start, end)),
      ontextentity: (codepoint) => handler.ontext(String.fromCodePoint(codepoint)),
      onopentagname: (start, end) => {
        tagName = html.slice(start, end).toLowerCase();
        attribs = {};
      },
      onattribname: (start, end) => {
        attribName = html.slice(start, end).toLowerCase();
      },
      onattribdata: (start, end) => {
        attribValue += html.slice(start, end);
      },
      onattribentity: (codepoint) => {
        attribValue += String.fromCodePoint(codepoint);
      },
      onattribend: (quote, _end) => {
        if (!Object.hasOwn(attribs, attribName)) attribs[attribName] = quote === QuoteType.NoValue ? '' : attribValue;
        attribValue = '';
      },
      onopentagend: () => open(tagName, attribs),
      onselfclosingtag: () => {
        open(tagName, attribs);
        if (stack[stack.length - 1] === tagName) pop();
      },
      onclosetag: (start, end) => close(html.slice(start, end).toLowerCase()),
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {
        while (stack.length > 0) pop();
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}
