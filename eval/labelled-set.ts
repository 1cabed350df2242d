/**
 * The labelled set enrich is measured on (issue 12): short stories in the
 * agency's style, written for the eval before tuning, most as an English /
 * Arabic translation pair with one gold for both (the same ids must come out
 * of both), plus the reference article. Cases that fail stay in the set.
 *
 * Gold: place and organisation ids ("unknown:<name>" for a place the
 * gazetteer does not have: it counts against recall; Baghuz and Astana were such
 * places in the first run and were then added to the supplement); people as the names
 * written in that language, or "anon:<role>" for an unnamed source; dates as
 * resolved values (YYYY-MM-DD, YYYY-MM, YYYY-Www); counts as
 * "<category>:<value>". Media organisations (the agency itself) are not scored.
 */
export interface Gold {
  places: string[];
  organisations: string[];
  people: string[];
  dates: string[];
  counts: string[];
}

export interface LabelledArticle {
  id: string;
  language: 'en' | 'ar';
  published: string;
  dateline: string;
  text: string;
  gold: Gold;
}

interface Pair {
  id: string;
  published: string;
  dateline: string;
  en: string;
  ar: string;
  gold: Omit<Gold, 'people'>;
  people?: { en: string[]; ar: string[] };
}

const GOV = 'actor:syrian-government-forces';

