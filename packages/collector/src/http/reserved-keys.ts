/** Keys that can reach an object's prototype when some library later merges or assigns the data. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** A path as a chain of parents, so descending costs O(1) and only a hit is ever joined. */
interface PathLink {
  key: string;
  parent: PathLink | undefined;
}

function joinPath(link: PathLink | undefined): string {
  const parts: string[] = [];
  for (let at = link; at; at = at.parent) parts.push(at.key);
  return parts.reverse().join('.');
}

/**
 * Paths of every reserved key anywhere in parsed JSON (at most `limit`). Schema validation would
 * mostly strip or refuse them anyway, but a payload that carries them is never an honest survey
 * response, so the collector refuses it outright instead of storing a cleaned copy. Iterative and
 * linear in the size of the value: depth cannot overflow the stack, and paths are not copied.
 */
export function reservedKeyPaths(value: unknown, limit = 10): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: PathLink | undefined }[] = [{ value, path: undefined }];
  while (stack.length > 0 && found.length < limit) {
    const { value: node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const keys = Array.isArray(node) ? node.map((_, i) => String(i)) : Object.keys(node);
    // Pushed in reverse so keys are visited (and reported) in document order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      const link = { key, parent: path };
      if (!Array.isArray(node) && RESERVED.has(key)) continue;
      stack.push({ value: (node as Record<string, unknown>)[key], path: link });
    }
    if (!Array.isArray(node)) {
      for (const key of keys) {
        if (RESERVED.has(key) && found.length < limit) found.push(joinPath({ key, parent: path }));
      }
    }
  }
  return found;
}
