import { parseArgs } from "node:util";

export class UsageError extends Error {}

export interface CommonOptions {
  content: string;
  out: string;
  format: "text" | "json";
  strict: boolean;
  compare?: string;
  /** Only errors (and warnings that block, under --strict); for `build`. */
  quiet: boolean;
  /** `build --aankondiging`: the EU notice, open data and the internal /aankondiging/ page even without `aankondiging` in the data. */
  aankondiging?: boolean;
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
