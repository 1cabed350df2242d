// Removes what one bench run made under its prefix: its Postgres schemas, its
// Kafka topics and consumer groups' topics, its Redis keys. bench.sh runs it
// after the services stop (BENCH_KEEP=1 keeps them for a look). Each run has
// a fresh prefix, so without this a long-lived machine collects a few dozen
// topics and four schemas per run. Plain JS: the prefix is all it needs.
const { Client } = require('pg');
const Redis = require('ioredis');
const { Kafka, logLevel } = require('kafkajs');

const prefix = process.argv[2] || '';
if (!/^bench\d+$/.test(prefix)) {
  console.error(`bench-cleanup: expected a bench prefix like bench1796120720, got "${prefix}"`);
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');

async function dropSchemas() {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [`${prefix}\\_%`]);
    for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`);
    return rows.length;
  } finally {
    await client.end();
  }
}

async function deleteTopics() {
  const admin = new Kafka({ brokers, clientId: 'bench-cleanup', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`) || t.startsWith(`${prefix}_`));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30_000 });
    return topics.length;
  } finally {
    await admin.disconnect();
  }
}

async function deleteKeys() {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let deleted = 0;
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}_*`, count: 500 })) {
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    }
    return deleted;
  } finally {
    redis.disconnect();
  }
}

(async () => {
  const [schemas, topics, keys] = await Promise.all([dropSchemas(), deleteTopics(), deleteKeys()]);
  console.log(`bench-cleanup: ${prefix}: dropped ${schemas} schemas, ${topics} topics, ${keys} Redis keys`);
})().catch((error) => {
  console.error(`bench-cleanup: ${prefix}: ${error.message} (left in place; remove by hand or run again)`);
  process.exit(1);
});
