// Baseline for the site build: plain Astro building the same number of pages
// from one data file, with a minimal layout and no search index. Run in its own
// process (peak memory is its own). Usage: plain-astro-case.ts PAGES
// Prints one JSON line: { ms, pages, peakMb, pagefindMs }: `ms` is the Astro
// build alone; `pagefindMs` is Pagefind indexing those pages afterwards (the
// way src/site/render-site.ts does), for the goal "plain Astro plus Pagefind".
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { peakMemoryMb } from "./measure.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const pages = Number(process.argv[2]);
if (!(pages >= 1)) throw new Error("gebruik: plain-astro-case.ts AANTAL-PAGINA'S");

// Like src/site/render-site.ts: inside the project's node_modules, so the
// generated pages resolve `astro` from the project.
const work = join(ROOT, "node_modules", ".cache", "jeugdhulp-plain-astro", String(process.pid));
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, "src", "pages", "p"), { recursive: true });
const words = "jeugdige gezin hulp begeleiding behandeling school netwerk veiligheid ouders herstel".split(" ");
const items = Array.from({ length: pages - 1 }, (_, i) => ({
  id: `pagina-${i + 1}`,
  title: `Pagina ${i + 1}`,
  text: Array.from({ length: 120 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(" "),
}));
writeFileSync(join(work, "data.json"), JSON.stringify({ items }));
const layout = (title: string, body: string) =>
  `<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body><main>${body}</main></body></html>`;
writeFileSync(
  join(work, "src", "pages", "index.astro"),
  `---\nimport data from "../../data.json";\n---\n${layout("Overzicht", `<h1>Overzicht</h1><ul>{data.items.map((item) => <li><a href={\`/p/\${item.id}/\`}>{item.title}</a></li>)}</ul>`)}\n`,
);
writeFileSync(
  join(work, "src", "pages", "p", "[id].astro"),
  `---\nimport data from "../../../data.json";\nexport function getStaticPaths() {\n  return data.items.map((item) => ({ params: { id: item.id }, props: { item } }));\n}\nconst { item } = Astro.props;\n---\n${layout("{item.title}", `<h1>{item.title}</h1><p>{item.text}</p><p><a href="/">Overzicht</a></p>`)}\n`,
);

const outDir = join(work, "dist");
const cwd = process.cwd();
process.chdir(work);
let ms: number;
try {
  const t = performance.now();
  const { build } = await import("astro");
  await build({ root: work, outDir, configFile: false, logLevel: "warn", mode: "production", telemetry: false, devToolbar: { enabled: false }, trailingSlash: "always", build: { format: "directory" } } as Parameters<typeof build>[0]);
  ms = performance.now() - t;
} finally {
  process.chdir(cwd);
}
const built = readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter((f) => basename(f) === "index.html").length;
const t = performance.now();
const pagefind = await import("pagefind");
const { index } = await pagefind.createIndex({ forceLanguage: "nl" });
if (!index) throw new Error("Pagefind kon niet starten");
await index.addDirectory({ path: outDir });
await index.writeFiles({ outputPath: join(outDir, "pagefind") });
await pagefind.close();
const pagefindMs = performance.now() - t;
rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify({ ms, pages: built, peakMb: peakMemoryMb(), pagefindMs }));
process.exit(0);
