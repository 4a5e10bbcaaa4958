import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Model } from "../../src/model/types.ts";
import type { Manifest, ManifestEntry } from "../../src/pdf/manifest.ts";
import { serveStatic } from "./serve-static.ts";
import { shared, type SharedName } from "../shared/builds.ts";
import { runCli } from "../run-cli.ts";

/** Builds a content folder of a test's own with the real CLI, as a user would, into a new temporary folder, without blocking the test worker. */
export async function buildTender(content: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "site-"));
  const r = await runCli(["build", "--content", content, "--out", out]);
  if (r.status !== 0) throw new Error(`build van ${content} mislukt:\n${r.stdout}\n${r.stderr}`);
  return out;
}

export { RAN, HOSTILE, HOSTILE_NAMES, hostileCopyOfKlein } from "../fixtures/hostile.ts";

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

/** Serves the site of a tender built once for the whole run (test/shared/builds.ts); `stopServing` closes the server, the build stays. */
export async function serveShared(name: SharedName): Promise<ServedTender> {
  const root = shared(name).out;
  const dir = join(root, "site");
  const model = JSON.parse(readFileSync(join(root, "model.json"), "utf8")) as Model;
  const manifest = (JSON.parse(readFileSync(join(root, "mercell", "manifest.json"), "utf8")) as Manifest).bestanden;
  return { root, dir, model, manifest, ...(await serveStatic(dir)) };
}

export async function stopServing(tenders: ServedTender[]): Promise<void> {
  await Promise.all(tenders.map((t) => t.close()));
}
