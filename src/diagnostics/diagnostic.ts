/** One finding about the content, pointing at a place in a file. */
export interface Diagnostic {
  severity: "fout" | "waarschuwing";
  /** Path as the user passed it, e.g. `content/subtenders/crisis.yaml`. */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** Plain Dutch: what is wrong, and what is expected. */
  message: string;
  /** Stable machine-readable code of the rule, e.g. `onbekende-verwijzing`. */
  code: string;
}

/** A place in a file, before a message is attached. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export function error(at: SourcePosition, code: string, message: string): Diagnostic {
  return { severity: "fout", ...at, code, message };
}

export function warning(at: SourcePosition, code: string, message: string): Diagnostic {
  return { severity: "waarschuwing", ...at, code, message };
}