const PAIRS: Pair[] = [
  {
    id: 'saraqib-airstrikes',
    published: '2018-03-05T10:00:00Z',
    dateline: 'Idlib',
    en: 'On Sunday, four civilians were killed and seven others injured when Russian warplanes struck the town of Saraqib, east of Idlib, a local source told SMART.',
    ar: 'قتل أربعة مدنيين وجرح سبعة آخرون، يوم الأحد، بغارات للطائرات الحربية الروسية على مدينة سراقب شرق إدلب، بحسب ما أفاد مصدر محلي لـ"سمارت".',
    gold: {
      places: ['geonames:164816', 'geonames:169389'],
      organisations: ['actor:russian-forces'],
      dates: ['2018-03-04'],
      counts: ['killed:4', 'injured:7'],
    },
    people: { en: ['anon:local source'], ar: ['anon:local source'] },
  },
  {
    id: 'tal-rifaat-clashes',
    published: '2018-04-10T10:00:00Z',
    dateline: 'Aleppo',
    en: 'The Turkish army and Syrian National Army factions took control of villages around Tal Rifaat on Monday, after clashes with the Syrian Democratic Forces (SDF) that left 12 SDF fighters dead, a military source said.',
    ar: 'سيطر الجيش التركي وفصائل الجيش الوطني السوري، يوم الاثنين، على قرى محيطة بمدينة تل رفعت، بعد اشتباكات مع قوات سوريا الديمقراطية (قسد) أسفرت عن مقتل 12 عنصرا من "قسد"، بحسب مصدر عسكري.',
    gold: {
      places: ['geonames:163476'],
      organisations: ['actor:turkish-army', 'actor:syrian-national-army', 'actor:syrian-democratic-forces'],
      dates: ['2018-04-09'],
      counts: ['killed:12'],
    },
    people: { en: ['anon:military source'], ar: ['anon:military source'] },
  },
  {
    id: 'ghouta-shelling',
    published: '2018-02-20T10:00:00Z',
    dateline: 'Rif Dimashq',
    en: 'Nearly 30 civilians were killed yesterday in shelling by regime forces on the towns of Douma, Harasta and Kafr Batna in Eastern Ghouta, the Syrian Civil Defence said.',
    ar: 'قتل نحو 30 مدنيا أمس بقصف لقوات النظام على مدن دوما وحرستا وكفربطنا في الغوطة الشرقية، بحسب ما ذكر الدفاع المدني السوري.',
    gold: {
      places: ['geonames:170592', 'geonames:169897', 'geonames:168713', 'sy:eastern-ghouta'],
      organisations: [GOV, 'actor:white-helmets'],
      dates: ['2018-02-19'],
      counts: ['killed:30'],
    },
  },
  {
    id: 'nawa-tafas-shelling',
    published: '2018-06-14T10:00:00Z',
    dateline: 'Daraa',
    en: 'Colonel Nasim Abu Ara, a commander in the Free Syrian Army, told SMART that regime forces shelled the towns of Nawa and Tafas in Daraa countryside on Wednesday, injuring six people.',
    ar: 'قال القيادي في الجيش السوري الحر العقيد نسيم أبو عرة لـ"سمارت"، إن قوات النظام قصفت يوم الأربعاء بلدتي نوى وطفس في ريف درعا، ما أدى لإصابة ستة أشخاص.',
    gold: {
      places: ['geonames:166365', 'geonames:163806', 'sy:gov-daraa'],
      organisations: ['actor:free-syrian-army', GOV],
      dates: ['2018-06-13'],
      counts: ['injured:6'],
    },
    people: { en: ['Nasim Abu Ara'], ar: ['نسيم أبو عرة'] },
  },
  {
    id: 'hajin-coalition',
    published: '2018-07-02T10:00:00Z',
    dateline: 'Deir ez-Zor',
    en: 'The international coalition carried out airstrikes on Hajin and al-Mayadin on Saturday, killing nine ISIS members and two civilians, local activists said.',
    ar: 'نفذ طيران التحالف الدولي غارات على مدينتي هجين والميادين يوم السبت، ما أسفر عن مقتل تسعة عناصر من تنظيم الدولة ومدنيين اثنين، بحسب ناشطين محليين.',
    gold: {
      places: ['geonames:174506', 'geonames:173480'],
      organisations: ['actor:international-coalition', 'actor:islamic-state'],
      dates: ['2018-06-30'],
      counts: ['killed:9', 'killed:2'],
    },
    people: { en: ['anon:activist'], ar: ['anon:activist'] },
  },
  {
    id: 'khan-shaykhun-displacement',
    published: '2018-09-11T10:00:00Z',
    dateline: 'Idlib',
    en: "Hundreds of families fled Khan Shaykhun and al-Tamanah last week towards the Turkish border, after regime forces and Russian warplanes intensified their bombardment, SMART's correspondent said.",
    ar: 'نزحت مئات العائلات الأسبوع الماضي من خان شيخون والتمانعة باتجاه الحدود التركية، بعد تصعيد قوات النظام والطائرات الحربية الروسية قصفها، بحسب مراسل "سمارت".',
    gold: {
      places: ['geonames:168325', 'sy:tamanah'],
      organisations: [GOV, 'actor:russian-forces'],
      dates: ['2018-W36'],
      counts: [],
    },
    people: { en: ['anon:SMART correspondent'], ar: ['anon:SMART correspondent'] },
  },
  {
    id: 'raqqa-landmine',
    published: '2018-05-22T10:00:00Z',
    dateline: 'Raqqa',
    en: 'Three children were killed on Monday when a landmine left by the Islamic State exploded in the city of Raqqa, a medical source told SMART.',
    ar: 'قتل ثلاثة أطفال، يوم الاثنين، بانفجار لغم من مخلفات تنظيم الدولة الإسلامية في مدينة الرقة، بحسب ما أفاد مصدر طبي لـ"سمارت".',
    gold: {
      places: ['geonames:172955'],
      organisations: ['actor:islamic-state'],
      dates: ['2018-05-21'],
      counts: ['killed:3'],
    },
    people: { en: ['anon:medical source'], ar: ['anon:medical source'] },
  },
  {
    id: 'latamneh-attack',
    published: '2018-08-15T10:00:00Z',
    dateline: 'Hama',
    en: 'Hayat Tahrir al-Sham fighters repelled an attack by regime forces on the town of al-Latamneh in Hama countryside on Tuesday, killing 15 of the attackers, HTS said in a statement.',
    ar: 'صدت هيئة تحرير الشام يوم الثلاثاء هجوما لقوات النظام على بلدة اللطامنة بريف حماة، وقتلت 15 عنصرا من المهاجمين، بحسب بيان لتحرير الشام.',
    gold: {
      places: ['sy:latamneh', 'sy:gov-hama'],
      organisations: ['actor:hayat-tahrir-al-sham', GOV],
      dates: ['2018-08-14'],
      counts: ['killed:15'],
    },
  },
  {
    id: 'atarib-infighting',
    published: '2019-01-08T10:00:00Z',
    dateline: 'Aleppo',
    en: 'Hayat Tahrir al-Sham took control of the town of al-Atarib west of Aleppo on Monday after fighting with the National Liberation Front, which left 23 fighters from both sides dead, a field source said.',
    ar: 'سيطرت هيئة تحرير الشام يوم الاثنين على بلدة الأتارب غرب حلب، بعد معارك مع الجبهة الوطنية للتحرير خلفت ثلاثة وعشرين قتيلا من الطرفين، بحسب مصدر ميداني.',
    gold: {
      places: ['geonames:174030', 'geonames:170063'],
      organisations: ['actor:hayat-tahrir-al-sham', 'actor:national-liberation-front'],
      dates: ['2019-01-07'],
      counts: ['killed:23'],
    },
    people: { en: ['anon:field source'], ar: ['anon:field source'] },
  },
  {
    id: 'shaddadi-arrests',
    published: '2018-10-03T10:00:00Z',
    dateline: 'Hasakah',
    en: 'The Syrian Democratic Forces arrested 17 young men in the town of al-Shaddadi south of Hasakah on Tuesday to recruit them, local sources said.',
    ar: 'اعتقلت قوات سوريا الديمقراطية يوم الثلاثاء 17 شابا في بلدة الشدادي جنوب الحسكة بهدف تجنيدهم، بحسب مصادر محلية.',
    gold: {
      places: ['sy:shadadi', 'geonames:173811'],
      organisations: ['actor:syrian-democratic-forces'],
      dates: ['2018-10-02'],
      counts: ['captured:17'],
    },
    people: { en: ['anon:local source'], ar: ['anon:local source'] },
  },
  {
    id: 'rukban-mine',
    published: '2018-11-20T10:00:00Z',
    dateline: 'Homs',
    en: "A woman and her two children were injured on Sunday by a mine explosion near the Rukban camp on the Syrian-Jordanian border, Dr. Ahmad al-Khalid, the director of the camp's clinic, told SMART.",
    ar: 'أصيبت امرأة وطفلاها يوم الأحد بانفجار لغم قرب مخيم الركبان على الحدود السورية الأردنية، بحسب ما قال مدير النقطة الطبية في المخيم الدكتور أحمد الخالد لـ"سمارت".',
    gold: { places: ['sy:rukban-camp'], organisations: [], dates: ['2018-11-18'], counts: ['injured:2'] },
    people: { en: ['Ahmad al-Khalid'], ar: ['أحمد الخالد'] },
  },
  {
    id: 'sarmada-assassination',
    published: '2018-12-18T10:00:00Z',
    dateline: 'Idlib',
    en: 'Unknown gunmen killed a commander of Faylaq al-Sham and his companion in the town of Sarmada north of Idlib last night, a security source said.',
    ar: 'قتل مسلحون مجهولون ليلة أمس قياديا في فيلق الشام ومرافقه في مدينة سرمدا شمال إدلب، بحسب مصدر أمني.',
    gold: {
      places: ['sy:sarmada', 'geonames:169389'],
      organisations: ['actor:faylaq-al-sham'],
      dates: ['2018-12-17'],
      counts: [],
    },
    people: { en: ['anon:security source'], ar: ['anon:security source'] },
  },
  {
    id: 'baghuz-exodus',
    published: '2019-03-12T10:00:00Z',
    dateline: 'Deir ez-Zor',
    en: 'More than 3,000 people were displaced from the last ISIS pocket in al-Baghuz near Abu Kamal yesterday towards al-Hol camp in Hasakah, SDF spokesman Mustafa Bali said.',
    ar: 'نزح أكثر من ثلاثة آلاف شخص أمس من آخر جيب لتنظيم الدولة في الباغوز قرب البوكمال باتجاه مخيم الهول في الحسكة، بحسب ما قال المتحدث باسم قسد مصطفى بالي.',
    gold: {
      places: ['sy:baghuz', 'sy:abu-kamal', 'sy:al-hol-camp', 'geonames:173811'],
      organisations: ['actor:islamic-state', 'actor:syrian-democratic-forces'],
      dates: ['2019-03-11'],
      counts: ['displaced:3000'],
    },
    people: { en: ['Mustafa Bali'], ar: ['مصطفى بالي'] },
  },
  {
    id: 'douma-evacuation',
    published: '2018-04-17T10:00:00Z',
    dateline: 'Rif Dimashq',
    en: 'Jaysh al-Islam handed over its heavy weapons to Russian forces in Douma on Monday, and about 1,500 of its fighters were evacuated to northern Aleppo, a member of the negotiating committee told SMART.',
    ar: 'سلّم جيش الإسلام يوم الاثنين سلاحه الثقيل للقوات الروسية في دوما، وتم تهجير نحو 1500 من مقاتليه إلى شمال حلب، بحسب ما قال عضو في لجنة المفاوضات لـ"سمارت".',
    gold: {
      places: ['geonames:170592', 'sy:gov-aleppo'],
      organisations: ['actor:jaysh-al-islam', 'actor:russian-forces'],
      dates: ['2018-04-16'],
      counts: ['displaced:1500'],
    },
    people: { en: ['anon:member of the negotiating committee'], ar: ['anon:member of the negotiating committee'] },
  },
  {
    id: 'abu-al-duhur-advance',
    published: '2018-01-09T10:00:00Z',
    dateline: 'Idlib',
    en: 'In late December 2017, regime forces advanced from Hama countryside into the Sinjar area of southeastern Idlib, and on Monday they reached the outskirts of Abu al-Duhur airbase, the Repel the Aggressors Operations Room said.',
    ar: 'تقدمت قوات النظام أواخر كانون الأول 2017 من ريف حماة نحو منطقة سنجار جنوب شرق إدلب، ووصلت يوم الاثنين إلى أطراف مطار أبو الظهور العسكري، بحسب غرفة عمليات رد الطغيان.',
    gold: {
      places: ['sy:gov-hama', 'sy:sinjar-idlib', 'geonames:169389', 'sy:abu-al-duhur'],
      organisations: [GOV, 'actor:repel-the-aggressors'],
      dates: ['2017-12', '2018-01-08'],
      counts: [],
    },
  },
  {
    id: 'jobar-captures',
    published: '2018-02-27T10:00:00Z',
    dateline: 'Damascus',
    en: 'Jaysh al-Islam said its fighters captured 11 regime soldiers during clashes on the Jobar and al-Qaboun fronts on Sunday, and killed eight others.',
    ar: 'قال جيش الإسلام إن مقاتليه أسروا 11 عنصرا من قوات النظام خلال اشتباكات على جبهتي جوبر والقابون يوم الأحد، وقتلوا ثمانية آخرين.',
    gold: {
      places: ['sy:jobar', 'sy:qaboun'],
      organisations: ['actor:jaysh-al-islam', GOV],
      dates: ['2018-02-25'],
      counts: ['captured:11', 'killed:8'],
    },
  },
  {
    id: 'afrin-displacement',
    published: '2018-03-20T10:00:00Z',
    dateline: 'Aleppo',
    en: "Around 150,000 people have been displaced from Afrin since the Turkish army and its allied factions entered the city on Sunday, according to the Kurdish People's Protection Units (YPG).",
    ar: 'نزح نحو 150 ألف شخص من مدينة عفرين منذ دخول الجيش التركي والفصائل المتحالفة معه إليها يوم الأحد، بحسب وحدات حماية الشعب الكردية.',
    gold: {
      places: ['geonames:174186'],
      organisations: ['actor:turkish-army', 'actor:ypg'],
      dates: ['2018-03-18'],
      counts: ['displaced:150000'],
    },
  },
  {
    id: 'kafr-zita-shelling',
    published: '2018-09-25T10:00:00Z',
    dateline: 'Hama',
    en: 'Two fighters of the National Liberation Front were killed and five injured on Monday by regime shelling on Kafr Zita and Morek in northern Hama, a field commander said.',
    ar: 'قتل عنصران من الجبهة الوطنية للتحرير وجرح خمسة آخرون يوم الاثنين بقصف لقوات النظام على بلدتي كفرزيتا ومورك شمال حماة، بحسب قائد ميداني.',
    gold: {
      places: ['geonames:168620', 'geonames:166640', 'geonames:170017'],
      organisations: ['actor:national-liberation-front', GOV],
      dates: ['2018-09-24'],
      counts: ['killed:2', 'injured:5'],
    },
    people: { en: ['anon:field commander'], ar: ['anon:field commander'] },
  },
  {
    id: 'nawa-takeover',
    published: '2018-07-17T10:00:00Z',
    dateline: 'Daraa',
    en: 'Regime forces took control of the city of Nawa in western Daraa countryside yesterday after two days of heavy bombardment that killed 40 civilians, according to the Syrian Observatory for Human Rights.',
    ar: 'سيطرت قوات النظام أمس على مدينة نوى في ريف درعا الغربي بعد يومين من القصف العنيف الذي أدى لمقتل ٤٠ مدنيا، بحسب المرصد السوري لحقوق الإنسان.',
    gold: {
      places: ['geonames:166365', 'sy:gov-daraa'],
      organisations: [GOV, 'actor:syrian-observatory'],
      dates: ['2018-07-16'],
      counts: ['killed:40'],
    },
  },
  {
    id: 'dana-car-bomb',
    published: '2018-10-30T10:00:00Z',
    dateline: 'Idlib',
    en: 'A car bomb exploded in the town of al-Dana north of Idlib on Saturday, killing seven people and injuring 18 others, the Syrian Civil Defence said. No group claimed responsibility.',
    ar: 'انفجرت سيارة مفخخة يوم السبت في مدينة الدانا شمال إدلب، ما أدى لمقتل سبعة أشخاص وإصابة 18 آخرين، بحسب الدفاع المدني السوري. ولم تتبن أي جهة التفجير.',
    gold: {
      places: ['geonames:174259', 'geonames:169389'],
      organisations: ['actor:white-helmets'],
      dates: ['2018-10-27'],
      counts: ['killed:7', 'injured:18'],
    },
  },
];

