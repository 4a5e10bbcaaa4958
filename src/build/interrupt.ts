import { constants } from "node:os";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Our own 'exit' listeners (see onExit), run after those of libraries. */
const cleanups = new Set<() => void>();

/**
 * Runs `cleanup` (synchronously) when the process exits, until the returned
 * function is called. On a signal handled by exitOnSignals it runs after the
 * libraries' own exit listeners, so puppeteer has killed Chromium before we
 * spend time removing files: a wrapper that escalates to SIGKILL (tsx does
 * after 60 ms) can then at worst leave a folder, which the next build removes.
 */
export function onExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  process.on("exit", cleanup);
  return () => {
    cleanups.delete(cleanup);
    process.off("exit", cleanup);
  };
}

/**
 * Until the returned function is called, SIGINT (Ctrl-C), SIGTERM and SIGHUP
 * end the process the way shells and CI expect, with exit code 128 + the
 * signal's number (130, 143, 129), after `onSignal` ran.
 *
 * Node's default on these signals is to die on the spot, without running
 * 'exit' listeners; through process.exit they do run: replaceAtomically
 * removes its temporary folder and puppeteer kills Chromium's process group.
 * `onSignal` must be synchronous: nothing asynchronous runs after it.
 */
export function exitOnSignals(onSignal: (signal: NodeJS.Signals) => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    try {
      onSignal(signal);
    } finally {
      for (const cleanup of cleanups) {
        process.off("exit", cleanup);
        process.on("exit", cleanup);
      }
      process.exit(128 + constants.signals[signal]);
    }
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return () => {
    for (const signal of SIGNALS) process.off(signal, handler);
  };
}
