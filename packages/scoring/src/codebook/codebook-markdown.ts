import { localize } from '@genbridge/schema';
import { escapeMarkdown } from '../cli/escape-markdown.js';
import type { Codebook } from './codebook.js';

/** The codebook as Markdown for people: constructs, scale, then one table row per column. */
export function codebookToMarkdown(book: Codebook, locale = book.instrument.defaultLocale): string {
  const l = (t: Record<string, string>) => escapeMarkdown(localize(t, locale));
  const out: string[] = [
    `# Codebook: ${escapeMarkdown(book.instrument.id)} ${book.instrument.version}`,
    '',
    `Columns of the CSV export (one row per response; baseline and exit rows share \`participant\`). Texts in ${locale}; the instrument is available in ${book.instrument.locales.join(', ')}.`,
    '',
    `## Response scale`,
    '',
    ...book.scale.labels.map((s) => `- ${s.value} = ${l(s.label)}`),
    '',
    '## Constructs',
    '',
  ];
  for (const c of book.constructs) {
    out.push(
      `### ${l(c.name)} (\`${c.id}\`)${c.headline ? ' — headline' : ''}`,
      '',
      l(c.definition),
      '',
      `Items: ${c.items.join(', ')}. Reverse-keyed: ${c.reverseItems.join(', ') || 'none'}.`,
      '',
      escapeMarkdown(c.scoring),
      '',
    );
  }
  out.push(
    '## Variables',
    '',
    '| Column | Type | Waves | Label | Values |',
    '|---|---|---|---|---|',
  );
  for (const v of book.variables) {
    const values = v.values?.map((x) => `${x.value} = ${l(x.label)}`).join('; ') ?? '';
    const flags = v.item
      ? ` (${v.item.construct}${v.item.reverse ? ', reverse-keyed' : ''}${v.item.retrospective ? ', then-test' : ''})`
      : '';
    out.push(
      `| \`${v.name}\` | ${v.type} | ${v.waves.join(', ')} | ${l(v.label)}${escapeMarkdown(flags)} | ${values} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
