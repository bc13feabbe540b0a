import type { AnyNode, Element, Text } from 'domhandler';

// domhandler types a node's kind as domelementtype's enum, which is no direct dependency of ours;
// its values are these strings.

/** An element (a tag), not text, a comment or a directive. */
export function isTagNode(node: AnyNode | null | undefined): node is Element {
  return (node?.type as string | undefined) === 'tag';
}

/** A text node. */
export function isTextNode(node: AnyNode): node is Text {
  return (node.type as string) === 'text';
}
