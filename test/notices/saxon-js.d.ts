/** The part of SaxonJS 2 (no type definitions of its own) that the schematron runner uses. */
declare module "saxon-js" {
  interface XPathOptions {
    namespaceContext?: Record<string, string>;
    params?: Record<string, unknown>;
    resultForm?: "array" | "default" | "iterator" | "xdm";
  }
  const SaxonJS: {
    getResource(options: { text: string; type: "xml" }): Promise<unknown>;
    XPath: { evaluate(expression: string, context: unknown, options?: XPathOptions): unknown };
  };
  export default SaxonJS;
}
