import type { ExtractedMention } from './types';
import { buildTextModel } from './pipeline/text-model';
import { findAttributeHits } from './attributes';
import { Cand, Ctx, Cue, SOURCE_CONFIDENCE, cueText, markCues, segment } from './pipeline/context';
import {
  findAliased,
  findCoordinated,
  findCueCandidates,
  findFamilyOwners,
  findFigures,
  findGapped,
  findGazetteerCandidates,
  findItemCandidates,
  findListBefore,
  findQuotedNames,
  findEchoedNames,
  findTheyAreNames,
  mergeCandidates,
} from './pipeline/candidates';
import {
  Decision,
  anaphoricDeaths,
  selfOutcomes,
  apposedKinOutcomes,
  lostKinInDetention,
  accordingToKin,
  anaphoricOutcomes,
  fathersNamedAfterSons,
  bylines,
  deathsOutsideCustody,
  decideRoles,
  feminineDeaths,
  gravestOutcome,
  livesFreeNow,
  arrestsLongAgo,
} from './pipeline/roles';
import { attributesFor, ownWindow, withoutKinClauses, withoutNames, withoutOrganisations } from './pipeline/mention-attributes';
import {
  findPartialNames,
  harmoniseRoles,
  linkKunyas,
  linkShortForms,
  personKey,
  shareAttributesWithinPost,
  transliterationInBrackets,
} from './pipeline/coreference';
import { settleTestimonies } from './pipeline/testimony';
import { dropRepeatedHeadline } from './pipeline/headline';

