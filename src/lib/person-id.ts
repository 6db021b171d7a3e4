// A person's id, for their page: their name folded to lower-case ASCII words joined by hyphens, so that
// "Datuk Fahmi Fadzil" named without the honorific and "Fahmi Fadzil" share one page.
export function personId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
