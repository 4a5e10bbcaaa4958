/** Which schema in schemas/ checks which files of a content folder (VS Code YAML extension globs). */
export const SCHEMA_FOR_FILES: Record<string, string[]> = {
  "aanbesteding.schema.json": ["**/aanbesteding.yaml"],
  "segment.schema.json": ["**/segmenten/*.yaml"],
  "subtender.schema.json": ["**/subtenders/*.yaml"],
  "eisen.schema.json": ["**/eisen.yaml"],
  "begrippen.schema.json": ["**/begrippen.yaml"],
  "nota-van-inlichtingen.schema.json": ["**/nota-van-inlichtingen/*.yaml"],
  "beoordeling.schema.json": ["**/beoordeling/*.yaml"],
};
