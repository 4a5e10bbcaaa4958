import type { Attachment } from "../model/types.ts";

/** `Perceel en gunning Advies & Expertise` → `perceel-en-gunning-advies-expertise`. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * `<nummer>-<slug>-v<versie>.<ext>`, the name the lawyers sign off on and
 * Mercell shows: `.pdf` for what we print, the own file's extension for a `bestand`.
 */
export function attachmentFileName(a: Pick<Attachment, "nummer" | "titel"> & { extensie?: string }, versie: string): string {
  return `${slug(a.nummer)}-${slug(a.titel)}-v${versie.replace(/[^0-9A-Za-z.]+/g, "-")}.${a.extensie ?? "pdf"}`;
}