/**
 * The rule-based person-mention extractor. Pure: the word lists are loaded
 * and indexed once, at module load; a call only reads them.
 *
 * 1. The text is folded (normalizeText per character, offsets kept) and
 *    tokenised; cue phrases (roles, kinship, titles, speech…) are marked.
 * 2. Names are read after cues and list markers, before cues («محمد الخطيب،
 *    المعتقل منذ…», "Ahmad Darwish, detained since…"), from the public-figure
 *    list and, with lower confidence, from the given-name gazetteer.
 * 3. Each name's role comes from the cues attached to it (directly before or
 *    after it, shared with names coordinated with it), then from cues elsewhere
 *    in its clause or sentence, then from its list heading or a neighbouring
 *    sentence; kinship, official titles and speech verbs decide first.
 * 4. Attributes come from the text between the neighbouring names (the list
 *    item or the clause), then the sentence, the heading, or the whole post
 *    when it is about one person.
 * 5. Coreference: the mentions of one person in a post share what is known of them.
 * 6. An RSS title that repeats a sentence of its description names each person once.
 *
 * The stages live in pipeline/: text-model, context (cues and segments),
 * name-reading, candidates, roles (with others: roles said of unnamed people,
 * and testimony), mention-attributes, coreference; the word lists in
 * pipeline/lexicon and the attribute patterns in attributes.ts.
 *
 * EXTRACTOR_VERSION changes whenever the output does, so that `athar reextract` finds the posts an
 * older version read: rules-1 until 2026-12-04; rules-2 after the rules for real text (issue 10);
 * rules-3 after their second round (lists, families, reported speech, the fate of others); rules-4
 * after the third (open name words, French disappearance idioms, relatives taken along or set apart);
 * rules-5 after the fourth (bylines, names joined to gazetteer names, detentions told with their length,
 * hometowns from forms and birth lines, surnames linked when a name is read twice); rules-6 after the
 * fifth (families searching at the opened prisons, abductions and detentions only believed or denied,
 * terms served told as nouns, more given names, hometowns after nationalities and by descent); rules-7
 * after the sixth (speech verbs with their subject after them, names that open a clause said, news said
 * of "him", hometowns after words of direction and in two-word villages); rules-8 after the seventh
 * (families searching in any word order or among the freed, names missing from the lists of the freed,
 * birthplaces after «ولد X في», «محافظة» no governor, a kunya between commas after a name, transfers);
 * rules-9 after the eighth (hometowns of «ابن مدينة X» after any verb, of a name's home, after «مواليد 1985»
 * and after a comma; a speaker's apposition before "said X was…"; families that search the prisons, lost
 * contact or do not know where he is; "X, whose son has been missing" and relatives in apposition as
 * family; one who demands "his release"; arrest years from a sentence's opening date; ages of "each of
 * them"; the last facility of a one-person post; deaths at protests and in combat as `other`; officials
 * by "who headed", "the new governor"); rules-10 after the ninth (an active verb with a pronoun object said of
 * the name before it; a detention told as past or by a span of years as over; one held who "now lives in" a
 * place, or a speaker who tells of "his" detention, as out; held when set apart from a release: "except",
 * "still", "not among them", a transfer; Arabic releases told by a term; what follows «إن» after an Arabic
 * speaker, and what follows a kinship noun with "her" on it, as no fate of the name; hometowns from "a
 * pharmacist in Daraya", "Daraya, his hometown", «المقيم بداريا», «اعتقلته من منزله في»; French words of
 * disappearance in the plural; the Caesar victims and the registry's death lists as deaths); rules-11 after the
 * tenth (taken to a place of detention, tortured, captured, "in the hands of" as held; a release asked for with
 * "be" or «يجب» as not come; Arabic present-tense holding verbs; one who left a prison alive, or went "from
 * Saydnaya to exile", as out; "their bodies" and belongings collected as deaths; a family's belief of a death as a
 * claim; «قسراً» alone no disappearance; unnamed speakers «dit-il», «ويقول: "…"»; Arabic kinship nouns in
 * construct without ة; a mother who searches for "him" in Arabic word order; gunmen no part of a name; family
 * names that are everyday words, and kunyas given in brackets, linked to the full name; the names after «، وهم» as
 * the people of the clause before; hometowns after "where he was born", «d'où il est originaire», «وعاد إلى بلدته»,
 * «X، بلدته», «أحد سكان», «habitait», and said of a group («…، هم X وY», "Both are from"); "could be dead" as
 * unsure; month abbreviations ending no sentence); rules-12 after the eleventh («« … », dit X» as speech and the one
 * who searches as no one sought; a quote that closes speech ends a name's chain; "They killed my brother" and
 * "my brother" with a long name after it as the speaker's kin; a sentence that opens on a role word and a comma
 * as said of the name after it; French press speech verbs, «survivants»; «فقد الاتصال ب», «قضى … نحبه»; in a long
 * English or French article a name nothing is said of no longer takes the post's role; names the lists lack: a
 * family name that is a place ("Abdulkader Shaar"), an unknown given name before a nisba («طل الملوحي»),
 * "Jean-Pierre", the name after «ابن المدينة»; hometowns the lists lack after «من أهالي», «من تل …», «بلدة أم
 * …», "the town of Umm Walad"; «- مدينة داريا»; a town that mourns or welcomes "its son"; "the town's son"
 * («ابن المدينة») as the town named before; a death from an illness as no death in detention unless a prison is
 * named; «مدير سجن صيدنايا السابق» as an official's title; "Omar Haddad's hometown, Daraya", «est de Daraya»);
 * rules-13 after the twelfth (family: "X, the son of Y, was arrested" as Y kin and the verb X's, "Fatima Ali, his
 * mother,", one who "never saw him again", dies "without knowing", searches "for years", speaks of "her son", or
 * is "mother of three detainees" as kin; a family waiting for news of several, "the families of X, Y and Z are
 * looking for them", "none of them was released"; words of a fate unknown («l'espoir de le voir revenir»,
 * "believes he is still alive"); one only taken, in a post about the disappeared, as missing; «détiennent»,
 * «sont encore retenus»; "…, freeing Omar Haddad"; the first of a list of titled names; survivors' own words:
 * "told AFP after his release", «dit avoir été torturé», «قال … لوكالة فرانس برس إنه»; «الخارجين من السجن»; a name after
 * a definite «السجن», after «ابن بلدة X», "among" the Caesar photos, after "Mr" or before ", 41,"; hometowns of a crowd before
 * «بينهم», a town "and four of its sons", "returned to Daraya", «مقيم في», «تولد», a card's place line);
 * rules-14 after the thirteenth, read off real news pages that share nothing with the check split (a death
 * denied, "did not survive"; the speaker after a closed quote; "X and his brother were arrested"; a next sentence
 * about "his brother"; "fearing her own arrest"; former detainees who speak; those waiting for news; a body named
 * for detainees; a woman's death beside a man's name; «ألقي القبض على»; a kinship word's apposition after a comma;
 * "He is from", «région natale de», Latin place heads in an apposition, the finest place of one person; «وائل»);
 * rules-15 after the fourteenth, read off more real news pages (appeals: «appelle les autorités à libérer», "calls on
 * … to release"; «sauf M. X, Y et Z»; "still held" after a release; the released who speak unnamed; «a déclaré à
 * l'AFP X»; a quote opened after «وأضاف:»; «شقيقي»; «أي أخبار عن», "found no trace of", "wants to know what
 * happened to"; a fear before "was dead"; a kinship word after an opening phrase, in brackets or before "and";
 * «قالوا إن … اعتقلته»; «تنكر السلطات وجوده»; "returning from" as no origin; "the Samra military base", «la vallée
 * du Jourdain», «M.» as no person or place; "staggered out of Syria's … jail"; «أحيل إلى»; «"محمود الصغير"»; a line
 * that opens on «وهو» as the sentence going on);
 * rules-16 after the fifteenth, read off more real pages, French NGO appeals for the disappeared first ("still held
 * today" after years without news; a friend taken along with a relative; a brother in a list who shares the next
 * sentence's fate; «عنهم شيئا»; a school's «de Damas» as no origin; a surname whose sentence only tells of the arrest
 * keeps the later outcome; "Fadi Al-Ashara"; a reporter after what befell the prisoners; «المعتقل "سامر ليلا"»;
 * «"X" والد محمد المفرج عنه»; "the months spent in prison", «السنوات التي قضاها في السجن» told by a speaker; «قرية حج حسن», «الحجر الأبيض»,
 * «ضواحي»; «الطيار الأردني X»; a detention of hours; «عائلة X … مصير ابنها»; "the other relatives of"; "VICE World
 * News"; a state security court as no prison; «arrêté dimanche X»; «placées à nouveau en détention»);
 * rules-17 after the sixteenth, read off more real pages in all three languages (a death told of "them", «leur
 * décès», «جثثهم», for those held in the last sentence naming them; «enfermé»; "shot dead", «tué par balle» as a
 * death outside detention; «معمر», "Kutaiba"; "he" after a sentence ending on "X, the brother of Y" is X; a titled
 * name takes the next sentence opening on "he was", «il a été» or an Arabic role verb; a list's heading for titled
 * items; «Me»; "accused by the authorities"; "an undisclosed location"; a transfer keeps a later mention's outcome;
 * «فوق» ends a name; "Abdel Kafi", «عبد الله» alone; «chez lui, à X», «في منزله بـX»; «من ناحية راجو،»; a name
 * before ", a labourer from …,"; what befell "his brother" said before a name; a relative named last takes "he" or
 * "she" of the kinship word's sex; one whose wife the sentence says was taken is family; «والد الأسير X» when X is
 * a held man's name less its first word);
 * rules-18 after the seventeenth, read off more real pages and own sentences (a search that came to nothing, «à sa
 * recherche»; "refuses to believe he is dead" as a fate unknown; the word after «كفر», "Kafr" kept in a town; «résidant
 * à»; "Sami", "Amal" in a list of given names; a re-arrest told of a later mention; a death told of "them" across
 * sentences that keep saying "they"; «قرب», «المنحدر» end a name; a release of unnamed others with people still gone;
 * «époux», "Jaich al-Islam"; a list of names nothing is said of, about "their" kin; a speaker whom another mention
 * calls family; "X, his wife Y and their children"; "on the streets of Douma, his hometown"; "al-‘Attar"; a detention
 * or release told as an earlier episode, "had previously", «une première fois»; a family never told where he is held,
 * «وما زال مكانه مجهولا», «تنكر السلطات احتجازه»; «وتبحث عنه والدته»; "has been in prison since", "was let go";
 * «acquitté», «ressorti vivant de»; «برأت المحكمة», «شمل العفو», «فقد أثره»);
 * rules-19 after the eighteenth, read off own sentences and more real pages (searching families first: "then
 * nothing", "Is he still alive?", «ماذا حل به»; waiting for news of her son; "asks" as speech; a release of the
 * prisoners a family looks at; "a former detainee" in a later sentence as someone unnamed; a death friends "believe";
 * a woman who says "he" tells of someone else; «لم يعثر عليه»; «نشأ في»; «وجود» as a word; former detainees "from
 * Saydnaya prison" who speak; "one of those waiting for news"; "was later confirmed by relatives"; "he" after "X's son,
 * Y,"; a surname that searches; "whom she last saw"; "Al Qasr Al Abyad"; "arrested several times"; "the brother of
 * one of the detainees"; "priest"; a pair of unknown words echoed beside a role verb; "a son who was killed" of
 * no one named; "a former Saydnaya detainee"; "poured out of");
 * rules-20 after the nineteenth, read off own sentences and more real pages (hometowns the lists lack: "the village of
 * Zeitouna al-Gharbiya", "a Kafr Tun native", "Omar Haddad of Tel Warda", «وهو من أبناء زبدون» away from the name,
 * «وهو من», «، وهو طبيب من», a group's town, "is from", "Originally from X, he", "The 34-year-old from", "In X, where
 * Omar Haddad grew up", "X, Omar Haddad's hometown"; no place after an apposition's closing comma; verbal nouns
 * («الاتصال») as no family name; families: "says she has had no news of her son", "her detained son", «والدة معتقل»,
 * "lost contact with her son", «attend son fils», "his fate" not a woman's; an unnamed "a nurse who just came out of
 * the prison" or "a former detainee said"; "his family says"; a release "despite", «رغم»; "the Death Wing");
 * rules-21 after the twentieth, read off own sentences and more real pages (Arabic hometowns: «نشأ X في», «تعود أصول X
 * إلى», «مقيماً في», «مكان إقامته في», «منزل العائلة في», the pair's next sentence past a line break; «قضى X في <prison>»
 * as a death, «فقد أثر X», «لم يظهر X بين المفرج عنهم», an unknown place of detention as missing; «اعتقال دام تسع
 * سنوات» and «سنوات قضاها في» as terms that ended; families: a speaker who says "my brother" or tells what befell
 * «عمه», a searcher past an appositive, "her brother Omar" as the brother the post spoke of, "his father, who was
 * imprisoned", "X was told her fiance had been killed"; no list across «إن»; "Rebels freed him"; "Said al-…" as a
 * name; no arrest in «s'est arrêté», no release in «المناطق المحررة», no death "between life and death");
 * rules-22 after the twenty-first, read off own sentences and more real pages (hometowns: a lower-case "al-" after
 * "du village d'", the finer place after a governorate «من ريف دمشق - داريا», a kunya right after the name linked to
 * it; «لم يخرج X مع المحررين», «لم يعرف عنه شيء», «لتنقطع أخبارهما» as missing; «بين صور ضحايا التعذيب», «أودت
 * بحياته» as deaths; releases of "them" and of two («وأفرج عنهما», "freed them", «خروجهما»); families: «أخ له», a
 * father in apposition past a title («نجل الشيخ X»), a father who died of a stroke while searching; "Professor X and
 * his brother Y were arrested"; names: after «يدعى» whatever they look like, «professeur d'université X»; no person
 * in «حكم آل الأسد», «Déjà»; an arrest tried and failed is none);
 * rules-23 after the twenty-second, read off own sentences and more real pages ("no information" said, not asked
 * for, «ne savait où», «إلى أين اقتيد», "handed over to the Syrian authorities", «aperçu … par un codétenu» as
 * missing or held; one who describes his own time in detention; «celui-ci»; an Arabic sentence naming nobody that
 * opens on a role verb or says «عنه» as the one last named's, not everyone's; "He disappeared … together with his
 * colleague X"; "according to a former detainee" as an unnamed source; «pour obtenir sa libération» as a plea; a raid
 * that failed to take him; families: "X's wife … for her father", "X, the brother of the journalist,"; hometowns: a
 * town that mourns its young man, «وينحدر الشاب من», «شاب من زبدون» in a headline, an origin verb without «من»,
 * "They are from …" after two names, "He is from …" after one of several people);
 * rules-24 after the twenty-third, read off own sentences and more real pages (a missing cue in its other persons:
 * «leur détention», «nie les détenir», «où ils se trouvent», «مصيرها», a form for several only after two names; a
 * post about "enforced disappearances" for the detainees it names with no place of detention; "his brother" in the
 * next sentence after "he"; "her friend had been arrested" as the friend's; "…, but not X" after a release of many;
 * "X, whose brother disappeared, was arrested" as held himself; a crowd of Syrians that disappeared as others';
 * «ولم يكن X بينهم» after a release);
 * rules-25 after the twenty-fourth, read off own sentences and more real pages (an age between a cue and the name;
 * "spent 30 years in Syrian jails"; "X, the father / a friend / pictured with Y, was arrested" as X's;
 * "His release …" after a speaker; a family that does not know, or authorities that will not say, where he is held;
 * what a released or former detainee says of a name as the witness's; family who say they were held themselves;
 * "X's two sons", «اعتقل شقيق X، Y»; a kinsman "lost" in a place of detention; "According to his sister X, he …";
 * "never received his body" as a death; "a factory of fear and death" as none; «mai» as a month; names ending
 * on a place or a people's name; no agency, crossing or neighbourhood as a person; no hometown from a list of
 * places, "the prisons of", «أخذت من», «عودتهما من»; «في سجن صيدنايا عام 2015» after a death word as its year);
 * rules-26 after the twenty-fifth, read off own sentences and more real pages (the towns heading Syria's districts
 * and subdistricts, OpenSyria's, where a hometown stands without a word for it; a list column's towns after one known
 * one; "lives in <town>, <known place>"; one's flat as one's home; a prison the list lacks kept as written; where one
 * was held over who arrested him; a "he" sentence's prison as the person's before it; none of an unnamed kinsman's
 * sentence or a "lost his brother in" clause; a death the family cannot accept as missing; those held whom the
 * subject saw or met as others; "found among the prisoners" as released; «دخل X السجن», «وخرج منه»; «خرج من منزله»,
 * «من السجن عام», "12 years in prison" as no release, arrest year or age; "Omar was 18 when he was arrested"; a
 * name in the other script in brackets as the same name);
 * rules-27 after the twenty-sixth, read off own sentences and more real pages (towns the lists lack after a birth date,
 * in brackets after a name or before their area, after "his hometown", before «مسقط رأسه», after an age, after "the
 * Damascus suburb of", after "lives in" (a city of exile too); "from <town> al-<word>" as one place; no hometown from
 * "an interview from"; no death date from a death sentence; a counted group of kin, a reported clause on an unnamed
 * kinsman and "X and her son Y, who vanished" as the kin's; «Lui(-même)», «sortir, la veille, de», «sont venus le
 * chercher», "speaking from X, said he"; "not seen since", «refusent de révéler où il se trouve» as missing;
 * «une peine de 15 ans» as a length; a third name word before «و» and a given name; given names real notices used);
 * rules-28 after the twenty-seventh, read off own sentences and more real pages (a full name after an alias phrase in
 * apposition as the same person; «sa ville natale de» and «son village natal, X» before a town the lists lack, and
 * "(Zabadoun, 34)" in brackets after a name; a
 * country coarser than a town; no hometown from «commissariat de», "on his way from", a facility's own name; «jugé»
 * as no judge; a kinship noun with its state word in apposition as that name's state; "and other (former)
 * detainees", "one of the freed men"; «Le sort des … reste inconnu», "has been gone for", «plus été vu», «aucun
 * renseignement sur … le lieu de détention de» as missing;
 * «n'ont encore été relâchés», a term after a sentence passed, "was to be executed", «اعتقلت قبل يومين» as no
 * release or death; «سُجن X»; «وجود» as no name; a disappearance another name owns in another sentence as that
 * name's; no age told at an arrest or from a term; officials with their term of office, a country's possessive, a
 * ministry's spokesman; civil bodies' staff as other);
 * rules-29 after the twenty-eighth, read off own sentences, more real pages and tune errors ("all", «tous» after their
 * subject as no crowd; «n'a pas entendu parler de lui», «nier sa détention», «sans obtenir de réponse», «les autorités
 * sont restées silencieuses» as missing; a length of time as no age and "arrested 12 years ago" as no crowd; "the
 * brother of X said" and «X « a été arrêté », a indiqué ce responsable» as someone else's speech; «C'est le cas de X.
 * Elle recherche son mari», "X … But she admits … her missing son", "X … She hoped to find her son", «« Je cherche
 * mon frère », confie X», «زوجة المعارض», «أفراد عائلته», "his own brother" as family; "the younger brother was soon
 * released, but they kept X for questioning"; «appelé les autorités à « le libérer »» as an appeal; one counted among
 * those arrested («dont») before a kinship apposition; a lone family name to the one name that writes it exactly; a
 * nickname that is a city and the quarter of an arrest as no hometown; "Director-General" as a title; an everyday word
 * before a given name that is a word too, «براءة ذمة», as no name; «أويس», «نوفان», «طل» as given names; «أم» opening its
 * sentence as a mother's kunya, family before anything she says; «والد الشاب X … بأن نجله» as X, the son; a line
 * hard-wrapped after «من مدينه», "in" or a comma as going on with its sentence);
 * rules-30 after the twenty-ninth, read off own sentences after errors of fresh real pages (a given name alone before a
 * kinship apposition, «Samir, le frère de X,», as a person; «figure parmi», «fait partie des» before "among"; names
 * joined past brackets and a title apposition, the abducted bishops of Aleppo; «tombés entre les mains d'un groupe
 * armé» as an abduction and «aux mains d'un» as held; a call for the release of one only said to be abducted as
 * missing, «négocier la libération»; "their release", «qu'ils ont été libérés», «pour les faire libérer» as others';
 * «Elle cherche … son mari disparu», «Ses deux frères … restent portés disparus», «cherché en vain ses deux frères»,
 * "she hasn't heard from him" as family; «Mgr Yohanna (Jean) Ibrahim» as one name and «Mgr» as a title; «Adnane»,
 * «Boulos» as given names; «constate», «observe», «commente» as speech; a minister's adviser and «محافظ دمشق X» as
 * officials; «en compagnie de» as taken along; a kinship apposition closing at its sentence's end or past the name's
 * own brackets; a courtesy title without its dot between a speech verb and a name; a sentence opening on «Ils»,
 * "They" as no lone name's; «l'ONG Hostage Aid Worldwide» as a body; a French participle right after a name as
 * said of it; a release or detention in a quote before its speaker, or after a speaker's verb and another name, as
 * not the speaker's; "her father, Ali" as the father; no arrest year from "during … from 1976 to 2005", no prison
 * from "the prisons of Syria", no age from «دام (27 عاماً)»; a list in quotes after «من X هم:» as all from X;
 * Arabic words written with «ـ.ـ» inside them to slip past filters as whole words);
 * rules-31 after the thirtieth, read off own sentences after errors of fresh real pages («M.» before a name as no
 * «m'»; a list whose items are set apart by their «(23 ans)» alone, and an unknown first name after its comma or
 * bracket; a disappearance another name took in its own sentence as not the post's; «détient», «détenir»,
 * «croupirait» as held; the one whose son was arrested, «ont arrêté … deux fils de l'opposant X», as family; one
 * telling of his own detention as out, not missing; «Libération», the daily, as no release; «Jihad Georges EID» whole;
 * a release said of "the bearded man" a verb's object as his; «sous les bombes»; "After being released, she …" as
 * going on about the name before; "whose three children", «les enfants d'X» as family; «l'exécution du militant X»,
 * «Noura»; a French cleft's «il» as no woman's; the town of a prison as no hometown; "the committee of Lebanese
 * political detainees" as a body; «لتحرير المدينة» as no release; an age right before a name as its own; "counsel"
 * as a title; «Abu al-Ras» whole; «فقد منذ» as missing and «اللاجئ» as a title; "from al Karak al Sharqi village";
 * a feared future and «sera libéré demain» as no outcome; "But his brother was still in prison" as the brother's;
 * "X and two others were abducted" as his and "detainees, many of whom disappeared", «dont beaucoup» as others';
 * "president of Hostage Aid Worldwide" as a civil body's head and "dedicated to supporting hostages" as a topic);
 * rules-32 after the thirty-first, read off own sentences after errors of fresh real pages and of probes over every
 * town of the place lists (a sentence opening on "Previously,", «وسبق أن» as an earlier episode to its end; «sont
 * « libres »», "are free" as a release, past quotation marks; a sentence opening on "Their driver" as the driver's;
 * lower-case words after a title inside a list; an Arabic list set apart by dashes, read whole and sharing its cue;
 * no name after «هذا اللاجئ», in «المدنيين», «ليست», «هناك», «ليفك»; «ميسرة», «هايل» as given names; straight quotes
 * paired along a line; names before «الذين قال» not speaking; «..» in a short Arabic headline ending no sentence;
 * "Task Force" as a body and a name alone under a headline as its writer; a release tried for or sought "to no
 * avail" as sought; the town of a checkpoint as no hometown; "the Lebanese who went missing" as others and "able to
 * secure his release" as won; «présidente du comité des parents des disparus» as a body's head; "the members A, B and
 * C" as others; «la disparition en 2013 de l'un de ses frères» as the kin's and dying "without knowing the fate of her
 * husband" as family's; no post-wide disappearance where the missing reappeared; a list run on with semicolons after
 * a colon heading; a town that looks like a name, a kunya or a title («أبو الظهور», «السيدة زينب», "Albu Kamal") as
 * the hometown where a place stands; «فرح» as a name, not «ف» and «رح»; «تخشى عائلته أن يكون قد قتل», «فقدت عائلته
 * أثره», "lost all trace of him" as missing; «وحرره الثوار» as a release and «وظهرت صورته ضمن صور قيصر» as his death; a town
 * that is also a given name in ", 28, of Jasim," as the hometown);
 * rules-33 after the thirty-second, read off own sentences after errors of fresh real pages (X "is the brother of" Y
 * as kin; one only said to have been taken before 2000, held by no word since, as missing; «fait prisonnier»,
 * «emmené» giving an arrest year; spokesman titles and «مثل», «حين», «مجهولون», «معه» as no name words; a town or
 * country set free as no release; "fear of death", "either dead or" as no death; «nié la détention de» as missing; a
 * script label in brackets, «(en arabe : …)», as the same man; a dated byline as the writer; "from X to Y" after a
 * word of movement as no hometown; a card of "Label : value" lines as its name's fields; "has been seized";
 * «la famille Kassab» as no person; freed people who are the source of what follows as no release; "the journalist's
 * brother" as kin; leaving home as no release and a workplace as no hometown; no person inside a body's name, after
 * a mosque, a crossing or «le café», nor «نظام الأسد»; no death in a charge of killing; a "former political prisoner"
 * who is arrested as held; the held and the missing in a body's name as no cue; «a résumé» as speech and heads of an
 * observatory as titles; "Among them, X." after a release of many; a document "released" as no release; a list
 * after "were" with bracketed descriptions as one list).
 * rules-34 after the thirty-third, read off own sentences after errors of fresh real pages (a call for the release of
 * a list sharing the abduction told after it; «de retour de la frontière» and «بعد عودته إلى مدينته», «… إلى مخيّم» as
 * journeys, not releases; a known town before «مسقط رأسه», the town after «أبناء بلدته», «من أهالي القرية» as the
 * village named before, «X du camp de Y» and a town's «استقبلت ابنها» past a bracketed aside as the hometown;
 * "breathed his last", «rendu son dernier souffle» as deaths and "on the brink of death", «على حافة الموت» as none;
 * "walked out of the house" as no release; "arrested at a checkpoint at the age of 18" as an age at arrest; "until the
 * release of", «حتى إطلاق سراح» and «qui vont être libérés» as a release to come; «يصف», «يتحدث» as speech and a present
 * speech verb after a name as the speaker's story; «détient toujours» as still held whatever release of others the
 * post tells; "contact was lost with" as missing and «هما» as no name word; a former detainee later abducted as
 * missing; "her detention lasted seven months" as over; "spent those years in prison" as a term served).
 * rules-35 after the thirty-fourth, read off own sentences after errors of fresh real pages («Il s'agit de X», "The
 * names of the civilians are: …", "They have been identified as X" naming the ones the sentence before told of; a
 * kinsman taken along past a word that describes him; "a trace of his brother", «probablement détenu», "probably
 * held" as missing; a release asked as a ransom's price, or «باءت بالفشل», as none; "registered as deceased" as a
 * death; «a poursuivi ce travail» as no speech; "courtesy of" as a photographer; "one of the freed detainees, X," and
 * "the inmate X" as who X is; the ruler a regime is named after as no one between a name and the next sentence;
 * «vient de passer deux mois dans les prisons», "in the regime's prisons" as a term served; a number word, «نبأ»,
 * the head word of a place and a faction as no name; an origin at the end of a longer apposition, «إنهما ينحدران من»
 * for a pair, «منزله الكائن في» and «Ce druze originaire de» as the hometown).
 * rules-36 after the thirty-fifth, read off own sentences after errors of fresh real pages (the origin of an unnamed
 * group, «ثلاثة شبان من أبناء بلدة داعل», «Cinq réfugiés habitant à Mesraba», for the names that then say who they
 * are; "from the same city", «من المدينة نفسها»; «من أبناء المنطقة»; «إربد (مدينته …)»; no origin in "the western part
 * of Idlib", in «le Printemps de Damas», nor an origin verb after a bare birth year; a decade as no arrest year; a
 * kinsman taken along with one the sentence does not name; a kinsman one hoped was alive as missing; the one who
 * searches for "her father" as no missing person; a name past where its title is held («reporter à Europe 1, et»),
 * past ", the son of a former commander …," and past each name's age in brackets as one of a list; «باعتقال» after
 * «الهيئة» as an arrest; a name before «بحسب المصدر» as no speaker; «فقدت آثاره», «لم يشاهد منذ» as missing; a term
 * served past an adjective; «Présidente», «Déclaration» as no name words).
 * rules-37 after the thirty-sixth, read off own sentences after errors of fresh real pages (a "former political
 * prisoner" giving way to an abduction told in another mention; Arabic words that free nobody named: «خرجت الرقة عن
 * سيطرة», a counted crowd, «قوائم المفرج عنهم», «بعد التحرير», «تحرير الخبر», «بعد خروجه من المنزل», «توجهها … إلى
 * عائلتها»; a bare release noun a demand asks for, «العمل على», «سبل», «ما لم», "should have been", "vowed to", "they
 * will release him", "the release of a video" as no release; an Arabic speaker right after the verb («وأكد الأهالي»)
 * and a speech word after a preposition as not the name's; "SNHR documented the arrest of Dr. X" as told of X;
 * "apprehended" as an arrest; "its decision to execute her" as a threat; «وقتلهم» as said of several; "his death" a
 * few sentences on for the one person named; a cue in brackets after one name of a list as that name's; an Arabic
 * list past ages («29 سنة») and a list of names quoted with the comma inside; years right after a name as an age;
 * «وهما من», "both from" for two people; «من أبناء البلدة» for «بلدة الحصان»; an origin right before a name as that
 * name's; «ستة لاجئين فلسطينيين من أبناء مخيم …» for the whole list; «Arrêtés chez eux à Banias, A et B»; no origin
 * in "the Homs Military prison" (a facility now) nor in «العشائر»; former detainees who testify as a source; "Americans
 * who disappeared" as a people; no name in «شملت», «طالت», directions, «فرقة», «نساء», plural adjectives in «ـيون»,
 * "Sep." before a day, "Authorities Say"; "al-Qassem" as the partial name of "Bakr al-Qassem"; "The abducted citizens
 * are from …" after a pair; «son domicile situé à»).
 */
