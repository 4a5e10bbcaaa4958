import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { ContentIndex } from "../load/content-index.ts";
import type { EntityTable } from "./entities.ts";

/** A rule of the trade beyond the schemas: one file each under rules/. */
export interface Rule {
  name: string;
  check(index: ContentIndex, entities: EntityTable): Diagnostic[];
}
