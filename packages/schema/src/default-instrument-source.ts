import type { Instrument } from './instrument.js';

/*
 * Every item below was written for Genbridge. None is taken or adapted from a published,
 * copyrighted scale; docs/methodology.md names the research each construct is inspired by.
 * Item ids are permanent: a change of meaning gets a new id and a new instrument version, so that
 * baseline and exit answers stay comparable item by item.
 */

/**
 * The default instrument as written, every default spelled out, so that it already has the parsed
 * shape (`defaultInstrument` is this, validated; a test keeps the two equal). Plain data in a
 * module without zod: the browser survey builds the default survey from it and tells Genbridge
 * surveys from other SurveyJS JSON without loading the schemas; it parses the instrument only
 * when it builds a response.
 */
export const defaultInstrumentSource: Instrument = {
  id: 'genbridge-core',
  version: '1.0.0',
  defaultLocale: 'en',
  locales: ['en', 'de', 'fr'],
  scale: {
    min: 1,
    max: 5,
    labels: [
      { en: 'Strongly disagree', de: 'Stimme überhaupt nicht zu', fr: 'Pas du tout d’accord' },
      { en: 'Disagree', de: 'Stimme eher nicht zu', fr: 'Plutôt pas d’accord' },
      { en: 'Neither agree nor disagree', de: 'Weder noch', fr: 'Ni d’accord ni pas d’accord' },
      { en: 'Agree', de: 'Stimme eher zu', fr: 'Plutôt d’accord' },
      { en: 'Strongly agree', de: 'Stimme voll und ganz zu', fr: 'Tout à fait d’accord' },
    ],
  },
  constructs: [
    {
      id: 'digital_confidence',
      headline: true,
      name: { en: 'Digital confidence', de: 'Digitale Souveränität', fr: 'Aisance numérique' },
      definition: {
        en: 'How confident a person feels using the digital tools of today’s workplace, learning new ones without help, and helping others with them.',
        de: 'Wie sicher sich eine Person im Umgang mit den digitalen Werkzeugen des heutigen Arbeitsplatzes fühlt, neue Werkzeuge ohne Hilfe erlernt und anderen dabei hilft.',
        fr: 'Le degré d’assurance d’une personne face aux outils numériques du travail d’aujourd’hui : les utiliser, en apprendre de nouveaux seule et aider les autres à s’en servir.',
      },
      items: [
        {
          id: 'dc_1',
          text: {
            en: 'I feel at ease with the digital tools my job requires today.',
            de: 'Mit den digitalen Werkzeugen, die meine Arbeit heute verlangt, komme ich gut zurecht.',
            fr: 'Je suis à l’aise avec les outils numériques que mon travail exige aujourd’hui.',
          },
          reverse: false,
        },
        {
          id: 'dc_2',
          text: {
            en: 'I can work with colleagues in shared documents, team chats and video calls without difficulty.',
            de: 'Ich kann mühelos mit Kolleginnen und Kollegen in geteilten Dokumenten, Team-Chats und Videokonferenzen zusammenarbeiten.',
            fr: 'Je travaille sans difficulté avec mes collègues dans des documents partagés, des messageries d’équipe et des visioconférences.',
          },
          reverse: false,
        },
        {
          id: 'dc_3',
          text: {
            en: 'I know how to use social media to share my work or follow my field.',
            de: 'Ich weiß, wie ich soziale Medien nutze, um meine Arbeit sichtbar zu machen oder mein Fachgebiet zu verfolgen.',
            fr: 'Je sais utiliser les réseaux sociaux pour faire connaître mon travail ou suivre mon domaine.',
          },
          reverse: false,
        },
        {
          id: 'dc_4',
          text: {
            en: 'I can tell when a data or AI tool could help with a task, and I try it out.',
            de: 'Ich erkenne, wann ein Daten- oder KI-Werkzeug bei einer Aufgabe helfen könnte, und probiere es aus.',
            fr: 'Je repère quand un outil de données ou d’IA pourrait m’aider dans une tâche, et je l’essaie.',
          },
          reverse: false,
        },
        {
          id: 'dc_5',
          text: {
            en: 'When a new app or program arrives, I can usually work it out on my own.',
            de: 'Wenn eine neue App oder ein neues Programm eingeführt wird, finde ich mich meist selbst hinein.',
            fr: 'Quand une nouvelle application ou un nouveau logiciel arrive, je m’en sors généralement seul·e.',
          },
          reverse: false,
        },
        {
          id: 'dc_6',
          text: {
            en: 'I could show a colleague how to do something in a tool I use regularly.',
            de: 'Ich könnte einer Kollegin oder einem Kollegen zeigen, wie etwas in einem Werkzeug funktioniert, das ich regelmäßig nutze.',
            fr: 'Je pourrais montrer à un·e collègue comment faire quelque chose dans un outil que j’utilise régulièrement.',
          },
          reverse: false,
        },
        {
          id: 'dc_7',
          reverse: true,
          text: {
            en: 'I put off using new software because I worry about getting something wrong.',
            de: 'Ich schiebe die Nutzung neuer Software auf, weil ich Angst habe, etwas falsch zu machen.',
            fr: 'Je repousse l’utilisation d’un nouveau logiciel de peur de faire une erreur.',
          },
        },
      ],
    },
    {
      id: 'intergenerational_understanding',
      headline: true,
      name: {
        en: 'Intergenerational understanding',
        de: 'Generationenübergreifendes Verständnis',
        fr: 'Compréhension entre générations',
      },
      definition: {
        en: 'How well a person understands how colleagues of another generation work, communicate and what they value, and how open they are to learning from them without age-based stereotypes.',
        de: 'Wie gut eine Person versteht, wie Kolleginnen und Kollegen einer anderen Generation arbeiten, kommunizieren und was ihnen wichtig ist, und wie offen sie ist, ohne Altersklischees von ihnen zu lernen.',
        fr: 'Dans quelle mesure une personne comprend comment les collègues d’une autre génération travaillent, communiquent et ce qui compte pour eux, et son ouverture à apprendre d’eux sans stéréotypes liés à l’âge.',
      },
      items: [
        {
          id: 'iu_1',
          text: {
            en: 'I understand how colleagues of another generation like to organise their work.',
            de: 'Ich verstehe, wie Kolleginnen und Kollegen einer anderen Generation ihre Arbeit gern organisieren.',
            fr: 'Je comprends comment les collègues d’une autre génération aiment organiser leur travail.',
          },
          reverse: false,
        },
        {
          id: 'iu_2',
          text: {
            en: 'I know which ways of communicating colleagues of another generation prefer.',
            de: 'Ich weiß, welche Kommunikationswege Kolleginnen und Kollegen einer anderen Generation bevorzugen.',
            fr: 'Je sais quels modes de communication les collègues d’une autre génération préfèrent.',
          },
          reverse: false,
        },
        {
          id: 'iu_3',
          text: {
            en: 'I have a good idea of what matters most at work to colleagues of another generation.',
            de: 'Ich habe eine gute Vorstellung davon, was Kolleginnen und Kollegen einer anderen Generation bei der Arbeit am wichtigsten ist.',
            fr: 'J’ai une bonne idée de ce qui compte le plus au travail pour les collègues d’une autre génération.',
          },
          reverse: false,
        },
        {
          id: 'iu_4',
          text: {
            en: 'I am comfortable learning from a colleague who is much younger or much older than me.',
            de: 'Es fällt mir leicht, von einer Kollegin oder einem Kollegen zu lernen, die oder der viel jünger oder viel älter ist als ich.',
            fr: 'Je suis à l’aise pour apprendre d’un·e collègue beaucoup plus jeune ou beaucoup plus âgé·e que moi.',
          },
          reverse: false,
        },
        {
          id: 'iu_5',
          reverse: true,
          text: {
            en: 'I tend to explain a colleague’s habits by the generation they belong to.',
            de: 'Ich neige dazu, die Gewohnheiten einer Kollegin oder eines Kollegen mit ihrer Generation zu erklären.',
            fr: 'J’ai tendance à expliquer les habitudes d’un·e collègue par la génération à laquelle il ou elle appartient.',
          },
        },
        {
          id: 'iu_6',
          text: {
            en: 'The views of colleagues from another generation make our decisions better.',
            de: 'Die Sichtweisen von Kolleginnen und Kollegen einer anderen Generation verbessern unsere Entscheidungen.',
            fr: 'Les points de vue des collègues d’une autre génération améliorent nos décisions.',
          },
          reverse: false,
        },
        {
          id: 'iu_7',
          reverse: true,
          text: {
            en: 'I find it hard to see a situation from the point of view of a colleague of another generation.',
            de: 'Es fällt mir schwer, eine Situation aus der Sicht einer Kollegin oder eines Kollegen einer anderen Generation zu sehen.',
            fr: 'J’ai du mal à voir une situation du point de vue d’un·e collègue d’une autre génération.',
          },
        },
      ],
    },
    {
      id: 'inclusion_voice',
      headline: false,
      name: {
        en: 'Inclusion and voice',
        de: 'Einbeziehung und Mitsprache',
        fr: 'Inclusion et prise de parole',
      },
      definition: {
        en: 'Whether a person feels their perspective is heard and counts at work, regardless of their age or seniority.',
        de: 'Ob eine Person das Gefühl hat, dass ihre Sichtweise bei der Arbeit gehört wird und zählt, unabhängig von Alter oder Hierarchiestufe.',
        fr: 'Le sentiment d’une personne que son point de vue est entendu et compte au travail, quels que soient son âge ou son ancienneté.',
      },
      items: [
        {
          id: 'iv_1',
          text: {
            en: 'My ideas are taken seriously at work, whatever my age.',
            de: 'Meine Ideen werden bei der Arbeit ernst genommen, unabhängig von meinem Alter.',
            fr: 'Mes idées sont prises au sérieux au travail, quel que soit mon âge.',
          },
          reverse: false,
        },
        {
          id: 'iv_2',
          text: {
            en: 'People at a different level of seniority ask for my opinion.',
            de: 'Personen auf einer anderen Hierarchiestufe fragen mich nach meiner Meinung.',
            fr: 'Des personnes d’un autre niveau hiérarchique me demandent mon avis.',
          },
          reverse: false,
        },
        {
          id: 'iv_3',
          text: {
            en: 'I speak up in meetings even when people much more senior or much more junior are present.',
            de: 'Ich äußere mich in Besprechungen auch dann, wenn deutlich ranghöhere oder rangniedrigere Personen dabei sind.',
            fr: 'Je prends la parole en réunion même en présence de personnes bien plus ou bien moins expérimentées que moi.',
          },
          reverse: false,
        },
        {
          id: 'iv_4',
          reverse: true,
          text: {
            en: 'Where I work, whether someone is listened to depends more on their age than on what they say.',
            de: 'Wo ich arbeite, hängt es eher vom Alter ab als vom Inhalt, ob jemandem zugehört wird.',
            fr: 'Là où je travaille, être écouté·e dépend davantage de l’âge que de ce que l’on dit.',
          },
        },
      ],
    },
    {
      id: 'mutual_learning',
      headline: false,
      name: { en: 'Mutual learning', de: 'Gegenseitiges Lernen', fr: 'Apprentissage mutuel' },
      definition: {
        en: 'Whether knowledge flows in both directions between generations: a person both learns from and teaches colleagues of another generation.',
        de: 'Ob Wissen zwischen den Generationen in beide Richtungen fließt: Eine Person lernt von Kolleginnen und Kollegen einer anderen Generation und gibt ihnen zugleich Wissen weiter.',
        fr: 'Le fait que le savoir circule dans les deux sens entre générations : une personne apprend de collègues d’une autre génération et leur transmet aussi ce qu’elle sait.',
      },
      items: [
        {
          id: 'ml_1',
          text: {
            en: 'In my working relationships with other generations, learning goes both ways.',
            de: 'In meiner Zusammenarbeit mit anderen Generationen lernen beide Seiten voneinander.',
            fr: 'Dans mes relations de travail avec d’autres générations, on apprend dans les deux sens.',
          },
          reverse: false,
        },
        {
          id: 'ml_2',
          text: {
            en: 'I regularly pick up new skills or ideas from colleagues of another generation.',
            de: 'Ich lerne regelmäßig neue Fähigkeiten oder Ideen von Kolleginnen und Kollegen einer anderen Generation.',
            fr: 'J’acquiers régulièrement de nouvelles compétences ou idées auprès de collègues d’une autre génération.',
          },
          reverse: false,
        },
        {
          id: 'ml_3',
          text: {
            en: 'Colleagues of another generation come to me to learn something I know well.',
            de: 'Kolleginnen und Kollegen einer anderen Generation kommen zu mir, um etwas zu lernen, das ich gut kann.',
            fr: 'Des collègues d’une autre génération viennent me voir pour apprendre quelque chose que je maîtrise.',
          },
          reverse: false,
        },
        {
          id: 'ml_4',
          text: {
            en: 'Working with another generation has changed how I approach my own work.',
            de: 'Die Zusammenarbeit mit einer anderen Generation hat verändert, wie ich an meine eigene Arbeit herangehe.',
            fr: 'Travailler avec une autre génération a changé ma façon d’aborder mon propre travail.',
          },
          reverse: false,
        },
      ],
    },
    {
      id: 'career_engagement',
      headline: false,
      name: { en: 'Career engagement', de: 'Berufliche Bindung', fr: 'Engagement professionnel' },
      definition: {
        en: 'Whether a person feels relevant and has a future in the organisation: their skills matter, they want to keep developing, and they intend to stay.',
        de: 'Ob sich eine Person in der Organisation gebraucht fühlt und dort eine Zukunft sieht: Ihre Fähigkeiten zählen, sie will sich weiterentwickeln und beabsichtigt zu bleiben.',
        fr: 'Le sentiment d’une personne d’être utile et d’avoir un avenir dans l’organisation : ses compétences comptent, elle veut continuer à progresser et a l’intention de rester.',
      },
      items: [
        {
          id: 'ce_1',
          text: {
            en: 'My skills are relevant to where my organisation is heading.',
            de: 'Meine Fähigkeiten passen zu der Richtung, in die sich meine Organisation entwickelt.',
            fr: 'Mes compétences correspondent à la direction que prend mon organisation.',
          },
          reverse: false,
        },
        {
          id: 'ce_2',
          text: {
            en: 'I can see a future for myself in this organisation.',
            de: 'Ich sehe für mich eine Zukunft in dieser Organisation.',
            fr: 'Je me vois un avenir dans cette organisation.',
          },
          reverse: false,
        },
        {
          id: 'ce_3',
          text: {
            en: 'I am motivated to keep developing in my role.',
            de: 'Ich bin motiviert, mich in meiner Rolle weiterzuentwickeln.',
            fr: 'Je suis motivé·e pour continuer à progresser dans mon poste.',
          },
          reverse: false,
        },
        {
          id: 'ce_4',
          text: {
            en: 'I expect to still be working here two years from now.',
            de: 'Ich gehe davon aus, in zwei Jahren noch hier zu arbeiten.',
            fr: 'Je pense travailler encore ici dans deux ans.',
          },
          reverse: false,
        },
        {
          id: 'ce_5',
          reverse: true,
          text: {
            en: 'I often think about leaving this organisation.',
            de: 'Ich denke oft darüber nach, diese Organisation zu verlassen.',
            fr: 'Je pense souvent à quitter cette organisation.',
          },
        },
      ],
    },
  ],
};
