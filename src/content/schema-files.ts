import { join } from "node:path";
import { PROJECT_ROOT } from "../project-root.ts";

/** Folder holding the JSON Schemas: the single source of truth for content shapes. */
export const SCHEMA_DIR = join(PROJECT_ROOT, "schemas");

export const SCHEMA_FILES = {
  common: "common.schema.json",
  tender: "aanbesteding.schema.json",
  segment: "segment.schema.json",
  subtender: "subtender.schema.json",
  requirements: "eisen.schema.json",
  glossary: "begrippen.schema.json",
  chapter: "tekst.schema.json",
  nota: "nota-van-inlichtingen.schema.json",
  assessment: "beoordeling.schema.json",
} as const;

export type SchemaKind = keyof typeof SCHEMA_FILES;
