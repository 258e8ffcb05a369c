/**
 * The day the site is built (YYYY-MM-DD): deadlines are marked past or upcoming relative to it.
 * ATLAS_TODAY sets another day, for reproducible builds and tests.
 */
export const BUILD_DATE: string = process.env.ATLAS_TODAY ?? new Date().toISOString().slice(0, 10);
