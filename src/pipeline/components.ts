import { buildPipeline, type Pipeline } from '../core/component.ts';
import { sentencesComponent } from '../annotate/sentences.ts';
import { entitiesComponent } from '../annotate/entities/index.ts';
import { timeComponent } from '../annotate/time/index.ts';
import { quantitiesComponent } from '../annotate/quantities/index.ts';
import { quotesComponent } from '../annotate/quotes/index.ts';
import { eventsComponent } from '../extract/index.ts';

/**
 * The default per-document pipeline: annotate (sentences → entities → time → quantities → quotes)
 * then extract (events, claims). `buildPipeline` checks each component's `requires`.
 */
export function defaultPipeline(): Pipeline {
  return buildPipeline([
    sentencesComponent,
    entitiesComponent,
    timeComponent,
    quantitiesComponent,
    quotesComponent,
    eventsComponent,
  ]);
}
