/** Damerau-free Levenshtein distance; the candidate lists are short. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The closest candidate when it is plausibly a typo, else undefined. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const needle = input.toLowerCase();
  for (const c of candidates) {
    const hay = c.toLowerCase();
    const d = hay.startsWith(needle) || needle.startsWith(hay) ? Math.abs(hay.length - needle.length) * 0.5 : distance(needle, hay);
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return best !== undefined && bestScore <= limit && best !== input ? best : undefined;
}

/** `; bedoelde u `x`?` or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match ? `; bedoelde u \`${match}\`?` : "";
}
