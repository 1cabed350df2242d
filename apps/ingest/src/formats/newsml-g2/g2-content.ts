import { BodySource, labelledPlainText } from '../body/story-body';
import { nitfBodyHtml } from '../nitf/nitf.parser';
import { XmlElement, attribute, childElements, descendant, localName, textOf } from '../xml/xml-element';
import { innerHtml } from '../xml/xml-to-html';

/**
 * contentSet → the body. inlineXML holds XHTML (its <body>) or NITF (its
 * body.content); inlineData holds plain text or escaped HTML. The first
 * rendition with text wins; remoteContent (pictures, video) is not text.
 */
export function readG2Content(contentSet: XmlElement | undefined): BodySource {
  for (const rendition of contentSet ? childElements(contentSet) : []) {
    const body = renditionBody(rendition);
    if ((body.html ?? body.text ?? '').trim() !== '') return body;
  }
  return {};
}

function renditionBody(rendition: XmlElement): BodySource {
  const type = (attribute(rendition, 'contenttype') ?? '').toLowerCase();
  switch (localName(rendition.name)) {
    case 'inlineXML':
      return { html: inlineXmlHtml(rendition) };
    case 'inlineData':
      return type.includes('html') ? { html: textOf(rendition) } : labelledPlainText(textOf(rendition));
    default:
      return {};
  }
}

function inlineXmlHtml(inlineXml: XmlElement): string {
  const nitf = descendant(inlineXml, 'nitf');
  if (nitf) return nitfBodyHtml(nitf) ?? '';
  const body = descendant(inlineXml, 'body');
  return innerHtml(body ?? inlineXml, { drop: new Set(['head']) });
}
