/** Records named in a form by id or by the URL of their page, as reviewers paste them. */

const ID = /^[0-9a-f]{24}$/;

/** A post of ours, by id or by the URL of its page (…/review/posts/<id>); null when neither. */
export function postIdFrom(input: string): string | null {
  const s = input.trim();
  if (ID.test(s)) return s;
  const m = /\/review\/posts\/([0-9a-f]{24})(?:[/?#]|$)/.exec(s);
  return m ? m[1] : null;
}

/** A person, by id or by the URL of their page (…/persons/<id>); null when neither. */
export function personIdFrom(input: string): string | null {
  const s = input.trim();
  if (ID.test(s)) return s;
  const m = /\/persons\/([0-9a-f]{24})(?:[/?#]|$)/.exec(s);
  return m ? m[1] : null;
}