export const EXTRACTOR_VERSION = 'rules-37';

const EVIDENCE_ADJUST: Record<Decision['evidence'], number> = {
  figure: 0,
  title: 0.03,
  attached: 0.05,
  owned: 0,
  heading: 0,
  nearby: -0.12,
  post: -0.15,
  none: -0.1,
};

function confidence(c: Cand, d: Decision): number {
  if (c.ref) return Math.min(0.7, confidence(c.ref, d));
  // A gazetteer name with a cue of its own is as sure as one read after a cue.
  const base = c.source === 'gazetteer' && d.evidence === 'attached' ? SOURCE_CONFIDENCE.post : SOURCE_CONFIDENCE[c.source];
  let v = base + EVIDENCE_ADJUST[d.evidence];
  if (c.kunyaOnly) v -= 0.1;
  if (c.units >= 3) v += 0.03;
  if (c.knownFirst && c.source !== 'gazetteer') v += 0.02;
  return Math.round(Math.min(0.99, Math.max(0.05, v)) * 100) / 100;
}

function run(text: string, lang: string): ExtractedMention[] {
  const model = buildTextModel(text);
  const { tokens } = model;
  const n = tokens.length;
  const ctx: Ctx = {
    model,
    tokens,
    lang,
    cueAt: new Array<Cue | null>(n).fill(null),
    cueList: [],
    inCue: new Int32Array(n).fill(-1),
    sentence: new Int32Array(n),
    clause: new Int32Array(n),
    lineOf: new Int32Array(n),
    lines: [],
    items: [],
    itemOf: new Int32Array(n).fill(-1),
    candAt: new Int32Array(n).fill(-1),
    constructKin: new Set<number>(),
    sentenceFirst: [],
    sentenceLast: [],
  };
  markCues(ctx);
  segment(ctx);

  const raw: Cand[] = [];
  findFigures(ctx, raw);
  findCueCandidates(ctx, raw);
  findFamilyOwners(ctx, raw);
  findAliased(ctx, raw);
  findItemCandidates(ctx, raw);
  findTheyAreNames(ctx, raw);
  const taken = new Uint8Array(n);
  for (const c of raw) for (let k = c.first; k <= c.last; k++) taken[k] = 1;
  findGazetteerCandidates(ctx, raw, taken);
  findCoordinated(ctx, raw);
  findListBefore(ctx, raw);
  findGapped(ctx, raw);
  findQuotedNames(ctx, raw);
  findEchoedNames(ctx, raw);
  findPartialNames(ctx, raw);
  const merged = mergeCandidates(ctx, raw);
  // A surname refers to the kept reading of its full name when two finders read that span;
  // one whose full name lost its place to another reading stands for nobody.
  for (const c of merged) {
    const ref = c.ref;
    if (ref && !merged.includes(ref)) c.ref = merged.find((m) => m.first === ref.first && m.last === ref.last) ?? ref;
  }
  const cands = merged.filter((c) => (!c.ref || merged.includes(c.ref)) && !transliterationInBrackets(ctx, merged, c));
  if (cands.length !== merged.length) {
    ctx.candAt.fill(-1);
    cands.forEach((c, idx) => {
      for (let k = c.first; k <= c.last; k++) ctx.candAt[k] = idx;
    });
  }
  if (cands.length === 0) return [];

  linkShortForms(ctx, cands);
  linkKunyas(ctx, cands);
  const { decisions, pre, post } = decideRoles(ctx, cands);
  selfOutcomes(ctx, cands, decisions);
  apposedKinOutcomes(ctx, cands, decisions);
  lostKinInDetention(ctx, cands, decisions);
  accordingToKin(ctx, cands, decisions, pre);
  anaphoricDeaths(ctx, cands, decisions);
  anaphoricOutcomes(ctx, cands, decisions);
  livesFreeNow(ctx, cands, decisions);
  feminineDeaths(ctx, cands, decisions);
  harmoniseRoles(ctx, cands, decisions);
  fathersNamedAfterSons(ctx, cands, decisions);
  gravestOutcome(ctx, cands, decisions, pre, post, personKey(ctx));
  deathsOutsideCustody(ctx, cands, decisions);
  bylines(ctx, cands, decisions);
  settleTestimonies(ctx, cands, decisions, pre, post, personKey(ctx));
  const preStarts = cands.map((c, k) => Math.min(c.first, ...pre[k].map((e) => e.first)));
  const hits = withoutNames(ctx, withoutKinClauses(ctx, withoutOrganisations(ctx, findAttributeHits(model))));
  const windows = cands.map((_, k) => ownWindow(ctx, cands, preStarts, k));
  // "Omar Haddad, the son of Fatima Ali, was arrested in 2013": past her apposition, the sentence is his.
  decisions.forEach((d, k) => {
    if (d.apposedTo !== undefined) windows[d.apposedTo].last = Math.max(windows[d.apposedTo].last, windows[k].last);
    // «اعتقل شقيق محمد الحداد، أحمد الحداد، عام 2013»: the clause of the verb before the kinsman in apposition is his.
    if (d.clauseFrom !== undefined) windows[k].first = Math.min(windows[k].first, d.clauseFrom);
  });
  const attributes = cands.map((_, k) => attributesFor(ctx, cands, decisions, windows, hits, k));
  arrestsLongAgo(ctx, cands, decisions, attributes);
  const out: ExtractedMention[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const d = decisions[k];
    const start = c.start;
    const end = tokens[c.last].e;
    if (end <= start) continue;
    const cueTexts: string[] = [];
    for (const cue of [...d.cues].sort((a, b) => a.first - b.first)) {
      const t = cueText(ctx, cue);
      if (!cueTexts.includes(t)) cueTexts.push(t);
    }
    out.push({
      name: text.slice(start, end),
      start,
      end,
      role: d.role,
      attributes: attributes[k],
      confidence: confidence(c, d),
      cues: cueTexts,
      refersTo: c.ref ? { start: c.ref.start, end: tokens[c.ref.last].e } : null,
      partial: c.partial,
    });
  }
  return out;
}

/**
 * The people named in a post, with role, attributes, confidence and the cue
 * phrases behind the role. Pure and total: any input gives an array.
 */
export function extractMentions(text: string, lang?: string): ExtractedMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return dropRepeatedHeadline(text, shareAttributesWithinPost(run(text, typeof lang === 'string' ? lang : '')));
  } catch {
    return [];
  }
}
