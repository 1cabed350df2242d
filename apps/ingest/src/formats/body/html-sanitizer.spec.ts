import { sanitizeBodyHtml } from './html-sanitizer';

describe('sanitizeBodyHtml', () => {
  it('removes scripts and styles with their content', () => {
    expect(
      sanitizeBodyHtml('<p>Before</p><script>alert("x")</script><style>p { color: red }</style><p>After</p>'),
    ).toBe('<p>Before</p><p>After</p>');
  });

  it('removes event handlers and the images that carry them', () => {
    expect(sanitizeBodyHtml('<p onclick="steal()">Text <img src="x" onerror="alert(1)"></p>')).toBe('<p>Text</p>');
  });

  it('drops javascript: and data: links but keeps their text, in any letter case or with leading blanks', () => {
    const html =
      '<p><a href="javascript:alert(1)">a</a> <a href="JaVaScRiPt:alert(1)">b</a> <a href=" javascript:alert(1)">c</a> <a href="data:text/html,x">d</a></p>';
    expect(sanitizeBodyHtml(html)).toBe('<p><a>a</a> <a>b</a> <a>c</a> <a>d</a></p>');
  });

  it('keeps http, https and mailto links with nothing but their href', () => {
    expect(sanitizeBodyHtml('<p><a href="https://smartnews-agency.com/x" target="_blank" style="x">link</a></p>')).toBe(
      '<p><a href="https://smartnews-agency.com/x">link</a></p>',
    );
  });

  it('keeps the allowlisted tags and unwraps the rest, keeping their text', () => {
    const html =
      '<h2>Sub</h2><blockquote><p><strong>s</strong> <em>e</em> <b>b</b> <i>i</i></p></blockquote><ul><li>one</li></ul><ol><li>two</li></ol><p><span class="x">span</span><br>line</p><table><tr><td>cell</td></tr></table>';
    expect(sanitizeBodyHtml(html)).toBe(
      '<h2>Sub</h2><blockquote><p><strong>s</strong> <em>e</em> <b>b</b> <i>i</i></p></blockquote><ul><li>one</li></ul><ol><li>two</li></ol><p>span<br />line</p>cell',
    );
  });

  it('maps h1 to h2 and h5/h6 to h4, the allowed heading levels', () => {
    expect(sanitizeBodyHtml('<h1>A</h1><h5>B</h5><h6>C</h6>')).toBe('<h2>A</h2><h4>B</h4><h4>C</h4>');
  });

  it('keeps divs used as paragraphs apart without leaving wrapper noise', () => {
    expect(sanitizeBodyHtml('<div>One</div><div>Two</div>')).toBe('One<br />Two');
    expect(sanitizeBodyHtml('<div class="body">\n  <p>One</p>\n  <p>Two</p>\n</div>')).toBe('<p>One</p><p>Two</p>');
  });

  it('removes iframes, forms and SVG with their content', () => {
    expect(
      sanitizeBodyHtml(
        '<p>x</p><iframe src="https://evil">fallback</iframe><svg><script>1</script><text>t</text></svg><textarea>t</textarea>',
      ),
    ).toBe('<p>x</p>');
  });

  it('keeps Arabic text and entities as text', () => {
    expect(sanitizeBodyHtml('<p dir="rtl">قصف على دوما &amp; حرستا</p>')).toBe('<p>قصف على دوما &amp; حرستا</p>');
  });
});
