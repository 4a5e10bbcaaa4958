/**
 * What `npm run build` says while it works: one line per finished stage
 * (`✓ PDF's: 8 bestanden, 143 pagina's (4,1 s)`) and, on a terminal only,
 * a live line that is rewritten in place (`PDF's: 3/8… 2,5 s`). Logs that are not a
 * terminal (CI) get the finished lines and nothing else.
 */

const whole = new Intl.NumberFormat("nl-NL");
const oneDecimal = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `0,3 s`, `12,0 s`: seconds with a Dutch decimal comma. */
export const seconds = (ms: number): string => `${oneDecimal.format(ms / 1000)} s`;

/** `1 bestand`, `8 bestanden`, `1.153 pagina's`. */
export const count = (n: number, one: string, many: string): string => `${whole.format(n)} ${n === 1 ? one : many}`;

export interface Progress {
  /**
   * Runs one stage: `work` may show `label: text…` on the live line through
   * `live` (only on a terminal, never with --quiet; ignored once the stage
   * ended), then `done` or `failed` reports it with its duration.
   */
  stage<T>(label: string, work: (live: (text: string) => void) => Promise<T>, summary: (result: T) => string): Promise<T>;
  /** `✓ label: summary (1,2 s)` on stdout (not with --quiet). */
  done(label: string, summary: string, ms: number): void;
  /** `✗ label: mislukt na 1,2 s` on stderr, also with --quiet: the error that follows needs its context. */
  failed(label: string, ms: number): void;
  /** A plain line on stdout (not with --quiet). */
  line(text: string): void;
  /** Removes the live line, so an error message starts on a clean line. */
  clear(): void;
}

export interface ProgressOptions {
  quiet: boolean;
  /** Rewrite a live line with \r; only when stdout is a terminal. */
  tty: boolean;
  out?: { write(s: string): unknown };
  err?: { write(s: string): unknown };
}

export function progressPrinter({ quiet, tty, out = process.stdout, err = process.stderr }: ProgressOptions): Progress {
  let showing = false;
  const clear = () => {
    if (showing) out.write("\r\x1b[2K");
    showing = false;
  };
  // Stages may run at the same time (the website is built while the PDFs print): the live line shows each.
  const running = new Map<symbol, { label: string; text?: string; started: number }>();
  const draw = () => {
    const parts = [...running.values()].filter((r) => r.text !== undefined).map((r) => `${r.label}: ${r.text}… ${seconds(performance.now() - r.started)}`);
    if (parts.length === 0) return;
    out.write(`\r\x1b[2K${parts.join(" · ")}`);
    showing = true;
  };
  // Redrawn twice a second while a stage runs: the time moves on, and tools that clear the line themselves (Vite does) do not hide it for long.
  let timer: NodeJS.Timeout | undefined;
  const progress: Progress = {
    async stage(label, work, summary) {
      const me = Symbol(label);
      const state: { label: string; text?: string; started: number } = { label, started: performance.now() };
      running.set(me, state);
      const live = (t: string) => {
        if (!running.has(me) || quiet || !tty) return;
        state.text = t;
        draw();
      };
      if (!quiet && tty) timer ??= setInterval(draw, 500).unref();
      const end = () => {
        running.delete(me);
        if (running.size === 0) {
          clearInterval(timer);
          timer = undefined;
        }
      };
      try {
        const result = await work(live);
        end();
        progress.done(label, summary(result), performance.now() - state.started);
        draw();
        return result;
      } catch (e) {
        end();
        progress.failed(label, performance.now() - state.started);
        throw e;
      }
    },
    done(label, summary, ms) {
      clear();
      if (!quiet) out.write(`✓ ${label}: ${summary} (${seconds(ms)})\n`);
    },
    failed(label, ms) {
      clear();
      err.write(`✗ ${label}: mislukt na ${seconds(ms)}\n`);
    },
    line(text) {
      clear();
      if (!quiet) out.write(`${text}\n`);
    },
    clear,
  };
  return progress;
}
