import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/lib/import/blocks.ts';
import { committeeNamed, statedMeeting } from '../../src/lib/import/facts.ts';
import { parseStructure } from '../../src/lib/import/structure.ts';

const committeeOf = (text: string) => committeeNamed(parseStructure(textBlocks(text)));

describe('committeeNamed', () => {
  it.each([
    ['中国人民政治协商会议浙江省委员会常务委员会工作报告', '浙江省政协'],
    ['政协广西壮族自治区委员会常务委员会工作报告', '广西壮族自治区政协'],
    ['政协延边朝鲜族自治州第十四届委员会常务委员会工作报告', '延边朝鲜族自治州政协'],
    ['政协杭州市西湖区第十二届委员会常务委员会工作报告', '杭州市西湖区政协'],
    ['中国人民政治协商会议第十四届全国委员会常务委员会工作报告', '全国政协'],
    ['2026年东湖区人民政府工作报告', '东湖区人民政府'],
  ])('reads %s as %s', (title, committee) => {
    expect(committeeOf(`${title}\n各位委员：\n正文。`)).toBe(committee);
  });

  it('names the government of a bare 政府工作报告 from the congress it is given to', () => {
    expect(
      committeeOf(
        '政府工作报告\n——2019年1月15日在梅江市第十五届人民代表大会第四次会议上\n各位代表：\n正文。',
      ),
    ).toBe('梅江市人民政府');
    expect(
      committeeOf(
        '政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n正文。',
      ),
    ).toBe('国务院');
  });

  it('names nothing when the head names no committee', () => {
    expect(committeeOf('市政协常委会工作报告\n各位委员：\n正文。')).toBeUndefined();
  });
});

describe('statedMeeting', () => {
  const meetingOf = (subtitle: string) =>
    statedMeeting(
      parseStructure(
        textBlocks(`政协宁远县委员会常务委员会工作报告\n${subtitle}\n各位委员：\n正文。`),
      ),
    );

  it.each([
    ['——2021年1月12日在政协宁远县第十届委员会第五次会议上', '政协宁远县第十届委员会第五次会议'],
    [
      '——2021年1月12日在政协宁远县第十届委员会第五次会议开幕会上',
      '政协宁远县第十届委员会第五次会议',
    ],
    [
      '（2022年1月10日在政协第九届海澄市委员会第一次会议第二次全体会议上）',
      '政协第九届海澄市委员会第一次会议',
    ],
  ])('reads %s', (subtitle, meeting) => {
    expect(meetingOf(subtitle)).toBe(meeting);
  });
});
