// SURVEY_JSON is written into survey.js by bench.mjs from Kooliabi's general
// template (compiled in, as the app's own templates are: no extra request).
const survey = new Survey.Model(window.SURVEY_JSON);
survey.render(document.getElementById('surveyContainer'));
