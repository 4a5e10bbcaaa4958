import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const settings = JSON.parse(readFileSync(".vscode/settings.json", "utf8"));
const globToRegExp = (glob: string) =>
  new RegExp("^" + glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*\//g, "(?:.*/)?").replace(/\*/g, "[^/]*") + "$");

describe("editor support", () => {
  const mapping: Record<string, string[]> = settings["yaml.schemas"];
  const files = ["content/aanbesteding.yaml", "content/segmenten/crisis.yaml", "content/subtenders/crisis.yaml", "content/eisen.yaml", "content/begrippen.yaml", "content/nota-van-inlichtingen/1.yaml"];

  it("maps every content file kind to exactly one existing schema", () => {
    for (const schema of Object.keys(mapping)) expect(existsSync(schema), schema).toBe(true);
    for (const file of files) {
      const matches = Object.entries(mapping).filter(([, globs]) => globs.some((g) => globToRegExp(g).test(file)));
      expect(matches.map(([s]) => s), file).toHaveLength(1);
    }
  });

  it("gives the editor Dutch help on every field of every schema", () => {
    const missing: string[] = [];
    const walk = (node: any, path: string) => {
      if (!node || typeof node !== "object") return;
      if (node.properties) {
        for (const [key, sub] of Object.entries<any>(node.properties)) {
          if (!sub.description && !sub.$ref) missing.push(`${path}.${key}`);
          walk(sub, `${path}.${key}`);
        }
      }
      if (node.items) walk(node.items, `${path}[]`);
      for (const [name, def] of Object.entries<any>(node.$defs ?? {})) walk(def, `${path}#${name}`);
    };
    for (const schema of Object.keys(mapping)) walk(JSON.parse(readFileSync(schema, "utf8")), schema);
    expect(missing).toEqual([]);
  });
});
