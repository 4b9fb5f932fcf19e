// Writes every Trunk entry but the home page (index.html) from one of two
// templates, so the CSP, the noscript text and the stylesheet list are kept
// in one place each: areas/templates/area.html → areas/<area>/index.html
// (binary crates/web/src/bin/<area>.rs) and areas/templates/widget.html →
// areas/embed/<tool>/index.html (binary embed_<tool>). Prints one line per
// entry, "<entry folder> <dist folder>", for scripts/build.sh.
//
//   node scripts/entries.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const AREAS = {
  answer: 'Küsimustik: vasta arenguvestluse küsimustele. Kõik jääb sinu seadmesse.',
  memo: 'Klassijuhatajalt saadud memo: ava parooliga fail. Memo ei salvestata.',
  teacher: 'Arenguvestlused ja planeerija klassijuhatajale. Kõik jääb sinu seadmesse.',
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

function write(folder, html) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${folder}/index.html`, html);
}

const area = template('area');
for (const [name, description] of Object.entries(AREAS)) {
  write(`areas/${name}`, fill(area, name, description));
  console.log(`areas/${name} dist/${name}`);
}
const widget = template('widget');
for (const [tool, title] of Object.entries(WIDGETS)) {
  // Binary names cannot hold "-": embed_test_schedule for test-schedule.
  write(`areas/embed/${tool}`, fill(widget, `embed_${tool.replaceAll('-', '_')}`, `Kooliabi: ${title}. Kõik jääb sinu seadmesse.`));
  console.log(`areas/embed/${tool} dist/embed/${tool}`);
}
