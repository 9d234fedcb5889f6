// Proper names that make a corpus realistic: real reports name hundreds of places, projects and
// units, combined freely. These thousands of distinct words are what index size and search cost
// depend on; a corpus of a few repeated sentences makes search look lighter than it is.
import type { Random } from './random.ts';

// Characters common in Chinese place names; two of them make a place (石门, 青塘, 白鹤).
const PLACE_CHARS = [
  ...'石门青山白塔东西南北桥湾塘岭坪溪庄林峰河湖港岗坝营堡屯店集坊亭泉沟滩洲峪关城阳安平宁丰兴盛和泰福康新永长清明华龙凤金银玉翠松柏桃李梅竹兰荷云霞虹月星源江汇川崇文德仁义乐春秋马牛羊鹿鹤雁燕鸣古红绿黄紫高双湖沙柳杨槐枫杉葛蒲芦苇',
];
const PLACE_SUFFIXES = ['镇', '乡', '街道', '村', '社区', '片区', '新区'];

/** Kinds of projects reports keep returning to. */
export const PROJECT_TYPES = [
  '农贸市场',
  '污水处理厂',
  '文化广场',
  '体育公园',
  '中心小学',
  '卫生院',
  '养老服务中心',
  '产业园',
  '物流园',
  '棚户区改造项目',
  '供水工程',
  '垃圾中转站',
  '公共停车场',
  '便民服务中心',
  '湿地公园',
  '滨河步道',
  '综合市场',
  '安置小区',
  '污水管网',
  '雨污分流工程',
  '蔬菜基地',
  '茶叶基地',
  '电商产业园',
  '职业技术学校',
  '社区卫生服务站',
  '图书馆',
  '文化站',
  '客运站',
  '防洪堤',
  '水库除险加固工程',
  '集贸市场',
  '商业街',
  '幼儿园',
  '敬老院',
  '变电站',
  '高标准农田',
  '光伏电站',
  '冷链物流中心',
  '地下管网',
  '老旧小区',
];

/** What is done to a project. */
export const ACTIONS = [
  '提档升级',
  '改扩建',
  '建成投用',
  '开工建设',
  '加快推进',
  '完成改造',
  '规范管理',
  '提质增效',
  '运营管理',
  '选址论证',
  '加装电梯',
  '配套建设',
];

const DEPARTMENTS = [
  '发展改革局',
  '住房城乡建设局',
  '自然资源局',
  '生态环境局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '教育局',
  '卫生健康局',
  '民政局',
  '市场监督管理局',
  '城市管理局',
  '文化旅游局',
  '应急管理局',
  '财政局',
  '人力资源社会保障局',
];
const LOCAL_UNITS = ['镇人民政府', '街道办事处', '村民委员会', '社区居民委员会'];

/** Names drawn once per corpus, shared by its reports. */
export interface NameBook {
  places: string[];
  /** A place, sometimes with its kind: 石门, 石门镇, 石门街道. */
  placeName(random: Random): string;
  /** A unit that handles a matter: 区水利局, 石门镇人民政府. */
  unit(random: Random): string;
}

/** `count` distinct two- or three-character places, and ways to name units after them. */
export function nameBook(random: Random, count: number): NameBook {
  const places = new Set<string>();
  while (places.size < count) {
    const length = random.chance(0.85) ? 2 : 3;
    let place = '';
    for (let i = 0; i < length; i += 1) place += random.pick(PLACE_CHARS);
    if (new Set(place).size === place.length) places.add(place);
  }
  const list = [...places];
  return {
    places: list,
    placeName: (r) => r.pick(list) + (r.chance(0.5) ? r.pick(PLACE_SUFFIXES) : ''),
    unit: (r) =>
      r.chance(0.5)
        ? `${r.pick(['区', '县', '市'])}${r.pick(DEPARTMENTS)}`
        : `${r.pick(list)}${r.pick(LOCAL_UNITS)}`,
  };
}
