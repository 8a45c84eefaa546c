"use client";
// Presenting and following, through awareness only. The presenter publishes its view (camera,
// filters, selection, panel, scenario shown) at most ~20 times a second; a follower shows the
// current presenter's view as it arrives and stops following on its own first pan, zoom, click or
// filter change (then offered "Rejoin presenter"). When the presenter's awareness state goes
// (stop, tab closed, disconnect: the server removes a closed connection's states), followers see
// "presentation ended". The shared screen follows automatically and is never knocked off.
//
// Loaded once the live document is there (presentation-context.tsx renders it); it renders nothing
// and hands its state to the provider through `publish`.
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import type { ViewState } from "@corridor/board-doc";
import { useT } from "~/i18n/provider";
import { useBoard } from "../board-context";
import { useCollab } from "../collab/collab-context";
import { AWARENESS_INTERVAL_MS, throttle } from "../collab/throttle";
import type { Selection } from "../selection";
import { useCameraStore } from "./camera";
import { currentPresenter, readPresenters, reduceFollow, sameSelection, type FollowEvent, type FollowState, type PresenterEntry, type ViewParser } from "./presentation";
import type { PresentationValue } from "./presentation-context";
import { useShownScenario } from "./shown-scenario";
import { useCurrentView, useShowView } from "./use-views";

export default function PresentationEngine({ autoFollow, publish }: { autoFollow: boolean; publish: (value: PresentationValue | null) => void }) {
  const collab = useCollab();
  const t = useT();
  const awareness = collab?.session.awareness ?? null;
  const selfId = awareness?.clientID ?? -1;
  const { selection } = useBoard();
  const camera = useCameraStore();
  const capture = useCurrentView();
  const showView = useShowView();
  const { shown, setShown } = useShownScenario();

  const [states, setStates] = useState<ReadonlyMap<number, unknown>>(new Map());
  useEffect(() => {
    if (!awareness) return;
    const refresh = () => setStates(new Map(awareness.getStates()));
    refresh();
    awareness.on("change", refresh);
    return () => awareness.off("change", refresh);
  }, [awareness]);
  // The view schema (zod) loads after the board is up: no presenter is read before it is there.
  const [parseView, setParseView] = useState<ViewParser | null>(null);
  useEffect(() => {
    let live = true;
    void import("@corridor/board-doc/view-state").then((m) => {
      if (live) setParseView(() => m.parseViewState);
    });
    return () => {
      live = false;
    };
  }, []);
  const presenter = useMemo(() => (parseView ? currentPresenter(readPresenters(states, parseView)) : null), [states, parseView]);
  const followers = useMemo(() => countFollowers(states, selfId), [states, selfId]);

  const [since, setSince] = useState<number | null>(null);
  const [ownFollow, setFollow] = useState<FollowState>("idle");
  const [notice, setNotice] = useState<string | null>(null);
  const sendFollow = useCallback((event: FollowEvent) => setFollow((state) => reduceFollow(state, event)), []);

  const role = collab?.state.identity?.role ?? null;
  const cannotPresent = role === "editor" || role === "owner" ? null : t("views.present.cannotPresent");
  const presentingSelf = since !== null && presenter?.clientId === selfId;
  const other = presenter && presenter.clientId !== selfId ? presenter : null;
  // The shared screen follows whoever presents, without being asked and without being knocked off.
  const follow: FollowState = autoFollow && other ? "following" : ownFollow;

  // Two people started at once and the rule picked the other one; or the presenter went away.
  // (State adjusted while rendering, from the previous render's presenter.)
  const [lastPresenter, setLastPresenter] = useState<PresenterEntry | null>(null);
  if (since !== null && other) {
    setSince(null);
    setNotice(t("views.present.startedFirst", { name: other.user.name }));
  }
  if ((presenter?.clientId ?? null) !== (lastPresenter?.clientId ?? null)) {
    setLastPresenter(presenter);
    if (lastPresenter && lastPresenter.clientId !== selfId) {
      if (follow === "following" || follow === "left") setNotice(t("views.present.ended", { name: lastPresenter.user.name }));
      sendFollow({ type: "presenter-gone" });
    }
  }

  // Publishing: the view on every change of the selection or scenario and on every camera move.
  const currentView = useEffectEvent(() => capture());
  useEffect(() => {
    if (since === null || !awareness) return;
    const send = throttle((view: ViewState) => awareness.setLocalStateField("presentation", { since, view }), AWARENESS_INTERVAL_MS);
    send(currentView());
    const unsubscribe = camera.subscribe(() => send(currentView()));
    return () => {
      unsubscribe();
      send.cancel();
    };
  }, [since, awareness, camera, capture]);
  useEffect(() => {
    if (since === null || !awareness) return;
    return () => awareness.setLocalStateField("presentation", null);
  }, [since, awareness]);

  // Following: show each view the presenter sends.
  const applied = useRef<Selection | null>(null);
  const following = follow === "following" && other !== null;
  const presenterView = other?.view ?? null;
  const applyPresenterView = useEffectEvent((view: ViewState) => {
    applied.current = view.selection;
    showView(view, { source: "presenter", label: other?.user.name ?? t("views.present.thePresenter") });
  });
  useEffect(() => {
    if (following && presenterView) applyPresenterView(presenterView);
  }, [following, presenterView]);

  // A follower's own filter or selection change ends following (the applied ones do not), and so
  // does panning, zooming or clicking the map.
  const onSelectionChange = useEffectEvent((next: Selection) => {
    if (!autoFollow && follow === "following" && applied.current && !sameSelection(next, applied.current)) sendFollow({ type: "user-moved" });
  });
  useEffect(() => onSelectionChange(selection), [selection]);
  const onUserMove = useEffectEvent(() => {
    if (!autoFollow && follow === "following") sendFollow({ type: "user-moved" });
  });
  useEffect(() => camera.onUserMove(() => onUserMove()), [camera]);

  // Others see whom this client follows (the presenter's follower count); the presenter's scenario
  // is shown only while following.
  const followedId = following ? other.clientId : null;
  useEffect(() => {
    awareness?.setLocalStateField("following", followedId);
  }, [awareness, followedId]);
  const clearPresenterScenario = useEffectEvent(() => {
    if (shown?.source === "presenter") setShown(null);
  });
  useEffect(() => {
    if (!following) clearPresenterScenario();
  }, [following]);

  // A new value only when something in it changed: the provider re-renders its consumers for each.
  const value = useMemo<PresentationValue>(
    () => ({
      presenter,
      presentingSelf,
      cannotPresent,
      follow,
      followers,
      notice,
      start() {
        if (cannotPresent) return setNotice(cannotPresent);
        if (other) return setNotice(t("views.present.alreadyPresenting", { name: other.user.name }));
        setNotice(null);
        sendFollow({ type: "self-presenting" });
        setSince(Date.now());
      },
      stop() {
        setSince(null);
      },
      followPresenter() {
        setNotice(null);
        sendFollow({ type: "follow" });
      },
      stopFollowing() {
        sendFollow({ type: "user-moved" });
      },
      dismissNotice() {
        setNotice(null);
      },
    }),
    [presenter, presentingSelf, cannotPresent, follow, followers, notice, other, sendFollow, t],
  );
  useEffect(() => publish(value), [publish, value]);
  useEffect(() => () => publish(null), [publish]);
  return null;
}

function countFollowers(states: ReadonlyMap<number, unknown>, selfId: number): number {
  let count = 0;
  for (const state of states.values()) {
    if (typeof state === "object" && state !== null && (state as Record<string, unknown>).following === selfId) count += 1;
  }
  return count;
}
