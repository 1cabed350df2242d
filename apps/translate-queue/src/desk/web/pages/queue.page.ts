import { deskLayout, problemRegion } from './desk-layout';
import { html } from './html';

export interface LanguagePair {
  source: string;
  target: string;
}

export interface QueueFilters {
  state?: string;
  pair?: string;
}

/** The job states a translator or editor filters by, in workflow order. */
export const QUEUE_STATES: readonly { value: string; label: string }[] = [
  { value: '', label: 'Any state' },
  { value: 'open,returned', label: 'Waiting for a translator' },
  { value: 'submitted,in-review', label: 'Waiting for an editor' },
  { value: 'open', label: 'Open' },
  { value: 'claimed', label: 'Claimed' },
  { value: 'submitted', label: 'Submitted' },
  { value: 'in-review', label: 'In review' },
  { value: 'returned', label: 'Returned' },
  { value: 'approved', label: 'Approved' },
  { value: 'canceled', label: 'Canceled' },
];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}

export function pairValue(pair: LanguagePair): string {
  return `${pair.source}-${pair.target}`;
}

/** /desk: filters as a plain GET form (bookmarkable), the table filled from GET /v1/jobs. */
export function queuePage(filters: QueueFilters, pairs: readonly LanguagePair[]): string {
  const state = QUEUE_STATES.some((s) => s.value === filters.state) ? filters.state : '';
  const pair = pairs.some((p) => pairValue(p) === filters.pair) ? filters.pair : '';
  return deskLayout({
    name: 'queue',
    title: 'Queue',
    body: html`<h1>Translation queue</h1>
      <form id="filters" class="filters" method="get" action="/desk" role="search" aria-label="Filter jobs">
        <div class="field">
          <label for="filter-state">State</label>
          <select id="filter-state" name="state">
            ${QUEUE_STATES.map((s) => html`<option value="${s.value}" ${s.value === state && html`selected`}>${s.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-pair">Languages</label>
          <select id="filter-pair" name="pair">
            <option value="">Any pair</option>
            ${pairs.map(
              (p) =>
                html`<option value="${pairValue(p)}" ${pairValue(p) === pair && html`selected`}>
                  ${languageName(p.source)} → ${languageName(p.target)}
                </option>`,
            )}
          </select>
        </div>
        <button type="submit">Show jobs</button>
      </form>
      ${problemRegion()}
      <p id="queue-status" class="status" role="status"></p>
      <table id="queue" class="queue" hidden>
        <caption class="visually-hidden">
          Translation jobs, most urgent first
        </caption>
        <thead>
          <tr>
            <th scope="col">Headline</th>
            <th scope="col">Languages</th>
            <th scope="col">State</th>
            <th scope="col">Priority</th>
            <th scope="col">With</th>
            <th scope="col">Age</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody></tbody>
      </table>
      <button type="button" id="more" hidden>Show more jobs</button>`,
  });
}
