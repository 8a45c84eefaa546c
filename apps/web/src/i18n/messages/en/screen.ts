// The shared screen: its bar, the saved-views playlist with its keys and timer, the scenario line
// and the sources footer.
import { plural } from "../../translate";

export const screen = {
  guest: "Briefing link · read-only",
  lightScreen: "Light screen",
  darkScreen: "Dark screen",
  // The presenter's name is in bold between the two parts.
  followingBefore: "Following ",
  followingAfter: "'s presentation",
  playlistPaused: "playlist paused",
  position: "{index} / {total}",
  savedViews: plural({ one: "{count} saved view · press → or 1 to start", other: "{count} saved views · press → or 1 to start" }),
  noViews: "No saved views yet: save views on the board to step through them here.",
  previous: "Previous view (←)",
  next: "Next view (→ or Space)",
  play: "Play",
  pause: "Pause",
  secondsPerView: "Seconds per view",
  seconds: "{count} s",
  scenario: {
    label: "Scenario",
    presenter: "{name}'s scenario",
    view: "scenario saved with “{name}”",
    shared: "shared scenario",
    allDefault: "every assumption at its default",
  },
  sources: {
    label: "Sources of the figures on screen",
    heading: "Sources ({count}):",
    factBase: "fact base {version}",
    unknownPublisher: "Source {id}",
  },
};
