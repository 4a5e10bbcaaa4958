/**
 * Text as a CSS string literal, for running headers and print footers built
 * from content: quotes and backslashes escaped, line breaks as spaces, and `<`
 * as `\3c ` so a title can never close the `<style>` element it stands in.
 */
export const cssString = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, " ").replace(/</g, "\\3c ")}"`;
