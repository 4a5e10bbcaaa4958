import { formatDiagnostic, formatJson, formatSummary, formatText } from "../diagnostics/format.ts";
import type { ValidationResult } from "../pipeline/validate-content.ts";

/**
 * Prints diagnostics and tells whether the content may be used (errors, or warnings under --strict, stop it).
 * `quiet` (text only): nothing when the content may be used; otherwise the errors and the full count.
 */
export function reportValidation(result: ValidationResult, options: { format: "text" | "json"; strict: boolean; quietWhenClean?: boolean; quiet?: boolean }): boolean {
  const diagnostics = options.strict
    ? result.diagnostics.map((d) => ({ ...d, severity: "fout" as const }))
    : result.diagnostics;
  const ok = !diagnostics.some((d) => d.severity === "fout") && result.model !== undefined;
  if (options.format === "json") process.stdout.write(formatJson(diagnostics) + "\n");
  else if (options.quiet) {
    const errors = diagnostics.filter((d) => d.severity === "fout");
    if (!ok) process.stderr.write([...errors.map(formatDiagnostic), formatSummary(diagnostics)].join("\n") + "\n");
  } else if (!(options.quietWhenClean && diagnostics.length === 0)) (ok ? process.stdout : process.stderr).write(formatText(diagnostics) + "\n");
  return ok;
}
