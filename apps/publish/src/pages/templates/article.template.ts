/** An article as the agency's page shows it: headline, credit line, date, category and tags, dateline, body, links. */
export const ARTICLE_TEMPLATE = `<% layout('@layout') %>
<article class="article">
<% if (it.category) { %><p class="category"><a href="<%= it.category.href %>"><%= it.category.label %></a></p>
<% } %><h1 class="headline"><%= it.headline %></h1>
<% if (it.credits.length) { %><p class="credits" lang="ar" dir="rtl"><% it.credits.forEach(function (c, i) { %><% if (i) { %> | <% } %><span class="credit"><abbr class="role" title="<%= c.roleEn %>"><%= c.roleAr %></abbr> <span class="name"><%= c.name %></span></span><% }) %></p>
<% } %><p class="published"><%= it.labels.published %>: <time datetime="<%= it.published.iso %>"><span lang="ar" dir="rtl"><%= it.published.arabic %></span></time> <bdi class="iso" dir="ltr">(<%= it.published.iso %>)</bdi></p>
<% if (it.tags.length) { %><ul class="tags" aria-label="<%= it.labels.tags %>"><% it.tags.forEach(function (tag) { %><li><%= tag %></li><% }) %></ul>
<% } %><% if (it.original) { %><p class="original"><%= it.labels.original %>: <a rel="alternate" hreflang="<%= it.original.lang %>" href="<%= it.original.href %>" lang="<%= it.original.lang %>" dir="<%= it.original.dir %>"><%= it.original.languageName %> — <%= it.original.text %></a></p>
<% } %><% if (it.translations.length) { %><nav class="translations" aria-label="<%= it.labels.translations %>"><%= it.labels.translations %>: <% it.translations.forEach(function (t) { %><a rel="alternate" hreflang="<%= t.lang %>" href="<%= t.href %>" lang="<%= t.lang %>" dir="<%= t.dir %>"><%= t.languageName %> — <%= t.text %></a> <% }) %></nav>
<% } %><% if (it.dateline) { %><p class="dateline"><%= it.dateline %></p>
<% } %><div class="body">
<% it.paragraphs.forEach(function (p) { %><p><%= p %></p>
<% }) %></div>
</article>
<% if (it.related.length) { %><section class="related" aria-labelledby="related-heading">
<h2 id="related-heading"><%= it.labels.related %></h2>
<ul><% it.related.forEach(function (r) { %><li><a href="<%= r.href %>" lang="<%= r.lang %>" dir="<%= r.dir %>"><%= r.text %></a></li><% }) %></ul>
</section>
<% } %><nav class="neighbours" aria-label="<%= it.labels.previous %> / <%= it.labels.next %>">
<% if (it.previous) { %><p class="previous"><span class="label"><%= it.labels.previous %></span> <a rel="prev" href="<%= it.previous.href %>"><%= it.previous.text %></a></p>
<% } %><% if (it.next) { %><p class="next"><span class="label"><%= it.labels.next %></span> <a rel="next" href="<%= it.next.href %>"><%= it.next.text %></a></p>
<% } %></nav>
`;
