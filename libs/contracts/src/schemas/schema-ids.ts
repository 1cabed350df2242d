export const NINJS_31_SCHEMA_ID = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';
export const NEWSROOM_SCHEMA_ID = 'https://schemas.newsroom.example/ninjs-newsroom-1.0.json';
