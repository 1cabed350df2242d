import { GlossaryTerm } from './glossary-term';

export type ActorKind = 'armed-group' | 'state-forces' | 'foreign-forces' | 'coalition' | 'organisation' | 'media';

/**
 * An organisation or armed actor the desk writes about, with every spelling
 * it answers to in both languages. One list serves the translation desk
 * (`actorGlossaryTerms`: preferred, accepted and forbidden forms) and enrich
 * (recognition: all forms, forbidden ones included, since sources use them).
 */
export interface Actor {
  /** Stable id, ours: "actor:<slug>". Independent of Wikidata so it never changes. */
  id: string;
  /** Wikidata QID, only where checked; blank rather than guessed. */
  wikidata?: string;
  kind: ActorKind;
  en: { preferred: string; variants: string[]; forbidden?: string[] };
  ar: { preferred: string; variants: string[] };
  /** Upper-case abbreviations matched case-sensitively ("IS", "HTS", "FSA"). */
  acronyms?: string[];
}

const actor = (
  slug: string,
  kind: ActorKind,
  en: [string, ...string[]],
  ar: [string, ...string[]],
  extra: { wikidata?: string; acronyms?: string[]; forbidden?: string[] } = {},
): Actor => ({
  id: `actor:${slug}`,
  ...(extra.wikidata ? { wikidata: extra.wikidata } : {}),
  kind,
  en: { preferred: en[0], variants: en.slice(1), ...(extra.forbidden ? { forbidden: extra.forbidden } : {}) },
  ar: { preferred: ar[0], variants: ar.slice(1) },
  ...(extra.acronyms ? { acronyms: extra.acronyms } : {}),
});

