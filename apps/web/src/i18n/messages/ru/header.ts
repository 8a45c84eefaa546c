import type { Messages } from "../en";

export const header: Messages["header"] = {
  skipToContent: "Перейти к содержимому",
  mainNav: "Основная навигация",
  overview: "Обзор",
  boards: "Доски",
  signIn: "Войти",
  signOut: "Выйти",
  signingOut: "Выход…",
  switchLanguage: "Язык интерфейса",
};