/** The reference article's gold (test/fixtures/smart-2018-02-13-idlib.txt, body only). */
export const REFERENCE_GOLD: Gold = {
  places: [
    'geonames:169389',
    'geonames:163843',
    'sy:khuwayn',
    'geonames:167611',
    'sy:tamanah',
    'geonames:170017',
    'sy:gov-hama',
    'sy:uqayribat',
    'geonames:172955',
    'geonames:170794',
    'geonames:1526273',
  ],
  organisations: [
    'actor:free-syrian-army',
    'actor:repel-the-aggressors',
    'actor:hayat-tahrir-al-sham',
    'actor:islamic-state',
    'actor:ahrar-al-sham',
    'actor:syrian-government',
    GOV,
  ],
  people: ['Hussam Salamah', 'Fateh Hasoun'],
  dates: ['2018-02-13', '2018-02-12', '2017-12'],
  counts: ['captured:400'],
};

export function labelledSet(referenceBody: string): LabelledArticle[] {
  const articles: LabelledArticle[] = [
    {
      id: 'reference-idlib-2018-02-13',
      language: 'en',
      published: '2018-02-13T09:56:59.000Z',
      dateline: 'Idlib',
      text: referenceBody,
      gold: REFERENCE_GOLD,
    },
  ];
  for (const p of PAIRS) {
    for (const language of ['en', 'ar'] as const) {
      articles.push({
        id: `${p.id}.${language}`,
        language,
        published: p.published,
        dateline: p.dateline,
        text: p[language],
        gold: { ...p.gold, people: p.people?.[language] ?? [] },
      });
    }
  }
  return articles;
}
