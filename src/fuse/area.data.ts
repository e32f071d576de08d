/**
 * Regions inside a country, for comparing places hierarchically (city ⊂ region ⊂ country). Only
 * countries listed here have regions; a place elsewhere is compared as its country alone.
 *
 * Source: the eight federal districts of Russia and their administrative centres and largest
 * cities, as listed in Wikipedia's "Federal districts of Russia" (CC BY-SA), with the 2018
 * transfer of Buryatia and Zabaykalsky Krai to the Far Eastern district. Hand-entered: no npm
 * package with sub-national regions installs offline here (world-countries stops at countries).
 * `qualifiers` are the English words that place something in the region when they qualify the
 * country's name ("far eastern Russia", "Russia's Far East"); a district's own name is one too.
 */
export interface Region {
  /** `<ISO 3166-1 alpha-3>:<slug>` */
  readonly id: string;
  readonly country: string;
  readonly label: string;
  readonly qualifiers: readonly string[];
  readonly cities: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { id: 'RUS:central', country: 'RUS', label: 'Central Federal District', qualifiers: ['central'], cities: ['moscow', 'voronezh', 'yaroslavl', 'tula', 'kursk', 'belgorod', 'bryansk', 'ryazan', 'tver', 'smolensk', 'kaluga', 'vladimir', 'ivanovo', 'kostroma', 'lipetsk', 'oryol', 'tambov'] },
  { id: 'RUS:northwestern', country: 'RUS', label: 'Northwestern Federal District', qualifiers: ['northwestern', 'north-western'], cities: ['saint petersburg', 'st petersburg', 'st. petersburg', 'kaliningrad', 'murmansk', 'arkhangelsk', 'petrozavodsk', 'vologda', 'pskov', 'veliky novgorod', 'syktyvkar'] },
  { id: 'RUS:southern', country: 'RUS', label: 'Southern Federal District', qualifiers: ['southern'], cities: ['rostov-on-don', 'volgograd', 'krasnodar', 'sochi', 'astrakhan', 'elista', 'maykop', 'novorossiysk'] },
  { id: 'RUS:north-caucasian', country: 'RUS', label: 'North Caucasian Federal District', qualifiers: ['north caucasian', 'north caucasus'], cities: ['pyatigorsk', 'grozny', 'makhachkala', 'vladikavkaz', 'nalchik', 'stavropol', 'magas', 'cherkessk'] },
  { id: 'RUS:volga', country: 'RUS', label: 'Volga Federal District', qualifiers: ['volga'], cities: ['nizhny novgorod', 'kazan', 'samara', 'ufa', 'perm', 'saratov', 'orenburg', 'izhevsk', 'ulyanovsk', 'penza', 'cheboksary', 'kirov', 'saransk', 'yoshkar-ola', 'tolyatti'] },
  { id: 'RUS:ural', country: 'RUS', label: 'Ural Federal District', qualifiers: ['ural', 'urals'], cities: ['yekaterinburg', 'chelyabinsk', 'tyumen', 'kurgan', 'khanty-mansiysk', 'salekhard', 'magnitogorsk', 'surgut'] },
  { id: 'RUS:siberian', country: 'RUS', label: 'Siberian Federal District', qualifiers: ['siberian'], cities: ['novosibirsk', 'omsk', 'krasnoyarsk', 'irkutsk', 'barnaul', 'kemerovo', 'tomsk', 'novokuznetsk', 'abakan', 'kyzyl', 'gorno-altaysk'] },
  { id: 'RUS:far-eastern', country: 'RUS', label: 'Far Eastern Federal District', qualifiers: ['far eastern', 'far-eastern', 'far east', 'far-east'], cities: ['vladivostok', 'khabarovsk', 'blagoveshchensk', 'yakutsk', 'petropavlovsk-kamchatsky', 'magadan', 'yuzhno-sakhalinsk', 'ulan-ude', 'chita', 'anadyr', 'birobidzhan', 'komsomolsk-on-amur', 'nakhodka', 'vostochny', 'vostochny cosmodrome', 'tsiolkovsky'] },
];

/**
 * How far before or after a country's name a qualifier may stand, in characters: "in far eastern
 * Russia" (qualifier right before), "Russia's Far East" (right after). Calibrated on the wordings
 * above; wider windows reach into the neighbouring clause.
 */
export const QUALIFIER_WINDOW = 24;