export const ACTORS: readonly Actor[] = [
  actor(
    'islamic-state',
    'armed-group',
    ['Islamic State', 'Islamic State group', 'Islamic State organisation', 'Islamic State organization'],
    ['تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'تنظيم الدولة', 'داعش', 'تنظيم داعش'],
    { wikidata: 'Q2429253', acronyms: ['ISIS', 'ISIL', 'IS'], forbidden: ['ISIL', 'Daesh', 'Daish'] },
  ),
  actor(
    'hayat-tahrir-al-sham',
    'armed-group',
    [
      'Hayat Tahrir al-Sham',
      'Tahrir al-Sham',
      'Hay’at Tahrir al-Sham',
      'Tahrir al-Sham Committee',
      'Hayat Tahrir-al-Sham',
    ],
    ['هيئة تحرير الشام', 'تحرير الشام'],
    { acronyms: ['HTS'], forbidden: ['Hayat Tahrir-al-Sham', "Hay'at Tahrir al-Sham", 'Tahrir al-Sham Committee'] },
  ),
  actor(
    'jabhat-al-nusra',
    'armed-group',
    ['Jabhat al-Nusra', 'al-Nusra Front', 'Nusra Front', 'Jabhat Fatah al-Sham'],
    ['جبهة النصرة', 'النصرة', 'جبهة فتح الشام'],
  ),
  actor(
    'free-syrian-army',
    'armed-group',
    ['Free Syrian Army', 'Syrian Free Army'],
    ['الجيش السوري الحر', 'الجيش الحر'],
    { acronyms: ['FSA'], forbidden: ['Syrian Free Army'] },
  ),
  actor(
    'ahrar-al-sham',
    'armed-group',
    ['Ahrar al-Sham', 'Ahrar al-Sham Islamic Movement', 'Ahrar al-Sham Islamist Movement', 'Harakat Ahrar al-Sham'],
    ['حركة أحرار الشام الإسلامية', 'أحرار الشام', 'حركة أحرار الشام'],
    { forbidden: ['Ahrar-al-Sham'] },
  ),
  actor('jaysh-al-islam', 'armed-group', ['Jaysh al-Islam', 'Jaish al-Islam', 'Army of Islam'], ['جيش الإسلام']),
  actor(
    'faylaq-al-rahman',
    'armed-group',
    ['Faylaq al-Rahman', 'al-Rahman Legion', 'Failaq al-Rahman'],
    ['فيلق الرحمن'],
  ),
  actor('faylaq-al-sham', 'armed-group', ['Faylaq al-Sham', 'Sham Legion', 'Failaq al-Sham'], ['فيلق الشام']),
  actor('national-liberation-front', 'armed-group', ['National Liberation Front'], ['الجبهة الوطنية للتحرير'], {
    acronyms: ['NLF'],
  }),
  actor('syrian-national-army', 'armed-group', ['Syrian National Army'], ['الجيش الوطني السوري', 'الجيش الوطني'], {
    acronyms: ['SNA'],
  }),
  actor(
    'repel-the-aggressors',
    'armed-group',
    ['Repel the Aggressors Operations Room', 'Repel the Aggressors', 'Rad al-Tughyan Operations Room'],
    ['غرفة عمليات رد الطغيان', 'رد الطغيان'],
  ),
  actor(
    'syrian-democratic-forces',
    'armed-group',
    ['Syrian Democratic Forces', 'Syria Democratic Forces'],
    ['قوات سوريا الديمقراطية', 'قسد'],
    { acronyms: ['SDF'], forbidden: ['Syria Democratic Forces'] },
  ),
  actor(
    'ypg',
    'armed-group',
    ["People's Protection Units", 'Kurdish People’s Protection Units', 'People’s Protection Units'],
    ['وحدات حماية الشعب', 'وحدات حماية الشعب الكردية'],
    { wikidata: 'Q277036', acronyms: ['YPG'] },
  ),
  actor(
    'syrian-government-forces',
    'state-forces',
    [
      'Syrian government forces',
      'Syrian regime forces',
      'regime forces',
      'government forces',
      'loyalist forces',
      'Syrian Arab Army',
      'Assad forces',
      'Syrian army',
      'regime soldiers',
      'regime troops',
      'government troops',
      'government soldiers',
    ],
    ['قوات النظام', 'قوات النظام السوري', 'قوات الأسد', 'جيش النظام', 'الجيش السوري', 'قوات الحكومة السورية'],
  ),
  actor(
    'syrian-government',
    'state-forces',
    ['Syrian government', 'Syrian regime', 'Assad regime', 'Damascus government'],
    ['النظام السوري', 'الحكومة السورية', 'نظام الأسد'],
  ),
  actor(
    'russian-forces',
    'foreign-forces',
    ['Russian forces', 'Russian army', 'Russian military', 'Russian warplanes', 'Russian jets', 'Russian aircraft'],
    ['القوات الروسية', 'الجيش الروسي', 'الطائرات الروسية', 'الطيران الروسي', 'الطائرات الحربية الروسية'],
  ),
  actor(
    'turkish-army',
    'foreign-forces',
    ['Turkish army', 'Turkish forces', 'Turkish military', 'Turkish Armed Forces'],
    ['الجيش التركي', 'القوات التركية'],
  ),
  actor(
    'iranian-militias',
    'foreign-forces',
    ['Iranian militias', 'Iran-backed militias', 'Iranian forces', 'Iranian-backed militias'],
    ['الميليشيات الإيرانية', 'الميليشيات المدعومة إيرانيا', 'القوات الإيرانية', 'الميليشيات الموالية لإيران'],
  ),
  actor('hezbollah', 'armed-group', ['Hezbollah', 'Hizbollah', 'Hizballah'], ['حزب الله', 'ميليشيا حزب الله'], {
    wikidata: 'Q41053',
  }),
  actor(
    'international-coalition',
    'coalition',
    ['international coalition', 'US-led coalition', 'the coalition', 'anti-ISIS coalition', 'U.S.-led coalition'],
    ['التحالف الدولي', 'طيران التحالف', 'التحالف الدولي بقيادة الولايات المتحدة'],
  ),
  actor(
    'white-helmets',
    'organisation',
    ['Syrian Civil Defence', 'Civil Defence', 'Civil Defense', 'White Helmets', 'Syrian Civil Defense'],
    ['الدفاع المدني السوري', 'الدفاع المدني', 'الخوذ البيضاء'],
  ),
  actor(
    'syrian-observatory',
    'organisation',
    ['Syrian Observatory for Human Rights'],
    ['المرصد السوري لحقوق الإنسان'],
    { acronyms: ['SOHR'] },
  ),
  actor('united-nations', 'organisation', ['United Nations'], ['الأمم المتحدة'], {
    wikidata: 'Q1065',
    acronyms: ['UN'],
  }),
  actor('smart', 'media', ['SMART News Agency', 'SMART'], ['سمارت', 'وكالة سمارت']),
];

/** The actors as glossary terms for the translation desk: one source of truth for both. */
export function actorGlossaryTerms(): GlossaryTerm[] {
  return ACTORS.map((a) => ({
    category: 'actor',
    ar: { preferred: a.ar.preferred, variants: a.ar.variants, forbidden: [] },
    en: {
      preferred: a.en.preferred,
      variants: [...a.en.variants, ...(a.acronyms ?? [])].filter((v) => !(a.en.forbidden ?? []).includes(v)),
      forbidden: a.en.forbidden ?? [],
    },
  }));
}
