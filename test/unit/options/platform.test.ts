import { afterEach, describe, expect, test } from 'vitest';
import { normalizeOptions, type Normalized, type OptionsPlatform } from '../../../src/options';
// Whether a screen can come first is its flow's rule: register the flows.
import '../../../src/flows/all';

// A page without a DOM: the options only hand the container on, so a plain object can stand in for an element.
// The cast is the test saying "take this as one"; the widget never reads more of it than its identity.
class FakeElement {}
const FakeHTMLElement = FakeElement as unknown as typeof HTMLElement;
const box = new FakeHTMLElement();
const root = new FakeHTMLElement();

const page: OptionsPlatform = {
  document: {
    getElementById(id: string) {
      return id === 'root' ? root : null;
    },
    querySelector(selector: string) {
      // A real document throws a SyntaxError for a selector it cannot parse.
      if (selector === '[') throw new SyntaxError(`'${selector}' is not a valid selector`);
      return selector === '#box' ? box : null;
    },
  },
  HTMLElement: FakeHTMLElement,
};

const read = (container: unknown, platform: OptionsPlatform = page, extra: object = {}): Normalized =>
  normalizeOptions('cid', 'tenant.example.com', { container, ...extra }, platform);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('container, found on the page the options are given', () => {
  test('a selector finds its element', () => {
    expect(read('#box')).toMatchObject({ ok: true, options: { container: box } });
  });

  test("an element id, as Lock's container is", () => {
    expect(read('root')).toMatchObject({ ok: true, options: { container: root } });
  });

  test('a bare name that is no id is still tried as a selector', () => {
    expect(read('box', { ...page, document: { ...page.document!, querySelector: (s: string) => (s === 'box' ? box : null) } })).toMatchObject({ ok: true, options: { container: box } });
  });

  test('an id that is no valid selector (it starts with a digit) is still found by id', () => {
    const byId = new FakeHTMLElement();
    const digits: OptionsPlatform = { ...page, document: { ...page.document!, getElementById: (id: string) => (id === '1st' ? byId : null) } };
    expect(read('1st', digits)).toMatchObject({ ok: true, options: { container: byId } });
  });

  test('an element is taken as it is', () => {
    const other = new FakeHTMLElement();
    expect(read(other)).toMatchObject({ ok: true, options: { container: other } });
  });

  test('no container: a modal', () => {
    expect(read(undefined)).toMatchObject({ ok: true, options: { container: null } });
  });

  test.each([
    ['a selector that matches nothing', '#nowhere', 'container "#nowhere" matches no element'],
    ['a selector the page cannot parse', '[', 'container "[" matches no element'],
    ['a number', 42, 'container must be an element, an element id or a CSS selector'],
    ['an object that is not an element', { id: 'box' }, 'container must be an element, an element id or a CSS selector'],
    ['null', null, 'container must be an element, an element id or a CSS selector'],
  ])('%s is a problem', (_name, container, message) => {
    expect(read(container)).toEqual({ ok: false, problems: [message], container: null });
  });

  test('when other options are wrong, the container is still found, so the widget can say so in its place', () => {
    expect(read('#box', page, { closable: 'yes' })).toEqual({ ok: false, problems: ['closable must be a boolean'], container: box });
  });

  test("the given page is the only one asked: an element on the test runner's own document is not found", () => {
    const real = document.createElement('div');
    real.id = 'elsewhere';
    document.body.append(real);
    expect(read('#elsewhere')).toMatchObject({ ok: false, problems: ['container "#elsewhere" matches no element'] });
    expect(read(real)).toMatchObject({ ok: false, problems: ['container must be an element, an element id or a CSS selector'] });
  });

  test('a page with no document or HTMLElement at all (a server render) finds nothing and does not throw', () => {
    expect(read('#box', {})).toEqual({ ok: false, problems: ['container "#box" matches no element'], container: null });
    expect(read(box, {})).toEqual({ ok: false, problems: ['container must be an element, an element id or a CSS selector'], container: null });
    expect(read(undefined, {})).toMatchObject({ ok: true, options: { container: null } });
  });

  test('without a platform argument, the real page is used', () => {
    const real = document.createElement('div');
    real.id = 'host';
    document.body.append(real);
    expect(normalizeOptions('cid', 'tenant.example.com', { container: '#host' })).toMatchObject({ ok: true, options: { container: real } });
    expect(normalizeOptions('cid', 'tenant.example.com', { container: real })).toMatchObject({ ok: true, options: { container: real } });
  });
});
