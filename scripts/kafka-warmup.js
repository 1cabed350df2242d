// A fresh broker creates its internal topics (__consumer_offsets,
// __transaction_state) on first use, and until they have leaders the first
// clients get "This server does not host this topic-partition". This joins a
// consumer group and commits one transaction, retrying until both work, so
// services and tests meet a broker that is ready for them.
const { Kafka, logLevel } = require('kafkajs');

const TOPIC = 'newsroom.warmup';

async function once(kafka) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(TOPIC)) {
      await admin
        .createTopics({ waitForLeaders: true, topics: [{ topic: TOPIC, numPartitions: 1, replicationFactor: 1 }] })
        .catch(() => undefined);
    }
  } finally {
    await admin.disconnect();
  }
  const producer = kafka.producer({ transactionalId: 'newsroom-warmup', idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const transaction = await producer.transaction();
    await transaction.send({ topic: TOPIC, messages: [{ key: 'warmup', value: String(Date.now()) }] });
    await transaction.commit();
  } finally {
    await producer.disconnect();
  }
  const admin2 = kafka.admin();
  await admin2.connect();
  try {
    await admin2.setOffsets({ groupId: 'newsroom-warmup', topic: TOPIC, partitions: [{ partition: 0, offset: '0' }] });
  } finally {
    await admin2.disconnect();
  }
}

async function warmUp(brokers, timeoutMs = 120000) {
  const kafka = new Kafka({ clientId: 'newsroom-warmup', brokers, logLevel: logLevel.NOTHING, retry: { retries: 3 } });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await once(kafka);
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(
          `the broker at ${brokers.join(',')} is not ready for groups and transactions: ${error.message}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

module.exports = { warmUp };

if (require.main === module) {
  const brokers = (process.argv[2] || process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
  const started = Date.now();
  warmUp(brokers).then(
    () =>
      console.log(
        `kafka-warmup: ${brokers.join(',')} ready for groups and transactions (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      ),
    (error) => {
      console.error(`kafka-warmup: ${error.message}`);
      process.exit(1);
    },
  );
}
