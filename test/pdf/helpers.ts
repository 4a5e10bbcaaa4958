import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { shared, type SharedName } from "../shared/builds.ts";
import { renderAttachments, type RenderOptions } from "../../src/pdf/render-attachments.ts";
import type { Manifest } from "../../src/pdf/manifest.ts";
import type { Model } from "../../src/model/types.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";

export interface Built {
  model: Model;
  out: string;
  manifest: Manifest;
  blocked: string[];
}

export function loadModel(contentDir: string): Model {
  const result = validateContent(contentDir);
  if (!result.model) throw new Error(`inhoud ${contentDir} is ongeldig: ${result.diagnostics.map((d) => d.message).join("; ")}`);
  return result.model;
}

/** Builds the attachments of a content folder into a fresh temp folder. */
export async function build(contentDir: string, options: RenderOptions = {}): Promise<Built> {
  const model = loadModel(contentDir);
  const out = mkdtempSync(join(tmpdir(), "pdf-test-"));
  const blocked: string[] = [];
  const manifest = await renderAttachments(model, out, { blockedRequests: blocked, ...options });
  return { model, out, manifest, blocked };
}

/**
 * The Mercell bundle of a tender built once for the run by the CLI
 * (test/shared/builds.ts), read only; its model validated here from the same
 * content, so an own file's `bron` is known. Nothing is recorded as blocked:
 * the offline test renders its own.
 */
export function sharedBundle(name: SharedName): Built {
  const build = shared(name);
  const out = join(build.out, "mercell");
  return { model: loadModel(resolve(build.cwd, build.content)), out, manifest: readJson<Manifest>(join(out, "manifest.json")), blocked: [] };
}

/** pdftotext of a page range; `-layout` keeps table rows on one line. */
export function pdftotext(file: string, opts: { first?: number; last?: number; layout?: boolean; raw?: boolean } = {}): string {
  const args = [...(opts.layout ? ["-layout"] : []), ...(opts.raw ? ["-raw"] : [])];
  if (opts.first) args.push("-f", String(opts.first));
  if (opts.last) args.push("-l", String(opts.last));
  return execFileSync("pdftotext", [...args, file, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
}

export function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Object.fromEntries(out.split("\n").filter((l) => l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
}

/** Text with line breaks and runs of spaces as single spaces; a word split after a hyphen is joined again. */
export const flat = (text: string) => text.replace(/-\s*\n\s*/g, "-").replace(/\s+/g, " ");

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A phrase that may be broken over lines: words separated by any whitespace. */
export const phrase = (s: string) => s.trim().split(/\s+/).map(escapeRe).join("\\s+");

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

export const leidraad = (b: Built) => join(b.out, b.manifest.bestanden.find((_, i) => b.model.tender.bijlagen[i].inhoud === "bestek")!.bestand);

/** Titles of the PDF bookmarks (outline items: a /Title with a /Dest and a /Parent). */
export function bookmarkTitles(file: string): string[] {
  const raw = readFileSync(file, "latin1");
  const decode = (s: string) => {
    if (s.startsWith("<")) {
      const hex = s.slice(1, -1).replace(/^FEFF/i, "");
      let out = "";
      for (let i = 0; i < hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
      return out;
    }
    return s.slice(1, -1).replace(/\\([()\\])/g, "$1");
  };
  return [...raw.matchAll(/<<\/Title (\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]+>)\s*\/Dest \[[^\]]*\]\s*\/Parent /g)].map((m) => decode(m[1]));
}
