import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { createSourceInput, CreateSourceInput } from './sources.dto';

export class SourceFileError extends Error {
  override name = 'SourceFileError';
}

/**
 * Reads a YAML or JSON list of source definitions (a list, or `sources:` holding one) and validates
 * every entry. Any problem fails the whole file, each named by line and field, so nothing is half-imported.
 */
export function parseSourceFile(text: string, fileName: string): CreateSourceInput[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new SourceFileError(`${fileName}:${e.linePos?.[0].line ?? 1}: not valid YAML or JSON: ${e.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  const listPath: (string | number)[] = isMap(root) ? ['sources'] : [];
  const list = listPath.length ? doc.getIn(listPath, true) : root;
  if (!isSeq(list)) throw new SourceFileError(`${fileName}: expected a list of sources (or a "sources:" key holding one)`);

  const lineOf = (path: (string | number)[]): number => {
    for (let p = path; p.length > 0; p = p.slice(0, -1)) {
      const node = doc.getIn([...listPath, ...p], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };

  const entries = list.toJSON() ?? [];
  const problems: string[] = [];
  const valid: CreateSourceInput[] = [];
  entries.forEach((entry, index) => {
    const result = createSourceInput.safeParse(entry);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.length ? issue.path.join('.') : '(entry)';
      problems.push(
        `${fileName}:${lineOf([index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))])}: source ${index + 1}, ${field}: ${issue.message}`,
      );
    }
  });
  if (entries.length === 0) problems.push(`${fileName}: the list of sources is empty`);
  if (problems.length > 0) throw new SourceFileError(`nothing imported; fix these first:\n${problems.join('\n')}`);
  return valid;
}
