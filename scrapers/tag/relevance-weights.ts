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
import type { RelevanceFeature } from './relevance.ts';

export const RELEVANCE_WEIGHTS: Record<'intercept' | RelevanceFeature, number> = {
  intercept: -5.859,
  issues: 1.267,
  online: 0.468,
  governing: 0.269,
  governingPlatform: 1.091,
  regulatoryWords: 0.776,
  onlineWords: 0.909,
  offTopicWords: -0.76,
  governed: 1.038,
};
