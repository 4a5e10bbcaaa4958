import type { Model } from "../model/types.ts";
import { compareModels } from "./compare.ts";
import { compareDocuments } from "./documents.ts";
import { placeChanges } from "./landing.ts";
import type { ChangeReport } from "./types.ts";

/**
 * Two versions of a tender compared as a lawyer compares them before
 * publishing: what changed in the data, where each change lands in the built
 * documents, and what changed in the documents that no data change explains.
 */
export function compareTender(before: Model, after: Model, sources: { from: string; to: string } = { from: "", to: "" }): ChangeReport {
  return placeChanges(compareModels(before, after, sources), compareDocuments(before, after));
}
