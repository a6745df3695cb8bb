// Test helper: every string that differs from `value` in exactly one position, with the
// replacement drawn from `alphabet`.
export function singleCharCorruptions(value: string, alphabet: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    for (const c of alphabet) {
      if (c !== value[i]) out.push(value.slice(0, i) + c + value.slice(i + 1));
    }
  }
  return out;
}
