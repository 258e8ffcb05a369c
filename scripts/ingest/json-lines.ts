/**
 * JSON for the committed content: one top-level field per line and one array element per line. It is
 * plain JSON (and so YAML, for the MDX frontmatter), about a third the size of indented JSON, and a
 * changed clause shows in a diff as one changed line.
 */
export function jsonLines(value: Record<string, unknown>): string {
  const fields = Object.entries(value).map(([key, field]) => {
    const body = Array.isArray(field) && field.length > 0 ? `[\n${field.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]` : JSON.stringify(field);
    return `  ${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${fields.join(',\n')}\n}`;
}
