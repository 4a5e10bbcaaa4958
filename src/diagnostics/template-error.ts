/**
 * A template that cannot be used: it names a placeholder or filter that does
 * not exist, does not parse, lacks its title, or (an added provision of the
 * leidraad) does not say where it stands. Its message points at the
 * template's line, `templates/leidraad/klachten.md:12: fout: …`; the build
 * stops on it and never prints the text without the missing part.
 * (Here, and not in src/templates/, because loading the templates' front
 * matter reports it too.)
 */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: fout: ${reason}`);
    this.name = "TemplateError";
  }
}
