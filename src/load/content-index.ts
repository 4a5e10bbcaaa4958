import type { ChapterSource, YamlSource } from "./source.ts";
import type { AssessmentFile, ChapterFrontMatter, GlossaryFile, NotaFile, RequirementsFile, SegmentFile, SubtenderFile, TenderFile } from "../content/types.generated.ts";

// The loaded files that passed their schema, typed: what validation's rules
// check and what the model is resolved from. Validation fills it
// (src/validate/content-index.ts); it is defined here, with the loaded
// sources, so that the model needs nothing from validation.

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
  /** The committee's scores (beoordeling/<subtender>.yaml, v3, confidential), in file-name order. */
  assessments: Typed<AssessmentFile>[];
  /** Ids declared in files that failed the schema: references to them are not reported as unknown. */
  idsInInvalidFiles: Set<string>;
  /** Kinds of file of which at least one failed to parse or failed the schema. */
  invalidKinds: Set<YamlSource["kind"]>;
  /** Files with a YAML syntax error: read only up to it, so what they declare is unknown. */
  syntaxBroken: YamlSource[];
}
