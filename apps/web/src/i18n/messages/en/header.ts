// The bar on every page.
export const header = {
  skipToContent: "Skip to content",
  mainNav: "Main",
  overview: "Overview",
  boards: "Boards",
  signIn: "Sign in",
  signOut: "Sign out",
  signingOut: "Signing out…",
  switchLanguage: "Interface language",
};
