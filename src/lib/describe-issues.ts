/** A validation failure as one line: `path: message; path: message`, the whole record named by `root`. */
export function describeIssues(
  error: { issues: { path: (string | number)[]; message: string }[] },
  root = '(record)',
): string {
  return error.issues.map((i) => `${i.path.join('.') || root}: ${i.message}`).join('; ');
}
