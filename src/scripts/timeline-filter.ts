/**
 * Applies the timeline filters from the URL (?province=&document=&unit=) to the entries on the page,
 * keeps the URL in step when a filter changes, and hides month and year headings left empty.
 */
const FIELDS = ['province', 'document', 'unit'] as const;

function matches(entry: HTMLElement, filters: Record<string, string>): boolean {
  if (filters.province && entry.dataset.province !== filters.province) return false;
  if (filters.document && entry.dataset.document !== filters.document) return false;
  if (filters.unit && !(entry.dataset.units ?? '').split(' ').includes(filters.unit)) return false;
  return true;
}

function apply(form: HTMLFormElement): void {
  const filters = Object.fromEntries(FIELDS.map((name) => [name, (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '']));
  const entries = [...document.querySelectorAll<HTMLElement>('.timeline-entry')];
  let shown = 0;
  for (const entry of entries) {
    entry.hidden = !matches(entry, filters);
    if (!entry.hidden) shown++;
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-timeline-group]')) {
    group.hidden = group.querySelector('.timeline-entry:not([hidden])') === null;
  }
  const active = FIELDS.some((name) => filters[name]);
  const count = form.querySelector<HTMLElement>('[data-timeline-count]');
  if (count) count.textContent = active ? `筛选后显示${shown}项，共${entries.length}项。` : `共${entries.length}项。`;
}

export function applyTimelineFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-timeline-filters]');
  if (!form) return;
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const wanted = params.get(name);
    if (select && wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  apply(form);
  form.addEventListener('change', () => {
    const next = new URLSearchParams(location.search);
    for (const name of FIELDS) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
      if (value) next.set(name, value);
      else next.delete(name);
    }
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    apply(form);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(form);
  });
}
