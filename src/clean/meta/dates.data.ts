/** Month names (English, Spanish, Portuguese, Italian, French, German, Russian genitive) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['january', 1], ['feb', 2], ['february', 2], ['mar', 3], ['march', 3], ['apr', 4], ['april', 4],
  ['may', 5], ['jun', 6], ['june', 6], ['jul', 7], ['july', 7], ['aug', 8], ['august', 8], ['sep', 9], ['sept', 9],
  ['september', 9], ['oct', 10], ['october', 10], ['nov', 11], ['november', 11], ['dec', 12], ['december', 12],
  ['enero', 1], ['febrero', 2], ['marzo', 3], ['abril', 4], ['mayo', 5], ['junio', 6], ['julio', 7], ['agosto', 8],
  ['septiembre', 9], ['setiembre', 9], ['octubre', 10], ['noviembre', 11], ['diciembre', 12],
  ['janvier', 1], ['février', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['août', 8],
  ['septembre', 9], ['octobre', 10], ['novembre', 11], ['décembre', 12],
  ['januar', 1], ['februar', 2], ['märz', 3], ['juni', 6], ['juli', 7], ['oktober', 10], ['dezember', 12],
  ['janeiro', 1], ['fevereiro', 2], ['março', 3], ['maio', 5], ['junho', 6], ['julho', 7], ['setembro', 9],
  ['outubro', 10], ['novembro', 11], ['dezembro', 12],
  ['gennaio', 1], ['febbraio', 2], ['aprile', 4], ['maggio', 5], ['giugno', 6], ['luglio', 7],
  ['settembre', 9], ['ottobre', 10], ['dicembre', 12],
  ['января', 1], ['февраля', 2], ['марта', 3], ['апреля', 4], ['мая', 5], ['июня', 6], ['июля', 7], ['августа', 8],
  ['сентября', 9], ['октября', 10], ['ноября', 11], ['декабря', 12],
]);

/** Years outside this range are not publication dates of web articles (the web began in 1991; some archives go back to scanned 1900s issues). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
