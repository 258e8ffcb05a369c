/** Builds the search index of dist/ (written by the search work; see README). */
console.log('search index: not built yet');
