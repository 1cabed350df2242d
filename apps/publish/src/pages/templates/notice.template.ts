/** A page that says why there is no article: withdrawn (410, with the kill notice) or not found (404). */
export const NOTICE_TEMPLATE = `<% layout('@layout') %>
<section class="notice">
<h1><%= it.heading %></h1>
<% if (it.notice) { %><p class="kill-notice"><%= it.notice %></p>
<% } %><p><a href="/"><%= it.labels.latest %></a></p>
</section>
`;
