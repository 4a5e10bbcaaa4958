import type { Diagnostic } from "./diagnostic.ts";

/** One cause, one message: identical findings at one place are reported once. */
export function dedupeAndSort(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>();
  for (const d of diagnostics) {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.message}`;
    if (!seen.has(key)) seen.set(key, d);
  }
  return [...seen.values()].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.message.localeCompare(b.message),
  );
}

/** `file:line:col: fout: message`, the shape editors and terminals make clickable. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

export function formatSummary(diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "fout").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return "Geen fouten of waarschuwingen gevonden.";
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${part(errors, "fout", "fouten")} en ${part(warnings, "waarschuwing", "waarschuwingen")} gevonden.`;
}

export function formatText(diagnostics: Diagnostic[]): string {
  return [...diagnostics.map(formatDiagnostic), formatSummary(diagnostics)].join("\n");
}

export function formatJson(diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "fout").length;
  return JSON.stringify(
    { geldig: errors === 0, fouten: errors, waarschuwingen: diagnostics.length - errors, meldingen: diagnostics },
    null,
    2,
  );
}
