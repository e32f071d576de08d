import { defineComponent } from '../../core/component.ts';
import { withLayers } from '../../core/doc.ts';
import { parseYmd } from './calendar.ts';
import { tagTimexes } from './tagger.ts';

/**
 * The time component: TIMEX3 expressions (DATE, TIME, DURATION, SET) with normalised values,
 * resolved against the article's publication date when it is known to the day. A pure function of
 * (text, published date): when the date changes (e.g. the user supplies it), re-running it
 * recomputes every dependent value; with no date, relative values keep `X` placeholders and a
 * `relative` description, and nothing is taken from the clock.
 */
export const timeComponent = defineComponent({
  name: 'annotate.time.v1',
  requires: ['sentences', 'tokens'],
  assigns: ['timexes'],
  run(doc) {
    const dct = parseYmd(doc.article.published.date);
    return withLayers(doc, { timexes: tagTimexes(doc.text, dct) });
  },
});

export { eventTime } from './event-time.ts';
export { inferPublishedDate } from './article-date.ts';
export { allowedByCurrentNews, allowedByExpression, intersect, yearsSincePrevious, type DayRange } from './corpus-date.ts';
