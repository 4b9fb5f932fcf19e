// Which sheets of static/css/ each page loads (#13). A page loads only the
// sheets its views use, joined into one file by scripts/entries.mjs: the
// grades area has no questionnaire styles, a widget no teacher's styles.
// The browser tests check the lists: at every accessibility scan they also
// compare each element's computed style under the page's own stylesheet
// with its style under every sheet (tests/helpers.mjs), so a class styled
// only in a sheet its page does not load fails there.
import { readFileSync } from 'node:fs';

/** Every sheet, in cascade order; a page's sheets keep this order. */
export const CASCADE = ['base', 'grading', 'vocational', 'questionnaire', 'calendar', 'conversation', 'embed'];

/** The sheets of each tool area's page, after base.css. */
const AREA = {
  answer: ['questionnaire', 'conversation'],
  questionnaires: ['questionnaire', 'conversation'],
  memo: ['questionnaire', 'conversation'],
  teacher: ['grading', 'questionnaire', 'calendar', 'conversation'],
  planner: ['grading', 'calendar', 'conversation'],
  grades: ['grading'],
  vocational: ['grading', 'vocational'],
  // The allowances calculator shows vocational results too.
  dates: ['grading', 'vocational', 'calendar'],
  privacy: ['grading', 'vocational', 'questionnaire', 'calendar', 'conversation'],
};

/** The area whose views each widget shows (crates/web/src/bin/embed_*.rs). */
const WIDGET_AREA = {
  points: 'grades', class: 'grades', follows: 'grades', behaviour: 'grades',
  modules: 'vocational', courses: 'vocational', recognise: 'vocational',
  deadlines: 'dates', 'test-schedule': 'dates', attendance: 'dates',
  questionnaires: 'questionnaires',
};

const ordered = (names) => CASCADE.filter((name) => names.includes(name));

/** The sheets of a tool area's page. */
export function areaSheets(area) {
  if (!AREA[area]) throw new Error(`no stylesheets listed for the area ${area}`);
  return ordered(['base', ...AREA[area]]);
}

/** The sheets of a widget: its area's, and embed.css. */
export function widgetSheets(tool) {
  if (!WIDGET_AREA[tool]) throw new Error(`no area listed for the widget ${tool}`);
  return ordered([...areaSheets(WIDGET_AREA[tool]), 'embed']);
}

/** The text of these sheets joined in cascade order. */
export function joined(names) {
  return ordered(names)
    .map((name) => readFileSync(new URL(`../static/css/${name}.css`, import.meta.url), 'utf8'))
    .join('\n');
}

/** Every sheet a page could need: all but embed.css, and with it for a widget. */
export const everySheet = (widget) => joined(CASCADE.filter((name) => widget || name !== 'embed'));
