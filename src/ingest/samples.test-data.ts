/**
 * Original multilingual text written for the encoding tests (not taken from any dataset). Each
 * sample is a short news paragraph in its language.
 */
export const SAMPLES = {
  russian:
    'Президент России прибыл в Пхеньян с первым за двадцать четыре года визитом. Лидеры двух стран подписали договор о всеобъемлющем стратегическом партнёрстве, который предусматривает взаимную помощь в случае нападения. Эксперты в Сеуле и Токио выразили обеспокоенность: по их словам, соглашение может изменить баланс сил в регионе. «Мы очень рады этой встрече», — сказал хозяин саммита журналистам.',
  korean:
    '러시아 대통령이 24년 만에 처음으로 평양을 방문했다. 양국 정상은 한쪽이 공격을 받으면 상호 지원하는 내용의 포괄적 전략 동반자 조약에 서명했다. 서울과 도쿄의 전문가들은 이번 합의가 지역의 힘의 균형을 바꿀 수 있다며 우려를 나타냈다. 정부 관계자는 기자들에게 상황을 면밀히 주시하고 있다고 말했다.',
  japanese:
    'ロシアの大統領は二十四年ぶりに平壌を訪問した。両首脳は、一方が攻撃を受けた場合に相互に支援する包括的戦略パートナーシップ条約に署名した。ソウルと東京の専門家は、この合意が地域の力の均衡を変える可能性があると懸念を示した。政府関係者は記者団に対し、状況を注視していると述べた。',
  chinese:
    '俄罗斯总统二十四年来首次访问平壤。两国领导人签署了全面战略伙伴关系条约，规定一方遭受攻击时相互提供援助。首尔和东京的专家表示担忧，认为该协议可能改变地区力量平衡。政府官员对记者说，他们正在密切关注局势的发展。',
  french:
    'Le président russe est arrivé à Pyongyang pour sa première visite depuis vingt-quatre ans. Les deux dirigeants ont signé un traité de partenariat stratégique prévoyant une aide mutuelle en cas d’agression. À Séoul comme à Tokyo, les experts s’inquiètent : selon eux, l’accord pourrait modifier l’équilibre régional. « Nous sommes très heureux », a déclaré l’hôte du sommet.',
  spanish:
    'El presidente ruso llegó a Pionyang en su primera visita en veinticuatro años. Ambos líderes firmaron un tratado de asociación estratégica que prevé ayuda mutua en caso de agresión. En Seúl y en Tokio, los expertos expresaron su preocupación: según ellos, el acuerdo podría cambiar el equilibrio de poder en la región. «Estamos muy contentos», afirmó el anfitrión.',
  english:
    'The Russian president arrived in Pyongyang on his first visit in twenty-four years. The two leaders signed a strategic partnership treaty that provides for mutual aid in case of aggression. Experts in Seoul and Tokyo said the agreement could shift the regional balance of power.',
} as const;
