/**
 * Every page's shell. Eta escapes `<%= %>`; `<%~ %>` (unescaped) is used
 * only for the child template's output and for JSON-LD already made safe
 * for a script element (scriptSafeJson).
 */
export const LAYOUT_TEMPLATE = `<!doctype html>
<html lang="<%= it.lang %>" dir="<%= it.dir %>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><%= it.title %></title>
<link rel="canonical" href="<%= it.canonical %>">
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="data:,">
<% it.feeds.forEach(function (feed) { %><link rel="alternate" type="<%= feed.type %>" href="<%= feed.href %>" title="<%= feed.title %>">
<% }) %><% it.meta.forEach(function (m) { %><meta property="<%= m.property %>" content="<%= m.content %>">
<% }) %><% if (it.jsonLd) { %><script type="application/ld+json"><%~ it.jsonLd %></script>
<% } %></head>
<body>
<header class="masthead"><a class="site" href="/"><%= it.siteName %></a>
<nav aria-label="languages"><a href="/ar/" lang="ar">العربية</a> <a href="/en/" lang="en">English</a></nav>
</header>
<main>
<%~ it.body %>
</main>
</body>
</html>
`;
