// Quantities: money ("$3.2 billion", "US$ 5 million", "500 million dollars"), percentages
// ("50 percent", "3.5%", "5 to 10 percent") and counts with units ("22,500 troops", "1,200 km",
// "30-year", "two-day"). A number with no unit is left alone: "Section 232" is not a quantity.
import type { Mention } from '../../model';
import { mention } from './mention';
import { LETTER } from './chars';

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = String.raw`(?:[ \t\u00a0]?(?:thousand|million|billion|trillion|bn|mn|[MBK]\b))`;
const CURRENCY = String.raw`(?:US[ \t\u00a0]?\$|U\.S\.[ \t\u00a0]?\$|A\$|C\$|NZ\$|HK\$|\$|€|£|¥|₩|₹|USD[ \t\u00a0]?|EUR[ \t\u00a0]?|GBP[ \t\u00a0]?)`;
const CURRENCY_WORD = String.raw`(?:dollars|euros|pounds sterling|yen|yuan|renminbi|won|rubles|roubles|rupees|riyals|rials|dinars|dirhams|shekels|pesos|francs|cents)`;
const SPELLED = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
const UNIT_COMPOUND = String.raw`(?:year|month|week|day|hour|minute|point|mile|kilometer|kilometre|km|meter|metre|foot|ton|tonne|member|nation|country|seat|page|person|man|story|lane|percent)(?:-old|-long)?\b`;
const UNIT =
  String.raw`(?:troops|soldiers|personnel|service members|people|persons|civilians|refugees|migrants|deaths|casualties|fatalities|` +
  String.raw`km|kilometers|kilometres|miles|meters|metres|feet|kg|kilograms|pounds|lbs|tons|tonnes|barrels|bpd|gallons|liters|litres|` +
  String.raw`acres|hectares|square miles|square kilometers|MW|GW|megawatts|gigawatts|kWh|TWh|missiles|warheads|nuclear weapons|weapons|` +
  String.raw`rockets|drones|aircraft|planes|jets|fighters|ships|vessels|warships|submarines|tanks|vehicles|jobs|workers|employees|` +
  String.raw`members|seats|votes|voters|students|households|families|children|adults|cases|years|months|weeks|days|hours|minutes|` +
  String.raw`decades|centuries|countries|nations|states|facilities|sites|centrifuges|units|homes|projects|grants|applications|` +
  String.raw`Americans|residents|patients|beneficiaries|recipients|individuals|companies|firms|businesses|banks|schools|bridges)\b`;
const TIME_OR_DISTANCE = String.raw`(?:years|months|weeks|days|hours|decades|centuries|miles|kilometers|kilometres)\b`;

const QUANTITY = new RegExp(
  [
    String.raw`(?<money>${CURRENCY}[ \t\u00a0]?${NUM}${SCALE}?(?:[ \t\u00a0]*(?:-|–|to)[ \t\u00a0]*${CURRENCY}?${NUM}${SCALE}?)?|(?<![${LETTER}\d.,\-])${NUM}${SCALE}?[ \t\u00a0]+${CURRENCY_WORD}\b)`,
    String.raw`(?<percent>(?<![${LETTER}\d.,\-])(?:${NUM}[ \t\u00a0]?%?[ \t\u00a0]*(?:-|–|to|and)[ \t\u00a0]*)?${NUM}[ \t\u00a0]?(?:%|percent\b|per[ \t\u00a0]cent\b|percentage points?\b))`,
    String.raw`(?<compound>(?<![${LETTER}\d.,\-])${NUM}-${UNIT_COMPOUND})`,
    String.raw`(?<count>(?<![${LETTER}\d.,\-])${NUM}${SCALE}?[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+)?${UNIT})`,
    String.raw`(?<large>(?<![${LETTER}\d.,\-])${NUM}[ \t\u00a0]+(?:million|billion|trillion)\b)`,
    String.raw`(?<spelled>\b${SPELLED}(?:-${UNIT_COMPOUND}|[ \t\u00a0]+${TIME_OR_DISTANCE}))`,
  ].join('|'),
  'g',
);

const CONFIDENCE: Record<string, [number, string]> = {
  money: [0.95, 'amount of money'],
  percent: [0.95, 'percentage'],
  compound: [0.85, 'number with a unit'],
  count: [0.85, 'count with a unit'],
  large: [0.8, 'large number'],
  spelled: [0.6, 'spelled-out number with a unit'],
};

const POINTS_OF_A_PLAN = /^[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+)?(?:plan|proposal|program|programme|agenda|list|framework|strategy|roadmap|platform|memo)\b/i;

export function recognizeQuantities(prose: string, from: number, to: number, out: Mention[]): void {
  const slice = prose.slice(from, to);
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(slice); m; m = QUANTITY.exec(slice)) {
    const groups = m.groups!;
    let kind = '';
    for (const k in CONFIDENCE) if (groups[k] !== undefined) kind = k;
    if (!kind) continue;
    // "a 10-point plan" numbers the plan's items; "a 10-point lead" is a quantity.
    if (kind === 'compound' && /-point$/i.test(m[0]) && POINTS_OF_A_PLAN.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 32))) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    const [confidence, detail] = CONFIDENCE[kind];
    out.push(mention(prose, start, end, 'quantity', prose.slice(start, end).replace(/\s+/g, ' '), confidence, [{ kind: 'quantity-pattern', detail }]));
  }
}
