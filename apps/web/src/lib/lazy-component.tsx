"use client";
// Code-split components without next/dynamic: React.lazy behind a Suspense boundary and, for
// browser-only parts (WebGL, ECharts, the live document), only the placeholder until the page has
// hydrated. next/dynamic does the same, but brings its loadable and chunk-preload machinery and the
// server's async-storage shims into every page that uses it (~2 kB gzipped of the board's first load).
import { lazy, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from "react";

const subscribeToNothing = () => () => {};

/** False on the server and while hydrating, true afterwards (and on client-side navigations). */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}

export interface LazyComponentOptions {
  /** Render on the server too (default). With false, the server and hydration show `loading`. */
  ssr?: boolean;
  /** Shown while the code loads (and where `ssr` is false, on the server). */
  loading?: () => ReactNode;
}

const nothing = () => null;

/** A component whose code loads when it first renders. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, options: LazyComponentOptions = {}): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  const Loading = options.loading ?? nothing;
  const ssr = options.ssr ?? true;
  function LazyComponent(props: P) {
    const hydrated = useHydrated();
    if (!ssr && !hydrated) return <Loading />;
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}
