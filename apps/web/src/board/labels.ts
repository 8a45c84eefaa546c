// The fact base's closed vocabularies as the interface shows them, in the active language. A value
// outside the vocabulary (a newer fact base) is shown as stored rather than as a message key.
import { ACTOR_LANES, CONFIDENCE, INVESTMENT_STATUS, SOURCE_KINDS } from "@corridor/domain/vocabulary";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";

type T = Translator<Messages>;

const isOneOf = <V extends string>(values: readonly V[], value: string): value is V => (values as readonly string[]).includes(value);

/** "high" / "высокая". */
export function confidenceLabel(t: T, value: string): string {
  return isOneOf(CONFIDENCE, value) ? t(`common.confidence.${value}`) : value;
}

/** "pledged" / "обещано" (lower case, for running text and filter chips). */
export function statusLabel(t: T, value: string): string {
  return isOneOf(INVESTMENT_STATUS, value) ? t(`common.status.${value}`) : value;
}

/** "Pledged" / "Обещано" (a badge, a legend entry). */
export function statusTitle(t: T, value: string): string {
  return isOneOf(INVESTMENT_STATUS, value) ? t(`board.badges.status.${value}`) : value;
}

/** "Central Asia" / "Центральная Азия". */
export function laneLabel(t: T, value: string): string {
  return isOneOf(ACTOR_LANES, value) ? t(`common.lane.${value}`) : value;
}

/** "China, EU" / "Китай, ЕС". */
export function laneList(t: T, lanes: readonly string[]): string {
  return lanes.map((lane) => laneLabel(t, lane)).join(", ");
}

/** "official" / "официальный". */
export function sourceKindLabel(t: T, value: string): string {
  return isOneOf(SOURCE_KINDS, value) ? t(`common.sourceKind.${value}`) : value;
}
