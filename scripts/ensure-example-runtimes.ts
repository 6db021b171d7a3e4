// The second step of `npm test`: the data page's pandas and R examples are run against the built database
// (tests/dataset/site-dataset.test.ts) where pandas and R with RSQLite are installed. As root with apt-get they are
// installed from Debian's packages, so CI runs them; elsewhere one line says which examples will not run and how to
// have them. Their absence does not stop the tests: the SQL examples always run.
import { aptInstall, canInstallWithApt } from './lib/apt.ts';
import { EXAMPLE_RUNTIME_PACKAGES, hasRWithSqlite, pandasPython } from '../tests/helpers/example-runtimes.ts';

const missing = () => [pandasPython() ? null : 'pandas', hasRWithSqlite() ? null : 'R with DBI and RSQLite'].filter(Boolean);

if (missing().length > 0 && canInstallWithApt()) {
  process.stderr.write(`npm test: installing ${EXAMPLE_RUNTIME_PACKAGES.join(', ')} with apt-get for the data page's examples\n`);
  aptInstall(EXAMPLE_RUNTIME_PACKAGES, { recommends: false });
}
const still = missing();
if (still.length > 0)
  process.stderr.write(
    `npm test: ${still.join(' and ')} not installed, so the data page's examples in ${still.length > 1 ? 'them' : 'it'} will not run (apt-get install ${EXAMPLE_RUNTIME_PACKAGES.join(' ')})\n`,
  );
