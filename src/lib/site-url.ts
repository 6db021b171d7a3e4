// Links inside the site, always below the deploy base path (import.meta.env.BASE_URL).
import type { SubjectKind } from './data.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `path` starts with "/"; the result keeps it below the base. */
export function sitePath(path: string): string {
  return `${base}${path}`;
}

export const statementPath = (id: string) => sitePath(`/statements/${id}/`);
export const subjectPath = (kind: SubjectKind, id: string) => sitePath(`/${kind}/${id}/`);
export const personPath = (id: string) => sitePath(`/people/${id}/`);
