// Builds a provider's full schema from the one provider-neutral datamodel.
import type { Provider } from "./providers.ts";

export function schemaHeader(provider: Provider, clientOutput: string | null): string {
  const generator = clientOutput
    ? `generator client {\n  provider     = "prisma-client"\n  output       = ${JSON.stringify(clientOutput)}\n  moduleFormat = "esm"\n  runtime      = "nodejs"\n}\n\n`
    : "";
  return `// GENERATED from prisma/datamodel.prisma by prisma/scripts/generate.ts; do not edit.\n\n${generator}datasource db {\n  provider = "${provider}"\n}\n\n`;
}

export function schemaFor(provider: Provider, datamodel: string, clientOutput: string | null): string {
  return schemaHeader(provider, clientOutput) + datamodel;
}
