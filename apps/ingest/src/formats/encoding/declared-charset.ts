import { DeclaredEncoding } from './text-encoding';

// `text/xml; charset="ISO-8859-1"`: the parameter's value, quoted or not.
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/** The charset parameter of a Content-Type (HTTP header or wire record header), when it has one. */
export function charsetOf(contentType: string | undefined): DeclaredEncoding | undefined {
  const label = contentType === undefined ? undefined : CHARSET.exec(contentType)?.[1];
  return label === undefined ? undefined : { label, declaredBy: 'the Content-Type charset', pointer: 'Content-Type' };
}
