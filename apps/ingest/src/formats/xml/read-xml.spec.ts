import { refusalOf } from '../intake-refusal.test-helper';
import { readXml } from './read-xml';
import { attribute, child, textOf } from './xml-element';
import { innerHtml } from './xml-to-html';

describe('readXml', () => {
  it('reads the root with attributes, children in order and decoded entities', () => {
    const root = readXml(
      '<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "nitf.dtd">\n<nitf xml:lang="ar"><p>AT&amp;T&nbsp;<em>x</em> <![CDATA[<b>raw</b>]]></p></nitf>',
    );
    expect(root.name).toBe('nitf');
    expect(attribute(root, 'lang')).toBe('ar');
    expect(textOf(child(root, 'p'))).toBe('AT&T\u00a0x <b>raw</b>');
  });

  it('keeps values as strings: a guid of digits stays as printed', () => {
    expect(attribute(readXml('<item guid="0123"/>'), 'guid')).toBe('0123');
    expect(textOf(child(readXml('<item><id>0042</id></item>'), 'id'))).toBe('0042');
  });

  it('finds prefixed elements by local name', () => {
    expect(
      textOf(child(readXml('<nar:newsItem xmlns:nar="x"><nar:headline>H</nar:headline></nar:newsItem>'), 'headline')),
    ).toBe('H');
  });

  it('names the line of a mismatched closing tag', () => {
    const error = refusalOf(() => readXml('<nitf>\n  <body>\n    <p>text</b>\n  </body>\n</nitf>'));
    expect(error).toMatchObject({ code: 'MALFORMED', pointer: 'line 3' });
    expect(error.message).toContain('line 3');
  });

  it('names the line of an unquoted attribute and of a bare ampersand', () => {
    expect(refusalOf(() => readXml('<a>\n\n<b c=1/></a>')).pointer).toBe('line 3');
    expect(refusalOf(() => readXml('<a>\nAT&T</a>')).pointer).toBe('line 2');
  });

  it('refuses text that is not XML at all', () => {
    expect(refusalOf(() => readXml('just words'))).toMatchObject({ code: 'MALFORMED', pointer: 'line 1' });
  });
});

describe('innerHtml', () => {
  it('writes inner markup as HTML, renaming and dropping by local name and re-escaping text', () => {
    const root = readXml(
      '<c xmlns:h="x"><h:p class="a">1 &lt; 2</h:p><hl2>Sub</hl2><media><caption>no</caption></media><br/></c>',
    );
    expect(innerHtml(root, { rename: { hl2: 'h2' }, drop: new Set(['media']) })).toBe(
      '<p class="a">1 &lt; 2</p><h2>Sub</h2><br>',
    );
  });
});
