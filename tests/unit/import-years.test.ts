import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/lib/import/blocks.ts';
import { parseStructure } from '../../src/lib/import/structure.ts';
import { findYears, yearOfMeeting } from '../../src/lib/import/years.ts';

const years = (text: string) => findYears(parseStructure(textBlocks(text)));

describe('findYears', () => {
  it('takes the summary part’s own year first, and the plan part’s', () => {
    const found = years(
      '2026年东湖区人民政府工作报告\n——2026年1月8日在东湖区第十八届人民代表大会第六次会议上\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n一、2025年主要工作\n过去一年，全区经济平稳运行。\n二、2026年政府工作任务\n做好今年工作。\n三、坚定不移推进高质量发展\n文字。',
    );
    expect(found?.year).toEqual({ year: 2025, basis: '「一、2025年主要工作」' });
    expect(found?.plan).toEqual({ year: 2026, basis: '「二、2026年政府工作任务」' });
    expect(found?.warnings).toEqual([]);
  });

  it('reads a look-back heading with the meeting date: January reports on the year before', () => {
    const found = years(
      '政协临川市委员会常务委员会工作报告\n（2022年1月12日）\n一、过去一年的主要工作\n文字。\n二、今年工作建议\n文字。',
    );
    expect(found?.year).toEqual({
      year: 2021,
      basis: '「一、过去一年的主要工作」 + 日期 2022年1月12日',
    });
    expect(found?.plan).toEqual({ year: 2022, basis: '「二、今年工作建议」（总结年份的次年）' });
  });

  it('with no year before the plan, takes the year before the plan part’s own', () => {
    const found = years(
      '政协宁远县委员会常务委员会工作报告\n各位委员：\n一、一年来的主要工作\n文字。\n二、2020年工作安排\n文字。',
    );
    expect(found?.year).toEqual({ year: 2019, basis: '「二、2020年工作安排」的前一年' });
    expect(found?.plan?.year).toBe(2020);
    expect(found?.warnings).toEqual([]);
  });

  it('does not take an anniversary (成立七十二年来) for a look back over several years', () => {
    const found = years(
      '政协宁远县委员会常务委员会工作报告\n人民政协成立七十二年来，始终坚持团结和民主两大主题。\n一、2021年工作回顾\n文字。\n二、2022年工作安排\n文字。',
    );
    expect(found?.year.year).toBe(2021);
    expect(found?.warnings).toEqual([]);
  });

  it('takes a dated part ahead of the plan as the summary, in Chinese numerals too', () => {
    const found = years(
      '政协宁远县委员会常务委员会工作报告\n各位委员：\n一、一九九五年的工作\n一九九五年，县政协积极履职。\n二、一九九六年的主要任务\n文字。',
    );
    expect(found?.year).toEqual({ year: 1995, basis: '「一、一九九五年的工作」' });
    expect(found?.plan?.year).toBe(1996);
    expect(found?.warnings).toEqual([]);
  });

  it('takes the next year’s plan over a far goal, and does not read the goal as evidence', () => {
    const found = years(
      '政府工作报告\n——1996年3月5日在第八届全国人民代表大会第四次会议上\n各位代表：\n一、1995年的工作和“八五”计划的完成情况\n文字。\n二、关于“九五”计划和2010年远景目标纲要的说明\n文字。\n三、1996年的主要任务\n文字。',
    );
    expect(found?.year.year).toBe(1995);
    expect(found?.plan).toEqual({ year: 1996, basis: '「三、1996年的主要任务」' });
    expect(found?.warnings).toEqual([]);
  });

  it('warns when the summary covers several years (a term’s closing report)', () => {
    const found = years(
      '政协宁远县委员会常务委员会工作报告\n一、2017—2021年工作回顾\n文字。\n二、对今后工作的建议\n文字。',
    );
    expect(found?.year.year).toBe(2021);
    expect(found?.warnings.join('\n')).toMatch(/回顾多年的工作.*最后一年 2021/);
  });

  it('a December session reports on its own year', () => {
    const found = years(
      '青溪县政协常务委员会工作报告\n——2020年12月28日在政协第七届青溪县委员会第五次会议上\n一年来，县政协围绕中心工作履职。\n一、一年来的工作\n文字。\n二、2021年工作安排\n文字。',
    );
    expect(found?.year.year).toBe(2020);
    expect(found?.plan?.year).toBe(2021);
    expect(yearOfMeeting({ date: '2020-12-28', line: '' })).toEqual({ year: 2020 });
    expect(yearOfMeeting({ date: '2021-08-02', line: '' }).warning).toMatch(/8月/);
  });

  it('reads Chinese-numeral dates with ○ (U+25CB) as the zero', () => {
    const found = years(
      '政协某县第五届委员会常务委员会工作报告\n——二○○六年一月十日在政协某县第五届委员会第四次会议上\n一年来，……\n一、一年来的主要工作\n文字。\n二、今后工作建议\n文字。',
    );
    expect(found?.year.year).toBe(2005);
    expect(found?.plan?.year).toBe(2006);
  });

  it('takes 主要工作 with a later year as the plan', () => {
    const found = years('某区政协工作报告\n一、2018年工作回顾\n文字。\n二、2019年主要工作\n文字。');
    expect(found?.year.year).toBe(2018);
    expect(found?.plan).toEqual({ year: 2019, basis: '「二、2019年主要工作」' });
    expect(found?.warnings).toEqual([]);
  });

  it('warns when the year rests on the title alone, or on a stray year in the text', () => {
    const fromTitle = years('某区政协2017年工作总结\n全区工作稳步推进。\n一、工作\n文字。');
    expect(fromTitle?.year.year).toBe(2017);
    expect(fromTitle?.warnings.join()).toMatch(/年份只来自标题/);
    const fromText = years('工作汇报\n全区工作在2016年稳步推进。');
    expect(fromText?.year.year).toBe(2016);
    expect(fromText?.warnings.join()).toMatch(/年份只来自正文中第一次出现的年份/);
  });

  it('a government report’s title names the meeting year', () => {
    expect(years('2026年东湖区人民政府工作报告\n各位代表：\n全区上下共同努力。')?.year.year).toBe(
      2025,
    );
  });

  it('warns when strong evidence disagrees, and when there is no plan part', () => {
    const found = years(
      '某县政协工作报告\n——2022年1月5日在政协某县委员会第一次会议上\n一、2020年工作回顾\n文字。',
    );
    expect(found?.year.year).toBe(2020);
    expect(found?.warnings.join('\n')).toMatch(
      /年份证据不一致：「一、2020年工作回顾」 → 2020，日期 2022年1月5日 → 2021/,
    );
    expect(found?.warnings.join('\n')).toMatch(/没有找到工作安排/);
  });

  it('finds nothing in a text without a year', () => {
    expect(years('工作汇报\n一、主要工作\n开展协商。')).toBeUndefined();
  });
});
