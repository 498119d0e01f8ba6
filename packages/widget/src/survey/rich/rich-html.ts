import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { htmlToPlainText } from '../plain-text.js';
import type { sanitizeHtml as Sanitize } from './sanitize.js';

/*
 * DOMPurify (~11 KB gzip) is a chunk of its own, loaded the first time some survey text really is
 * HTML: text without `<` or `&` means the same as text and markup, and is set as a text node.
 */
let sanitize: typeof Sanitize | undefined;
let loading: Promise<typeof Sanitize> | undefined;

/** Loads the sanitiser once; resolves when survey HTML can be shown synchronously. */
export function loadSanitizer(): Promise<typeof Sanitize> {
  loading ??= import('./sanitize.js').then((m) => (sanitize = m.sanitizeHtml));
  return loading;
}

/** Markup that parses to exactly its own characters needs no sanitiser. */
export const isPlainText = (markup: string): boolean => !/[<&]/.test(markup);

/**
 * `<div ${richHtml(markup)}></div>`: fills the element with sanitised survey HTML. Assigning
 * `innerHTML` ourselves (instead of `unsafeHTML`) keeps survey markup out of Lit's own `lit-html`
 * policy and leaves no Lit markers inside the content.
 */
class RichHtmlDirective extends Directive {
  private last: string | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error('richHtml() must be used as an element directive');
  }

  render(_markup: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [markup]: [string]): typeof noChange {
    if (markup === this.last) return noChange;
    this.last = markup;
    const el = part.element;
    if (isPlainText(markup)) el.textContent = markup;
    else if (sanitize) fill(el, sanitize, markup);
    else {
      // Until the sanitiser arrives the words are shown as text, never as raw markup.
      el.textContent = htmlToPlainText(markup);
      void loadSanitizer().then((s) => {
        if (this.last === markup) fill(el, s, markup);
      });
    }
    return noChange;
  }
}

function fill(el: Element, clean: typeof Sanitize, markup: string): void {
  try {
    (el as unknown as { innerHTML: unknown }).innerHTML = clean(markup);
  } catch {
    // Trusted Types enforced without our policy allowed: the words still reach the person.
    el.textContent = htmlToPlainText(markup);
  }
}

export const richHtml = directive(RichHtmlDirective);
