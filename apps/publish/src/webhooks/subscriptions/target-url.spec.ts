import { targetUrlFrom } from './target-url';

describe('a webhook target URL, checked when it is added', () => {
  it('takes an http or https URL, dropping a fragment', () => {
    expect(targetUrlFrom('https://hooks.example.com/news#x', false)).toBe('https://hooks.example.com/news');
    expect(targetUrlFrom('http://hooks.example.com:8080/in?k=v', false)).toBe('http://hooks.example.com:8080/in?k=v');
  });

  it('names what is wrong with a bad one', () => {
    expect(() => targetUrlFrom('', false)).toThrow(/needs a target URL/);
    expect(() => targetUrlFrom('hooks.example.com', false)).toThrow(/is not an absolute URL/);
    expect(() => targetUrlFrom('ftp://hooks.example.com/', false)).toThrow(/must be http:\/\/ or https:\/\/, not ftp:/);
    expect(() => targetUrlFrom('https://user:pw@hooks.example.com/', false)).toThrow(/user name or password/);
  });

  it('refuses a private IP literal unless private networks are allowed', () => {
    expect(() => targetUrlFrom('http://127.0.0.1:9000/', false)).toThrow(/127\.0\.0\.1 is loopback/);
    expect(() => targetUrlFrom('http://[::1]/', false)).toThrow(/is loopback/);
    expect(targetUrlFrom('http://127.0.0.1:9000/', true)).toBe('http://127.0.0.1:9000/');
  });
});
