import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Model } from "../../src/model/types.ts";
import type { Manifest, ManifestEntry } from "../../src/pdf/manifest.ts";
import { serveStatic } from "./serve-static.ts";

/** Builds a content folder with the real CLI, as a user would, into a new temporary folder. */
export function buildTender(content: string): string {
  const out = mkdtempSync(join(tmpdir(), "site-"));
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "build", "--content", content, "--out", out], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build van ${content} mislukt:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/**
 * What a payload writes when it runs. Each payload builds the marker from
 * pieces ("XSS-" + "GELOPEN"), so the marker appears in a page or a PDF only
 * if the payload ran, never because its source text was shown.
 */
export const RAN = "XSS-GELOPEN";

/** Hostile Markdown: a script, an event handler, an iframe, a javascript: link and a style sheet. */
export const HOSTILE = [
  `<script>document.documentElement.append("XSS-" + "GELOPEN-script")</script>`,
  `<img src="x" onerror="document.documentElement.append('XSS-' + 'GELOPEN-onerror')">`,
  `<iframe srcdoc="XSS-&lt;b&gt;&lt;/b&gt;GELOPEN-iframe"></iframe>`,
  `[klik hier](javascript:document.documentElement.append('XSS-'+'GELOPEN-link'))`,
  `<style>body::after { content: "XSS-" "GELOPEN-style" }</style>`,
];

/** Plain-text names with markup in them: shown as the literal text they are, never as markup. */
export const HOSTILE_NAMES = {
  eis: `Bereikbaarheid <img src=x onerror="document.documentElement.append('XSS-'+'GELOPEN-naam')"> & <b>co</b>`,
  criterium: `Samenwerking <script>document.documentElement.append("XSS-"+"GELOPEN-criterium")</script>`,
};

/** Replaces `from` in a file, and fails when it is not there: a payload that did not land tests nothing. */
function inject(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file}: «${from}» staat er niet in; de vijandige inhoud zou niet landen`);
  writeFileSync(file, text.replace(from, to));
}

const block = (indent: string, first: string) => `|\n${indent}${first}\n\n${indent}${HOSTILE.join(`\n\n${indent}`)}`;
const yamlString = (s: string) => JSON.stringify(s);

/**
 * The small tender with hostile Markdown in every kind of Markdown field (a
 * product's description, a requirement's text, a condition's explanation, a
 * term's definition, a chapter) and markup in plain-text names (a requirement's
 * title, a criterion's name): none of it may run, on a page or in a PDF.
 */
export function hostileCopyOfKlein(): string {
  const dir = mkdtempSync(join(tmpdir(), "vijandig-"));
  cpSync("test/fixtures/klein", dir, { recursive: true });
  inject(join(dir, "segmenten/spoed.yaml"), "omschrijving: Een bed voor acute opvang.", `omschrijving: ${block("      ", "Een bed voor acute opvang.")}`);
  inject(join(dir, "eisen.yaml"), "tekst: De aanbieder is 24 uur per dag en 7 dagen per week bereikbaar.", `tekst: ${block("    ", "De aanbieder is 24 uur per dag en 7 dagen per week bereikbaar.")}`);
  inject(join(dir, "eisen.yaml"), "titel: Bereikbaarheid dag en nacht", `titel: ${yamlString(HOSTILE_NAMES.eis)}`);
  inject(join(dir, "subtenders/spoed.yaml"), "toelichting: Een spoedteam kan een bed regelen. }", `toelichting: ${yamlString(`Een spoedteam kan een bed regelen. ${HOSTILE.join(" ")}`)} }`);
  inject(join(dir, "subtenders/spoed.yaml"), "{ id: samenwerking, naam: Samenwerking, weging: 40 }", `{ id: samenwerking, naam: ${yamlString(HOSTILE_NAMES.criterium)}, weging: 40 }`);
  inject(join(dir, "begrippen.yaml"), 'definitie: "Hulp die binnen 24 uur start; zie [spoedbedden](product:spoedbed)." }', `definitie: ${yamlString(`Hulp die binnen 24 uur start; zie [spoedbedden](product:spoedbed). ${HOSTILE.join(" ")}`)} }`);
  const chapter = join(dir, "teksten/10-inleiding.md");
  writeFileSync(chapter, readFileSync(chapter, "utf8") + "\n" + HOSTILE.join("\n\n") + "\n");
  return dir;
}

/** Every page of a built site, as URL paths (`/producten/x/`). */
export function sitePages(siteDir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => {
      const p = join(d, f);
      if (statSync(p).isDirectory()) return f === "pagefind" ? [] : walk(p);
      return f.endsWith(".html") ? [p] : [];
    });
  return walk(siteDir).map((file) => "/" + relative(siteDir, file).replace(/index\.html$/, "")).sort();
}

/** Where a page that moved sends the reader (its meta refresh), or undefined for an ordinary page. */
export function redirectOf(siteDir: string, path: string): string | undefined {
  if (!path.endsWith("/")) return undefined;
  const file = join(siteDir, path, "index.html");
  if (!existsSync(file)) return undefined;
  return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(readFileSync(file, "utf8"))?.[1];
}

/** A built tender served over HTTP: its output folder, site, model and manifest. */
export interface ServedTender {
  root: string;
  dir: string;
  url: string;
  model: Model;
  manifest: ManifestEntry[];
  close: () => Promise<void>;
}

/** Builds a content folder with the real CLI and serves its site; `stop` closes the server and removes the output. */
export async function buildAndServe(content: string): Promise<ServedTender> {
  const root = buildTender(content);
  const dir = join(root, "site");
  const model = JSON.parse(readFileSync(join(root, "model.json"), "utf8")) as Model;
  const manifest = (JSON.parse(readFileSync(join(root, "mercell", "manifest.json"), "utf8")) as Manifest).bestanden;
  return { root, dir, model, manifest, ...(await serveStatic(dir)) };
}

export async function stopServing(tenders: ServedTender[]): Promise<void> {
  for (const t of tenders) {
    await t.close();
    rmSync(t.root, { recursive: true, force: true });
  }
}
