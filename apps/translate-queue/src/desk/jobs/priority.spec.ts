import { dueAt, priorityOf } from './priority';

const now = new Date('2026-05-01T10:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe('priority and due time', () => {
  it('is normal for a fresh story, high for military news, flash for an urgent one', () => {
    expect(priorityOf({ firstCreated: hoursAgo(1), now })).toBe(3);
    expect(priorityOf({ category: 'military', firstCreated: hoursAgo(1), now })).toBe(2);
    expect(priorityOf({ urgency: 1, category: 'military', firstCreated: hoursAgo(1), now })).toBe(1);
    expect(priorityOf({ urgency: 4, firstCreated: hoursAgo(1), now })).toBe(2);
  });

  it('drops a step for a story over a day old when it reaches the desk, to low past three days', () => {
    expect(priorityOf({ category: 'military', firstCreated: hoursAgo(30), now })).toBe(3);
    expect(priorityOf({ urgency: 1, firstCreated: hoursAgo(100), now })).toBe(4);
  });

  it('gives each priority its due time', () => {
    expect(dueAt(1, now).toISOString()).toBe('2026-05-01T10:30:00.000Z');
    expect(dueAt(4, now).toISOString()).toBe('2026-05-02T10:00:00.000Z');
  });
});
