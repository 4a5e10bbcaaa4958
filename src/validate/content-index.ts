import type { ChapterSource, ContentSources, YamlSource } from "../load/source.ts";
import type { ChapterFrontMatter, GlossaryFile, NotaFile, RequirementsFile, SegmentFile, SubtenderFile, TenderFile } from "../content/types.generated.ts";

/** A schema-valid file with its typed data. */
export interface Typed<T> {
  source: YamlSource;
  data: T;
}

export interface TypedChapter {
  chapter: ChapterSource;
  front: Typed<ChapterFrontMatter>;
}

/**
 * The schema-valid files of a content folder, typed. Rules run on these only,
 * so a file with schema errors does not cause a cascade of follow-up messages.
 */
export interface ContentIndex {
  dir: string;
  tender?: Typed<TenderFile>;
  segments: Typed<SegmentFile>[];
  subtenders: Typed<SubtenderFile>[];
  requirements?: Typed<RequirementsFile>;
  glossary?: Typed<GlossaryFile>;
  chapters: TypedChapter[];
  /** The Notas van Inlichtingen (nota-van-inlichtingen/<n>.yaml), in file-name order. */
  notas: Typed<NotaFile>[];
  /** Ids declared in files that failed the schema: references to them are not reported as unknown. */
  idsInInvalidFiles: Set<string>;
  /** Kinds of file of which at least one failed to parse or failed the schema. */
  invalidKinds: Set<YamlSource["kind"]>;
}

export function buildIndex(sources: ContentSources, valid: Set<YamlSource>): ContentIndex {
  const index: ContentIndex = { dir: sources.dir, segments: [], subtenders: [], chapters: [], notas: [], idsInInvalidFiles: new Set(), invalidKinds: new Set() };
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
