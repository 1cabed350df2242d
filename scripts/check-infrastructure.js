// Checks that PostgreSQL and Redis answer where the configuration says, and
// prints exactly what is missing and how to get it. Plain JS: runs before any build.
const { Client } = require('pg');
const Redis = require('ioredis');

const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

async function checkPostgres() {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    const where = databaseUrl.replace(/\/\/[^@]*@/, '//');
    const hint =
      error.code === 'ECONNREFUSED' || error.code === 'ETIMEDOUT'
        ? 'start it (Debian: apt-get install postgresql, then pg_ctlcluster 15 main start) or set DATABASE_URL'
        : error.code === '3D000'
          ? 'create the database (createdb test) or point DATABASE_URL at another'
          : 'check DATABASE_URL (trust auth for user postgres is the default)';
    return `PostgreSQL at ${where}: ${error.message}; ${hint}`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function checkRedis() {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    connectTimeout: 3000,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    return `Redis at ${redisUrl}: ${error.message}; start it (Debian: apt-get install redis-server, then redis-server --daemonize yes) or set REDIS_URL`;
  } finally {
    redis.disconnect();
  }
}

(async () => {
  const problems = (await Promise.all([checkPostgres(), checkRedis()])).filter(Boolean);
  if (problems.length === 0) return;
  console.error('missing infrastructure:');
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
})();
