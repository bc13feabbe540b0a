import { containment, copyKeys, isCopy, shingles } from './copies';

const ANNOUNCEMENT =
  'أفرج اليوم عن المعتقل محمد أحمد الخطيب من أهالي داريا بعد اثني عشر عاماً قضاها في سجن صيدنايا العسكري، وقد وصل إلى منزل عائلته مساء الثلاثاء.';
const OTHER = 'ما زال مصير الشاب عمر حداد مجهولاً منذ اعتقاله على حاجز في حمص عام 2013، وتناشد عائلته كل من يعرف عنه شيئاً أن يتواصل معها.';

describe('copy detection', () => {
  it('takes a re-post with a banner, signature, hashtags and a link for a copy', () => {
    const repost = `🔴 عاجل | ${ANNOUNCEMENT}\n#صيدنايا #المعتقلين\nتابعونا على تلغرام @news_channel https://t.me/news_channel/123`;
    expect(isCopy(ANNOUNCEMENT, repost)).toBe(true);
    expect(copyKeys(repost).some((k) => copyKeys(ANNOUNCEMENT).includes(k))).toBe(true);
  });

  it('does not take a different announcement about other people for a copy', () => {
    expect(isCopy(ANNOUNCEMENT, OTHER)).toBe(false);
    expect(containment(shingles(ANNOUNCEMENT), shingles(OTHER))).toBe(0);
  });

  it('does not group a headline with the article that contains it, nor texts too short to tell', () => {
    const headline = 'أفرج اليوم عن المعتقل محمد أحمد الخطيب من أهالي داريا';
    expect(isCopy(headline, `${ANNOUNCEMENT} ${OTHER} ${OTHER.replace('عمر', 'سامر')}`)).toBe(false);
    expect(copyKeys('أفرج عن محمد')).toEqual([]);
    expect(isCopy('أفرج عن محمد', 'أفرج عن محمد')).toBe(false);
  });

  it('is deterministic: the same text always gives the same index keys', () => {
    expect(copyKeys(ANNOUNCEMENT)).toEqual(copyKeys(` ${ANNOUNCEMENT}\n`));
    expect(copyKeys(ANNOUNCEMENT)).toHaveLength(32);
  });
});
