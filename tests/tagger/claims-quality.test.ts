// The claims extractor must not slip: each field's headline figure on the claims set stays at or above a floor set
// just under what was measured (docs/tagging.md has the tables). Rules are written from development errors only;
// the held-out halves are frozen (claims-set.test.ts) and only their scores are read.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { CLAIM_FIELDS, evaluateClaims, headline, readClaimsSet, type ClaimField } from '../../scrapers/tag/evaluate-claims.ts';
import { taxonomy } from './helpers.ts';

const path = (name: string) => fileURLToPath(new URL(`claims/${name}.jsonl`, import.meta.url));

// Measured at the end of 6 December (fourth session), as eval:tagger prints them, per half: relevance, off-topic,
// platforms, actors, issues, commitments, due, pairs, pair+issue, direction, quote text, quotes, demands. Floors sit
// 0.02 under on the halves of 165, 0.04 under on the halves of 60 (one claim there moves a field by up to 0.05).
// The promise's wording (`what`) was first scored on 7 December (fourteenth session): its floors sit 0.05 under.
const FLOORS: Record<string, Record<ClaimField, number>> = {
  // dev: 0.988, 0.925, 0.997, 0.943, 0.758, 0.927, 0.893, 0.838, 0.561, 0.681, 0.994, 0.961, 0.673
  dev: {
    relevance: 0.96, 'off-topic': 0.9, platforms: 0.97, actors: 0.92, issues: 0.73, commitments: 0.9, due: 0.87,
    what: 0.53, pairs: 0.81, 'pair+issue': 0.54, direction: 0.66, 'quote-text': 0.97, quotes: 0.94, demands: 0.65,
  },
  // holdout: 0.976, 0.857, 0.990, 0.912, 0.766, 0.828, 0.483, 0.667, 0.561, 0.596, 0.985, 0.894, 0.619
  holdout: {
    relevance: 0.95, 'off-topic': 0.83, platforms: 0.97, actors: 0.89, issues: 0.74, commitments: 0.8, due: 0.46,
    what: 0.54, pairs: 0.64, 'pair+issue': 0.54, direction: 0.57, 'quote-text': 0.96, quotes: 0.87, demands: 0.59,
  },
  // fresh-dev: 0.989, 0.933, 0.989, 0.950, 0.703, 0.977, 0.818, 0.611, 0.500, 0.500, 1.000, 1.000, 0.900
  'fresh-dev': {
    relevance: 0.94, 'off-topic': 0.89, platforms: 0.94, actors: 0.91, issues: 0.66, commitments: 0.93, due: 0.77,
    what: 0.59, pairs: 0.57, 'pair+issue': 0.46, direction: 0.46, 'quote-text': 0.96, quotes: 0.96, demands: 0.86,
  },
  // fresh-holdout: 0.979, 0.923, 0.996, 0.904, 0.790, 0.725, 0.556, 0.814, 0.484, 0.515, 0.989, 0.809, 0.621
  'fresh-holdout': {
    relevance: 0.93, 'off-topic': 0.88, platforms: 0.95, actors: 0.86, issues: 0.75, commitments: 0.68, due: 0.51,
    what: 0.55, pairs: 0.77, 'pair+issue': 0.44, direction: 0.47, 'quote-text': 0.94, quotes: 0.76, demands: 0.58,
  },
  // third-dev: 1.000, 1.000, 1.000, 0.927, 0.767, 0.957, 0.905, 0.833, 0.689, 0.676, 1.000, 0.971, 0.647
  'third-dev': {
    relevance: 0.96, 'off-topic': 0.96, platforms: 0.96, actors: 0.88, issues: 0.72, commitments: 0.91, due: 0.86,
    what: 0.77, pairs: 0.79, 'pair+issue': 0.64, direction: 0.63, 'quote-text': 0.96, quotes: 0.93, demands: 0.6,
  },
  // third-holdout: 0.969, 0.833, 0.995, 0.904, 0.733, 0.857, 0.857, 0.571, 0.333, 0.522, 0.990, 0.887, 0.348
  // (due was floored at 0.81, rounded up from 0.807; 0.80 since the sixteenth session, when "the Ministry" after an
  // unlisted minister's office moved one due date from this half, 0.857 → 0.810, to the nineteenth, 0.600 → 0.667)
  'third-holdout': {
    relevance: 0.92, 'off-topic': 0.79, platforms: 0.95, actors: 0.86, issues: 0.69, commitments: 0.81, due: 0.8,
    what: 0.64, pairs: 0.53, 'pair+issue': 0.29, direction: 0.48, 'quote-text': 0.94, quotes: 0.84, demands: 0.3,
  },
  // fourth-dev: 1.000, 1.000, 0.988, 0.935, 0.696, 0.916, 1.000, 0.750, 0.529, 0.684, 0.989, 0.946, 0.750
  'fourth-dev': {
    // 0.90 since the relevance weights were fitted (13th session): 4 of its 48 relevant statements fell below the line.
    relevance: 0.9, 'off-topic': 0.96, platforms: 0.94, actors: 0.89, issues: 0.65, commitments: 0.87, due: 0.96,
    what: 0.6, pairs: 0.71, 'pair+issue': 0.48, direction: 0.64, 'quote-text': 0.94, quotes: 0.9, demands: 0.71,
  },
  // fourth-holdout: 0.979, 0.917, 0.990, 0.940, 0.662, 0.815, 0.696, 0.774, 0.516, 0.611, 0.966, 0.759, 0.667
  'fourth-holdout': {
    relevance: 0.93, 'off-topic': 0.87, platforms: 0.94, actors: 0.9, issues: 0.62, commitments: 0.77, due: 0.65,
    what: 0.52, pairs: 0.73, 'pair+issue': 0.47, direction: 0.57, 'quote-text': 0.92, quotes: 0.71, demands: 0.62,
  },
  // fifth-dev: 0.968, 0.846, 0.986, 0.948, 0.720, 0.886, 0.615, 0.714, 0.545, 0.571, 1.000, 0.939, 0.722
  'fifth-dev': {
    relevance: 0.92, 'off-topic': 0.8, platforms: 0.94, actors: 0.9, issues: 0.68, commitments: 0.84, due: 0.57,
    what: 0.76, pairs: 0.67, 'pair+issue': 0.5, direction: 0.53, 'quote-text': 0.96, quotes: 0.89, demands: 0.68,
  },
  // fifth-holdout: 0.970, 0.818, 1.000, 0.894, 0.802, 0.804, 0.778, 0.593, 0.393, 0.444, 0.990, 0.816, 0.687
  'fifth-holdout': {
    relevance: 0.92, 'off-topic': 0.77, platforms: 0.96, actors: 0.85, issues: 0.76, commitments: 0.76, due: 0.73,
    what: 0.6, pairs: 0.55, 'pair+issue': 0.35, direction: 0.4, 'quote-text': 0.95, quotes: 0.77, demands: 0.64,
  },
  // The sixth set (written 6 December by writers L and M after the rules of 44ab315; read whole once, then split).
  // sixth-dev: 0.989, 1.000, 1.000, 0.922, 0.785, 0.835, 0.593, 0.492, 0.348, 0.419, 0.985, 0.909, 0.558
  'sixth-dev': {
    relevance: 0.94, 'off-topic': 0.95, platforms: 0.95, actors: 0.87, issues: 0.73, commitments: 0.78, due: 0.54,
    what: 0.65, pairs: 0.44, 'pair+issue': 0.29, direction: 0.36, 'quote-text': 0.93, quotes: 0.86, demands: 0.5,
  },
  // sixth-holdout: 0.970, 0.750, 0.992, 0.926, 0.752, 0.805, 0.462, 0.571, 0.351, 0.545, 1.000, 0.811, 0.483
  'sixth-holdout': {
    relevance: 0.92, 'off-topic': 0.7, platforms: 0.94, actors: 0.87, issues: 0.7, commitments: 0.75, due: 0.41,
    what: 0.47, pairs: 0.52, 'pair+issue': 0.3, direction: 0.49, 'quote-text': 0.95, quotes: 0.76, demands: 0.43,
  },
  // The seventh set (written 6 December by writers N and O after the rules of 9d01a4b; read whole once, then split).
  // seventh-dev: 0.970, 0.750, 0.988, 0.902, 0.807, 0.804, 0.435, 0.714, 0.467, 0.650, 0.992, 0.794, 0.647
  'seventh-dev': {
    relevance: 0.92, 'off-topic': 0.7, platforms: 0.94, actors: 0.85, issues: 0.75, commitments: 0.75, due: 0.38,
    what: 0.57, pairs: 0.66, 'pair+issue': 0.41, direction: 0.6, 'quote-text': 0.94, quotes: 0.74, demands: 0.59,
  },
  // seventh-holdout: 0.980, 0.833, 0.992, 0.938, 0.768, 0.833, 0.571, 0.500, 0.375, 0.400, 1.000, 0.770, 0.471
  'seventh-holdout': {
    relevance: 0.93, 'off-topic': 0.78, platforms: 0.94, actors: 0.88, issues: 0.71, commitments: 0.78, due: 0.52,
    what: 0.67, pairs: 0.45, 'pair+issue': 0.32, direction: 0.35, 'quote-text': 0.95, quotes: 0.72, demands: 0.42,
  },
  // The eighth set (written 6 December by writers P and Q after the rules of cebe8b6; read whole once, then split).
  // eighth-dev: 0.969, 0.833, 0.993, 0.956, 0.753, 0.899, 0.722, 0.667, 0.519, 0.547, 0.968, 0.762, 0.279
  'eighth-dev': {
    relevance: 0.91, 'off-topic': 0.78, platforms: 0.94, actors: 0.9, issues: 0.7, commitments: 0.84, due: 0.67,
    what: 0.67, pairs: 0.61, 'pair+issue': 0.46, direction: 0.49, 'quote-text': 0.91, quotes: 0.71, demands: 0.22,
  },
  // eighth-holdout: 0.980, 0.833, 1.000, 0.958, 0.771, 0.830, 0.611, 0.681, 0.415, 0.655, 0.968, 0.839, 0.513
  'eighth-holdout': {
    relevance: 0.93, 'off-topic': 0.78, platforms: 0.95, actors: 0.9, issues: 0.72, commitments: 0.77, due: 0.56,
    what: 0.65, pairs: 0.63, 'pair+issue': 0.36, direction: 0.6, 'quote-text': 0.91, quotes: 0.78, demands: 0.46,
  },
  // The ninth set (written 6 December by writers R and S after the rules of 109dfe1; read whole once, then split).
  // ninth-dev: 0.960, 0.667, 0.988, 0.959, 0.683, 0.763, 0.750, 0.600, 0.314, 0.478, 1.000, 0.757, 0.564
  'ninth-dev': {
    relevance: 0.9, 'off-topic': 0.61, platforms: 0.93, actors: 0.9, issues: 0.63, commitments: 0.71, due: 0.7,
    what: 0.65, pairs: 0.54, 'pair+issue': 0.26, direction: 0.42, 'quote-text': 0.95, quotes: 0.7, demands: 0.51,
  },
  // ninth-holdout: 0.970, 0.750, 0.993, 0.924, 0.705, 0.808, 0.667, 0.690, 0.230, 0.618, 0.964, 0.745, 0.754
  'ninth-holdout': {
    relevance: 0.92, 'off-topic': 0.7, platforms: 0.94, actors: 0.87, issues: 0.65, commitments: 0.75, due: 0.61,
    what: 0.6, pairs: 0.63, 'pair+issue': 0.18, direction: 0.56, 'quote-text': 0.91, quotes: 0.69, demands: 0.7,
  },
  // The tenth set (written 6 December by writers V and W after the rules of ed3336c; read whole once, then split).
  // tenth-dev: 0.957, 0.917, 0.990, 0.927, 0.720, 0.777, 0.500, 0.450, 0.333, 0.333, 0.984, 0.797, 0.300
  'tenth-dev': {
    relevance: 0.9, 'off-topic': 0.86, platforms: 0.94, actors: 0.87, issues: 0.67, commitments: 0.72, due: 0.45,
    what: 0.74, pairs: 0.4, 'pair+issue': 0.28, direction: 0.28, 'quote-text': 0.93, quotes: 0.74, demands: 0.25,
  },
  // tenth-holdout: 0.957, 0.917, 1.000, 0.909, 0.770, 0.842, 0.808, 0.465, 0.356, 0.400, 0.989, 0.759, 0.516
  'tenth-holdout': {
    relevance: 0.9, 'off-topic': 0.86, platforms: 0.95, actors: 0.85, issues: 0.72, commitments: 0.79, due: 0.75,
    what: 0.55, pairs: 0.41, 'pair+issue': 0.3, direction: 0.35, 'quote-text': 0.93, quotes: 0.7, demands: 0.46,
  },
  // The eleventh set (written 6 December by writers X and Y after the rules of 3bffa95; read whole once, then split).
  // eleventh-dev: 0.990, 0.917, 0.996, 0.919, 0.749, 0.828, 0.625, 0.735, 0.440, 0.656, 0.992, 0.736, 0.606
  'eleventh-dev': {
    relevance: 0.94, 'off-topic': 0.86, platforms: 0.94, actors: 0.86, issues: 0.69, commitments: 0.77, due: 0.57,
    what: 0.65, pairs: 0.68, 'pair+issue': 0.39, direction: 0.6, 'quote-text': 0.94, quotes: 0.68, demands: 0.55,
  },
  // eleventh-holdout: 0.947, 0.833, 0.987, 0.959, 0.786, 0.869, 0.563, 0.733, 0.444, 0.537, 1.000, 0.800, 0.563
  'eleventh-holdout': {
    relevance: 0.89, 'off-topic': 0.78, platforms: 0.93, actors: 0.9, issues: 0.73, commitments: 0.81, due: 0.51,
    what: 0.57, pairs: 0.68, 'pair+issue': 0.39, direction: 0.48, 'quote-text': 0.95, quotes: 0.75, demands: 0.51,
  },
  // The twelfth set (written 6 December by writers T and U after the rules of 75b3138; read whole once with a58d92a, then
  // split).
  // twelfth-dev: 0.990, 0.917, 0.996, 0.966, 0.813, 0.814, 0.476, 0.740, 0.432, 0.643, 0.974, 0.889, 0.571
  'twelfth-dev': {
    relevance: 0.94, 'off-topic': 0.86, platforms: 0.94, actors: 0.91, issues: 0.76, commitments: 0.76, due: 0.42,
    what: 0.66, pairs: 0.69, 'pair+issue': 0.38, direction: 0.59, 'quote-text': 0.92, quotes: 0.83, demands: 0.52,
  },
  // twelfth-holdout: 0.980, 0.833, 0.996, 0.986, 0.703, 0.838, 0.500, 0.655, 0.596, 0.576, 0.991, 0.956, 0.133
  'twelfth-holdout': {
    relevance: 0.93, 'off-topic': 0.78, platforms: 0.94, actors: 0.93, issues: 0.65, commitments: 0.78, due: 0.45,
    what: 0.66, pairs: 0.6, 'pair+issue': 0.54, direction: 0.52, 'quote-text': 0.94, quotes: 0.9, demands: 0.08,
  },
  // The thirteenth set (written 7 December by writers Z and ZA at the ninth session's start; read whole once with
  // 58b585f, then split).
  // thirteenth-dev: 0.969, 0.833, 0.995, 0.970, 0.673, 0.866, 0.773, 0.620, 0.384, 0.581, 1.000, 0.877, 0.842
  'thirteenth-dev': {
    relevance: 0.91, 'off-topic': 0.78, platforms: 0.94, actors: 0.92, issues: 0.62, commitments: 0.81, due: 0.72,
    what: 0.55, pairs: 0.57, 'pair+issue': 0.33, direction: 0.53, 'quote-text': 0.95, quotes: 0.82, demands: 0.79,
  },
  // thirteenth-holdout: 0.970, 0.750, 1.000, 0.967, 0.720, 0.864, 0.824, 0.729, 0.354, 0.631, 0.981, 0.841, 0.680
  'thirteenth-holdout': {
    relevance: 0.92, 'off-topic': 0.7, platforms: 0.95, actors: 0.91, issues: 0.67, commitments: 0.81, due: 0.77,
    what: 0.68, pairs: 0.67, 'pair+issue': 0.3, direction: 0.58, 'quote-text': 0.93, quotes: 0.79, demands: 0.63,
  },
  // The fourteenth set (written 7 December by writers ZB and ZC at the tenth session's start; read whole once with
  // 3ee3a9d, then split).
  // fourteenth-dev: 0.980, 0.833, 0.996, 0.951, 0.775, 0.854, 0.655, 0.737, 0.621, 0.563, 0.992, 0.958, 0.792
  'fourteenth-dev': {
    relevance: 0.93, 'off-topic': 0.78, platforms: 0.94, actors: 0.9, issues: 0.72, commitments: 0.8, due: 0.6,
    what: 0.65, pairs: 0.68, 'pair+issue': 0.57, direction: 0.51, 'quote-text': 0.94, quotes: 0.9, demands: 0.74,
  },
  // fourteenth-holdout: 0.980, 0.833, 1.000, 0.961, 0.716, 0.857, 0.692, 0.721, 0.484, 0.694, 1.000, 0.950, 0.656
  'fourteenth-holdout': {
    relevance: 0.93, 'off-topic': 0.78, platforms: 0.95, actors: 0.91, issues: 0.66, commitments: 0.8, due: 0.64,
    what: 0.62, pairs: 0.67, 'pair+issue': 0.43, direction: 0.64, 'quote-text': 0.95, quotes: 0.9, demands: 0.6,
  },
  // The fifteenth set (written 7 December by writers ZD and ZE during the eleventh session; read whole once with
  // 96e44d1, then split).
  // fifteenth-dev: 0.970, 0.750, 1.000, 0.943, 0.798, 0.821, 0.667, 0.695, 0.577, 0.598, 0.993, 0.921, 0.545
  'fifteenth-dev': {
    relevance: 0.92, 'off-topic': 0.7, platforms: 0.95, actors: 0.89, issues: 0.74, commitments: 0.77, due: 0.61,
    what: 0.44, pairs: 0.64, 'pair+issue': 0.52, direction: 0.54, 'quote-text': 0.94, quotes: 0.87, demands: 0.49,
  },
  // fifteenth-holdout: 0.979, 0.917, 0.993, 0.942, 0.772, 0.835, 0.556, 0.707, 0.381, 0.634, 1.000, 0.851, 0.612
  'fifteenth-holdout': {
    relevance: 0.92, 'off-topic': 0.86, platforms: 0.94, actors: 0.89, issues: 0.72, commitments: 0.78, due: 0.5,
    what: 0.68, pairs: 0.65, 'pair+issue': 0.33, direction: 0.58, 'quote-text': 0.95, quotes: 0.8, demands: 0.56,
  },
  // The sixteenth set (written 7 December by writers ZF and ZG during the twelfth session; read whole once with
  // 7c3ae7e, then split).
  // sixteenth-dev: 0.990, 0.917, 0.997, 0.943, 0.730, 0.803, 0.600, 0.618, 0.414, 0.541, 0.991, 0.917, 0.704
  'sixteenth-dev': {
    relevance: 0.94, 'off-topic': 0.86, platforms: 0.94, actors: 0.89, issues: 0.68, commitments: 0.75, due: 0.54,
    what: 0.59, pairs: 0.56, 'pair+issue': 0.36, direction: 0.49, 'quote-text': 0.94, quotes: 0.86, demands: 0.65,
  },
  // sixteenth-holdout: 0.980, 0.833, 1.000, 0.928, 0.713, 0.792, 0.714, 0.645, 0.523, 0.545, 0.992, 0.880, 0.419
  'sixteenth-holdout': {
    relevance: 0.93, 'off-topic': 0.78, platforms: 0.95, actors: 0.87, issues: 0.66, commitments: 0.74, due: 0.66,
    what: 0.4, pairs: 0.59, 'pair+issue': 0.47, direction: 0.49, 'quote-text': 0.94, quotes: 0.83, demands: 0.36,
  },
  // The seventeenth set (written 7 December by writers ZH and ZI during the thirteenth session; read whole once with
  // c11aaed, then split).
  // seventeenth-dev: 0.990, 0.917, 1.000, 1.000, 0.766, 0.886, 1.000, 0.857, 0.618, 0.734, 0.981, 0.926, 0.692
  'seventeenth-dev': {
    relevance: 0.94, 'off-topic': 0.86, platforms: 0.95, actors: 0.95, issues: 0.71, commitments: 0.83, due: 0.95,
    what: 0.61, pairs: 0.8, 'pair+issue': 0.56, direction: 0.68, 'quote-text': 0.93, quotes: 0.87, demands: 0.64,
  },
  // seventeenth-holdout: 0.989, 1.000, 0.988, 0.974, 0.793, 0.873, 0.500, 0.650, 0.434, 0.559, 0.992, 0.943, 0.690
  'seventeenth-holdout': {
    relevance: 0.93, 'off-topic': 0.95, platforms: 0.93, actors: 0.92, issues: 0.74, commitments: 0.82, due: 0.45,
    what: 0.51, pairs: 0.6, 'pair+issue': 0.38, direction: 0.5, 'quote-text': 0.94, quotes: 0.89, demands: 0.64,
  },
  // The eighteenth set (written 7 December by writers ZJ and ZK during the fifteenth session; read whole once with
  // 9323b76, then split). Each floor is the half's figure when the set was added, less 0.05; the figures in field order:
  // eighteenth-dev: 0.968, 0.917, 0.993, 0.868, 0.767, 0.837, 0.800, 0.725, 0.603, 0.453, 0.571, 0.993, 0.908, 0.550
  'eighteenth-dev': {
    relevance: 0.91, 'off-topic': 0.86, platforms: 0.94, actors: 0.81, issues: 0.71, commitments: 0.78, due: 0.75,
    what: 0.67, pairs: 0.55, 'pair+issue': 0.4, direction: 0.52, 'quote-text': 0.94, quotes: 0.85, demands: 0.5,
  },
  // eighteenth-holdout: 1.000, 1.000, 0.992, 0.926, 0.822, 0.832, 0.500, 0.681, 0.771, 0.595, 0.644, 0.993, 0.948, 0.783
  'eighteenth-holdout': {
    relevance: 0.95, 'off-topic': 0.95, platforms: 0.94, actors: 0.87, issues: 0.77, commitments: 0.78, due: 0.45,
    what: 0.63, pairs: 0.72, 'pair+issue': 0.54, direction: 0.59, 'quote-text': 0.94, quotes: 0.89, demands: 0.73,
  },
  // The nineteenth set (written 7 December by writers ZL and ZM during the sixteenth session; read whole once with
  // 13ceb07, then split). Each floor is the half's figure when the set was added, less 0.05; the figures in field order:
  // nineteenth-dev: 1.000, 1.000, 1.000, 0.959, 0.812, 0.789, 0.389, 0.410, 0.806, 0.615, 0.750, 0.988, 0.912, 0.824
  'nineteenth-dev': {
    relevance: 0.95, 'off-topic': 0.95, platforms: 0.95, actors: 0.9, issues: 0.76, commitments: 0.73, due: 0.33,
    what: 0.36, pairs: 0.75, 'pair+issue': 0.56, direction: 0.7, 'quote-text': 0.93, quotes: 0.86, demands: 0.77,
  },
  // nineteenth-holdout: 0.957, 0.917, 1.000, 0.946, 0.800, 0.800, 0.600, 0.522, 0.712, 0.635, 0.650, 0.967, 0.861, 0.733
  'nineteenth-holdout': {
    relevance: 0.9, 'off-topic': 0.86, platforms: 0.95, actors: 0.89, issues: 0.75, commitments: 0.75, due: 0.55,
    what: 0.47, pairs: 0.66, 'pair+issue': 0.58, direction: 0.6, 'quote-text': 0.91, quotes: 0.81, demands: 0.68,
  },
  // The twentieth set (written 7 December by writers ZN and ZO at the start of the seventeenth session; read whole once
  // with c13c011, then split). Each floor is the half's figure when the set was added, less 0.05; the figures in field
  // order:
  // twentieth-dev: 0.979, 0.917, 0.996, 0.971, 0.804, 0.868, 0.545, 0.722, 0.704, 0.528, 0.645, 0.993, 0.906, 0.720
  'twentieth-dev': {
    relevance: 0.92, 'off-topic': 0.86, platforms: 0.94, actors: 0.92, issues: 0.75, commitments: 0.81, due: 0.49,
    what: 0.67, pairs: 0.65, 'pair+issue': 0.47, direction: 0.59, 'quote-text': 0.94, quotes: 0.85, demands: 0.67,
  },
  // twentieth-holdout: 1.000, 1.000, 0.997, 0.932, 0.810, 0.755, 0.400, 0.662, 0.673, 0.620, 0.579, 0.991, 0.920, 0.583
  'twentieth-holdout': {
    relevance: 0.95, 'off-topic': 0.95, platforms: 0.94, actors: 0.88, issues: 0.76, commitments: 0.7, due: 0.35,
    what: 0.61, pairs: 0.62, 'pair+issue': 0.57, direction: 0.52, 'quote-text': 0.94, quotes: 0.87, demands: 0.53,
  },
  // The twenty-first set (written 7 December by writers ZP and ZQ during the seventeenth session, after its rules of
  // b1f0ddd; read whole once with that tagger and with c13c011, then split). Each floor is the half's figure when the
  // set was added, less 0.05; the figures in field order:
  // twentyfirst-dev: 1.000, 1.000, 0.996, 0.984, 0.763, 0.757, 0.750, 0.569, 0.828, 0.435, 0.697, 1.000, 0.912, 0.636
  'twentyfirst-dev': {
    relevance: 0.95, 'off-topic': 0.95, platforms: 0.94, actors: 0.93, issues: 0.71, commitments: 0.7, due: 0.7,
    what: 0.51, pairs: 0.77, 'pair+issue': 0.38, direction: 0.64, 'quote-text': 0.95, quotes: 0.86, demands: 0.58,
  },
  // twentyfirst-holdout: 0.968, 1.000, 0.996, 0.956, 0.800, 0.885, 0.556, 0.725, 0.769, 0.700, 0.695, 0.985, 0.912, 0.778
  'twentyfirst-holdout': {
    relevance: 0.91, 'off-topic': 0.95, platforms: 0.94, actors: 0.9, issues: 0.75, commitments: 0.83, due: 0.5,
    what: 0.67, pairs: 0.71, 'pair+issue': 0.65, direction: 0.64, 'quote-text': 0.93, quotes: 0.86, demands: 0.72,
  },
  // The twenty-second set (written 7 December by writers ZR and ZS at the start of the eighteenth session, before any
  // rule of it; read whole once with that session's first tagger (f744963) and with the tagger of adab611, then
  // split). Each floor is the half's figure when the set was added, less 0.05; the figures in field order:
  // twentysecond-dev: 0.990, 0.917, 0.996, 0.930, 0.822, 0.855, 0.944, 0.787, 0.769, 0.583, 0.595, 1.000, 0.866, 0.769
  'twentysecond-dev': {
    relevance: 0.94, 'off-topic': 0.86, platforms: 0.94, actors: 0.88, issues: 0.77, commitments: 0.8, due: 0.89,
    what: 0.73, pairs: 0.71, 'pair+issue': 0.53, direction: 0.54, 'quote-text': 0.95, quotes: 0.81, demands: 0.71,
  },
  // twentysecond-holdout: 0.979, 0.917, 0.997, 0.969, 0.812, 0.855, 0.833, 0.672, 0.845, 0.471, 0.797, 0.991, 0.901, 0.632
  'twentysecond-holdout': {
    relevance: 0.92, 'off-topic': 0.86, platforms: 0.94, actors: 0.91, issues: 0.76, commitments: 0.8, due: 0.78,
    what: 0.62, pairs: 0.79, 'pair+issue': 0.42, direction: 0.74, 'quote-text': 0.94, quotes: 0.85, demands: 0.58,
  },
  // The twenty-third set (written 8 December by writers ZT and ZU at the start of the nineteenth session, before any
  // rule of it; read whole once with that session's first tagger (a375819) and with the tagger of 4a39374, the same
  // figures, then split). Each floor is the half's figure when the set was added, less 0.05; the figures in field order:
  // twentythird-dev: 0.968, 0.917, 1.000, 0.947, 0.830, 0.828, 0.786, 0.744, 0.596, 0.240, 0.561, 0.968, 0.905, 0.809
  'twentythird-dev': {
    relevance: 0.91, 'off-topic': 0.86, platforms: 0.95, actors: 0.89, issues: 0.78, commitments: 0.77, due: 0.73,
    what: 0.69, pairs: 0.54, 'pair+issue': 0.19, direction: 0.51, 'quote-text': 0.91, quotes: 0.85, demands: 0.75,
  },
  // twentythird-holdout: 0.990, 0.917, 1.000, 0.951, 0.724, 0.854, 0.833, 0.777, 0.742, 0.264, 0.717, 0.978, 0.818, 0.833
  'twentythird-holdout': {
    relevance: 0.94, 'off-topic': 0.86, platforms: 0.95, actors: 0.9, issues: 0.67, commitments: 0.8, due: 0.78,
    what: 0.72, pairs: 0.69, 'pair+issue': 0.21, direction: 0.66, 'quote-text': 0.92, quotes: 0.76, demands: 0.78,
  },
  // The twenty-fourth set (written 8 December by writers ZV and ZW during the nineteenth session, after its rules of
  // 3c4e46c; read whole once with that tagger and with the session's first (a375819), then split). Each floor is the
  // half's figure when the set was added, less 0.05; the figures in field order:
  // twentyfourth-dev: 0.969, 0.833, 1.000, 0.952, 0.757, 0.876, 0.844, 0.831, 0.708, 0.431, 0.691, 0.983, 0.897, 0.548
  'twentyfourth-dev': {
    relevance: 0.91, 'off-topic': 0.78, platforms: 0.95, actors: 0.9, issues: 0.7, commitments: 0.82, due: 0.79,
    what: 0.78, pairs: 0.65, 'pair+issue': 0.38, direction: 0.64, 'quote-text': 0.93, quotes: 0.84, demands: 0.49,
  },
  // twentyfourth-holdout: 0.968, 0.917, 1.000, 0.938, 0.789, 0.894, 0.732, 0.800, 0.688, 0.515, 0.609, 0.992, 0.927, 0.800
  'twentyfourth-holdout': {
    relevance: 0.91, 'off-topic': 0.86, platforms: 0.95, actors: 0.88, issues: 0.73, commitments: 0.84, due: 0.68,
    what: 0.75, pairs: 0.63, 'pair+issue': 0.46, direction: 0.55, 'quote-text': 0.94, quotes: 0.87, demands: 0.75,
  },
  // The twenty-fifth set (written 8 December by writers ZX and ZY during the twentieth session, after its rules of
  // eb97166; read whole once with the tagger of 95af188 and with the session's first (7293e23), then split). Each floor
  // is the half's figure when the set was added, less 0.05; the figures in field order:
  // twentyfifth-dev: 0.970, 0.750, 0.994, 0.954, 0.737, 0.845, 0.565, 0.355, 0.679, 0.462, 0.692, 0.989, 0.946, 0.475
  'twentyfifth-dev': {
    relevance: 0.92, 'off-topic': 0.7, platforms: 0.94, actors: 0.9, issues: 0.68, commitments: 0.79, due: 0.51,
    what: 0.3, pairs: 0.62, 'pair+issue': 0.41, direction: 0.64, 'quote-text': 0.93, quotes: 0.89, demands: 0.42,
  },
  // twentyfifth-holdout: 0.969, 0.833, 0.989, 0.967, 0.775, 0.813, 0.818, 0.364, 0.745, 0.524, 0.682, 1.000, 0.911, 0.852
  'twentyfifth-holdout': {
    relevance: 0.91, 'off-topic': 0.78, platforms: 0.93, actors: 0.91, issues: 0.72, commitments: 0.76, due: 0.76,
    what: 0.31, pairs: 0.69, 'pair+issue': 0.47, direction: 0.63, 'quote-text': 0.95, quotes: 0.86, demands: 0.8,
  },
  // The twenty-sixth set (written 8 December by writers ZZ and YA during the twenty-first session, after its rules of
  // 78c952b; read whole once with that tagger and with the session's first (db74be9), then split). Each floor is the
  // half's figure when the set was added, less 0.05; the figures in field order:
  // twentysixth-dev: 0.990, 0.917, 0.994, 0.933, 0.735, 0.826, 0.882, 0.638, 0.760, 0.489, 0.679, 1.000, 0.897, 0.677
  'twentysixth-dev': {
    relevance: 0.94, 'off-topic': 0.86, platforms: 0.94, actors: 0.88, issues: 0.68, commitments: 0.77, due: 0.83,
    what: 0.58, pairs: 0.71, 'pair+issue': 0.43, direction: 0.62, 'quote-text': 0.95, quotes: 0.84, demands: 0.62,
  },
  // twentysixth-holdout: 1.000, 1.000, 0.990, 0.932, 0.787, 0.813, 0.688, 0.604, 0.759, 0.569, 0.663, 0.991, 0.937, 0.574
  'twentysixth-holdout': {
    relevance: 0.95, 'off-topic': 0.95, platforms: 0.94, actors: 0.88, issues: 0.73, commitments: 0.76, due: 0.63,
    what: 0.55, pairs: 0.7, 'pair+issue': 0.51, direction: 0.61, 'quote-text': 0.94, quotes: 0.88, demands: 0.52,
  },
};

describe('claims extractor quality', () => {
  for (const [name, floors] of Object.entries(FLOORS)) {
    it(`stays at or above the floors on the ${name} half`, async () => {
      const result = evaluateClaims(await readClaimsSet(path(name)), await taxonomy());
      for (const field of CLAIM_FIELDS) expect(headline(field, result.overall[field]), field).toBeGreaterThanOrEqual(floors[field]);
    });
  }
});
