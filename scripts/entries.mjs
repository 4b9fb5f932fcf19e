// Writes every Trunk entry but the home page (index.html) from one of two
// templates, so the CSP, the noscript text and the stylesheets are kept in
// one place each: areas/templates/area.html → areas/<area>/index.html
// (binary crates/web/src/bin/<area>.rs) and areas/templates/widget.html →
// areas/embed/<tool>/index.html (binary embed_<tool>). Prints one line per
// entry, "<entry folder> <dist folder>", for scripts/build.sh.
// Each entry gets one stylesheet, app.css, joined from the sheets of
// static/css/ that scripts/stylesheets.mjs lists for it: one
// request instead of seven on a phone's slow connection (HTTP/1.1 opens six
// at a time, so seven stylesheets queued behind each other and the wasm).
//
//   node scripts/entries.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { areaSheets, joined, widgetSheets } from './stylesheets.mjs';

const AREAS = {
  answer: 'Küsimustik: vasta arenguvestluse küsimustele. Kõik jääb sinu seadmesse.',
  questionnaires: 'Minu küsimustikud: alusta küsimustikku, täida, ava või ekspordi see. Kõik jääb sinu seadmesse.',
  memo: 'Klassijuhatajalt saadud memo: ava parooliga fail. Memo ei salvestata.',
  teacher: 'Arenguvestlused klassijuhatajale: kutsed, vastused, eesmärgid ja memo. Kõik jääb sinu seadmesse.',
  planner: 'Arenguvestluste planeerija klassijuhatajale: kuupäevad, tähtajad ja kalendrifail. Kõik jääb sinu seadmesse.',
  grades: 'Hinnete kalkulaatorid: punktid hinneteks, terve klass, mis hinnetest järeldub. Kõik jääb sinu seadmesse.',
  vocational: 'Kutseõpe ja gümnaasiumi lõpetamine: moodulid, kursused, arvestamine. Kõik jääb sinu seadmesse.',
  dates: 'Kuupäevad ja tähtajad, kontrolltööde plaan, puudumised. Kõik jääb sinu seadmesse.',
  privacy: 'Mis on selles seadmes salvestatud: vaata, ekspordi, kustuta.',
};
/** Widgets for school websites, one small app per tool (crates/web/src/embed.rs). */
const WIDGETS = {
  points: 'Punktid hindeks',
  class: 'Terve klassi hinded',
  follows: 'Mis hinnetest järeldub',
  behaviour: 'Käitumine ja hoolsus',
  modules: 'Minu moodulid',
  courses: 'Minu kursused',
  recognise: 'Varasema hinde arvestamine',
  deadlines: 'Tähtajad',
  'test-schedule': 'Kontrolltööde plaan',
  attendance: 'Puudumised ja hilinemised',
  questionnaires: 'Arenguvestluse küsimustik',
};

const template = (name) => readFileSync(new URL(`../areas/templates/${name}.html`, import.meta.url), 'utf8');
const fill = (text, bin, description) => text.replaceAll('{{bin}}', bin).replaceAll('{{description}}', description);

function write(folder, html, css) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${folder}/index.html`, html);
  writeFileSync(`${folder}/app.css`, css);
}

const area = template('area');
for (const [name, description] of Object.entries(AREAS)) {
  write(`areas/${name}`, fill(area, name, description), joined(areaSheets(name)));
  console.log(`areas/${name} dist/${name}`);
}
const widget = template('widget');
for (const [tool, title] of Object.entries(WIDGETS)) {
  // Binary names cannot hold "-": embed_test_schedule for test-schedule.
  write(`areas/embed/${tool}`, fill(widget, `embed_${tool.replaceAll('-', '_')}`, `Kooliabi: ${title}. Kõik jääb sinu seadmesse.`), joined(widgetSheets(tool)));
  console.log(`areas/embed/${tool} dist/embed/${tool}`);
}
