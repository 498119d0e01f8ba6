import type { SurveyModel } from 'survey-core';

/**
 * A page-supplied Markdown converter (markdown-it, marked, …): text in, HTML out. Its output is
 * never trusted: it is sanitised like every other piece of survey HTML before it reaches the DOM.
 */
export type MarkdownConverter = (markdown: string) => string;

/**
 * SurveyJS's convention: survey-core asks `onTextMarkdown` for every text it shows; an `html` set
 * by the handler makes the string `hasHtml`, and the templates render it as sanitised HTML.
 */
export function useMarkdown(model: SurveyModel, convert: MarkdownConverter): void {
  model.onTextMarkdown.add((_, options) => {
    const out = convert(options.text);
    // A converter that only wraps plain text in <p> adds nothing; keep such strings as text.
    const bare = out.replace(/^\s*<p>([\s\S]*)<\/p>\s*$/, '$1');
    if (bare !== options.text) options.html = bare;
  });
}
