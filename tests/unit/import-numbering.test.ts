import { describe, expect, it } from 'vitest';
import { numberStyle, startsSeries } from '../../src/lib/import/numbering.ts';

describe('numberStyle', () => {
  it.each([
    ['第一部分　2019年工作回顾', 'section'],
    ['一、2018年工作回顾', 'cn'],
    ['一．2015年工作回顾', 'cn'],
    ['（一）加强学习。', 'cnParen'],
    ['㈠坚持政治引领。', 'cnParen'],
    ['1．围绕发展履职。', 'arabic'],
    ['⒈围绕发展履职。', 'arabic'],
    ['（1）围绕发展履职。', 'arabicParen'],
    ['⑴建设冷库集群。', 'arabicParen'],
    ['①完善制度。', 'circled'],
  ])('reads %s as %s', (line, style) => {
    expect(numberStyle(line)).toBe(style);
  });

  it('reads numbers and plain text as no numbering', () => {
    expect(numberStyle('1.5万元用于修缮。')).toBeUndefined();
    expect(numberStyle('2018年，是改革开放40周年。')).toBeUndefined();
  });
});

describe('startsSeries', () => {
  it('is true for the first number of every shape, one-character forms included', () => {
    for (const line of ['一、甲', '（一）甲', '㈠甲', '1.甲', '⒈甲', '（1）甲', '⑴甲', '①甲'])
      expect(startsSeries(line), line).toBe(true);
    for (const line of ['二、乙', '㈡乙', '⑵乙', '2.乙'])
      expect(startsSeries(line), line).toBe(false);
  });
});
