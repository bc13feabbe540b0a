/** An Arabic right-to-left HTML page around `body`, with `head` in its head: the shape of the sites the HTML parsers read. */
export function arabicPage(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/** The error `run` throws, so that a spec can read its message and fields; fails when nothing is thrown. */
export function caught(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
