/** A front: the latest articles, newest first, with a link to the next (older) page. */
export const FRONT_TEMPLATE = `<% layout('@layout') %>
<h1 class="front-title"><%= it.heading %></h1>
<ol class="latest">
<% it.items.forEach(function (item) { %><li lang="<%= item.lang %>" dir="<%= item.dir %>"><a href="<%= item.href %>"><%= item.text %></a><% if (item.category) { %> <span class="category"><%= item.category %></span><% } %> <time datetime="<%= item.iso %>"><%= item.date %></time></li>
<% }) %></ol>
<% if (!it.items.length) { %><p class="empty">—</p>
<% } %><% if (it.olderHref) { %><p class="older"><a rel="next" href="<%= it.olderHref %>"><%= it.labels.older %></a></p>
<% } %>`;
