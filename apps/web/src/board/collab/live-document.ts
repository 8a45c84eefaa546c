// What the board's live document needs in the browser, in one module the board imports lazily:
// Yjs, y-websocket, IndexedDB persistence, the typed BoardDoc and zod's schemas in it are ~60 kB
// gzipped that the first paint of the board does not need.
export { BoardDoc } from "@corridor/board-doc";
export { createCollabSession } from "./collab-session";
