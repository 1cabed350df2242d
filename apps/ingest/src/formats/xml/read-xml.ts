import { X2jOptions, XMLParser, XMLValidator } from 'fast-xml-parser';
import { IntakeError } from '../intake-error';
import { XmlElement, XmlNode } from './xml-element';

const PARSER_OPTIONS: Partial<X2jOptions> = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Every value stays a string: a guid "0123" must not become the number 123.
  parseTagValue: false,
  parseAttributeValue: false,
  // Spaces between inline elements are text ("The <em>big</em> dog").
  trimValues: false,
  // Wire bodies use &nbsp; and friends without declaring them.
  htmlEntities: true,
};

type OrderedNode = Record<string, unknown>;

const TEXT = '#text';
const ATTRIBUTES = ':@';

/**
 * Text of an XML document → its root element, or MALFORMED naming the line
 * the parser stopped at. The validator runs first because the parser itself
 * is lenient about unclosed and mismatched tags.
 */
export function readXml(text: string): XmlElement {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    const { msg, line } = verdict.err;
    throw new IntakeError('MALFORMED', `the body is not well-formed XML: ${msg} (line ${line})`, `line ${line}`);
  }
  const root = parse(text)
    .map(toNode)
    .find((node): node is XmlElement => typeof node !== 'string' && !node.name.startsWith('?'));
  if (!root) throw new IntakeError('MALFORMED', 'the XML document has no root element', 'line 1');
  return root;
}

function parse(text: string): OrderedNode[] {
  try {
    return new XMLParser(PARSER_OPTIONS).parse(text) as OrderedNode[];
  } catch (error) {
    // Limits the validator does not check: nesting depth, entity expansion.
    throw new IntakeError('MALFORMED', `the body is not usable XML: ${(error as Error).message}`, 'line 1');
  }
}

function toNode(node: OrderedNode): XmlNode {
  const name = Object.keys(node).find((key) => key !== ATTRIBUTES) ?? TEXT;
  if (name === TEXT) return textOf(node[TEXT]);
  const attributes = (node[ATTRIBUTES] ?? {}) as Record<string, string>;
  const children = (node[name] as OrderedNode[]).map(toNode);
  return { name, attributes, children };
}

/** A text node's value: the parser gives strings (or numbers, when it guesses types); nothing else is text. */
function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
