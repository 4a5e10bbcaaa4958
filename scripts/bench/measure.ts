/** Median of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` `runs` times after one warm-up run and returns the median of each named timing. */
export async function medianTimings<T extends Record<string, number>>(runs: number, fn: () => Promise<T> | T): Promise<T> {
  await fn();
  const all: T[] = [];
  for (let i = 0; i < runs; i++) all.push(await fn());
  return Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((t) => t[k]))])) as T;
}

/** Peak resident memory of this process so far, in MB. */
export const peakMemoryMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
