import { isIPv6 } from 'node:net';

/**
 * The rate-limit key of a client address. One IPv6 customer usually holds a whole /64 and can
 * rotate through 2^64 addresses, so IPv6 addresses are grouped by their first 64 bits; IPv4 (and
 * IPv4-mapped IPv6) addresses stand alone.
 */
export function addressGroup(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = address.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  // A trailing dotted quad (64:ff9b::192.0.2.1) fills two groups.
  const width = right.length + (right.at(-1)?.includes('.') ? 1 : 0);
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - width)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
