import { describe, expect, it } from 'vitest';
import { pageCount, pageOf, pageRange, parsePage } from './workbench-pages';

describe('workbench pages', () => {
  it('puts 100 paragraphs on a page', () => {
    expect(pageCount(25)).toBe(1);
    expect(pageCount(2000)).toBe(20);
    expect(pageCount(0)).toBe(1);
    expect(pageRange(20, 2000)).toEqual({ first: 1901, last: 2000 });
    expect(pageRange(1, 25)).toEqual({ first: 1, last: 25 });
  });
  it('finds the page of a paragraph', () => {
    expect([pageOf(1), pageOf(100), pageOf(101), pageOf(1234)]).toEqual([1, 1, 2, 13]);
  });
  it('clamps pages from the URL', () => {
    expect(parsePage(undefined, 2000)).toBe(1);
    expect(parsePage('7', 2000)).toBe(7);
    expect(parsePage('99', 2000)).toBe(20);
    expect(parsePage('-3', 2000)).toBe(1);
    expect(parsePage('abc', 2000)).toBe(1);
  });
});
