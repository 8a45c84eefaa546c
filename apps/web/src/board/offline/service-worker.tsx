"use client";
// Registers the offline shell (public/sw.js) for the board pages, so a board opened once reloads
// without a network. Production only: in development the dev server's own reloading must never be
// served from a cache, and a worker left from an earlier production run on the same origin is
// removed.
import { useEffect } from "react";

const SCOPE = "/b/";

function controllerReady(container: ServiceWorkerContainer): Promise<ServiceWorker | null> {
  if (container.controller) return Promise.resolve(container.controller);
  return new Promise((resolve) => {
    container.addEventListener("controllerchange", () => resolve(container.controller), { once: true });
  });
}

export function ServiceWorkerRegistration({ enabled }: { enabled: boolean }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const container = navigator.serviceWorker;
    if (!enabled) {
      void container.getRegistration(SCOPE).then((registration) => registration?.unregister());
      return;
    }
    let cancelled = false;
    const controlledAtLoad = container.controller !== null;
    const register = async () => {
      await container.register("/sw.js", { scope: SCOPE });
      if (controlledAtLoad) return;
      // First visit: this page and its scripts came from the network before the worker existed.
      // Once it controls the page, hand it the page and everything loaded so far to cache.
      const controller = await controllerReady(container);
      if (cancelled || !controller) return;
      const warm = (entries: PerformanceEntryList) => {
        const assets = entries.map((entry) => entry.name).filter((name) => name.includes("/_next/static/"));
        if (assets.length > 0) controller.postMessage({ type: "warm", page: window.location.href, assets });
      };
      warm(performance.getEntriesByType("resource"));
      // Requests already in flight when the worker took over finish later and never pass through it.
      observer = new PerformanceObserver((list) => warm(list.getEntries()));
      observer.observe({ type: "resource" });
      stopObserving = setTimeout(() => observer?.disconnect(), 60_000);
    };
    let observer: PerformanceObserver | null = null;
    let stopObserving: ReturnType<typeof setTimeout> | undefined;
    // A browser that refuses the worker (private mode, disabled by policy) only loses the offline copy.
    register().catch(() => undefined);
    return () => {
      cancelled = true;
      observer?.disconnect();
      clearTimeout(stopObserving);
    };
  }, [enabled]);
  return null;
}

/** On sign-out: the cached board pages must not outlive the session on a shared computer. */
export async function forgetOfflinePages(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration(SCOPE);
  registration?.active?.postMessage({ type: "forget-pages" });
}
