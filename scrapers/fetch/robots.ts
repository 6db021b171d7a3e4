// robots.txt: loaded once per origin per fetcher, shared by concurrent requests, consulted for every URL.
import robotsParser from 'robots-parser';

/** Loads a robots.txt; null when there is none to obey (404, a server error, a timeout): then all is allowed. */
export type RobotsLoader = (robotsUrl: URL) => Promise<string | null>;

export function createRobotsCheck(load: RobotsLoader, userAgent: string): (url: URL) => Promise<boolean> {
  const byOrigin = new Map<string, Promise<ReturnType<typeof robotsParser> | null>>();
  return async (url) => {
    let rules = byOrigin.get(url.origin);
    if (!rules) {
      const robotsUrl = new URL('/robots.txt', url.origin);
      rules = load(robotsUrl).then((text) => (text === null ? null : robotsParser(robotsUrl.href, text)), () => null);
      byOrigin.set(url.origin, rules);
    }
    // robots-parser matches the product token of the User-Agent ("Pantau" in "Pantau/0.1 (...)").
    return (await rules)?.isAllowed(url.href, userAgent) !== false;
  };
}
