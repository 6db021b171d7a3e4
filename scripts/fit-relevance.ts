// `npm run fit:relevance [-- --write] [--cross-validate]`: the relevance score's weights fitted on the claims sets'
// development halves; `--write` writes them to scrapers/tag/relevance-weights.ts (atomically), for relevance.ts to read;
// `--cross-validate` scores each setting of the fit on each development half left out in turn (how FIT was chosen).
import { basename } from 'node:path';
import { loadTaxonomy } from '../scrapers/tag/index.ts';
import { DEVELOPMENT_PATHS, readClaimsSet } from '../scrapers/tag/evaluate-claims.ts';
import { crossValidate, fitRelevance, relevanceExamples, renderRelevanceWeights } from '../scrapers/tag/fit-relevance.ts';
import { FITTED_FROM_WORDS } from '../scrapers/tag/relevance.ts';
import { writeFileAtomic } from '../scrapers/store/files.ts';
import { command } from '../scrapers/commands/options.ts';

const WEIGHTS_PATH = 'scrapers/tag/relevance-weights.ts';

const run = command({
  name: 'npm run fit:relevance',
  usage:
    'usage: npm run fit:relevance [-- --write] [--cross-validate]\n  --write           write the weights to scrapers/tag/relevance-weights.ts\n  --cross-validate  score each setting of the fit on each development half left out in turn',
  options: { write: { type: 'boolean', default: false }, 'cross-validate': { type: 'boolean', default: false } },
  run: async ({ values }) => {
    const taxonomy = await loadTaxonomy();
    const halves = await Promise.all(DEVELOPMENT_PATHS.map(async (path) => relevanceExamples(await readClaimsSet(path), taxonomy)));
    if (values['cross-validate']) {
      for (const penalty of [1, 5, 20])
        for (const offTopicWeight of [1, 1.5, 2, 3]) {
          const { f1, offTopic } = crossValidate(halves, { offTopicWeight, penalty });
          console.log(`penalty ${penalty}, off-topic weight ${offTopicWeight}: relevance F1 ${f1.toFixed(3)}, off-topic rejected ${offTopic.toFixed(3)}, sum ${(f1 + offTopic).toFixed(4)}`);
        }
      return 0;
    }
    const examples = halves.flat();
    const source = renderRelevanceWeights(fitRelevance(examples), DEVELOPMENT_PATHS.map((path) => basename(path)));
    if (values.write) await writeFileAtomic(WEIGHTS_PATH, source);
    console.log(values.write ? `fit:relevance: ${examples.length} statements of ${FITTED_FROM_WORDS} words or more; wrote ${WEIGHTS_PATH}` : source);
    return 0;
  },
});
process.exitCode = await run(process.argv.slice(2));
