// Words for the cross-year benchmark corpus (crossyear-corpus.ts): names are made from these
// characters, and sentences from the templates in crossyear-works.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const NAME_CHARS =
  '青石桥河湾岭塘溪沙湖山林泉港坪岗坝庄园峰桂枫柳松竹梅兰荷杏桃李橙茶稻麦丰安宁康泰和顺兴盛隆昌华荣新南北东西中上下前后龙凤鹤鹿云霞星月金银铜玉翠碧红白黄绿';
export const PLACE_SUFFIX = ['镇', '街道', '乡', '村', '社区', '工业园区', '开发区'];
export const PROJECT_SUFFIX = [
  '工程',
  '项目',
  '示范区',
  '产业园',
  '综合体',
  '提升行动',
  '改造工程',
];
export const INDUSTRIES = [
  '茶叶',
  '竹木加工',
  '电子信息',
  '生物医药',
  '新能源汽车',
  '文化旅游',
  '现代物流',
  '数字经济',
  '乡村旅游',
  '特色农业',
  '装备制造',
  '跨境电商',
  '健康养老',
  '冷链物流',
  '花卉苗木',
  '水产养殖',
  '食品加工',
  '家居建材',
  '纺织服装',
  '智能制造',
  '光伏发电',
  '中医药',
  '电子商务',
  '研学旅游',
  '民宿经济',
  '会展经济',
  '夜间经济',
  '体育产业',
  '康养产业',
  '海洋经济',
];
export const ISSUES = [
  '老旧小区改造',
  '学前教育资源',
  '基层医疗服务',
  '农村饮水安全',
  '河道综合治理',
  '城市停车难',
  '垃圾分类',
  '养老服务体系',
  '营商环境优化',
  '历史街区保护',
  '农村人居环境',
  '职业教育发展',
  '食品安全监管',
  '背街小巷整治',
  '公共文化服务',
  '就业创业服务',
  '物业管理',
  '校园周边安全',
  '水土流失治理',
  '乡村振兴人才',
  '城乡公交一体化',
  '消防安全',
  '农贸市场改造',
  '社区嵌入式服务',
  '普惠托育',
  '山洪灾害防治',
  '耕地保护',
  '古树名木保护',
  '非遗传承',
  '全民健身设施',
];
/** Kinds of work: how a plan names it, how next year's summary reports it, sentences about it. */
export interface Work {
  topic: string;
  plan: string[];
  done: string[];
  detail: string[];
}
export const WORKS = parseYaml(
  readFileSync(join(import.meta.dirname, 'crossyear-works.yaml'), 'utf8'),
) as Work[];
