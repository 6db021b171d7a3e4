// Written by `npm run fit:relevance -- --write`; do not edit by hand. The relevance score's weights, fitted on the
// claims sets' development halves (fit-relevance.ts says how):
// - dev.jsonl
// - fresh-dev.jsonl
// - third-dev.jsonl
// - fourth-dev.jsonl
// - fifth-dev.jsonl
// - sixth-dev.jsonl
// - seventh-dev.jsonl
// - eighth-dev.jsonl
// - ninth-dev.jsonl
// - tenth-dev.jsonl
// - eleventh-dev.jsonl
// - twelfth-dev.jsonl
// - thirteenth-dev.jsonl
// - fourteenth-dev.jsonl
// - fifteenth-dev.jsonl
// - sixteenth-dev.jsonl
// - seventeenth-dev.jsonl
// - eighteenth-dev.jsonl
// - nineteenth-dev.jsonl
// - twentieth-dev.jsonl
// - twentyfirst-dev.jsonl
// - twentysecond-dev.jsonl
// - twentythird-dev.jsonl
// - twentyfourth-dev.jsonl
// - twentyfifth-dev.jsonl
// - twentysixth-dev.jsonl
import type { RelevanceFeature } from './relevance.ts';

export const RELEVANCE_WEIGHTS: Record<'intercept' | RelevanceFeature, number> = {
  intercept: -5.94,
  issues: 1.27,
  online: 0.454,
  governing: 0.275,
  governingPlatform: 1.13,
  regulatoryWords: 0.783,
  onlineWords: 0.901,
  offTopicWords: -0.77,
  governed: 1.068,
};
