// The same questionnaire as SurveyJS JSON: a Kooliabi template (the
// built-in JSON the app compiles in) for one role and language, mapped
// kind by kind, so the benchmark compares like with like.
const ELEMENT = {
  short_text: () => ({ type: 'text' }),
  long_text: () => ({ type: 'comment' }),
  date: () => ({ type: 'text', inputType: 'date' }),
  yes_no: () => ({ type: 'boolean' }),
  scale: (k, lang) => ({ type: 'rating', rateMin: k.min, rateMax: k.max, minRateDescription: k.min_label[lang], maxRateDescription: k.max_label[lang] }),
  single_choice: (k, lang) => ({ type: 'radiogroup', choices: k.options.map((o) => ({ value: o.id, text: o.text[lang] })) }),
  multiple_choice: (k, lang) => ({ type: 'checkbox', choices: k.options.map((o) => ({ value: o.id, text: o.text[lang] })) }),
  goals: (_k, lang) => ({
    type: 'paneldynamic',
    templateElements: ['what', 'measure', 'by_when', 'support'].map((name) => ({ type: 'text', name, title: name })),
    panelCount: 0,
    panelAddText: lang === 'et' ? 'Lisa eesmärk' : 'Add a goal',
  }),
};

function condition(show) {
  if (!show) return undefined;
  const value = typeof show.value === 'string' ? `'${show.value}'` : show.value;
  return `{${show.question}} = ${value}`;
}

export function toSurveyJs(template, role = 'student', lang = 'et') {
  return {
    title: template.title[lang],
    showProgressBar: 'top',
    pages: template.sections
      .map((s) => ({
        name: s.id,
        title: s.title[lang],
        elements: s.questions
          .filter((q) => q.roles.includes(role))
          .map((q) => ({
            ...ELEMENT[q.kind.type](q.kind, lang),
            name: q.id,
            title: q.text[lang],
            description: q.help?.[lang],
            isRequired: q.required,
            visibleIf: condition(q.show_if),
          })),
      }))
      .filter((p) => p.elements.length > 0),
  };
}
