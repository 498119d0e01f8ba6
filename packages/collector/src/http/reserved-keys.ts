/** Keys that can reach an object's prototype when some library later merges or assigns the data. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Paths of every reserved key anywhere in parsed JSON. Schema validation would mostly strip or
 * refuse them anyway, but a payload that carries them is never an honest survey response, so the
 * collector refuses it outright instead of storing a cleaned copy.
 */
export function reservedKeyPaths(
  value: unknown,
  path: string[] = [],
  found: string[] = [],
): string[] {
  if (found.length >= 10 || value === null || typeof value !== 'object') return found;
  if (Array.isArray(value)) {
    value.forEach((v, i) => reservedKeyPaths(v, [...path, String(i)], found));
    return found;
  }
  for (const key of Object.keys(value)) {
    if (RESERVED.has(key)) found.push([...path, key].join('.'));
    else reservedKeyPaths((value as Record<string, unknown>)[key], [...path, key], found);
  }
  return found;
}
