import { describe, expect, it } from "vitest";
import { DatabaseUrlError, parseDatabaseUrl } from "./database-url.ts";

describe("parseDatabaseUrl", () => {
  it("reads PostgreSQL URLs in both spellings", () => {
    expect(parseDatabaseUrl("postgresql://u@127.0.0.1:5432/db")).toEqual({ provider: "postgresql", url: "postgresql://u@127.0.0.1:5432/db" });
    expect(parseDatabaseUrl("postgres://u@h/db").provider).toBe("postgresql");
  });

  it("resolves SQLite file: URLs against the base folder", () => {
    expect(parseDatabaseUrl("file:./data/x.db", "/srv/app")).toEqual({ provider: "sqlite", filePath: "/srv/app/data/x.db", url: "file:/srv/app/data/x.db" });
    expect(parseDatabaseUrl("file:/abs/x.db", "/srv/app")).toMatchObject({ provider: "sqlite", filePath: "/abs/x.db" });
  });

  it("refuses other schemes and an empty path, without echoing credentials", () => {
    expect(() => parseDatabaseUrl("mysql://root:secret@h/db")).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl("mysql://root:secret@h/db")).not.toThrow(/secret/);
    expect(() => parseDatabaseUrl("file:")).toThrow(/no path/);
  });
});
