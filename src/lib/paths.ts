// Where the site and the scripts find their inputs. Tests point these at fixture folders.
import { resolve } from 'node:path';

export const DATA_DIR = resolve(process.env.PANTAU_DATA ?? 'data');
export const SOURCES_DIR = resolve(process.env.PANTAU_SOURCES ?? 'scrapers/sources');
