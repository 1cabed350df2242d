/** Words the corpus is made of: places, organisations and people of SMART's beat. */

export interface Place {
  en: string;
  ar: string;
}

export const PLACES: readonly Place[] = [
  { en: 'Idlib', ar: 'إدلب' },
  { en: 'Aleppo', ar: 'حلب' },
  { en: 'Daraa', ar: 'درعا' },
  { en: 'Damascus Countryside', ar: 'ريف دمشق' },
  { en: 'Hama', ar: 'حماة' },
  { en: 'Homs', ar: 'حمص' },
  { en: 'Raqqa', ar: 'الرقة' },
  { en: 'Deir Ez-Zor', ar: 'دير الزور' },
  { en: 'Quneitra', ar: 'القنيطرة' },
  { en: 'Eastern Ghouta', ar: 'الغوطة الشرقية' },
  { en: 'Azaz', ar: 'أعزاز' },
  { en: 'Maarrat al-Numan', ar: 'معرة النعمان' },
];

export const ORGANISATIONS: readonly Place[] = [
  { en: 'the Free Syrian Army', ar: 'الجيش السوري الحر' },
  { en: 'the Syrian Civil Defense', ar: 'الدفاع المدني السوري' },
  { en: 'the Islamic State', ar: 'تنظيم الدولة الإسلامية' },
  { en: 'the Local Council', ar: 'المجلس المحلي' },
  { en: 'the Syrian Interim Government', ar: 'الحكومة السورية المؤقتة' },
  { en: 'the United Nations', ar: 'الأمم المتحدة' },
  { en: 'the Syrian Arab Red Crescent', ar: 'الهلال الأحمر العربي السوري' },
  { en: 'Hayat Tahrir al-Sham', ar: 'هيئة تحرير الشام' },
];

/** Arabic names, as the credit line prints them. */
export const PEOPLE: readonly string[] = [
  'أمنة رياض',
  'محمد غيث',
  'فرح ناصيف',
  'سيرين النعسان',
  'عمار حمو',
  'حسن برهان',
  'رشا علي',
  'خالد الأحمد',
  'نور الدين عمر',
  'ليلى حسن',
  'يوسف المصري',
  'هبة العلي',
];

/** Names the English texts quote. */
export const SPEAKERS: readonly string[] = [
  'Hussam Salamah',
  'Fateh Hasoun',
  'Abu Khaled',
  'Mohammed Rashid',
  'Sami Youssef',
  'Rami Abdul Rahman',
];

export const AGENCY = { en: 'SMART', ar: 'سمارت' } as const;

export const TAGS: readonly string[] = [
  'تنظيم الدولة الإسلامية',
  'الدفاع المدني',
  'قصف',
  'نازحون',
  'أسعار',
  'مياه الشرب',
  '',
];

export const EN_HEADLINES: readonly string[] = [
  'Shelling kills {n} civilians in {place} countryside',
  '{org} opens {n} schools in {place}',
  'Prices of bread rise by {n} percent in {place}',
  '{org} evacuates {n} families from {place}',
  'Clashes between {org} and loyalist forces in {place} leave {n} dead',
  'Water returns to {n} neighbourhoods of {place} after repairs',
  '{org} announces a {n}-day vaccination campaign in {place}',
];

export const AR_HEADLINES: readonly string[] = [
  'مقتل {n} مدنيين بقصف على ريف {place}',
  '{org} يفتتح {n} مدارس في {place}',
  'ارتفاع أسعار الخبز بنسبة {n} بالمئة في {place}',
  '{org} يجلي {n} عائلة من {place}',
  'اشتباكات بين {org} وقوات النظام في {place} توقع {n} قتيلا',
  'عودة المياه إلى {n} أحياء في {place} بعد الإصلاح',
  '{org} يعلن حملة تلقيح لمدة {n} أيام في {place}',
];

export const EN_SENTENCES: readonly string[] = [
  'On {day}, {org} said in a statement seen by SMART that {n} people were affected in {place}.',
  '{person}, a member of {org}, told SMART that the situation in {place} had worsened over the past {n} days.',
  'The statement added that the teams would continue their work until the end of the month.',
  'Residents of {place} said that the prices of fuel and bread have risen sharply since the beginning of the year.',
  'Loyalist forces shelled the villages around {place} with {n} rockets, according to local activists.',
  '{org} called upon the international community to provide aid to the families who fled from {place}.',
  'Earlier, {person} said that the council had received {n} requests for help from displaced families.',
  'The road between {place} and the border crossing was closed for {n} hours because of the fighting.',
  'Medical sources in {place} said that the hospital received {n} injured people, most of them women and children.',
  'This comes after {org} announced a new plan for the distribution of water in the area.',
];

export const AR_SENTENCES: readonly string[] = [
  'وقال {org} في بيان اطلعت عليه سمارت يوم {day} إن {n} شخصا تضرروا في {place}.',
  'وأضاف {person} عضو {org} لسمارت أن الوضع في {place} تدهور خلال الأيام {n} الماضية.',
  'وأشار البيان إلى أن الفرق ستواصل عملها حتى نهاية الشهر الجاري.',
  'وقال سكان من {place} إن أسعار المحروقات والخبز ارتفعت بشكل كبير منذ بداية العام.',
  'وقصفت قوات النظام القرى المحيطة بمدينة {place} بعدد {n} صاروخا بحسب ناشطين محليين.',
  'وطالب {org} المجتمع الدولي بتقديم المساعدات للعائلات النازحة من {place}.',
  'وكان {person} قال في وقت سابق إن المجلس تلقى {n} طلبا للمساعدة من عائلات نازحة.',
  'وأغلق الطريق بين {place} والمعبر الحدودي لمدة {n} ساعات بسبب الاشتباكات.',
  'وقالت مصادر طبية في {place} إن المستشفى استقبل {n} جريحا معظمهم من النساء والأطفال.',
  'ويأتي ذلك بعد إعلان {org} خطة جديدة لتوزيع المياه في المنطقة.',
];

export const EN_DAYS: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
export const AR_DAYS: readonly string[] = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'];
