import { parseArgs } from "node:util";
import type { BuildOptions } from "../build/run-build.ts";

export class UsageError extends Error {}

/** The flags of every command: those of a build, and the words after the command. */
export interface CommonOptions extends BuildOptions {
  positionals: string[];
}

/** Parses the flags shared by all commands; unknown flags are a usage error (exit code 2). */
export function parseCommonArgs(argv: string[]): CommonOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: "string", default: "content" },
        out: { type: "string", default: "dist" },
        format: { type: "string", default: "text" },
        strict: { type: "boolean", default: false },
        compare: { type: "string" },
        quiet: { type: "boolean", default: false },
        aankondiging: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format moet text of json zijn, niet ${values.format}`);
  return { content: values.content!, out: values.out!, format: values.format, strict: values.strict!, compare: values.compare, quiet: values.quiet!, aankondiging: values.aankondiging!, positionals };
}
