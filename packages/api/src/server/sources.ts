import { AppError } from "../errors/app-error.ts";
import type { FactSnapshot, SourceDto } from "../facts/dto.ts";

export function getSourcesByIds(options: { snapshot: FactSnapshot; ids: readonly string[] }) {
  const unique = [...new Set(options.ids)];
  const missing = unique.filter((id) => !options.snapshot.sources.has(id));
  if (missing.length > 0) {
    throw new AppError("NOT_FOUND", `Unknown source id${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`, { missing });
  }
  const items = unique.flatMap((id) => {
    const source = options.snapshot.sources.get(id);
    return source ? [source] : [];
  }) satisfies SourceDto[];
  return { items };
}
