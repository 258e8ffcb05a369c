/** The iframe snippet that puts one clause into courseware or another page. */

/** Height that fits a clause of a few lines with its tags; the frame scrolls for longer ones. */
const FRAME_HEIGHT = 360;

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" width="100%" height="${FRAME_HEIGHT}" style="border:1px solid #d8dee4;border-radius:8px" loading="lazy"></iframe>`;
}
