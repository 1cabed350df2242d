import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InFlightLimit } from './in-flight-limit';
import { shedWhenBusy } from './shed-when-busy';

/** Just enough of a ServerResponse to see what the middleware answers. */
class FakeResponse extends EventEmitter {
  statusCode = 200;
  headers: Record<string, string> = {};
  body?: string;
  setHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }
  end(body: string): void {
    this.body = body;
  }
}

function request(url = '/v1/articles'): IncomingMessage {
  return { url, originalUrl: url } as unknown as IncomingMessage;
}

describe('shedWhenBusy', () => {
  function setUp(max: number) {
    const shed = jest.fn();
    const inFlight: number[] = [];
    const middleware = shedWhenBusy({
      limit: new InFlightLimit(max),
      limitName: 'INGEST_MAX_IN_FLIGHT',
      onShed: shed,
      onInFlight: (n) => inFlight.push(n),
    });
    const send = () => {
      const response = new FakeResponse();
      const next = jest.fn();
      middleware(request(), response as unknown as ServerResponse, next);
      return { response, next };
    };
    return { send, shed, inFlight };
  }

  it('passes requests on while under the limit', () => {
    const { send, shed } = setUp(2);

    expect(send().next).toHaveBeenCalledWith();
    expect(send().next).toHaveBeenCalledWith();
    expect(shed).not.toHaveBeenCalled();
  });

  it('answers the request over the limit 503 problem+json with Retry-After, without passing it on', () => {
    const { send, shed } = setUp(1);
    send();

    const { response, next } = send();

    expect(next).not.toHaveBeenCalled();
    expect(shed).toHaveBeenCalledTimes(1);
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(response.body!)).toMatchObject({
      status: 503,
      type: 'https://newsroom.example/problems/overloaded',
      instance: '/v1/articles',
      detail: expect.stringContaining('INGEST_MAX_IN_FLIGHT'),
    });
  });

  it('frees the slot when the response finishes, and once only when it also closes', () => {
    const { send, inFlight } = setUp(1);
    const first = send();

    first.response.emit('finish');
    first.response.emit('close');

    expect(inFlight).toEqual([1, 0, 0]);
    expect(send().next).toHaveBeenCalled();
    expect(send().response.statusCode).toBe(503);
  });

  it('frees the slot when the client goes away before an answer', () => {
    const { send } = setUp(1);
    send().response.emit('close');

    expect(send().next).toHaveBeenCalled();
  });
});
