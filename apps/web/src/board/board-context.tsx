"use client";
// One provider holds the board's selection and its derived view; every widget reads it from here
// and changes it only through dispatch. The selection is mirrored into the URL (replaceState, no
// server round trip), so a copied link reproduces the view.
import { createContext, useContext, useEffect, useReducer, type Dispatch, type ReactNode } from "react";
import { deriveBoard, type BoardView } from "./derive";
import { reduceSelection, withSelection, type Selection, type SelectionAction } from "./selection";
import { useBoardData, type BoardData } from "./use-board-data";

interface BoardContextValue {
  data: BoardData;
  selection: Selection;
  view: BoardView;
  dispatch: Dispatch<SelectionAction>;
}

const BoardContext = createContext<BoardContextValue | null>(null);

export function BoardProvider({ initialSelection, children }: { initialSelection: Selection; children: ReactNode }) {
  const data = useBoardData();
  const [selection, dispatch] = useReducer(reduceSelection, initialSelection);

  useEffect(() => {
    const query = withSelection(new URLSearchParams(window.location.search), selection).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, "", url);
    }
  }, [selection]);

  const view = deriveBoard(data, selection);
  return <BoardContext.Provider value={{ data, selection, view, dispatch }}>{children}</BoardContext.Provider>;
}

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error("useBoard must be used inside <BoardProvider>");
  return value;
}
