import { describe, expect, it } from 'vitest';
import { asciiDigits, dateIn, yearsIn } from '../../src/lib/years.ts';

describe('asciiDigits', () => {
  it('folds full-width digits and Chinese-numeral dates', () => {
    expect(asciiDigits('２０２２年1月5日')).toBe('2022年1月5日');
    expect(asciiDigits('二〇二二年一月十日')).toBe('2022年1月10日');
    expect(asciiDigits('二〇〇五年十二月二十一日')).toBe('2005年12月21日');
  });
  it('reads every way a zero is typed inside a year', () => {
    expect(asciiDigits('二○一八年')).toBe('2018年');
    expect(asciiDigits('二零一八年')).toBe('2018年');
    expect(asciiDigits('二◯二〇年三月')).toBe('2020年3月');
  });
  it('leaves other numerals alone', () => {
    expect(asciiDigits('十九届一中全会，三次会议')).toBe('十九届一中全会，三次会议');
    expect(asciiDigits('一年来')).toBe('一年来');
  });
});

describe('yearsIn and dateIn', () => {
  it('finds the years in order', () => {
    expect(yearsIn('2018年工作回顾和二〇一九年工作安排')).toEqual([2018, 2019]);
    expect(yearsIn('12018年')).toEqual([]);
    expect(yearsIn(undefined)).toEqual([]);
  });
  it('reads a full date, in any numerals', () => {
    expect(dateIn('（2022年1月12日）')).toBe('2022-01-12');
    expect(dateIn('——二〇一一年三月七日在政协会议上')).toBe('2011-03-07');
    expect(dateIn('２０２０年１２月２８日')).toBe('2020-12-28');
    expect(dateIn('2022年13月1日')).toBeUndefined();
    expect(dateIn('2022年1月')).toBeUndefined();
  });
});
