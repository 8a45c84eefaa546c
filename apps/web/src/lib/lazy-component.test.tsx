import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import { lazyComponent } from "./lazy-component";

/** The server's HTML once everything (lazy parts included) has resolved, as streaming SSR ends. */
async function serverHtml(node: React.ReactNode): Promise<string> {
  const { prelude } = await prerender(node);
  return new Response(prelude).text();
}

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe("lazyComponent", () => {
  it("renders the loaded component on the server by default, with its props", async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Lazy = lazyComponent(load, { loading: () => <p>Loading</p> });
    const html = await serverHtml(<Lazy name="Aigerim" />);
    expect(html).toContain("<p>Hello <!-- -->Aigerim</p>");
    expect(html).not.toContain("Loading");
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("with ssr: false shows only the placeholder on the server and never loads the code there", async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Lazy = lazyComponent(load, { ssr: false, loading: () => <p>Loading the map…</p> });
    const html = await serverHtml(<Lazy name="Aigerim" />);
    expect(html).toBe("<p>Loading the map…</p>");
    expect(load).not.toHaveBeenCalled();
  });

  it("loads the code once for every instance", async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Lazy = lazyComponent(load);
    const html = await serverHtml(
      <>
        <Lazy name="A" />
        <Lazy name="B" />
      </>,
    );
    expect(html).toContain("A</p>");
    expect(html).toContain("B</p>");
    expect(load).toHaveBeenCalledTimes(1);
  });
});
