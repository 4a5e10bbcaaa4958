import type { ContentSources, YamlSource } from "../load/source.ts";
import type { ChapterFrontMatter } from "../content/types.generated.ts";
import type { ContentIndex, Typed } from "../load/content-index.ts";


export function buildIndex(sources: ContentSources, valid: Set<YamlSource>): ContentIndex {
  const index: ContentIndex = { dir: sources.dir, segments: [], subtenders: [], chapters: [], notas: [], assessments: [], idsInInvalidFiles: new Set(), invalidKinds: new Set(), syntaxBroken: sources.yaml.filter((s) => s.broken) };
  for (const source of sources.yaml) {
    if (!valid.has(source)) {
      collectIds(source.data, index.idsInInvalidFiles);
      index.invalidKinds.add(source.kind);
      continue;
    }
    const typed = { source, data: source.data } as Typed<never>;
    if (source.kind === "tender") index.tender = typed;
    else if (source.kind === "segment") index.segments.push(typed);
    else if (source.kind === "subtender") index.subtenders.push(typed);
    else if (source.kind === "requirements") index.requirements = typed;
    else if (source.kind === "glossary") index.glossary = typed;
    else if (source.kind === "nota") index.notas.push(typed);
    else if (source.kind === "assessment") index.assessments.push(typed);
  }
  for (const chapter of sources.chapters) {
    if (chapter.frontMatter && valid.has(chapter.frontMatter)) {
      index.chapters.push({ chapter, front: { source: chapter.frontMatter, data: chapter.frontMatter.data as ChapterFrontMatter } });
    } else index.idsInInvalidFiles.add(chapter.id);
  }
  return index;
}

function collectIds(data: unknown, into: Set<string>, depth = 0): void {
  if (depth > 6 || !data || typeof data !== "object") return;
  if (Array.isArray(data)) return data.forEach((d) => collectIds(d, into, depth + 1));
  const record = data as Record<string, unknown>;
  if (typeof record.id === "string") into.add(record.id);
  for (const v of Object.values(record)) collectIds(v, into, depth + 1);
}
