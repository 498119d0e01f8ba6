import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { htmlToPlainText } from '../plain-text.js';
import { sanitizeHtml } from './sanitize.js';

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
    if (markup !== this.last) {
      this.last = markup;
      try {
        (part.element as unknown as { innerHTML: unknown }).innerHTML = sanitizeHtml(markup);
      } catch {
        // Trusted Types enforced without our policy allowed: the words still reach the person.
        part.element.textContent = htmlToPlainText(markup);
      }
    }
    return noChange;
  }
}

export const richHtml = directive(RichHtmlDirective);
