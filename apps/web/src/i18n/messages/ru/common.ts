import type { Messages } from "../en";

export const common: Messages["common"] = {
  productDescription: "Транспортные коридоры, инвестиционные обязательства и отношения в Центральной Азии — каждая цифра с источником.",
  loading: "Загрузка…",
  close: "Закрыть",
  cancel: "Отмена",
  save: "Сохранить",
  delete: "Удалить",
  retry: "Повторить",
  somethingWentWrong: "Что-то пошло не так. Попробуйте ещё раз.",
  language: "Язык",
  sources: { one: "{count} источник", few: "{count} источника", many: "{count} источников", other: "{count} источника" },
  confidence: { label: "Достоверность", high: "высокая", medium: "средняя", low: "низкая" },
  status: { pledged: "обещано", MoU: "меморандум", signed: "подписано", disbursed: "выплачено" },
  lane: { China: "Китай", EU: "ЕС", US: "США", Russia: "Россия", "Central Asia": "Центральная Азия", Other: "Другие" },
  sourceKind: { official: "официальный", media: "СМИ", analysis: "аналитика" },
  role: { viewer: "читатель", editor: "редактор", owner: "владелец" },
  contextNotInSeed: "контекст",
  contextNotInSeedTitle: "Контекстная строка: не из исходного анализа",
};
