import type { FieldProblem } from './problem.js';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains the NUL character (U+0000)';
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    const code = lone[0].charCodeAt(0).toString(16).toUpperCase();
    return `contains a lone UTF-16 surrogate (U+${code}), which no export can represent`;
  }
  return undefined;
}

/**
 * Text is made exportable at the boundary, once: every string (and key) in the parsed body is
 * refused if it holds a lone surrogate (UTF-8 exports would turn it into U+FFFD while the JSON
 * export kept the escape, so the two would disagree with storage) or NUL (which CSV readers and
 * PostgreSQL text treat as an end of string), and string values are put in Unicode NFC so one
 * visible text has one stored form. Linear in the size of the value; recursion is safe because
 * bodies reach it only after the depth cap of {@link jsonShapeRefusal}.
 */
export function normaliseText(
  value: unknown,
  maxProblems = 10,
): { ok: true; value: unknown } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const visit = (node: unknown, path: string): unknown => {
    if (typeof node === 'string') {
      const reason = textProblem(node);
      if (reason) {
        if (problems.length < maxProblems) problems.push({ path, message: reason });
        return node;
      }
      return node.normalize('NFC');
    }
    if (node === null || typeof node !== 'object') return node;
    const child = (key: string) => (path === '' ? key : `${path}.${key}`);
    if (Array.isArray(node)) return node.map((v, i) => visit(v, child(String(i))));
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(node)) {
      const reason = textProblem(key);
      if (reason && problems.length < maxProblems)
        problems.push({ path: child(key), message: `has a key that ${reason}` });
      // defineProperty, not assignment: a key named "__proto__" must stay data, never a prototype.
      Object.defineProperty(out, key, {
        value: visit(v, child(key)),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  const result = visit(value, '');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: result };
}
