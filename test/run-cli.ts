import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

// The CLI may run inside another folder (a git repository of a test), where `tsx` cannot be found by name.
export const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/**
 * The node arguments that run the CLI with `args`: the run's bundle of it
 * (test/shared/cli-bundle.ts, made by the global setup) or, outside a test
 * run, the TypeScript source through tsx.
 */
export function cliArgv(args: string[]): string[] {
  const bundle = process.env.JEUGDHULP_TEST_CLI;
  return bundle ? [bundle, ...args] : ["--import", TSX, resolve("src/cli/main.ts"), ...args];
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI as a user would (`npm run build`, `npm run diff`, …) in a child
 * process, without blocking the test worker: a build takes a while, and
 * vitest's worker must stay responsive meanwhile.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return runNode(cliArgv(args), options);
}

/** `node ARGV` in a child process, its output collected, without blocking the test worker. */
export function runNode(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, argv, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}
