import type { Messages } from "../en";

export const screen: Messages["screen"] = {
  guest: "Ссылка на брифинг · только просмотр",
  lightScreen: "Светлый экран",
  darkScreen: "Тёмный экран",
  followingBefore: "Показ ведёт ",
  followingAfter: ": экран следует за докладчиком",
  playlistPaused: "подборка на паузе",
  position: "{index} / {total}",
  savedViews: {
    one: "{count} сохранённый вид · нажмите → или 1, чтобы начать",
    few: "{count} сохранённых вида · нажмите → или 1, чтобы начать",
    many: "{count} сохранённых видов · нажмите → или 1, чтобы начать",
    other: "{count} сохранённого вида · нажмите → или 1, чтобы начать",
  },
  noViews: "Сохранённых видов пока нет: сохраните виды на доске, чтобы листать их здесь.",
  previous: "Предыдущий вид (←)",
  next: "Следующий вид (→ или пробел)",
  play: "Пуск",
  pause: "Пауза",
  secondsPerView: "Секунд на вид",
  seconds: "{count} с",
  scenario: {
    label: "Сценарий",
    presenter: "докладчика {name}",
    view: "сохранённый с видом «{name}»",
    shared: "общий",
    allDefault: "все допущения по умолчанию",
  },
  sources: {
    label: "Источники показателей на экране",
    heading: "Источники ({count}):",
    factBase: "база фактов {version}",
    unknownPublisher: "Источник {id}",
  },
};
