import { failoverSafeReads, isLostConnection, readAgainOnLostConnection } from './lost-connection';

const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

describe('readAgainOnLostConnection', () => {
  it('reads again on a connection Postgres closed, and answers', async () => {
    let calls = 0;
    const read = () => (++calls < 3 ? Promise.reject(terminated) : Promise.resolve('row'));
    await expect(readAgainOnLostConnection(read)).resolves.toBe('row');
    expect(calls).toBe(3);
  });

  it('passes any other failure on at once', async () => {
    let calls = 0;
    const broken = Object.assign(new Error('relation does not exist'), { code: '42P01' });
    await expect(readAgainOnLostConnection(() => (calls++, Promise.reject(broken)))).rejects.toBe(broken);
    expect(calls).toBe(1);
  });

  it('gives up after its attempts, with the last failure', async () => {
    let calls = 0;
    await expect(readAgainOnLostConnection(() => (calls++, Promise.reject(terminated)), 4)).rejects.toBe(terminated);
    expect(calls).toBe(4);
  });
});

describe('isLostConnection', () => {
  it("knows TypeORM's wrapped driver error and node-postgres's own", () => {
    expect(isLostConnection({ driverError: { code: '57P01' } })).toBe(true);
    expect(isLostConnection(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isLostConnection(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(isLostConnection(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isLostConnection(new Error('duplicate key'))).toBe(false);
    expect(isLostConnection(null)).toBe(false);
  });
});

describe('failoverSafeReads', () => {
  it('runs the same statement again on a fresh connection after a lost one', async () => {
    const statements: [string, unknown[] | undefined][] = [];
    const source = {
      query: (sql: string, parameters?: unknown[]) => {
        statements.push([sql, parameters]);
        return statements.length === 1 ? Promise.reject(terminated) : Promise.resolve([{ id: 1 }]);
      },
    };
    await expect(failoverSafeReads(source).query('SELECT $1', ['a-1'])).resolves.toEqual([{ id: 1 }]);
    expect(statements).toEqual([
      ['SELECT $1', ['a-1']],
      ['SELECT $1', ['a-1']],
    ]);
  });

  it('runs a statement that failed for another reason once', async () => {
    let calls = 0;
    const broken = Object.assign(new Error('syntax error'), { code: '42601' });
    const source = { query: () => (calls++, Promise.reject(broken)) };
    await expect(failoverSafeReads(source).query('SELEC 1')).rejects.toBe(broken);
    expect(calls).toBe(1);
  });
});
