import type { Document, LineCounter } from "yaml";
import type { SchemaKind } from "../content/schema-files.ts";

/** A YAML file of the content folder, parsed with positions. */
export interface YamlSource {
  kind: Exclude<SchemaKind, "common">;
  /** Path for messages, relative to the working directory when inside it. */
  path: string;
  /** The YAML text (of the front matter, for chapters). */
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain data of the document; undefined when it could not be converted. */
  data: unknown;
  /** True when the YAML had errors: `data` is then a best effort, used only to know which ids exist. */
  broken: boolean;
  /** Line offset of the document inside its file (front matter starts after `---`). */
  lineOffset: number;
}

/** A Markdown chapter of the bestek: front matter plus body. */
export interface ChapterSource {
  kind: "chapter";
  path: string;
  /** From the file name `<nn>-<id>.md`. */
  id: string;
  frontMatter: YamlSource | undefined;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

export interface ContentSources {
  /** The folder as the user named it. */
  dir: string;
  yaml: YamlSource[];
  chapters: ChapterSource[];
}
