/**
 * A 64-bit FNV-1a hash of text, as 16 hex digits: used for state and
 * scenario fingerprints (replays refuse a game whose hashes differ). Not a
 * cryptographic hash: it detects change, not a determined forger.
 */
export function hashText(text: string): string {
  // Two 32-bit lanes with different offsets stand in for one 64-bit FNV state.
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 24), 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** JSON with sorted keys, so equal data always hashes equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      // fromEntries defines own properties, so even a `__proto__` key stays data.
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      );
    }
    return v;
  });
}
